//! Any bytes → `Domain::from_xml` → every device → `to_xml` → parse again: must never crash,
//! hang or leak, and what we serialize must parse back to the same serialization.
#![no_main]

use libfuzzer_sys::fuzz_target;
use libvirt_gconfig::{ConfigObjectExt, Domain};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(domain) = Domain::from_xml(text) else { return };
    for device in domain.devices() {
        let _ = device.to_xml();
    }
    let _ = (domain.name(), domain.memory(), domain.features(), domain.custom_xml("urn:x"));
    let out = domain.to_xml();
    let again = Domain::from_xml(&out).expect("our own output parses");
    assert_eq!(again.to_xml(), out, "serialization is stable");
});
