//! What every document target checks, whatever the document type: any bytes given to the
//! parser must not crash, hang or leak; what we serialize must parse, and serializing that
//! again must be a fixed point. Included by each target with `#[path]` (cargo-fuzz builds one
//! binary per target).
//!
//! The first serialization need not equal the second: like libvirt-glib's (`xmlNodeDump`), it
//! writes non-ASCII characters of attribute values as they are when the input declared an
//! encoding, and as character references when it did not — and our output declares none.

use libvirt_gconfig::ConfigObjectExt;

/// Parses `data` with `parse`, calls `walk` on the result (the type's getters), then checks that
/// `to_xml()` parses and that parse + serialize is stable from there on.
pub fn check<T: ConfigObjectExt>(
    data: &[u8],
    parse: impl Fn(&str) -> Result<T, glib::Error>,
    walk: impl Fn(&T),
) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(document) = parse(text) else { return };
    walk(&document);
    let first = parse(&document.to_xml()).expect("our own output parses").to_xml();
    let again = parse(&first).expect("our own output parses").to_xml();
    assert_eq!(again, first, "serialization is stable");
}
