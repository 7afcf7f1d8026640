//! C ABI of `GVirConfigNodeDevice`.

use super::document_accessors::constructors;
use crate::NodeDevice;

constructors!(
    NodeDevice,
    gvir_config_node_device_get_type,
    gvir_config_node_device_new,
    gvir_config_node_device_new_from_xml,
    "device",
    Some(crate::node_device::SCHEMA)
);
