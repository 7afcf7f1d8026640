//! A guard against documents whose entity references expand to far more text than the document.
//!
//! We parse without `XML_PARSE_NOENT`: entity references stay references in the DOM and
//! `to_xml()` writes them back as they were. libxml2 2.9 refuses reference loops and deep
//! nesting (the "billion laughs") while parsing, but not breadth: a thousand references to one
//! 100 kB entity parse fine, and a getter then reads the value as XML defines it, with every
//! reference replaced (`xmlGetNoNsProp` and `xmlNodeGetContent` expand them) — 100 MB from a
//! 100 kB document, on every call. Rather than make getters return something other than the
//! value, such a document is refused when it is parsed, like the billion laughs.

use std::collections::HashMap;
use std::ffi::CStr;

use super::sys;

/// The most text the references of a document may expand to in all: libxml2 2.11 settled on a
/// similar rule (a fixed allowance, then a multiple of the input).
fn allowance(input_len: usize) -> u64 {
    (4 << 20).max(10 * input_len as u64)
}

/// Refuses `doc` (parsed from `input_len` bytes) when its entity references would expand to
/// more than [`allowance`] bytes, counting each reference in element content and in attribute
/// values once. Documents without an internal DTD subset have no entities and cost nothing.
///
/// # Safety
/// `doc` must be a valid document.
pub(crate) unsafe fn check_expansion(doc: *mut sys::xmlDoc, input_len: usize) -> Result<(), String> {
    if (*doc).intSubset.is_null() {
        return Ok(());
    }
    let root = sys::xmlDocGetRootElement(doc);
    if root.is_null() {
        return Ok(());
    }
    let limit = allowance(input_len);
    let mut sizes = EntitySizes { doc, known: HashMap::new(), limit };
    let mut total: u64 = 0;
    let mut outcome = Ok(());
    for_each_node(root, |node| {
        if outcome.is_ok() && (*node).type_ == sys::XML_ENTITY_REF_NODE {
            outcome = sizes.of_reference((*node).name, 0).and_then(|size| {
                total = total.saturating_add(size);
                if total > limit { Err(too_large(limit)) } else { Ok(()) }
            });
        }
    });
    outcome
}

fn too_large(limit: u64) -> String {
    format!("entity references expand to more than {limit} bytes of text")
}

/// The expanded sizes of a document's entities, each computed once from its replacement text.
struct EntitySizes {
    doc: *mut sys::xmlDoc,
    known: HashMap<Vec<u8>, u64>,
    limit: u64,
}

impl EntitySizes {
    /// The size of the text `&name;` stands for; `depth` guards against loops libxml2 let
    /// through (it refuses them while parsing, so this is a second line).
    ///
    /// # Safety
    /// `name` must be NULL or a NUL-terminated string.
    unsafe fn of_reference(&mut self, name_ptr: *const u8, depth: u32) -> Result<u64, String> {
        if name_ptr.is_null() {
            return Ok(0);
        }
        let name = CStr::from_ptr(name_ptr as *const _).to_bytes();
        if let Some(&size) = self.known.get(name) {
            return Ok(size);
        }
        if depth > 40 {
            return Err("entity references nest too deeply".to_owned());
        }
        let entity = sys::xmlGetDocEntity(self.doc, name_ptr);
        let size = match entity.as_ref() {
            // Predefined (&amp;) and unknown entities stand for little or nothing.
            None => 1,
            Some(entity) if entity.content.is_null() => 0,
            Some(entity) => {
                let text = CStr::from_ptr(entity.content as *const _).to_bytes().to_vec();
                self.of_text(&text, depth)?
            }
        };
        self.known.insert(name.to_vec(), size);
        Ok(size)
    }

    /// The size of replacement text `text` with its own references expanded.
    unsafe fn of_text(&mut self, text: &[u8], depth: u32) -> Result<u64, String> {
        let mut size: u64 = 0;
        let mut rest = text;
        while let Some(amp) = rest.iter().position(|&b| b == b'&') {
            size += amp as u64;
            let after = &rest[amp + 1..];
            let Some(semi) = after.iter().position(|&b| b == b';') else {
                size += after.len() as u64 + 1;
                rest = &[];
                break;
            };
            let name = &after[..semi];
            if name.first() == Some(&b'#') {
                size += 4; // a character reference: one character
            } else {
                let mut owned = name.to_vec();
                owned.push(0);
                size = size.saturating_add(self.of_reference(owned.as_ptr(), depth + 1)?);
            }
            if size > self.limit {
                return Err(too_large(self.limit));
            }
            rest = &after[semi + 1..];
        }
        Ok(size + rest.len() as u64)
    }
}

/// A copy of `element` (in the same document, not linked into it) in which every entity
/// reference, in content and in attribute values, is replaced by the text it stands for; NULL
/// when the subtree holds no reference. The caller frees the copy with `xmlFreeNode`.
///
/// `to_xml()` writes an element, not its document's DTD: a reference written as `&name;`
/// would name an entity the output does not declare, and libvirt (or our own parser) would
/// refuse it. An external entity, which is never loaded, stands for no text.
///
/// # Safety
/// `element` must be a valid element of a consistent tree.
pub(crate) unsafe fn copy_with_references_expanded(element: *mut sys::xmlNode) -> *mut sys::xmlNode {
    let doc = (*element).doc;
    if doc.is_null() || (*doc).intSubset.is_null() || !holds_reference(element) {
        return std::ptr::null_mut();
    }
    let copy = sys::xmlDocCopyNode(element, doc, 1);
    if copy.is_null() {
        return copy;
    }
    let mut references = Vec::new();
    for_each_node(copy, |node| {
        if (*node).type_ == sys::XML_ENTITY_REF_NODE {
            references.push(node);
        }
    });
    for reference in references {
        let text = sys::xmlNodeGetContent(reference);
        if !text.is_null() {
            // No text node for no text: `<a></a>` would not read back the same as `<a/>`.
            if *text != 0 {
                sys::xmlAddPrevSibling(reference, sys::xmlNewDocText(doc, text));
            }
            if let Some(free) = sys::xmlFree {
                free(text as *mut _);
            }
        }
        sys::xmlUnlinkNode(reference);
        sys::xmlFreeNode(reference);
    }
    copy
}

/// Whether the subtree of `element` holds an entity reference.
unsafe fn holds_reference(element: *mut sys::xmlNode) -> bool {
    let mut found = false;
    for_each_node(element, |node| found |= (*node).type_ == sys::XML_ENTITY_REF_NODE);
    found
}

/// Calls `f` on `element` and every node under it, attribute values included, in document
/// order, iteratively (10^5 levels of nesting are allowed); the children of entity references
/// (the entity's declaration) are not visited.
unsafe fn for_each_node(element: *mut sys::xmlNode, mut f: impl FnMut(*mut sys::xmlNode)) {
    let mut node = element;
    loop {
        f(node);
        if (*node).type_ == sys::XML_ELEMENT_NODE {
            let mut attr = (*node).properties;
            while !attr.is_null() {
                let mut value = (*attr).children;
                while !value.is_null() {
                    f(value);
                    value = (*value).next;
                }
                attr = (*attr).next;
            }
        }
        if (*node).type_ != sys::XML_ENTITY_REF_NODE && !(*node).children.is_null() {
            node = (*node).children;
            continue;
        }
        loop {
            if node == element {
                return;
            }
            if !(*node).next.is_null() {
                node = (*node).next;
                break;
            }
            node = (*node).parent;
        }
    }
}
