//! C ABI of `GVirConfigNodeDevice` and `GVirConfigNodeDeviceCapability`.

use super::accessor_fns::list_getter;
use super::document_accessors::{constructors, string_getter};
use super::GObjectPtr;
use crate::{NodeDevice, NodeDeviceCapability};

constructors!(
    NodeDevice,
    gvir_config_node_device_get_type,
    gvir_config_node_device_new,
    gvir_config_node_device_new_from_xml,
    "device",
    Some(crate::node_device::SCHEMA)
);

string_getter!(gvir_config_node_device_get_name, device as NodeDevice, name);
string_getter!(gvir_config_node_device_get_path, device as NodeDevice, path);
string_getter!(gvir_config_node_device_get_parent, device as NodeDevice, parent);
string_getter!(gvir_config_node_device_get_driver_name, device as NodeDevice, driver_name);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_node_device_get_capabilities(device: GObjectPtr) -> *mut glib::ffi::GList {
    list_getter::<NodeDevice, _>(device, c"gvir_config_node_device_get_capabilities", "device", |d| d.capabilities())
}

constructors!(
    NodeDeviceCapability,
    gvir_config_node_device_capability_get_type,
    gvir_config_node_device_capability_new,
    gvir_config_node_device_capability_new_from_xml,
    "capability",
    None
);

string_getter!(gvir_config_node_device_capability_get_kind, capability as NodeDeviceCapability, kind);
string_getter!(gvir_config_node_device_capability_get_vendor_id, capability as NodeDeviceCapability, vendor_id);
string_getter!(gvir_config_node_device_capability_get_vendor_name, capability as NodeDeviceCapability, vendor_name);
string_getter!(gvir_config_node_device_capability_get_product_id, capability as NodeDeviceCapability, product_id);
string_getter!(gvir_config_node_device_capability_get_product_name, capability as NodeDeviceCapability, product_name);
string_getter!(gvir_config_node_device_capability_get_interface, capability as NodeDeviceCapability, interface);
string_getter!(gvir_config_node_device_capability_get_mac_address, capability as NodeDeviceCapability, mac_address);
string_getter!(gvir_config_node_device_capability_get_block, capability as NodeDeviceCapability, block);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_node_device_capability_get_capabilities(capability: GObjectPtr) -> *mut glib::ffi::GList {
    list_getter::<NodeDeviceCapability, _>(
        capability,
        c"gvir_config_node_device_capability_get_capabilities",
        "capability",
        |c| c.capabilities(),
    )
}

/// `gint get(capability)`: a number of the capability, or -1 when it has none.
macro_rules! number_getter {
    ($($fn:ident => $method:ident),* $(,)?) => {
        $(
            #[no_mangle]
            pub unsafe extern "C" fn $fn(capability: GObjectPtr) -> i32 {
                let capability = super::object_arg!(capability as NodeDeviceCapability, capi_support::c_name!($fn), -1);
                capi_support::guard(stringify!($fn), -1, || {
                    capability.$method().and_then(|n| i32::try_from(n).ok()).unwrap_or(-1)
                })
            }
        )*
    };
}

number_getter!(
    gvir_config_node_device_capability_get_pci_domain => pci_domain,
    gvir_config_node_device_capability_get_bus => bus,
    gvir_config_node_device_capability_get_slot => slot,
    gvir_config_node_device_capability_get_function => function,
    gvir_config_node_device_capability_get_device_number => device_number,
);
