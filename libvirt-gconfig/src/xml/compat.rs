//! DOM helpers for the editing patterns of libvirt-glib that the basic helpers of `node.rs` and
//! `typed.rs` do not cover, so that outputs stay byte-identical:
//!
//! - numbers read the way C's `strtoull(text, NULL, 0)` reads them (leading blanks, a sign,
//!   `0x` hexadecimal, a leading `0` for octal, trailing garbage ignored, 0 when unreadable);
//! - removing only the *first* child of a name (what a `NULL` text setter does);
//! - a child element that carries its value in one attribute (`<format type='…'/>`), either
//!   replaced as a whole or edited in place;
//! - attaching another object's element as the only child of its name.

use super::Node;

/// `text` read as `strtoull(text, NULL, 0)` (glib's `g_ascii_strtoull` with base 0) reads it:
/// leading ASCII blanks are skipped, a `+` or `-` sign is accepted (a negative value wraps
/// around), `0x`/`0X` starts a hexadecimal number and a leading `0` an octal one, reading stops
/// at the first character that is not a digit of the base, an overflow gives `u64::MAX`, and no
/// digit at all gives 0.
pub fn parse_c_u64(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
        i += 1;
    }
    let mut negative = false;
    if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
        negative = bytes[i] == b'-';
        i += 1;
    }
    let mut base = 10u64;
    if bytes.get(i) == Some(&b'0') {
        let hex_digit_follows = bytes.get(i + 2).is_some_and(|b| b.is_ascii_hexdigit());
        if matches!(bytes.get(i + 1), Some(b'x') | Some(b'X')) && hex_digit_follows {
            base = 16;
            i += 2;
        } else {
            base = 8;
        }
    }
    let mut value: u64 = 0;
    let mut overflow = false;
    while let Some(digit) = bytes.get(i).and_then(|b| (*b as char).to_digit(base as u32)) {
        match value.checked_mul(base).and_then(|v| v.checked_add(u64::from(digit))) {
            Some(v) => value = v,
            None => overflow = true,
        }
        i += 1;
    }
    if overflow {
        u64::MAX
    } else if negative {
        value.wrapping_neg()
    } else {
        value
    }
}

impl Node {
    /// The element's own text (see [`Node::text`]) read as a C number (see [`parse_c_u64`]);
    /// `None` when the element has no text.
    pub fn c_u64_text(&self) -> Option<u64> {
        self.text().map(|t| parse_c_u64(&t))
    }

    /// The text of the first child `name` read as a C number; `None` when there is no such
    /// child or it has no text.
    pub fn child_c_u64(&self, name: &str) -> Option<u64> {
        self.with_child(name, |c| c.c_u64_text()).flatten()
    }

    /// Removes the first child element called `name`, if any (later ones stay).
    pub fn remove_first_child(&self, name: &str) {
        if let Some(child) = self.child(name) {
            child.detach();
        }
    }

    /// Sets the text of the first child `name` (a new element in its place, or appended), or
    /// for `None` removes that first child only.
    pub fn set_first_child_content(&self, name: &str, value: Option<&str>) {
        match value {
            Some(value) => self.with_view(self.raw_replace_child(name), |child| child.set_content(value)),
            None => self.remove_first_child(name),
        }
    }

    /// Whether this element is `other` or one of its ancestors.
    pub fn is_ancestor_or_self_of(&self, other: &Node) -> bool {
        let mut current = Some(other.clone());
        while let Some(node) = current {
            if node == *self {
                return true;
            }
            current = node.parent();
        }
        false
    }

