//! `Node`: a handle on one element of an [`XmlDoc`], and the DOM helpers every configuration
//! class is built from (attributes, text content, child elements, namespaces).
//!
//! A `Node` holds a reference to its document, so the element stays valid as long as the
//! handle lives (unlinked elements are kept by the document, see `document.rs`).

use std::ffi::{CStr, CString};
use std::ptr::{self, NonNull};

use super::{sys, XmlDoc};

#[derive(Clone)]
pub struct Node {
    doc: XmlDoc,
    raw: NonNull<sys::xmlNode>,
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Node(<{}>)", self.name())
    }
}

impl PartialEq for Node {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

fn cstring(s: &str) -> CString {
    // Text with a NUL cannot be represented in XML: keep what precedes it.
    let end = s.bytes().position(|b| b == 0).unwrap_or(s.len());
    CString::new(&s[..end]).expect("no NUL left")
}

/// Copies and frees a string libxml2 allocated for us.
unsafe fn take_xml_string(raw: *mut u8) -> Option<String> {
    if raw.is_null() {
        return None;
    }
    let s = CStr::from_ptr(raw as *const _).to_string_lossy().into_owned();
    if let Some(free) = sys::xmlFree {
        free(raw as *mut _);
    }
    Some(s)
}

unsafe fn borrowed_xml_string(raw: *const u8) -> Option<String> {
    (!raw.is_null()).then(|| CStr::from_ptr(raw as *const _).to_string_lossy().into_owned())
}

impl Node {
    /// # Safety
    /// `raw` must be NULL or an element of `doc` (linked, or kept detached by it).
    pub(crate) unsafe fn from_raw(doc: &XmlDoc, raw: *mut sys::xmlNode) -> Option<Node> {
        NonNull::new(raw).map(|raw| Node { doc: doc.clone(), raw })
    }

    pub(crate) fn raw(&self) -> *mut sys::xmlNode {
        self.raw.as_ptr()
    }

    pub fn document(&self) -> &XmlDoc {
        &self.doc
    }

    fn node(&self) -> &sys::xmlNode {
        // SAFETY: the node stays valid while its document lives, and we hold the document.
        unsafe { self.raw.as_ref() }
    }

    /// The element's name, without namespace prefix.
    pub fn name(&self) -> String {
        // SAFETY: element names are valid C strings owned by the node.
        unsafe { borrowed_xml_string(self.node().name).unwrap_or_default() }
    }

    /// The namespace URI of the element, if it has one.
    pub fn namespace_uri(&self) -> Option<String> {
        let ns = self.node().ns;
        // SAFETY: a node's namespace outlives the node.
        unsafe { (!ns.is_null()).then(|| borrowed_xml_string((*ns).href)).flatten() }
    }

    pub fn parent(&self) -> Option<Node> {
        let parent = self.node().parent;
        // SAFETY: the parent is in the same document; a document node is not an element.
        unsafe {
            if parent.is_null() || (*parent).type_ != sys::XML_ELEMENT_NODE {
                return None;
            }
            Node::from_raw(&self.doc, parent)
        }
    }

    // --- attributes -------------------------------------------------------------------------

    /// The value of attribute `name` (in no namespace).
    pub fn attribute(&self, name: &str) -> Option<String> {
        let name = cstring(name);
        // SAFETY: valid node and name; the result is ours to free.
        unsafe { take_xml_string(sys::xmlGetNoNsProp(self.raw(), name.as_ptr() as *const u8)) }
    }

    /// Sets attribute `name` to `value`, or removes it for `None`. A changed attribute moves to
    /// the end of the element's attributes, as in libvirt-glib (outputs stay byte-identical).
    pub fn set_attribute(&self, name: &str, value: Option<&str>) {
        self.remove_attribute(name);
        if let Some(value) = value {
            let name = cstring(name);
            let value = cstring(value);
            // SAFETY: valid node; libxml2 copies name and value (escaping happens on output).
            unsafe { sys::xmlNewProp(self.raw(), name.as_ptr() as *const u8, value.as_ptr() as *const u8) };
        }
    }

    pub fn remove_attribute(&self, name: &str) {
        let name = cstring(name);
        // SAFETY: valid node; xmlRemoveProp unlinks and frees one attribute; loop for duplicates.
        unsafe {
            loop {
                let attr = sys::xmlHasProp(self.raw(), name.as_ptr() as *const u8);
                if attr.is_null() {
                    break;
                }
                sys::xmlRemoveProp(attr);
            }
        }
    }

    /// Names and values of all attributes, in document order.
    pub fn attributes(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut attr = self.node().properties;
        // SAFETY: walking the node's own attribute list.
        unsafe {
            while !attr.is_null() {
                let name = borrowed_xml_string((*attr).name).unwrap_or_default();
                let value = take_xml_string(sys::xmlNodeGetContent((*attr).children)).unwrap_or_default();
                out.push((name, value));
                attr = (*attr).next;
            }
        }
        out
    }

    // --- text content -----------------------------------------------------------------------

