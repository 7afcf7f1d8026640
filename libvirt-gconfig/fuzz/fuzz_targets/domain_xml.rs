//! Any bytes → `Domain::from_xml` → every device and a few getters → `to_xml` → parse again
//! (see round_trip.rs).
#![no_main]

#[path = "round_trip.rs"]
mod round_trip;

use libvirt_gconfig::*;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    round_trip::check(data, Domain::from_xml, |domain| {
        for device in domain.devices() {
            let _ = device.to_xml();
        }
        let _ = (domain.name(), domain.memory(), domain.features(), domain.custom_xml("urn:x"));
    });
});
