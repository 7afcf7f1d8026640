//! The C ABI of `GVirNetwork` and `GVirNetworkDHCPLease`, and the network functions of
//! connections.

use std::ffi::{c_char, CStr, CString};

use capi_support::{guard, object_list_full};
use glib::ffi::{GError, GType};
use glib::prelude::*;
use glib::translate::*;

use super::{cancellable_arg, full, object_arg, opt_str, value_or_error, GObjectPtr};
use crate::{Connection, Network, NetworkDhcpLease};

#[no_mangle]
pub extern "C" fn gvir_network_handle_get_type() -> GType {
    crate::NetworkHandle::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_ip_addr_type_get_type() -> GType {
    crate::IpAddrType::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_network_get_type() -> GType {
    Network::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_network_dhcp_lease_get_type() -> GType {
    NetworkDhcpLease::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_network_get_name(network: GObjectPtr) -> *const c_char {
    let network = object_arg!(network as Network, c"gvir_network_get_name", std::ptr::null());
    network.name_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_network_get_uuid(network: GObjectPtr) -> *const c_char {
    let network = object_arg!(network as Network, c"gvir_network_get_uuid", std::ptr::null());
    network.uuid_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_network_get_config(network: GObjectPtr, flags: u32, err: *mut *mut GError) -> GObjectPtr {
    let network = object_arg!(network as Network, c"gvir_network_get_config", std::ptr::null_mut());
    guard("gvir_network_get_config", std::ptr::null_mut(), || value_or_error(network.config(flags).map(full), err, std::ptr::null_mut()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_network_get_dhcp_leases(
    network: GObjectPtr,
    mac: *const c_char,
    flags: u32,
    err: *mut *mut GError,
) -> *mut glib::ffi::GList {
    let network = object_arg!(network as Network, c"gvir_network_get_dhcp_leases", std::ptr::null_mut());
    let mac = opt_str(mac).map(|m| m.into_owned());
    guard("gvir_network_get_dhcp_leases", std::ptr::null_mut(), || {
        value_or_error(network.dhcp_leases(mac.as_deref(), flags).map(object_list_full), err, std::ptr::null_mut())
    })
}

/// A string field of a lease, owned by the lease.
macro_rules! lease_string {
    ($name:ident, $field:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(lease: GObjectPtr) -> *const c_char {
            let lease = object_arg!(lease as NetworkDhcpLease, capi_support::c_name!($name), std::ptr::null());
            lease.data().$field.as_ref().map_or(std::ptr::null(), |s: &CString| s.as_ptr())
        }
    };
}

lease_string!(gvir_network_dhcp_lease_get_iface, iface);
lease_string!(gvir_network_dhcp_lease_get_mac, mac);
lease_string!(gvir_network_dhcp_lease_get_iaid, iaid);
lease_string!(gvir_network_dhcp_lease_get_ip, ip);
lease_string!(gvir_network_dhcp_lease_get_hostname, hostname);
lease_string!(gvir_network_dhcp_lease_get_client_id, client_id);

#[no_mangle]
pub unsafe extern "C" fn gvir_network_dhcp_lease_get_expiry_time(lease: GObjectPtr) -> i64 {
    let lease = object_arg!(lease as NetworkDhcpLease, c"gvir_network_dhcp_lease_get_expiry_time", -1);
    lease.expiry_time()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_network_dhcp_lease_get_ip_type(lease: GObjectPtr) -> i32 {
    let lease = object_arg!(lease as NetworkDhcpLease, c"gvir_network_dhcp_lease_get_ip_type", -1);
    lease.ip_type()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_network_dhcp_lease_get_prefix(lease: GObjectPtr) -> u32 {
    let lease = object_arg!(lease as NetworkDhcpLease, c"gvir_network_dhcp_lease_get_prefix", 0);
    lease.prefix()
}

super::connection::connection_fetch!(
    fetch_networks: gvir_connection_fetch_networks, gvir_connection_fetch_networks_async, gvir_connection_fetch_networks_finish
);

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_networks(conn: GObjectPtr) -> *mut glib::ffi::GList {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_networks", std::ptr::null_mut());
    guard("gvir_connection_get_networks", std::ptr::null_mut(), || object_list_full(connection.networks()))
}

super::lookup_by_str!(gvir_connection_get_network(conn as Connection, uuid) => network);

super::lookup_by_str!(gvir_connection_find_network_by_name(conn as Connection, name) => find_network_by_name);
