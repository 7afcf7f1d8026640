//! Any bytes → `StorageVol::from_xml` → getters → `to_xml` → parse again (see round_trip.rs).
#![no_main]

#[path = "round_trip.rs"]
mod round_trip;

use libvirt_gconfig::*;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    round_trip::check(data, StorageVol::from_xml, |document| {
        let _ = (document.name(), document.capacity(), document.target(), document.backing_store());
    });
});
