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

/// Calls `f` with `s` as a NUL-terminated string (cut at its first NUL, like [`cstring`]),
/// copied to the stack when it is short, as names and most values are: a heap allocation for
/// every name and value handed to libxml2 was a large part of what setters cost.
pub(crate) fn with_cstr<R>(s: &str, f: impl FnOnce(*const u8) -> R) -> R {
    const STACK: usize = 128;
    let bytes = s.as_bytes();
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    if end < STACK {
        let mut buf = [0u8; STACK];
        buf[..end].copy_from_slice(&bytes[..end]);
        f(buf.as_ptr())
    } else {
        let owned = CString::new(&bytes[..end]).expect("no NUL left");
        f(owned.as_ptr() as *const u8)
    }
}

/// Copies and frees a string libxml2 allocated for us.
pub(super) unsafe fn take_xml_string(raw: *mut u8) -> Option<String> {
    if raw.is_null() {
        return None;
    }
    let s = CStr::from_ptr(raw as *const _).to_string_lossy().into_owned();
    if let Some(free) = sys::xmlFree {
        free(raw as *mut _);
    }
    Some(s)
}

/// Whether the NUL-terminated libxml2 string `raw` (NULL is no string) equals `s`, which has
/// no NUL. Compares without copying or measuring `raw` first.
///
/// # Safety
/// `raw` must be NULL or a valid NUL-terminated string.
pub(crate) unsafe fn xml_str_eq(raw: *const u8, s: &str) -> bool {
    xml_bytes_eq(raw, s.as_bytes())
}

