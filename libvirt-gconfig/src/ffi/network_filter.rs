//! C ABI of `GVirConfigNetworkFilter`.

use super::document_accessors::constructors;
use crate::NetworkFilter;

constructors!(
    NetworkFilter,
    gvir_config_network_filter_get_type,
    gvir_config_network_filter_new,
    gvir_config_network_filter_new_from_xml,
    "filter",
    Some(crate::network_filter::SCHEMA)
);
