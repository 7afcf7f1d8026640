//! C ABI of `GVirConfigInterface`.

use super::document_accessors::constructors;
use crate::Interface;

constructors!(
    Interface,
    gvir_config_interface_get_type,
    gvir_config_interface_new,
    gvir_config_interface_new_from_xml,
    "interface",
    Some(crate::interface::SCHEMA)
);
