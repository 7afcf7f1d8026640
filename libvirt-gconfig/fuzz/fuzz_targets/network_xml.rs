//! Any bytes → `Network::from_xml` → getters (addresses and their DHCP settings too) → `to_xml`
//! → parse again (see round_trip.rs).
#![no_main]

#[path = "round_trip.rs"]
mod round_trip;

use libvirt_gconfig::*;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    round_trip::check(data, Network::from_xml, |document| {
        let _ = (document.name(), document.uuid(), document.bridge_name(), document.bridge_stp(), document.bridge_delay());
        let _ = (document.forward_mode(), document.forward_dev(), document.domain_name(), document.mtu(), document.mac_address());
        for ip in document.ips() {
            let _ = (ip.address(), ip.netmask(), ip.prefix(), ip.family(), ip.effective_family());
            for range in ip.dhcp_ranges() {
                let _ = (range.start(), range.end());
            }
            for host in ip.dhcp_hosts() {
                let _ = (host.mac(), host.name(), host.ip());
            }
        }
    });
});
