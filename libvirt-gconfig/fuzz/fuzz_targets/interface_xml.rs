//! Any bytes → `Interface::from_xml` → `to_xml` → parse again (see round_trip.rs).
#![no_main]

#[path = "round_trip.rs"]
mod round_trip;

use libvirt_gconfig::*;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    round_trip::check(data, Interface::from_xml, |_| {});
});
