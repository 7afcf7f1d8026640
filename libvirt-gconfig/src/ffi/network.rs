//! C ABI of `GVirConfigNetwork`.

use super::document_accessors::constructors;
use crate::Network;

constructors!(
    Network,
    gvir_config_network_get_type,
    gvir_config_network_new,
    gvir_config_network_new_from_xml,
    "network",
    Some(crate::network::SCHEMA)
);
