//! Accessors for the common libvirt shape "an attribute on a child element"
//! (`<mac address='…'/>`, `<model type='…'/>`), booleans read the strict way libvirt-glib
//! reads them, and numbers parsed like C's `strtoll` (what libvirt-glib's integer getters use).

use super::{Node, XmlEnum};

impl Node {
    /// Replaces child `child` (same position) by a new one carrying only `attr='value'`; for
    /// `None`, removes every child `child`.
    pub fn replace_child_attribute(&self, child: &str, attr: &str, value: Option<&str>) {
        match value {
            Some(value) => self.with_view(self.raw_replace_child(child), |child| child.set_attribute(attr, Some(value))),
            None => self.remove_children(child),
        }
    }

    /// Attribute `attr` of child `child` as an enum value.
    pub fn child_enum_attribute<E: XmlEnum>(&self, child: &str, attr: &str) -> Option<E> {
        self.with_child(child, |c| c.enum_attribute(attr)).flatten()
    }

    /// [`Node::replace_child_attribute`] with the nick of `value`.
    pub fn set_child_enum_attribute<E: XmlEnum>(&self, child: &str, attr: &str, value: E) {
        self.replace_child_attribute(child, attr, Some(value.nick_str()));
    }

    /// `true` only when attribute `name` is exactly `yes` (libvirt-glib's boolean getters treat
    /// every other spelling, and absence, as false).
    pub fn yes_attribute(&self, name: &str) -> bool {
        self.attribute_is(name, "yes")
    }

    /// Attribute `name` read as C's `strtoll(value, NULL, 0)`: leading blanks and a sign
    /// allowed, `0x` means hexadecimal and a leading `0` octal, parsing stops at the first
    /// character that is not a digit, no digit gives 0, overflow saturates. `None` when absent.
    pub fn strtoll_attribute(&self, name: &str) -> Option<i64> {
        // SAFETY: the closure only parses the value.
        unsafe { self.with_attribute(name, |v| v.map(strtoll)) }
    }
}

/// C's `strtoll(text, NULL, 0)`.
pub fn strtoll(text: &str) -> i64 {
    let s = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']).as_bytes();
    let (negative, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, digits) = if (s.starts_with(b"0x") || s.starts_with(b"0X")) && s.get(2).is_some_and(u8::is_ascii_hexdigit) {
        (16, &s[2..])
    } else if s.first() == Some(&b'0') {
        (8, s)
    } else {
        (10, s)
    };
    let mut value: i128 = 0;
    for &b in digits {
        let Some(d) = (b as char).to_digit(radix) else { break };
        value = (value * radix as i128 + d as i128).min(i64::MAX as i128 + 1);
    }
    let value = if negative { -value } else { value };
    value.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

#[cfg(test)]
mod tests {
    use super::strtoll;

    #[test]
    fn strtoll_like_c() {
        for (text, expected) in [
            ("42", 42),
            (" 42 ", 42),
            ("42abc", 42),
            ("010", 8),
            ("0x10", 16),
            ("0x", 0),
            ("-5", -5),
            ("+7", 7),
            ("", 0),
            ("abc", 0),
            ("99999999999999999999", i64::MAX),
            ("-99999999999999999999", i64::MIN),
        ] {
            assert_eq!(strtoll(text), expected, "{text:?}");
        }
    }
}
