//! Helpers over child elements that many device classes share: an attribute of a child
//! (`<target dev='…'/>`), presence flags (`<readonly/>`), attaching another object's element
//! in place of a child, and copying an element from another document.

use super::node::xml_str_eq;
use super::{sys, Node};

impl Node {
    /// Attribute `attr` of the first child element `child`.
    pub fn child_attribute(&self, child: &str, attr: &str) -> Option<String> {
        self.with_child(child, |c| c.attribute(attr)).flatten()
    }

    /// Sets attribute `attr` of child `child`, creating the child (appended) when there is
    /// none; `None` removes the attribute but still creates the child. Returns the child.
    pub fn set_child_attribute(&self, child: &str, attr: &str, value: Option<&str>) -> Node {
        let child = self.ensure_child(child);
        child.set_attribute(attr, value);
        child
    }

    /// Replaces child `child` by a new element (same position, or appended) that has only the
    /// attribute `attr` (none for `None`). Returns the new child.
    pub fn replace_child_with_attribute(&self, child: &str, attr: &str, value: Option<&str>) -> Node {
        let child = self.replace_child(child);
        child.set_attribute(attr, value);
        child
    }

    /// Whether there is a child element `name` (`<readonly/>`, `<shareable/>`, …).
    pub fn has_child(&self, name: &str) -> bool {
        // SAFETY: element names are valid C strings.
        self.raw_children().any(|c| unsafe { xml_str_eq((*c).name, name) })
    }

    /// Makes an empty child element `name` present (in place of an existing one) or absent.
    pub fn set_flag_child(&self, name: &str, present: bool) {
        if present {
            self.raw_replace_child(name);
        } else {
            self.remove_children(name);
        }
    }

    /// Removes every child element named like `child` and appends `child` (moved, possibly from
    /// another document); with `None`, only removes the children called `name`.
    pub fn attach_replace(&self, name: &str, child: Option<&Node>) -> Option<Node> {
        let doomed: Vec<Node> = self.children().filter(|c| c.name_is(name) && child != Some(c)).collect();
        for node in doomed {
            node.detach();
        }
        child.map(|c| self.append(c))
    }

    /// Appends a deep copy of `source` (attributes, namespaces, children), which may belong to
    /// another document; `source` is not changed. Returns the copy.
    pub fn append_copy(&self, source: &Node) -> Node {
        // SAFETY: the copy is a new unlinked tree in our document; xmlAddChild links it under
        // our element, which then owns it.
        unsafe {
            let copy = sys::xmlDocCopyNode(source.raw(), self.document().raw(), 1);
            assert!(!copy.is_null(), "libxml2 allocation");
            sys::xmlAddChild(self.raw(), copy);
            Node::from_raw(self.document(), copy).expect("not NULL")
        }
    }

    /// Inserts a new empty element `name` just before `sibling` (a child of this element).
    pub fn insert_child_before(&self, sibling: &Node, name: &str) -> Node {
        let name = std::ffi::CString::new(name).expect("element names have no NUL");
        // SAFETY: a new element of our document, linked as the previous sibling of our child.
        unsafe {
            let new = sys::xmlNewDocNode(self.document().raw(), std::ptr::null_mut(), name.as_ptr() as *const u8, std::ptr::null());
            assert!(!new.is_null(), "libxml2 allocation");
            sys::xmlAddPrevSibling(sibling.raw(), new);
            Node::from_raw(self.document(), new).expect("not NULL")
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::xml::XmlDoc;

    fn doc(xml: &str) -> crate::Node {
        XmlDoc::parse_any(xml).unwrap().root().unwrap()
    }

    #[test]
    fn attach_replace_moves_to_the_end() {
        let root = doc("<disk><driver a='1'/><target/></disk>");
        let other = doc("<driver b='2'/>");
        root.attach_replace("driver", Some(&other));
        assert_eq!(root.to_xml(), "<disk>\n  <target/>\n  <driver b=\"2\"/>\n</disk>");
        root.attach_replace("driver", None);
        assert_eq!(root.to_xml(), "<disk>\n  <target/>\n</disk>");
    }

    #[test]
    fn attach_replace_of_own_child_keeps_it() {
        let root = doc("<disk><driver a='1'/><target/></disk>");
        let own = root.child("driver").unwrap();
        root.attach_replace("driver", Some(&own));
        assert_eq!(root.to_xml(), "<disk>\n  <target/>\n  <driver a=\"1\"/>\n</disk>");
    }

    #[test]
    fn copies_keep_namespaces_and_leave_the_source() {
        let root = doc("<source/>");
        let other = doc("<address xmlns:q='urn:q' q:z='1' a='2'><c/></address>");
        let copy = root.append_copy(&other);
        copy.set_attribute("a", None);
        assert_eq!(root.to_xml(), "<source>\n  <address xmlns:q=\"urn:q\" q:z=\"1\">\n    <c/>\n  </address>\n</source>");
        assert_eq!(other.attribute("a").as_deref(), Some("2"));
    }

    #[test]
    fn flags_and_child_attributes() {
        let root = doc("<disk/>");
        root.set_flag_child("readonly", true);
        root.set_child_attribute("target", "dev", Some("vda"));
        assert!(root.has_child("readonly"));
        assert_eq!(root.child_attribute("target", "dev").as_deref(), Some("vda"));
        root.set_flag_child("readonly", false);
        root.replace_child_with_attribute("target", "bus", Some("ide"));
        assert_eq!(root.to_xml(), "<disk>\n  <target bus=\"ide\"/>\n</disk>");
    }
}