/// [`xml_str_eq`] for bytes (a NUL in `s` never matches).
///
/// # Safety
/// As for [`xml_str_eq`].
pub(crate) unsafe fn xml_bytes_eq(raw: *const u8, s: &[u8]) -> bool {
    if raw.is_null() {
        return false;
    }
    for (i, &b) in s.iter().enumerate() {
        // Every byte before `i` matched a non-NUL byte of `s`, so `raw` is not over yet.
        if b == 0 || *raw.add(i) != b {
            return false;
        }
    }
    *raw.add(s.len()) == 0
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

    /// Whether the element's name (without namespace prefix) is `name`; no copy is made.
    pub fn name_is(&self, name: &str) -> bool {
        // SAFETY: element names are valid C strings owned by the node.
        unsafe { xml_str_eq(self.node().name, name) }
    }

    /// Calls `f` with the bytes of the element's name (without namespace prefix), not copied.
    ///
    /// # Safety
    /// The name points into the DOM: `f` must not modify the document.
    pub(crate) unsafe fn with_name<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        let name = self.node().name;
        f(if name.is_null() { b"" } else { CStr::from_ptr(name as *const _).to_bytes() })
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
        // SAFETY: the closure copies the value and touches nothing else.
        unsafe { self.with_attribute(name, |value| value.map(str::to_owned)) }
    }

    /// Whether attribute `name` (in no namespace) is present and equal to `value`.
    pub fn attribute_is(&self, name: &str, value: &str) -> bool {
        // SAFETY: the closure only compares.
        unsafe { self.with_attribute_bytes(name, |v| v == Some(value.as_bytes())) }
    }

    /// Calls `f` with the value of attribute `name` (in no namespace), as `xmlGetNoNsProp`
    /// computes it, without copying it when it is stored as one text node (nearly always):
    /// getters read attributes far more often than anything else, and a copy per read was a
    /// large part of their cost. Text that is not UTF-8 is passed as `to_string_lossy` reads it.
    ///
    /// # Safety
    /// The value may point into the DOM: `f` must not modify the document (it should only
    /// read or copy the value).
    pub(crate) unsafe fn with_attribute<R>(&self, name: &str, f: impl FnOnce(Option<&str>) -> R) -> R {
        self.with_attribute_bytes(name, |value| match value {
            None => f(None),
            Some(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => f(Some(text)),
                Err(_) => f(Some(&String::from_utf8_lossy(bytes))),
            },
        })
    }

    /// [`Node::with_attribute`] with the value's bytes (for comparisons: no UTF-8 check).
    ///
    /// # Safety
    /// As for [`Node::with_attribute`].
    pub(crate) unsafe fn with_attribute_bytes<R>(&self, name: &str, f: impl FnOnce(Option<&[u8]>) -> R) -> R {
        debug_assert!(!name.contains('\0'), "attribute names are the crate's own, without NUL");
        let mut attr = self.node().properties;
        while !attr.is_null() {
            if (*attr).ns.is_null() && xml_str_eq((*attr).name, name) {
                let value = (*attr).children;
                if value.is_null() {
                    // What xmlGetNoNsProp returns for an attribute without a value.
                    return f(Some(b""));
                }
                if (*value).next.is_null() && matches!((*value).type_, sys::XML_TEXT_NODE | sys::XML_CDATA_SECTION_NODE) {
                    if (*value).content.is_null() {
                        return f(None);
                    }
                    return f(Some(CStr::from_ptr((*value).content as *const _).to_bytes()));
                }
                break; // entity references in the value: let libxml2 assemble it
            }
            attr = (*attr).next;
        }
        let doc = self.node().doc;
        let may_have_default = !doc.is_null() && (!(*doc).intSubset.is_null() || !(*doc).extSubset.is_null());
        if attr.is_null() && !may_have_default {
            return f(None);
        }
        // A value made of several nodes, or a default from the document's DTD.
        let name = cstring(name);
        let raw = sys::xmlGetNoNsProp(self.raw(), name.as_ptr() as *const u8);
        if raw.is_null() {
            return f(None);
        }
        let result = f(Some(CStr::from_ptr(raw as *const _).to_bytes()));
        if let Some(free) = sys::xmlFree {
            free(raw as *mut _);
        }
        result
    }

    /// Sets attribute `name` to `value`, or removes it for `None`. A changed attribute moves to
    /// the end of the element's attributes, as in libvirt-glib (outputs stay byte-identical).
    pub fn set_attribute(&self, name: &str, value: Option<&str>) {
        self.remove_attribute(name);
        if let Some(value) = value {
            with_cstr(name, |name| {
                with_cstr(value, |value| {
                    // SAFETY: valid node; libxml2 copies name and value (escaping happens on
                    // output).
                    unsafe { sys::xmlNewProp(self.raw(), name, value) };
                })
            });
        }
    }

    /// Removes every attribute called `name`, whatever its namespace.
    pub fn remove_attribute(&self, name: &str) {
        debug_assert!(!name.contains('\0'), "attribute names are the crate's own, without NUL");
        // SAFETY: walking our own attribute list; `next` is read before xmlRemoveProp unlinks
        // and frees the current attribute.
        unsafe {
            let mut attr = self.node().properties;
            while !attr.is_null() {
                let next = (*attr).next;
                if xml_str_eq((*attr).name, name) {
                    sys::xmlRemoveProp(attr);
                }
                attr = next;
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
    ///
    /// Control characters XML 1.0 does not allow (U+0001–U+001F but tab, newline and carriage
    /// return) are dropped, as libxml2 drops them in the text libvirt-glib writes: writing them
    /// would make `to_xml()` not well-formed.
    pub fn set_content(&self, value: &str) {
        self.detach_children();
        let value = without_forbidden_controls(value);
        if value.is_empty() {
            return;
        }
        with_cstr(&value, |value| {
            // SAFETY: valid node; libxml2 copies the text; the new text node is owned by the
            // element.
            unsafe {
                let text = sys::xmlNewDocText(self.doc.raw(), value);
                sys::xmlAddChild(self.raw(), text);
            }
        })
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
        self.with_child(name, |c| c.text()).flatten()
    }

    /// Sets the text of child element `name` (replacing that child), or removes the child for `None`.
    pub fn set_child_content(&self, name: &str, value: Option<&str>) {
        match value {
            Some(value) => self.with_view(self.raw_replace_child(name), |child| child.set_content(value)),
            None => self.remove_children(name),
        }
    }

    // --- child elements ---------------------------------------------------------------------

    /// The element children, in document order (text, comments and other nodes skipped).
    pub fn children(&self) -> impl Iterator<Item = Node> + '_ {
        // SAFETY: the children are elements of our document.
        self.raw_children().map(|raw| unsafe { Node::from_raw(&self.doc, raw).expect("not NULL") })
    }

    /// The element children as libxml2 pointers, for searches that make a `Node` (which holds a
    /// reference to the document) only for what they find. The next sibling is read before
    /// a child is returned, so the caller may unlink the child it was given.
    pub(crate) fn raw_children(&self) -> impl Iterator<Item = *mut sys::xmlNode> + '_ {
        let mut next = self.node().children;
        std::iter::from_fn(move || {
            // SAFETY: walking the sibling list of our own node.
            unsafe {
                while !next.is_null() {
                    let current = next;
                    next = (*current).next;
                    if (*current).type_ == sys::XML_ELEMENT_NODE {
                        return Some(current);
                    }
                }
                None
            }
        })
    }

    /// Calls `f` with the first child element called `name`, if there is one, without taking a
    /// reference to the document for it (see [`Node::with_view`]): for getters that read a child.
    pub fn with_child<R>(&self, name: &str, f: impl FnOnce(&Node) -> R) -> Option<R> {
        // SAFETY: element names are valid C strings.
        let raw = self.raw_children().find(|&c| unsafe { xml_str_eq((*c).name, name) })?;
        Some(self.with_view(raw, f))
    }

    /// Calls `f` with a `Node` for `raw`, an element of our document, that borrows our
    /// reference to the document instead of taking its own. Reads and searches make and drop
    /// many nodes, and each reference costs two atomic operations and GObject's type checks.
    pub(crate) fn with_view<R>(&self, raw: *mut sys::xmlNode, f: impl FnOnce(&Node) -> R) -> R {
        // SAFETY: the view's document is a bitwise copy of our reference, never dropped
        // (ManuallyDrop, even if `f` panics): it is valid while `self` lives, which outlives the
        // call, and `f` only gets `&Node` (cloning it takes a real reference).
        let view = std::mem::ManuallyDrop::new(Node {
            doc: unsafe { ptr::read(&self.doc) },
            raw: NonNull::new(raw).expect("an element"),
        });
        f(&view)
    }

    /// The first child element called `name`.
    pub fn child(&self, name: &str) -> Option<Node> {
        // SAFETY: element names are valid C strings; the child is an element of our document.
        unsafe {
            let raw = self.raw_children().find(|&c| xml_str_eq((*c).name, name))?;
            Node::from_raw(&self.doc, raw)
        }
    }

    /// Follows a path of child element names (`"os/type"`).
    pub fn descendant(&self, path: &str) -> Option<Node> {
        path.split('/').try_fold(self.clone(), |node, name| node.child(name))
    }

    fn new_element(&self, name: &str) -> *mut sys::xmlNode {
        // SAFETY: a new unlinked element in our document (libxml2 copies the name).
        with_cstr(name, |name| unsafe { sys::xmlNewDocNode(self.doc.raw(), ptr::null_mut(), name, ptr::null()) })
    }

    /// Appends a new empty element `name` and returns it.
    pub fn append_child(&self, name: &str) -> Node {
        // SAFETY: a new element of our document.
        unsafe { Node::from_raw(&self.doc, self.raw_append_child(name)).expect("libxml2 allocation") }
    }

    /// The first child `name`, created (appended) when there is none.
    pub fn ensure_child(&self, name: &str) -> Node {
        self.child(name).unwrap_or_else(|| self.append_child(name))
    }

    /// A new empty child `name` in place of the first existing one (same position), or
    /// appended when there is none.
    pub fn replace_child(&self, name: &str) -> Node {
        // SAFETY: a new element of our document.
        unsafe { Node::from_raw(&self.doc, self.raw_replace_child(name)).expect("libxml2 allocation") }
    }

    // The two above as libxml2 pointers, for the setters that only write into the new child
    // (through a view): no document reference is taken and dropped for it.

    pub(super) fn raw_append_child(&self, name: &str) -> *mut sys::xmlNode {
        let new = self.new_element(name);
        assert!(!new.is_null(), "libxml2 allocation");
        // SAFETY: `new` is unlinked and ours; adding it gives ownership to our element.
        unsafe { sys::xmlAddChild(self.raw(), new) };
        new
    }

    pub(super) fn raw_replace_child(&self, name: &str) -> *mut sys::xmlNode {
        // SAFETY: element names are valid C strings.
        let Some(old) = self.raw_children().find(|&c| unsafe { xml_str_eq((*c).name, name) }) else {
            return self.raw_append_child(name);
        };
        let new = self.new_element(name);
        assert!(!new.is_null(), "libxml2 allocation");
        // SAFETY: insert the new element after the old one, then unlink the old one.
        unsafe { sys::xmlAddNextSibling(old, new) };
        self.with_view(old, |old| old.detach());
        new
    }

    /// Removes every child element called `name`.
    pub fn remove_children(&self, name: &str) {
        // raw_children has read the next sibling before it returns a child: unlinking the
        // child does not stop the walk.
        for raw in self.raw_children() {
            // SAFETY: element names are valid C strings.
            if unsafe { xml_str_eq((*raw).name, name) } {
                self.with_view(raw, |child| child.detach());
            }
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
        let old = self.children().find(|c| c.name_is(&name) && *c != *child);
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
            super::dict::relocate_strings(child.raw(), (*child.raw()).doc, self.doc.raw());
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

    /// Puts this element in the namespace of `element` (an ancestor or the element declaring
    /// it), without declaring it again.
    pub fn use_namespace_of(&self, element: &Node) {
        // SAFETY: the namespace is declared on `element`, which is in scope for this element
        // (the caller's contract: an ancestor of it), so it outlives this use.
        unsafe { self.apply_namespace(element.node().ns, false) }
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

    /// The element serialized as libxml2's `xmlNodeDump` formats it (indented, no XML
    /// declaration). Text that is not UTF-8 comes out as `String::from_utf8_lossy` makes it.
    pub fn to_xml(&self) -> String {
        // SAFETY: our element, in a consistent tree.
        match unsafe { super::serialize::dump(self.raw()) } {
            Some(bytes) => String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            None => self.with_libxml2_xml(str::to_owned),
        }
    }

    /// Calls `f` with the element serialized (see [`Node::to_xml`]) without making a `String`
    /// of it: the C ABI copies it once into its own string.
    pub fn with_xml<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        // SAFETY: our element, in a consistent tree.
        match unsafe { super::serialize::dump(self.raw()) } {
            Some(bytes) => match std::str::from_utf8(&bytes) {
                Ok(text) => f(text),
                Err(_) => f(&String::from_utf8_lossy(&bytes)),
            },
            None => self.with_libxml2_xml(f),
        }
    }

    /// [`Node::with_xml`] by libxml2 itself, for what `serialize::dump` leaves to it; entity
    /// references are written as the text they stand for (see
    /// `entities::copy_with_references_expanded`).
    fn with_libxml2_xml<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        // SAFETY: the copy and the buffer are created, used and freed here; `bytes` does not
        // outlive the buffer.
        unsafe {
            let expanded = super::entities::copy_with_references_expanded(self.raw());
            let node = if expanded.is_null() { self.raw() } else { expanded };
            let buf = sys::xmlBufferCreate();
            sys::xmlNodeDump(buf, self.doc.raw(), node, 0, 1);
            if !expanded.is_null() {
                sys::xmlFreeNode(expanded);
            }
            let len = sys::xmlBufferLength(buf) as usize;
            let bytes = if len == 0 { &[][..] } else { std::slice::from_raw_parts(sys::xmlBufferContent(buf), len) };
            let out = match std::str::from_utf8(bytes) {
                Ok(text) => f(text),
                Err(_) => f(&String::from_utf8_lossy(bytes)),
            };
            sys::xmlBufferFree(buf);
            out
        }
    }
}

/// A C0 control character that XML 1.0 does not allow anywhere in a document.
fn is_xml_forbidden_control(c: char) -> bool {
    c < ' ' && !matches!(c, '\t' | '\n' | '\r')
}

/// `value` without the control characters of [`is_xml_forbidden_control`].
fn without_forbidden_controls(value: &str) -> std::borrow::Cow<'_, str> {
    // A NUL ends the text, as it does for a C caller (and for every other setter).
    let value = value.split('\0').next().unwrap_or_default();
    if value.chars().any(is_xml_forbidden_control) {
        value.chars().filter(|c| !is_xml_forbidden_control(*c)).collect::<String>().into()
    } else {
        value.into()
    }
}
