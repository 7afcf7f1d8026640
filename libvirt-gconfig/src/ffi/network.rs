//! C ABI of `GVirConfigNetwork`; its accessors are beyond libvirt-glib (4.0.0 has only the
//! constructors).

use glib::ffi::{gboolean, GType, GFALSE};
use glib::prelude::*;
use glib::translate::*;

use super::accessor_fns::{enum_arg, list_getter, setter, value_getter};
use super::document_accessors::{constructors, nullable_string_setter, string_getter};
use super::GObjectPtr;
use crate::{Network, NetworkForwardMode, NetworkIp};

constructors!(
    Network,
    gvir_config_network_get_type,
    gvir_config_network_new,
    gvir_config_network_new_from_xml,
    "network",
    Some(crate::network::SCHEMA)
);

#[no_mangle]
pub extern "C" fn gvir_config_network_forward_mode_get_type() -> GType {
    NetworkForwardMode::static_type().into_glib()
}

string_getter!(gvir_config_network_get_name, network as Network, name);
nullable_string_setter!(gvir_config_network_set_name, network as Network, name, set_name);
string_getter!(gvir_config_network_get_uuid, network as Network, uuid);
nullable_string_setter!(gvir_config_network_set_uuid, network as Network, uuid, set_uuid);
string_getter!(gvir_config_network_get_bridge_name, network as Network, bridge_name);
nullable_string_setter!(gvir_config_network_set_bridge_name, network as Network, name, set_bridge_name);
string_getter!(gvir_config_network_get_forward_dev, network as Network, forward_dev);
nullable_string_setter!(gvir_config_network_set_forward_dev, network as Network, dev, set_forward_dev);
string_getter!(gvir_config_network_get_domain_name, network as Network, domain_name);
nullable_string_setter!(gvir_config_network_set_domain_name, network as Network, name, set_domain_name);
string_getter!(gvir_config_network_get_mac_address, network as Network, mac_address);
nullable_string_setter!(gvir_config_network_set_mac_address, network as Network, address, set_mac_address);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_get_bridge_stp(network: GObjectPtr) -> gboolean {
    value_getter::<Network, gboolean>(network, c"gvir_config_network_get_bridge_stp", "network", GFALSE, |n| {
        n.bridge_stp().unwrap_or(false).into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_set_bridge_stp(network: GObjectPtr, stp: gboolean) {
    setter::<Network>(network, c"gvir_config_network_set_bridge_stp", "network", |n| n.set_bridge_stp(stp != GFALSE))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_get_bridge_delay(network: GObjectPtr) -> u64 {
    value_getter::<Network, u64>(network, c"gvir_config_network_get_bridge_delay", "network", 0, |n| {
        n.bridge_delay().unwrap_or(0)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_set_bridge_delay(network: GObjectPtr, delay: u64) {
    setter::<Network>(network, c"gvir_config_network_set_bridge_delay", "network", |n| n.set_bridge_delay(delay))
}

/// Whether the network forwards, and how: the mode goes to `*mode` (when `mode` is not NULL)
/// only when the result is TRUE, so an isolated network is not mistaken for a NAT one.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_get_forward_mode(network: GObjectPtr, mode: *mut i32) -> gboolean {
    let forward_mode =
        value_getter::<Network, Option<NetworkForwardMode>>(network, c"gvir_config_network_get_forward_mode", "network", None, |n| {
            n.forward_mode()
        });
    match forward_mode {
        Some(forward_mode) => {
            if !mode.is_null() {
                *mode = forward_mode.into_glib();
            }
            glib::ffi::GTRUE
        }
        None => GFALSE,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_set_forward_mode(network: GObjectPtr, mode: i32) {
    setter::<Network>(network, c"gvir_config_network_set_forward_mode", "network", |n| {
        if let Some(mode) =
            enum_arg::<NetworkForwardMode>(mode, c"gvir_config_network_set_forward_mode", c"mode is a GVirConfigNetworkForwardMode")
        {
            n.set_forward_mode(Some(mode))
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_remove_forward(network: GObjectPtr) {
    setter::<Network>(network, c"gvir_config_network_remove_forward", "network", |n| n.set_forward_mode(None))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_get_mtu(network: GObjectPtr) -> u32 {
    value_getter::<Network, u32>(network, c"gvir_config_network_get_mtu", "network", 0, |n| n.mtu().unwrap_or(0))
}

/// 0 removes `<mtu>`: no bridge has an MTU of 0, and C has no `None`.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_set_mtu(network: GObjectPtr, size: u32) {
    setter::<Network>(network, c"gvir_config_network_set_mtu", "network", |n| n.set_mtu((size != 0).then_some(size)))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_get_ips(network: GObjectPtr) -> *mut glib::ffi::GList {
    list_getter::<Network, _>(network, c"gvir_config_network_get_ips", "network", |n| n.ips())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_add_ip(network: GObjectPtr, ip: GObjectPtr) {
    let Some(ip) = capi_support::object_arg::<NetworkIp>(ip, None, c"gvir_config_network_add_ip", "ip") else { return };
    setter::<Network>(network, c"gvir_config_network_add_ip", "network", |n| n.add_ip(&ip))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_remove_ip(network: GObjectPtr, ip: GObjectPtr) {
    let Some(ip) = capi_support::object_arg::<NetworkIp>(ip, None, c"gvir_config_network_remove_ip", "ip") else { return };
    setter::<Network>(network, c"gvir_config_network_remove_ip", "network", |n| n.remove_ip(&ip))
}