    /// The text content of the element (all descendant text, as libxml2 computes it).
    pub fn content(&self) -> Option<String> {
        // SAFETY: valid node; result is ours to free.
        unsafe { take_xml_string(sys::xmlNodeGetContent(self.raw())) }
    }

    /// Replaces everything inside the element with the text `value` (escaped as needed); an
    /// empty `value` leaves the element empty (`<name/>`, as libxml2's xmlNodeSetContent does).
    pub fn set_content(&self, value: &str) {
        self.detach_children();
        if value.is_empty() {
            return;
        }
        let value = cstring(value);
        // SAFETY: valid node; the new text node is owned by the element.
        unsafe {
            let text = sys::xmlNewDocText(self.doc.raw(), value.as_ptr() as *const u8);
            sys::xmlAddChild(self.raw(), text);
        }
    }

    /// The element's own text: the content of its first child when that is a text or CDATA
    /// node (what libvirt-glib returns too), `None` for an empty element or one that starts
    /// with a child element or comment.
    pub fn text(&self) -> Option<String> {
        // SAFETY: the pointer is into our node and copied at once.
        unsafe { borrowed_xml_string(self.text_ptr() as *const u8) }
    }

    /// Pointer to the element's own text (see [`Node::text`]) inside the DOM, or NULL. Valid
    /// until the element is modified; for the C ABI, whose getters return borrowed strings.
    pub fn text_ptr(&self) -> *const std::ffi::c_char {
        let first = self.node().children;
        // SAFETY: the first child, if any, belongs to our node.
        unsafe {
            if first.is_null() || !matches!((*first).type_, sys::XML_TEXT_NODE | sys::XML_CDATA_SECTION_NODE) {
                return ptr::null();
            }
            (*first).content as *const _
        }
    }

    /// Pointer to the value of attribute `name` (in no namespace) inside the DOM, or NULL.
    /// Valid until the attribute changes; for the C ABI.
    pub fn attribute_ptr(&self, name: &str) -> *const std::ffi::c_char {
        let name = cstring(name);
        // SAFETY: walking our own attribute list; the value is the attribute's text child.
        unsafe {
            let mut attr = self.node().properties;
            while !attr.is_null() {
                if (*attr).ns.is_null() && CStr::from_ptr((*attr).name as *const _) == name.as_c_str() {
                    let value = (*attr).children;
                    if value.is_null() || (*value).type_ != sys::XML_TEXT_NODE || !(*value).next.is_null() {
                        return ptr::null();
                    }
                    return (*value).content as *const _;
                }
                attr = (*attr).next;
            }
            ptr::null()
        }
    }

    /// The text (see [`Node::text`]) of the first child element `name`.
    pub fn child_content(&self, name: &str) -> Option<String> {
        self.child(name).and_then(|c| c.text())
    }

    /// Sets the text of child element `name` (replacing that child), or removes the child for `None`.
    pub fn set_child_content(&self, name: &str, value: Option<&str>) {
        match value {
            Some(value) => self.replace_child(name).set_content(value),
            None => self.remove_children(name),
        }
    }

    // --- child elements ---------------------------------------------------------------------

    /// The element children, in document order (text, comments and other nodes skipped).
    pub fn children(&self) -> impl Iterator<Item = Node> + '_ {
        let mut next = self.node().children;
        std::iter::from_fn(move || {
            // SAFETY: walking the sibling list of our own node.
            unsafe {
                while !next.is_null() {
                    let current = next;
                    next = (*current).next;
                    if (*current).type_ == sys::XML_ELEMENT_NODE {
                        return Node::from_raw(&self.doc, current);
                    }
                }
                None
            }
        })
    }

    /// The first child element called `name`.
    pub fn child(&self, name: &str) -> Option<Node> {
        self.children().find(|c| c.name() == name)
    }

    /// Follows a path of child element names (`"os/type"`).
    pub fn descendant(&self, path: &str) -> Option<Node> {
        path.split('/').try_fold(self.clone(), |node, name| node.child(name))
    }

    fn new_element(&self, name: &str) -> *mut sys::xmlNode {
        let name = cstring(name);
        // SAFETY: a new unlinked element in our document.
        unsafe { sys::xmlNewDocNode(self.doc.raw(), ptr::null_mut(), name.as_ptr() as *const u8, ptr::null()) }
    }

    /// Appends a new empty element `name` and returns it.
    pub fn append_child(&self, name: &str) -> Node {
        let new = self.new_element(name);
        // SAFETY: `new` is unlinked and ours; adding it gives ownership to our element.
        unsafe {
            sys::xmlAddChild(self.raw(), new);
            Node::from_raw(&self.doc, new).expect("libxml2 allocation")
        }
    }

    /// The first child `name`, created (appended) when there is none.
    pub fn ensure_child(&self, name: &str) -> Node {
        self.child(name).unwrap_or_else(|| self.append_child(name))
    }

