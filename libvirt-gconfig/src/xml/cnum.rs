//! Numbers in attributes read the way C code reads them with `g_ascii_strtoull(…, 0)`:
//! decimal, `0x` hexadecimal or `0` octal, leading blanks and a sign allowed, and reading
//! stops at the first character that is not a digit. libvirt-glib reads PCI addresses, boot
//! orders and controller indexes like this, and its callers see the results.

use std::ffi::CString;

use super::Node;

/// A number as C's `g_ascii_strtoull(text, &end, 0)` reads it, and whether the whole text was
/// read (`*end == '\0'`). Overflow gives `u64::MAX`; a `-` negates modulo 2^64.
pub fn strtoull(text: &str) -> (u64, bool) {
    let Ok(c) = CString::new(text) else { return (0, false) };
    let mut end: *mut std::ffi::c_char = std::ptr::null_mut();
    // SAFETY: a valid NUL-terminated string; `end` points into it afterwards.
    unsafe {
        let value = glib::ffi::g_ascii_strtoull(c.as_ptr(), &mut end, 0);
        (value, !end.is_null() && *end == 0)
    }
}

impl Node {
    /// Attribute `name` read as [`strtoull`] reads it: the value and whether it was all digits.
    pub fn c_number_attribute(&self, name: &str) -> Option<(u64, bool)> {
        // SAFETY: the closure only parses the value.
        unsafe { self.with_attribute(name, |v| v.map(strtoull)) }
    }
}

#[cfg(test)]
mod tests {
    use super::strtoull;

    #[test]
    fn reads_like_c() {
        assert_eq!(strtoull("12"), (12, true));
        assert_eq!(strtoull("012"), (10, true));
        assert_eq!(strtoull("0XAb"), (171, true));
        assert_eq!(strtoull("0x1G"), (1, false));
        assert_eq!(strtoull(""), (0, true));
        assert_eq!(strtoull("0x"), (0, false));
        assert_eq!(strtoull(" 5"), (5, true));
        assert_eq!(strtoull("-1"), (u64::MAX, true));
        assert_eq!(strtoull("18446744073709551616"), (u64::MAX, true));
        assert_eq!(strtoull("abc"), (0, false));
    }
}
