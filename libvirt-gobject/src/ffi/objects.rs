//! The C ABI of `GVirInterface`, `GVirNodeDevice`, `GVirSecret`, `GVirNetworkFilter` and the
//! connection's interface functions.

use std::ffi::{c_char, CStr};

use capi_support::{guard, object_list_full};
use glib::ffi::{GError, GType};
use glib::prelude::*;
use glib::translate::*;

use super::{cancellable_arg, full, object_arg, value_or_error, GObjectPtr};
use crate::{Connection, Interface, NetworkFilter, NodeDevice, Secret};

macro_rules! types {
    ($($get_type:ident => $ty:ty, $handle_get_type:ident => $handle:ty;)*) => {
        $(
            #[no_mangle]
            pub extern "C" fn $get_type() -> GType {
                <$ty>::static_type().into_glib()
            }

            #[no_mangle]
            pub extern "C" fn $handle_get_type() -> GType {
                <$handle>::static_type().into_glib()
            }
        )*
    };
}

types! {
    gvir_interface_get_type => Interface, gvir_interface_handle_get_type => crate::InterfaceHandle;
    gvir_node_device_get_type => NodeDevice, gvir_node_device_handle_get_type => crate::NodeDeviceHandle;
    gvir_secret_get_type => Secret, gvir_secret_handle_get_type => crate::SecretHandle;
    gvir_network_filter_get_type => NetworkFilter, gvir_network_filter_handle_get_type => crate::NetworkFilterHandle;
}

/// A string the object owns (`transfer none`).
macro_rules! getter {
    ($name:ident, $ty:ty, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(object: GObjectPtr) -> *const c_char {
            let object = object_arg!(object as $ty, capi_support::c_name!($name), std::ptr::null());
            object.$method().map_or(std::ptr::null(), CStr::as_ptr)
        }
    };
}

getter!(gvir_interface_get_name, Interface, name_cstr);
getter!(gvir_interface_get_mac, Interface, mac_cstr);
getter!(gvir_node_device_get_name, NodeDevice, name_cstr);
getter!(gvir_secret_get_uuid, Secret, uuid_cstr);
getter!(gvir_network_filter_get_name, NetworkFilter, name_cstr);
getter!(gvir_network_filter_get_uuid, NetworkFilter, uuid_cstr);

/// The configuration (`transfer full`).
macro_rules! config {
    ($name:ident, $ty:ty) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(object: GObjectPtr, flags: u32, err: *mut *mut GError) -> GObjectPtr {
            let object = object_arg!(object as $ty, capi_support::c_name!($name), std::ptr::null_mut());
            guard(stringify!($name), std::ptr::null_mut(), || value_or_error(object.config(flags).map(full), err, std::ptr::null_mut()))
        }
    };
}

config!(gvir_interface_get_config, Interface);
config!(gvir_node_device_get_config, NodeDevice);
config!(gvir_secret_get_config, Secret);
config!(gvir_network_filter_get_config, NetworkFilter);

super::connection::connection_fetch!(
    fetch_interfaces: gvir_connection_fetch_interfaces, gvir_connection_fetch_interfaces_async, gvir_connection_fetch_interfaces_finish
);

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_interfaces(conn: GObjectPtr) -> *mut glib::ffi::GList {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_interfaces", std::ptr::null_mut());
    guard("gvir_connection_get_interfaces", std::ptr::null_mut(), || object_list_full(connection.interfaces()))
}

super::lookup_by_str!(gvir_connection_get_interface(conn as Connection, name) => interface);

super::lookup_by_str!(gvir_connection_find_interface_by_mac(conn as Connection, macaddr) => find_interface_by_mac);
