//! C ABI of `GVirConfigNetworkIp` (`<ip>` of a network) and of its DHCP ranges and hosts
//! (`GVirConfigNetworkDhcpRange`, `GVirConfigNetworkDhcpHost`), beyond libvirt-glib.

use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::accessor_fns::{enum_arg, list_getter, setter, value_getter};
use super::document_accessors::{constructors, nullable_string_setter, string_getter};
use super::GObjectPtr;
use crate::{NetworkDhcpHost, NetworkDhcpRange, NetworkIp, NetworkIpFamily};

constructors!(
    NetworkIp,
    gvir_config_network_ip_get_type,
    gvir_config_network_ip_new,
    gvir_config_network_ip_new_from_xml,
    "ip",
    Some(crate::network::SCHEMA)
);
constructors!(
    NetworkDhcpRange,
    gvir_config_network_dhcp_range_get_type,
    gvir_config_network_dhcp_range_new,
    gvir_config_network_dhcp_range_new_from_xml,
    "range",
    Some(crate::network::SCHEMA)
);
constructors!(
    NetworkDhcpHost,
    gvir_config_network_dhcp_host_get_type,
    gvir_config_network_dhcp_host_new,
    gvir_config_network_dhcp_host_new_from_xml,
    "host",
    Some(crate::network::SCHEMA)
);

#[no_mangle]
pub extern "C" fn gvir_config_network_ip_family_get_type() -> GType {
    NetworkIpFamily::static_type().into_glib()
}

string_getter!(gvir_config_network_ip_get_address, ip as NetworkIp, address);
nullable_string_setter!(gvir_config_network_ip_set_address, ip as NetworkIp, address, set_address);
string_getter!(gvir_config_network_ip_get_netmask, ip as NetworkIp, netmask);
nullable_string_setter!(gvir_config_network_ip_set_netmask, ip as NetworkIp, netmask, set_netmask);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_get_prefix(ip: GObjectPtr) -> u32 {
    value_getter::<NetworkIp, u32>(ip, c"gvir_config_network_ip_get_prefix", "ip", 0, |i| i.prefix().unwrap_or(0))
}

/// 0 removes `prefix`: C has no `None`, and a network on a 0-bit prefix makes no sense.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_set_prefix(ip: GObjectPtr, prefix: u32) {
    setter::<NetworkIp>(ip, c"gvir_config_network_ip_set_prefix", "ip", |i| i.set_prefix((prefix != 0).then_some(prefix)))
}

/// The family libvirt uses (the attribute, or else the address's form): C callers want an
/// answer, not whether the attribute is written.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_get_family(ip: GObjectPtr) -> i32 {
    value_getter::<NetworkIp, i32>(ip, c"gvir_config_network_ip_get_family", "ip", NetworkIpFamily::Ipv4.into_glib(), |i| {
        i.effective_family().into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_set_family(ip: GObjectPtr, family: i32) {
    setter::<NetworkIp>(ip, c"gvir_config_network_ip_set_family", "ip", |i| {
        if let Some(family) =
            enum_arg::<NetworkIpFamily>(family, c"gvir_config_network_ip_set_family", c"family is a GVirConfigNetworkIpFamily")
        {
            i.set_family(Some(family))
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_get_dhcp_ranges(ip: GObjectPtr) -> *mut glib::ffi::GList {
    list_getter::<NetworkIp, _>(ip, c"gvir_config_network_ip_get_dhcp_ranges", "ip", |i| i.dhcp_ranges())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_add_dhcp_range(ip: GObjectPtr, range: GObjectPtr) {
    let Some(range) = capi_support::object_arg::<NetworkDhcpRange>(range, None, c"gvir_config_network_ip_add_dhcp_range", "range")
    else {
        return;
    };
    setter::<NetworkIp>(ip, c"gvir_config_network_ip_add_dhcp_range", "ip", |i| i.add_dhcp_range(&range))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_get_dhcp_hosts(ip: GObjectPtr) -> *mut glib::ffi::GList {
    list_getter::<NetworkIp, _>(ip, c"gvir_config_network_ip_get_dhcp_hosts", "ip", |i| i.dhcp_hosts())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_add_dhcp_host(ip: GObjectPtr, host: GObjectPtr) {
    let Some(host) = capi_support::object_arg::<NetworkDhcpHost>(host, None, c"gvir_config_network_ip_add_dhcp_host", "host") else {
        return;
    };
    setter::<NetworkIp>(ip, c"gvir_config_network_ip_add_dhcp_host", "ip", |i| i.add_dhcp_host(&host))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_network_ip_remove_dhcp(ip: GObjectPtr) {
    setter::<NetworkIp>(ip, c"gvir_config_network_ip_remove_dhcp", "ip", |i| i.remove_dhcp())
}

string_getter!(gvir_config_network_dhcp_range_get_start, range as NetworkDhcpRange, start);
nullable_string_setter!(gvir_config_network_dhcp_range_set_start, range as NetworkDhcpRange, start, set_start);
string_getter!(gvir_config_network_dhcp_range_get_end, range as NetworkDhcpRange, end);
nullable_string_setter!(gvir_config_network_dhcp_range_set_end, range as NetworkDhcpRange, end, set_end);

string_getter!(gvir_config_network_dhcp_host_get_mac, host as NetworkDhcpHost, mac);
nullable_string_setter!(gvir_config_network_dhcp_host_set_mac, host as NetworkDhcpHost, mac, set_mac);
string_getter!(gvir_config_network_dhcp_host_get_name, host as NetworkDhcpHost, name);
nullable_string_setter!(gvir_config_network_dhcp_host_set_name, host as NetworkDhcpHost, name, set_name);
string_getter!(gvir_config_network_dhcp_host_get_ip, host as NetworkDhcpHost, ip);
nullable_string_setter!(gvir_config_network_dhcp_host_set_ip, host as NetworkDhcpHost, ip, set_ip);