    /// A new empty child `name` in place of the first existing one (same position), or
    /// appended when there is none.
    pub fn replace_child(&self, name: &str) -> Node {
        let Some(old) = self.child(name) else { return self.append_child(name) };
        let new = self.new_element(name);
        // SAFETY: insert the new element after the old one, then unlink the old one.
        unsafe {
            sys::xmlAddNextSibling(old.raw(), new);
            old.detach();
            Node::from_raw(&self.doc, new).expect("libxml2 allocation")
        }
    }

    /// Removes every child element called `name`.
    pub fn remove_children(&self, name: &str) {
        let doomed: Vec<Node> = self.children().filter(|c| c.name() == name).collect();
        for node in doomed {
            node.detach();
        }
    }

    /// Removes all children (elements, text, comments).
    fn detach_children(&self) {
        // SAFETY: unlink each child; the document keeps elements alive, other nodes are freed
        // (no object can refer to a text or comment node).
        unsafe {
            let mut child = self.node().children;
            while !child.is_null() {
                let next = (*child).next;
                sys::xmlUnlinkNode(child);
                if (*child).type_ == sys::XML_ELEMENT_NODE {
                    self.doc.keep_detached(child);
                } else {
                    sys::xmlFreeNode(child);
                }
                child = next;
            }
        }
    }

    /// Unlinks this element from its parent. It stays valid (kept by its document) and can be
    /// attached elsewhere with [`Node::append`].
    pub fn detach(&self) {
        if self.node().parent.is_null() {
            return; // already detached (a root element's parent is its document)
        }
        // SAFETY: unlinking our own linked node (a root element too: xmlFreeDoc would no longer
        // free it); the document keeps it and frees it last.
        unsafe { sys::xmlUnlinkNode(self.raw()) };
        self.doc.keep_detached(self.raw());
    }

    /// Moves `child` (and its subtree) to the end of this element's children. `child` may come
    /// from another document; it then belongs to this one. Returns the moved node.
    pub fn append(&self, child: &Node) -> Node {
        self.adopt(child);
        // SAFETY: child is unlinked now; xmlAddChild links it under our element.
        unsafe { sys::xmlAddChild(self.raw(), child.raw()) };
        Node { doc: self.doc.clone(), raw: child.raw }
    }

    /// Replaces the first child with `child`'s name by `child` (moved), or appends it.
    pub fn replace_with(&self, child: &Node) -> Node {
        let name = child.name();
        let old = self.children().find(|c| c.name() == name && *c != *child);
        self.adopt(child);
        // SAFETY: child is unlinked; it takes the old element's place.
        unsafe {
            match old {
                Some(old) => {
                    sys::xmlAddNextSibling(old.raw(), child.raw());
                    old.detach();
                }
                None => {
                    sys::xmlAddChild(self.raw(), child.raw());
                }
            }
        }
        Node { doc: self.doc.clone(), raw: child.raw }
    }

    /// Unlinks `child` from wherever it is and makes its subtree part of our document.
    fn adopt(&self, child: &Node) {
        // SAFETY: child is a valid node of child.doc; after unlinking it is owned by nobody
        // (released from its document's detached list), then its subtree is moved to ours.
        unsafe {
            sys::xmlUnlinkNode(child.raw());
            child.doc.release_detached(child.raw());
            if child.doc.raw() != self.doc.raw() {
                sys::xmlSetTreeDoc(child.raw(), self.doc.raw());
                // Objects made on child's document may view the moved subtree: keep its new
                // document alive for them.
                child.doc.keep_alive(&self.doc);
            }
        }
    }

    // --- namespaces -------------------------------------------------------------------------

    /// Puts this element (and, with `recursive`, its descendant elements) in namespace `uri`
    /// with `prefix`, declaring it on this element.
    pub fn set_namespace(&self, uri: &str, prefix: &str, recursive: bool) {
        let uri = cstring(uri);
        let prefix = cstring(prefix);
        // SAFETY: the namespace is owned by this element and outlives its subtree's use of it.
        unsafe {
            let ns = sys::xmlNewNs(self.raw(), uri.as_ptr() as *const u8, prefix.as_ptr() as *const u8);
            if ns.is_null() {
                return;
            }
            self.apply_namespace(ns, recursive);
        }
    }

    unsafe fn apply_namespace(&self, ns: *mut sys::xmlNs, recursive: bool) {
        sys::xmlSetNs(self.raw(), ns);
        if recursive {
            for child in self.children() {
                child.apply_namespace(ns, true);
            }
        }
    }

    // --- output -----------------------------------------------------------------------------

    /// The element serialized as libxml2 formats it (indented, no XML declaration).
    pub fn to_xml(&self) -> String {
        // SAFETY: the buffer is created, filled and freed here.
        unsafe {
            let buf = sys::xmlBufferCreate();
            sys::xmlNodeDump(buf, self.doc.raw(), self.raw(), 0, 1);
            let len = sys::xmlBufferLength(buf) as usize;
            let bytes = std::slice::from_raw_parts(sys::xmlBufferContent(buf), len);
            let out = String::from_utf8_lossy(bytes).into_owned();
            sys::xmlBufferFree(buf);
            out
        }
    }
}
