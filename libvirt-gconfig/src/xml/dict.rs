//! Dictionary-owned strings and moves between documents.
//!
//! Documents are parsed with a dictionary (`document::PARSE_OPTIONS`): element and attribute
//! names, and the many short or blank text nodes, are stored once in the document's
//! dictionary instead of one allocation each, which makes parsing and freeing a document much
//! cheaper. Those strings belong to the dictionary, which dies with its document.
//!
//! Elements move between documents (a device parsed alone and added to a domain), and
//! libxml2 2.9's `xmlSetTreeDoc` only changes the nodes' document pointers: the moved nodes
//! would keep pointing into the old document's dictionary, freed with it, and the new document
//! would try to free them. So before a subtree leaves a document with a dictionary, every
//! string of it that the dictionary owns is replaced by one the new document can own: from the
//! new document's dictionary if it has one, else a copy of its own. (Later libxml2 versions do
//! this in `xmlSetTreeDoc`.)

use super::sys;

/// Makes the subtree at `root` (unlinked, about to move from document `from` to document `to`)
/// own its strings as nodes of `to` must: see the module documentation.
///
/// # Safety
/// `root` must be a valid, unlinked node of `from`, and `to` a valid document (or NULL).
pub(crate) unsafe fn relocate_strings(root: *mut sys::xmlNode, from: *mut sys::xmlDoc, to: *mut sys::xmlDoc) {
    if from.is_null() || (*from).dict.is_null() || from == to {
        return;
    }
    let old = (*from).dict;
    let new = if to.is_null() { std::ptr::null_mut() } else { (*to).dict };
    let fix = |s: *const u8| -> *const u8 {
        if s.is_null() || sys::xmlDictOwns(old, s) != 1 {
            return s;
        }
        let copy = if new.is_null() { sys::xmlStrdup(s) as *const u8 } else { sys::xmlDictLookup(new, s, -1) };
        assert!(!copy.is_null(), "libxml2 allocation");
        copy
    };
    // Depth-first over `root` and its descendants, without recursion.
    let mut node = root;
    loop {
        fix_node(node, &fix);
        if (*node).type_ == sys::XML_ELEMENT_NODE {
            let mut attr = (*node).properties;
            while !attr.is_null() {
                (*attr).name = fix((*attr).name);
                let mut value = (*attr).children;
                while !value.is_null() {
                    fix_node(value, &fix);
                    value = (*value).next;
                }
                attr = (*attr).next;
            }
        }
        // An entity reference's children are the entity's declaration in the old document,
        // not part of the subtree (xmlSetTreeDoc unlinks them).
        let descend = (*node).type_ != sys::XML_ENTITY_REF_NODE && !(*node).children.is_null();
        if descend {
            node = (*node).children;
            continue;
        }
        while node != root && (*node).next.is_null() {
            node = (*node).parent;
        }
        if node == root {
            return;
        }
        node = (*node).next;
    }
}

/// The name and text of one node. Text stored inside a node (`XML_PARSE_COMPACT`) is not the
/// dictionary's and stays where it is. Names of text and comment nodes are libxml2's static
/// strings, which no dictionary owns.
unsafe fn fix_node(node: *mut sys::xmlNode, fix: &impl Fn(*const u8) -> *const u8) {
    (*node).name = fix((*node).name);
    if (*node).type_ != sys::XML_ELEMENT_NODE {
        (*node).content = fix((*node).content) as *mut u8;
    }
}

#[cfg(test)]
mod tests {
    use super::sys;
    use crate::xml::XmlDoc;

    /// Every string of the subtree at `node` (names, attribute names, texts) that `dict` owns.
    unsafe fn owned_by(node: *mut sys::xmlNode, dict: *mut sys::xmlDict, found: &mut Vec<String>) {
        let check = |s: *const u8, found: &mut Vec<String>| {
            if !s.is_null() && sys::xmlDictOwns(dict, s) == 1 {
                found.push(std::ffi::CStr::from_ptr(s as *const _).to_string_lossy().into_owned());
            }
        };
        check((*node).name, found);
        if (*node).type_ != sys::XML_ELEMENT_NODE {
            check((*node).content, found);
            return;
        }
        let mut attr = (*node).properties;
        while !attr.is_null() {
            check((*attr).name, found);
            let mut value = (*attr).children;
            while !value.is_null() {
                owned_by(value, dict, found);
                value = (*value).next;
            }
            attr = (*attr).next;
        }
        let mut child = (*node).children;
        while !child.is_null() {
            owned_by(child, dict, found);
            child = (*child).next;
        }
    }

    /// A subtree parsed into one document (names, blanks and short values in its dictionary)
    /// moved into others, with and without a dictionary: nothing of it may stay in the first
    /// document's dictionary, and it must still read and change fine once that document is
    /// gone (valgrind shows the reads of freed memory the old way made).
    #[test]
    fn moved_subtrees_outlive_their_first_document() {
        let expected = "<r><b x=\"1\" yes=\"no\">ab<c/> <d>e</d>&amp;<!-- k --></b></r>";
        for target in ["parsed", "new"] {
            let to = match target {
                "parsed" => XmlDoc::parse("<r>\n  <z/>\n</r>", "r").unwrap(),
                _ => XmlDoc::with_root("r"),
            };
            let root = to.root().unwrap();
            {
                let from = XmlDoc::parse("<a>\n  <b x='1' yes='no'>ab<c/> <d>e</d>&amp;<!-- k --></b>\n</a>", "a").unwrap();
                // SAFETY: the document is alive; its dictionary is the parser's.
                let dict = unsafe { (*from.raw()).dict };
                assert!(!dict.is_null(), "parsed documents have a dictionary");
                let b = from.root().unwrap().child("b").unwrap();
                let mut before = Vec::new();
                // SAFETY: a valid subtree of `from`.
                unsafe { owned_by(b.raw(), dict, &mut before) };
                assert!(before.contains(&"b".to_owned()) && before.contains(&"yes".to_owned()), "{before:?}");
                root.remove_children("z");
                root.append(&b);
                let mut after = Vec::new();
                // SAFETY: `b` moved but `from` and its dictionary are still alive.
                unsafe { owned_by(b.raw(), dict, &mut after) };
                assert_eq!(after, Vec::<String>::new(), "into a {target} document");
            }
            // Reuse the freed memory.
            for _ in 0..3 {
                XmlDoc::parse("<q><w>xyz</w><w>xyz</w></q>", "q").unwrap();
            }
            let flat: String = root.to_xml().split('\n').map(str::trim_start).collect();
            assert_eq!(flat, expected, "into a {target} document");
            root.child("b").unwrap().set_attribute("yes", Some("si"));
            root.child("b").unwrap().child("d").unwrap().set_content("f");
            assert!(root.to_xml().contains("yes=\"si\">ab<c/> <d>f</d>"), "{}", root.to_xml());
        }
    }
}
