//! Empty elements written with an end tag (`<doi></doi>`) come back that way from `to_xml`.
//!
//! libvirt writes an empty value as `<doi></doi>` (`virBufferEscapeString("<doi>%s</doi>")`
//! with an empty string: the test driver's capabilities, an empty `<name>` or `<description>`).
//! libxml2's tree cannot tell that element from `<doi/>`: both have no children, and libxml2
//! (so libvirt-glib 4.0.0) writes `<doi/>` back, a byte difference in every round trip of such a
//! document. When a parsed document holds such elements, they are marked in the node's `extra`
//! field, which libxml2 uses only in documents made by its `xmlTextReader` (for its own
//! "empty element" bit); `serialize::dump` writes a marked element without children as
//! `<name></name>`. The mark goes with the node; an element made by a setter has none.
//!
//! Where `serialize::dump` leaves a document to libxml2 (CDATA, processing instructions or
//! non-ASCII attribute values inside the element), libxml2 writes `<doi/>` as before.

use std::ptr;

use super::sys;

/// The bit of `xmlNode.extra` that marks an element parsed from `<name></name>` (above the three
/// bits xmlTextReader uses).
const WRITTEN_WITH_END_TAG: u16 = 0x8000;

/// Whether `element` was parsed from `<name></name>` (see the module documentation).
///
/// # Safety
/// `element` must be a valid element node.
pub(crate) unsafe fn written_with_end_tag(element: *const sys::xmlNode) -> bool {
    (*element).extra & WRITTEN_WITH_END_TAG != 0
}

/// Marks the elements of `doc`, parsed from `xml`, that `xml` writes `<name></name>`.
///
/// # Safety
/// `doc` must be the valid document libxml2 parsed from exactly `xml`.
pub(crate) unsafe fn mark(doc: *mut sys::xmlDoc, xml: &[u8]) {
    // Nearly every document has none: `></` appears in no other markup libvirt writes.
    if !xml.windows(3).any(|w| w == b"></") {
        return;
    }
    let Some(closed_at_once) = start_tags(xml) else { return };
    if !closed_at_once.contains(&true) {
        return;
    }
    let elements = elements_in_order(doc);
    // The parser saw the same elements in the same order, or something (an entity holding
    // elements) makes them differ: then nothing is marked rather than the wrong elements.
    if elements.len() != closed_at_once.len() {
        return;
    }
    for (&element, &at_once) in elements.iter().zip(&closed_at_once) {
        if at_once && (*element).children.is_null() {
            (*element).extra |= WRITTEN_WITH_END_TAG;
        }
    }
}

/// For each start tag of the well-formed document `xml`, in document order: whether its end tag
/// follows it at once. `None` for a document with a DOCTYPE (its entities may hold elements).
fn start_tags(xml: &[u8]) -> Option<Vec<bool>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(offset) = xml[at..].iter().position(|&b| b == b'<') {
        at += offset;
        let rest = &xml[at..];
        if rest.starts_with(b"<!--") {
            // The end is searched after the opening: `<!-->` holds a `-->` of its own.
            at += 4 + find(&rest[4..], b"-->")? + 3;
        } else if rest.starts_with(b"<![CDATA[") {
            at += 9 + find(&rest[9..], b"]]>")? + 3;
        } else if rest.starts_with(b"<?") {
            at += 2 + find(&rest[2..], b"?>")? + 2;
        } else if rest.starts_with(b"<!") {
            return None;
        } else if rest.starts_with(b"</") {
            at += 2;
        } else {
            // A start tag ends at the first '>' outside a quoted attribute value.
            let mut end = 1;
            let mut quote = None;
            loop {
                let byte = *rest.get(end)?;
                match quote {
                    Some(q) if byte == q => quote = None,
                    Some(_) => {}
                    None if byte == b'"' || byte == b'\'' => quote = Some(byte),
                    None if byte == b'>' => break,
                    None => {}
                }
                end += 1;
            }
            let empty_element_tag = rest[end - 1] == b'/';
            out.push(!empty_element_tag && rest[end + 1..].starts_with(b"</"));
            at += end + 1;
        }
    }
    Some(out)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The elements of `doc` in document order (entity references are not entered: their content
/// is the entity's, not the document's).
unsafe fn elements_in_order(doc: *mut sys::xmlDoc) -> Vec<*mut sys::xmlNode> {
    let mut out = Vec::new();
    let mut cur = (*doc).children;
    while !cur.is_null() {
        if (*cur).type_ == sys::XML_ELEMENT_NODE {
            out.push(cur);
            if !(*cur).children.is_null() {
                cur = (*cur).children;
                continue;
            }
        }
        // On to the next sibling, or the next sibling of the nearest ancestor that has one.
        while !cur.is_null() && (*cur).next.is_null() {
            cur = (*cur).parent;
            if cur == doc as *mut sys::xmlNode {
                cur = ptr::null_mut();
            }
        }
        if !cur.is_null() {
            cur = (*cur).next;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::start_tags;
    use crate::xml::XmlDoc;

    fn round_trip(xml: &str) -> String {
        XmlDoc::parse_any(xml).unwrap().root().unwrap().to_xml()
    }

    #[test]
    fn start_tags_closed_at_once() {
        assert_eq!(start_tags(b"<a><b></b><c/><d>x</d><e x='>' y=\"/\"></e></a>"),
                   Some(vec![false, true, false, false, true]));
        // A comment, CDATA or PI ends after its opening: `<!-->` does not end the comment.
        assert_eq!(start_tags(b"<a><!--></b><d>--><c></c><![CDATA[<x>]]><?p <y>?><e></e></a>"),
                   Some(vec![false, true, true]));
        assert_eq!(start_tags(b"<?xml version='1.0'?><!-- <x></x> --><a><![CDATA[<y></y>]]></a>"),
                   Some(vec![false]));
        assert_eq!(start_tags(b"<!DOCTYPE a [<!ENTITY e '<b></b>'>]><a>&e;</a>"), None);
    }

    #[test]
    fn empty_elements_keep_their_end_tag() {
        let xml = "<capabilities>\n  <secmodel>\n    <model>testSecurity</model>\n    <doi></doi>\n  </secmodel>\n  <x a=\"1\"></x>\n  <y/>\n</capabilities>";
        assert_eq!(round_trip(xml), xml);
        assert_eq!(round_trip("<a>\n  <b></b>\n  <b/>\n  <c>\n    <d></d>\n  </c>\n</a>"),
                   "<a>\n  <b></b>\n  <b/>\n  <c>\n    <d></d>\n  </c>\n</a>");
    }

    #[test]
    fn nothing_marked_where_entities_hold_elements() {
        // With a DOCTYPE nothing is marked: libxml2's form, as before.
        let out = round_trip("<!DOCTYPE a [<!ENTITY e '<b></b>'>]><a><c></c>&e;</a>");
        assert!(out.contains("<c/>"), "{out}");
    }

    #[test]
    fn a_marked_element_given_content_and_emptied() {
        let doc = XmlDoc::parse_any("<a><b></b></a>").unwrap();
        let b = doc.root().unwrap().child("b").unwrap();
        b.set_content("text");
        assert_eq!(doc.root().unwrap().to_xml(), "<a>\n  <b>text</b>\n</a>");
        // Emptied again, it is the element the document had: still written with its end tag.
        b.set_content("");
        assert_eq!(doc.root().unwrap().to_xml(), "<a>\n  <b></b>\n</a>");
    }
}
