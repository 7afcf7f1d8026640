//! What every document target checks, whatever the document type: any bytes given to the
//! parser must not crash, hang or leak; what we serialize must parse back to the same
//! serialization. Included by each target with `#[path]` (cargo-fuzz builds one binary per
//! target).

use libvirt_gconfig::ConfigObjectExt;

/// Parses `data` with `parse`, calls `walk` on the result (the type's getters), then checks that
/// `to_xml()` is a fixed point of parse + serialize.
pub fn check<T: ConfigObjectExt>(
    data: &[u8],
    parse: impl Fn(&str) -> Result<T, glib::Error>,
    walk: impl Fn(&T),
) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(document) = parse(text) else { return };
    walk(&document);
    let out = document.to_xml();
    let again = parse(&out).expect("our own output parses").to_xml();
    assert_eq!(again, out, "serialization is stable");
}