    /// Makes `child` (from this document or another one) the only child element with its name:
    /// the other children of that name are removed and `child` is moved to the end. Returns the
    /// moved node, or `None` (nothing changed) when `child` is this element or one of its
    /// ancestors, which cannot become its child.
    pub fn attach_as_only(&self, child: &Node) -> Option<Node> {
        if child.is_ancestor_or_self_of(self) {
            return None;
        }
        let name = child.name();
        let doomed: Vec<Node> = self.children().filter(|c| c.name_is(&name) && c != child).collect();
        for node in doomed {
            node.detach();
        }
        Some(self.append(child))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::XmlDoc;

    /// The serialization without libxml2's indentation (these documents have no text).
    fn flat(node: &Node) -> String {
        node.to_xml().split('\n').map(str::trim_start).collect()
    }

    #[test]
    fn numbers_parse_like_strtoull_base_0() {
        assert_eq!(parse_c_u64("42"), 42);
        assert_eq!(parse_c_u64("  \n12 "), 12);
        assert_eq!(parse_c_u64("0x10"), 16);
        assert_eq!(parse_c_u64("0X1f"), 31);
        assert_eq!(parse_c_u64("0755"), 0o755);
        assert_eq!(parse_c_u64("089"), 0);
        assert_eq!(parse_c_u64("0x"), 0);
        assert_eq!(parse_c_u64("0xg"), 0);
        assert_eq!(parse_c_u64("12abc"), 12);
        assert_eq!(parse_c_u64("abc"), 0);
        assert_eq!(parse_c_u64(""), 0);
        assert_eq!(parse_c_u64("+7"), 7);
        assert_eq!(parse_c_u64("-1"), u64::MAX);
        assert_eq!(parse_c_u64("-5"), u64::MAX - 4);
        assert_eq!(parse_c_u64("18446744073709551615"), u64::MAX);
        assert_eq!(parse_c_u64("99999999999999999999999"), u64::MAX);
        assert_eq!(parse_c_u64("-99999999999999999999999"), u64::MAX);
    }

    #[test]
    fn first_child_edits_leave_later_ones() {
        let doc = XmlDoc::parse("<r><n>a</n><x/><n>b</n></r>", "r").unwrap();
        let root = doc.root().unwrap();
        root.set_first_child_content("n", Some("c"));
        assert_eq!(flat(&root), "<r><n>c</n><x/><n>b</n></r>");
        root.set_first_child_content("n", None);
        assert_eq!(flat(&root), "<r><x/><n>b</n></r>");
    }

    #[test]
    fn attribute_children() {
        let doc = XmlDoc::parse("<r><f type='a' q='1'><k/></f><d p='1' q='2'><k/></d></r>", "r").unwrap();
        let root = doc.root().unwrap();
        root.replace_child_with_attribute("f", "type", Some("b"));
        root.set_child_attribute("d", "p", Some("3"));
        assert_eq!(flat(&root), "<r><f type=\"b\"/><d q=\"2\" p=\"3\"><k/></d></r>");
        assert_eq!(root.child_attribute("d", "p").as_deref(), Some("3"));
        root.replace_child_with_attribute("f", "type", None);
        root.set_child_attribute("e", "p", None);
        assert_eq!(flat(&root), "<r><f/><d q=\"2\" p=\"3\"><k/></d><e/></r>");
    }

    #[test]
    fn attach_as_only_replaces_namesakes_and_refuses_cycles() {
        let doc = XmlDoc::parse("<r><c>1</c><x/><c>2</c></r>", "r").unwrap();
        let root = doc.root().unwrap();
        let other = XmlDoc::parse("<c>3</c>", "c").unwrap().root().unwrap();
        let moved = root.attach_as_only(&other).unwrap();
        assert_eq!(flat(&root), "<r><x/><c>3</c></r>");
        assert_eq!(root.attach_as_only(&moved).unwrap(), moved);
        assert_eq!(flat(&root), "<r><x/><c>3</c></r>");
        let x = root.child("x").unwrap();
        assert!(x.attach_as_only(&root).is_none());
        assert!(x.attach_as_only(&x).is_none());
        assert_eq!(flat(&root), "<r><x/><c>3</c></r>");
    }
}
