//! Placement-aware edits: where an attribute or a moved element ends up matters, because
//! outputs must be byte-identical to libvirt-glib's for the same calls.

use std::ffi::CString;

use super::node::with_cstr;
use super::{sys, Node};

fn xml_name(s: &str) -> CString {
    let end = s.bytes().position(|b| b == 0).unwrap_or(s.len());
    CString::new(&s[..end]).expect("no NUL left")
}

impl Node {
    /// Sets attribute `name` to `value` where it stands; a new attribute goes last.
    /// (Unlike [`Node::set_attribute`], which moves a changed attribute to the end.)
    pub fn set_attribute_in_place(&self, name: &str, value: &str) {
        with_cstr(name, |name| {
            with_cstr(value, |value| {
                // SAFETY: valid element; xmlSetProp replaces the value of an existing attribute
                // in its slot, or appends a new one, copying both strings.
                unsafe { sys::xmlSetProp(self.raw(), name, value) };
            })
        });
    }

    /// Adds attribute `name` in front of the element's other attributes. An existing attribute
    /// of that name is removed first.
    pub fn prepend_attribute(&self, name: &str, value: &str) {
        self.remove_attribute(name);
        let name = xml_name(name);
        let value = xml_name(value);
        // SAFETY: xmlNewProp appends the new attribute to our list; we then relink it at the
        // head, keeping the doubly linked list consistent.
        unsafe {
            let element = self.raw();
            let attr = sys::xmlNewProp(element, name.as_ptr() as *const u8, value.as_ptr() as *const u8);
            if attr.is_null() || (*element).properties == attr {
                return;
            }
            let prev = (*attr).prev;
            if !prev.is_null() {
                (*prev).next = (*attr).next;
            }
            if !(*attr).next.is_null() {
                (*(*attr).next).prev = prev;
            }
            (*attr).prev = std::ptr::null_mut();
            (*attr).next = (*element).properties;
            (*(*element).properties).prev = attr;
            (*element).properties = attr;
        }
    }

    /// Moves `new` (from any document) just before this element, among its parent's children.
    /// Does nothing when this element has no parent element.
    pub fn insert_before(&self, new: &Node) -> Option<Node> {
        let parent = self.parent()?;
        // Appending first moves `new` into our document (and out of any detached list).
        let moved = parent.append(new);
        // SAFETY: both nodes are in the same document now; relinking keeps them owned by it.
        unsafe {
            sys::xmlUnlinkNode(moved.raw());
            sys::xmlAddPrevSibling(self.raw(), moved.raw());
        }
        Some(moved)
    }

    /// Makes `child` (moved from wherever it is) the only child of its name, at the end: every
    /// other child with that name is removed first.
    pub fn replace_all_with(&self, child: &Node) -> Node {
        let name = child.name();
        let doomed: Vec<Node> = self.children().filter(|c| c.name_is(&name) && c != child).collect();
        for node in doomed {
            node.detach();
        }
        self.append(child)
    }
}

#[cfg(test)]
mod tests {
    use crate::XmlDoc;

    #[test]
    fn attribute_placement() {
        let doc = XmlDoc::parse("<a x='1' y='2'/>", "a").unwrap();
        let a = doc.root().unwrap();
        a.set_attribute_in_place("x", "3");
        a.prepend_attribute("t", "p");
        a.prepend_attribute("y", "4");
        assert_eq!(a.to_xml(), "<a y=\"4\" t=\"p\" x=\"3\"/>");
    }

    #[test]
    fn insertion_and_replacement() {
        let doc = XmlDoc::parse("<a><b/><c n='1'/><c n='2'/></a>", "a").unwrap();
        let a = doc.root().unwrap();
        let other = XmlDoc::parse("<c n='3'/>", "c").unwrap().root().unwrap();
        let b = a.child("b").unwrap();
        b.insert_before(&other);
        assert_eq!(a.to_xml(), "<a>\n  <c n=\"3\"/>\n  <b/>\n  <c n=\"1\"/>\n  <c n=\"2\"/>\n</a>");
        a.replace_all_with(&other);
        assert_eq!(a.to_xml(), "<a>\n  <b/>\n  <c n=\"3\"/>\n</a>");
    }
}
