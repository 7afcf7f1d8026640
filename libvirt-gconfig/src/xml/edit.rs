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

    /// [`Node::set_attribute_in_place`] for a value, removal for `None`: for the classes that
    /// have no libvirt-glib output to match, so that editing a parsed document changes a value
    /// where libvirt wrote it instead of reordering the element's attributes.
    pub fn set_or_remove_attribute_in_place(&self, name: &str, value: Option<&str>) {
        match value {
            Some(value) => self.set_attribute_in_place(name, value),
            None => self.remove_attribute(name),
        }
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

    /// Takes the text node just before this element out of the tree and returns its text;
    /// `None` (and nothing changes) when the previous sibling is not a text node.
    pub fn take_previous_text(&self) -> Option<String> {
        // SAFETY: our own sibling; a text node is never viewed by a `Node`, so freeing it is safe.
        unsafe {
            let previous = (*self.raw()).prev;
            if previous.is_null() || (*previous).type_ != sys::XML_TEXT_NODE {
                return None;
            }
            let text = text_of(previous);
            sys::xmlUnlinkNode(previous);
            sys::xmlFreeNode(previous);
            Some(text)
        }
    }

    /// Appends a text node.
    pub fn append_text(&self, text: &str) {
        let text = xml_name(text);
        // SAFETY: a new text node of our document, linked under our element.
        unsafe {
            let node = sys::xmlNewDocText(self.document().raw(), text.as_ptr() as *const u8);
            assert!(!node.is_null(), "libxml2 allocation");
            sys::xmlAddChild(self.raw(), node);
        }
    }

    /// The text of the first child node when it is a text node.
    pub fn leading_text(&self) -> Option<String> {
        // SAFETY: reading our own first child.
        unsafe {
            let first = (*self.raw()).children;
            (!first.is_null() && (*first).type_ == sys::XML_TEXT_NODE).then(|| text_of(first))
        }
    }

    /// How many of the previous siblings are not text (elements, comments, …).
    pub fn non_text_index(&self) -> usize {
        let mut index = 0;
        // SAFETY: walking the sibling list of our own node.
        unsafe {
            let mut previous = (*self.raw()).prev;
            while !previous.is_null() {
                if (*previous).type_ != sys::XML_TEXT_NODE {
                    index += 1;
                }
                previous = (*previous).prev;
            }
        }
        index
    }

    /// Moves `new` in among this element's children right after its `index`-th child that is
    /// not text (at the start for 0, last when there are fewer), preceded by a text node:
    /// `text`, or else a copy of the blank text at that point if there is one (so an element put
    /// back into an indented document is indented like its siblings).
    pub fn insert_after_non_text(&self, index: usize, text: Option<&str>, new: &Node) -> Node {
        let moved = self.append(new);
        // SAFETY: relinking our own children; new text nodes belong to our document.
        unsafe {
            sys::xmlUnlinkNode(moved.raw());
            // The node the insertion goes before (NULL: the end).
            let mut at = (*self.raw()).children;
            let mut seen = 0;
            while seen < index && !at.is_null() {
                if (*at).type_ != sys::XML_TEXT_NODE {
                    seen += 1;
                }
                at = (*at).next;
            }
            let copied;
            let text = match text {
                Some(text) => Some(text),
                None if !at.is_null() && (*at).type_ == sys::XML_TEXT_NODE && sys::xmlIsBlankNode(at) != 0 => {
                    copied = text_of(at);
                    Some(copied.as_str())
                }
                None => None,
            };
            let mut items = Vec::new();
            if let Some(text) = text {
                let text = xml_name(text);
                let node = sys::xmlNewDocText(self.document().raw(), text.as_ptr() as *const u8);
                assert!(!node.is_null(), "libxml2 allocation");
                items.push(node);
            }
            items.push(moved.raw());
            for item in items {
                // Linked by hand: xmlAddPrevSibling/xmlAddChild merge adjacent text nodes.
                (*item).parent = self.raw();
                (*item).next = at;
                let previous = if at.is_null() { (*self.raw()).last } else { (*at).prev };
                (*item).prev = previous;
                if previous.is_null() {
                    (*self.raw()).children = item;
                } else {
                    (*previous).next = item;
                }
                if at.is_null() {
                    (*self.raw()).last = item;
                } else {
                    (*at).prev = item;
                }
            }
        }
        moved
    }

    /// Unlinks this element (as [`Node::detach`]); when blank text stands on both sides of it,
    /// the text before goes too, so removing an element that was added to an indented
    /// document gives back the same text.
    pub fn detach_with_indentation(&self) {
        // SAFETY: our own siblings; text nodes are never viewed by a `Node`.
        unsafe {
            let previous = (*self.raw()).prev;
            let next = (*self.raw()).next;
            let blank = |n: *mut sys::xmlNode| !n.is_null() && (*n).type_ == sys::XML_TEXT_NODE && sys::xmlIsBlankNode(n) != 0;
            if blank(previous) && blank(next) {
                sys::xmlUnlinkNode(previous);
                sys::xmlFreeNode(previous);
            }
        }
        self.detach();
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

/// The text of a text node.
unsafe fn text_of(node: *mut sys::xmlNode) -> String {
    super::node::take_xml_string(sys::xmlNodeGetContent(node)).unwrap_or_default()
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

    #[test]
    fn moving_elements_with_their_indentation() {
        let xml = "<a>\n  <b/>\n  <!-- c -->\n  <d/>\n</a>";
        let doc = XmlDoc::parse(xml, "a").unwrap();
        let a = doc.root().unwrap();
        let d = a.child("d").unwrap();
        assert_eq!(d.non_text_index(), 2);
        assert_eq!(d.take_previous_text().as_deref(), Some("\n  "));
        assert_eq!(d.take_previous_text(), None);
        let holder = a.append_child("h");
        holder.append_text("\n  ");
        holder.append(&d);
        assert_eq!(holder.leading_text().as_deref(), Some("\n  "));
        a.insert_after_non_text(2, holder.leading_text().as_deref(), &d);
        holder.detach_with_indentation();
        assert_eq!(a.to_xml(), xml);
        // Without text of its own, an element put back copies the indentation it lands on.
        let b = a.child("b").unwrap();
        b.take_previous_text();
        b.detach();
        a.insert_after_non_text(0, None, &b);
        assert_eq!(a.to_xml(), xml);
        let flat = XmlDoc::parse("<a><b/><d/></a>", "a").unwrap().root().unwrap();
        let d = flat.child("d").unwrap();
        d.detach();
        flat.insert_after_non_text(7, None, &d);
        assert_eq!(flat.to_xml(), "<a>\n  <b/>\n  <d/>\n</a>");
    }
}
