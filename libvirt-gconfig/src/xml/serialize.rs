//! Serializing an element exactly as libxml2's `xmlNodeDump (buf, doc, node, 0, 1)` does, for
//! the documents libvirt writes, without libxml2's output buffer.
//!
//! `to_xml` is called on every save of a configuration, and libxml2 spends most of its time
//! there in the bookkeeping of its output buffer (a call per name, quote and indentation) and
//! character-by-character escaping into it. The nodes libvirt documents are made of (elements,
//! attributes, text, comments, namespaces) are written here by the same rules, measured to
//! give the same bytes (see the tests, which compare with libxml2 on every kind of content).
//! Anything else — CDATA, entity references, processing instructions, a non-ASCII attribute
//! value in a document without an encoding (which libxml2 writes as character references), a
//! changed libxml2 output setting — makes [`dump`] give up and the caller use
//! libxml2 itself.
//!
//! The rules, from libxml2's `xmlNodeDumpOutputInternal` (2.9): an element's children are
//! written one per line, indented by two spaces per level (at most 30 levels), unless one of
//! them is text (or CDATA or an entity reference): then that element's content is written as
//! it is, unindented, down to its end tag. Comments are indented like elements; text is not.
//! An element without children is written `<name/>` (but one parsed from `<name></name>`, see
//! `end_tags`).

use std::ffi::{c_char, c_int, CStr};
use std::ptr;

use super::{end_tags, sys};

/// Deepest indentation libxml2 writes (`MAX_INDENT` / indentation width).
const MAX_LEVEL: usize = 30;

extern "C" {
    fn __xmlIndentTreeOutput() -> *mut c_int;
    fn __xmlSaveNoEmptyTags() -> *mut c_int;
    fn __xmlTreeIndentString() -> *mut *const c_char;
    static xmlStringText: [u8; 0];
    static xmlStringTextNoenc: [u8; 0];
}

/// The element `root` serialized as `xmlNodeDump (…, 0, 1)` would, or `None` when it contains
/// something this module leaves to libxml2 (see the module documentation).
///
/// # Safety
/// `root` must be a valid element whose subtree is a consistent libxml2 tree.
pub(crate) unsafe fn dump(root: *mut sys::xmlNode) -> Option<Vec<u8>> {
    // libxml2's output settings are per-thread globals an application may change.
    let indent = *__xmlTreeIndentString();
    if *__xmlIndentTreeOutput() != 1
        || *__xmlSaveNoEmptyTags() != 0
        || indent.is_null()
        || CStr::from_ptr(indent).to_bytes() != b"  "
        || (*root).type_ != sys::XML_ELEMENT_NODE
    {
        return None;
    }
    // libxml2 writes non-ASCII characters of attribute values as they are in a document with an
    // encoding, as character references in one without.
    let doc = (*root).doc;
    let utf8_attributes = !doc.is_null() && !(*doc).encoding.is_null();
    let mut out = Vec::with_capacity(4096);
    let mut level = 0usize;
    let mut format = true;
    // The element whose content is written unformatted (it has a text child), if any.
    let mut unformatted: *mut sys::xmlNode = ptr::null_mut();
    let mut cur = root;
    loop {
        match (*cur).type_ {
            sys::XML_ELEMENT_NODE => {
                if cur != root && format {
                    write_indent(&mut out, level);
                }
                out.push(b'<');
                write_qname(&mut out, cur)?;
                let mut ns = (*cur).nsDef;
                while !ns.is_null() {
                    write_namespace(&mut out, ns);
                    ns = (*ns).next;
                }
                let mut attr = (*cur).properties;
                while !attr.is_null() {
                    write_attribute(&mut out, attr, utf8_attributes)?;
                    attr = (*attr).next;
                }
                let children = (*cur).children;
                if children.is_null() && end_tags::written_with_end_tag(cur) {
                    out.extend_from_slice(b"></");
                    write_qname(&mut out, cur)?;
                    out.push(b'>');
                } else if children.is_null() {
                    out.extend_from_slice(b"/>");
                } else {
                    if format && has_text_child(cur) {
                        format = false;
                        unformatted = cur;
                    }
                    out.push(b'>');
                    if format {
                        out.push(b'\n');
                    }
                    level += 1;
                    cur = children;
                    continue;
                }
            }
            sys::XML_TEXT_NODE => {
                let content = (*cur).content;
                if !content.is_null() {
                    let text = CStr::from_ptr(content as *const c_char).to_bytes();
                    if (*cur).name == xmlStringText.as_ptr() {
                        write_escaped_text(&mut out, text);
                    } else if (*cur).name == xmlStringTextNoenc.as_ptr() {
                        out.extend_from_slice(text);
                    } else {
                        return None;
                    }
                }
            }
            sys::XML_COMMENT_NODE => {
                if cur != root && format {
                    write_indent(&mut out, level);
                }
                let content = (*cur).content;
                if !content.is_null() {
                    out.extend_from_slice(b"<!--");
                    out.extend_from_slice(CStr::from_ptr(content as *const c_char).to_bytes());
                    out.extend_from_slice(b"-->");
                }
            }
            _ => return None,
        }
        // Done with `cur`: on to its next sibling, closing the elements this ends.
        loop {
            if cur == root {
                return Some(out);
            }
            if format {
                out.push(b'\n');
            }
            if !(*cur).next.is_null() {
                cur = (*cur).next;
                break;
            }
            cur = (*cur).parent;
            level = level.saturating_sub(1);
            if format {
                write_indent(&mut out, level);
            }
            out.extend_from_slice(b"</");
            write_qname(&mut out, cur)?;
            out.push(b'>');
            if cur == unformatted {
                format = true;
                unformatted = ptr::null_mut();
            }
        }
    }
}

/// Whether `element` has a child that turns formatting off for its content.
unsafe fn has_text_child(element: *mut sys::xmlNode) -> bool {
    let mut child = (*element).children;
    while !child.is_null() {
        if matches!((*child).type_, sys::XML_TEXT_NODE | sys::XML_CDATA_SECTION_NODE | sys::XML_ENTITY_REF_NODE) {
            return true;
        }
        child = (*child).next;
    }
    false
}

fn write_indent(out: &mut Vec<u8>, level: usize) {
    const SPACES: [u8; 2 * MAX_LEVEL] = [b' '; 2 * MAX_LEVEL];
    out.extend_from_slice(&SPACES[..2 * level.min(MAX_LEVEL)]);
}

/// `prefix:name` of an element or attribute (`node` may be either: the fields are the same).
unsafe fn write_qname(out: &mut Vec<u8>, node: *mut sys::xmlNode) -> Option<()> {
    let ns = (*node).ns;
    if !ns.is_null() && !(*ns).prefix.is_null() {
        out.extend_from_slice(CStr::from_ptr((*ns).prefix as *const c_char).to_bytes());
        out.push(b':');
    }
    let name = (*node).name;
    if name.is_null() {
        return None;
    }
    out.extend_from_slice(CStr::from_ptr(name as *const c_char).to_bytes());
    Some(())
}

/// ` xmlns:prefix="uri"`, as `xmlNsDumpOutput` writes a namespace declaration.
unsafe fn write_namespace(out: &mut Vec<u8>, ns: *mut sys::xmlNs) {
    const XML_NAMESPACE_DECL: c_int = 18;
    if (*ns).type_ != XML_NAMESPACE_DECL || (*ns).href.is_null() {
        return;
    }
    let prefix = (!(*ns).prefix.is_null()).then(|| CStr::from_ptr((*ns).prefix as *const c_char).to_bytes());
    if prefix == Some(b"xml") {
        return;
    }
    match prefix {
        Some(prefix) => {
            out.extend_from_slice(b" xmlns:");
            out.extend_from_slice(prefix);
        }
        None => out.extend_from_slice(b" xmlns"),
    }
    out.push(b'=');
    // xmlBufWriteQuotedString: double quotes, or single ones around a `"` (both: &quot;).
    let href = CStr::from_ptr((*ns).href as *const c_char).to_bytes();
    match (href.contains(&b'"'), href.contains(&b'\'')) {
        (false, _) => {
            out.push(b'"');
            out.extend_from_slice(href);
            out.push(b'"');
        }
        (true, false) => {
            out.push(b'\'');
            out.extend_from_slice(href);
            out.push(b'\'');
        }
        (true, true) => {
            out.push(b'"');
            for &b in href {
                if b == b'"' {
                    out.extend_from_slice(b"&quot;");
                } else {
                    out.push(b);
                }
            }
            out.push(b'"');
        }
    }
}

/// ` prefix:name="value"`, as `xmlAttrDumpOutput` writes it; `None` for a value libxml2 writes
/// by rules not followed here. `utf8`: non-ASCII characters are written as they are.
unsafe fn write_attribute(out: &mut Vec<u8>, attr: *mut sys::xmlAttr, utf8: bool) -> Option<()> {
    out.push(b' ');
    write_qname(out, attr as *mut sys::xmlNode)?;
    out.extend_from_slice(b"=\"");
    let mut value = (*attr).children;
    while !value.is_null() {
        if (*value).type_ != sys::XML_TEXT_NODE || (*value).content.is_null() {
            return None;
        }
        write_escaped_attribute(out, CStr::from_ptr((*value).content as *const c_char).to_bytes(), utf8)?;
        value = (*value).next;
    }
    out.push(b'"');
    Some(())
}

/// Text content, escaped as `xmlEscapeContent` does.
fn write_escaped_text(out: &mut Vec<u8>, text: &[u8]) {
    write_escaped(out, text, |b| match b {
        b'<' => Some(&b"&lt;"[..]),
        b'>' => Some(&b"&gt;"[..]),
        b'&' => Some(&b"&amp;"[..]),
        b'\r' => Some(&b"&#13;"[..]),
        _ => None,
    });
}

/// An attribute value, escaped as `xmlBufAttrSerializeTxtContent` does; unless `utf8`, `None`
/// for non-ASCII text, which it then writes as character references (left to libxml2).
fn write_escaped_attribute(out: &mut Vec<u8>, text: &[u8], utf8: bool) -> Option<()> {
    if !utf8 && !text.is_ascii() {
        return None;
    }
    write_escaped(out, text, |b| match b {
        b'\n' => Some(&b"&#10;"[..]),
        b'\r' => Some(&b"&#13;"[..]),
        b'\t' => Some(&b"&#9;"[..]),
        b'"' => Some(&b"&quot;"[..]),
        b'<' => Some(&b"&lt;"[..]),
        b'>' => Some(&b"&gt;"[..]),
        b'&' => Some(&b"&amp;"[..]),
        _ => None,
    });
    Some(())
}

/// Copies `text`, replacing each byte for which `escape` has a replacement.
fn write_escaped(out: &mut Vec<u8>, text: &[u8], escape: impl Fn(u8) -> Option<&'static [u8]>) {
    let mut start = 0;
    for (i, &b) in text.iter().enumerate() {
        if let Some(replacement) = escape(b) {
            out.extend_from_slice(&text[start..i]);
            out.extend_from_slice(replacement);
            start = i + 1;
        }
    }
    out.extend_from_slice(&text[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::XmlDoc;

    /// libxml2's own serialization of `node`.
    fn libxml2(node: &crate::Node) -> Vec<u8> {
        // SAFETY: the buffer is made, filled, copied and freed here.
        unsafe {
            let buf = sys::xmlBufferCreate();
            sys::xmlNodeDump(buf, node.document().raw(), node.raw(), 0, 1);
            let len = sys::xmlBufferLength(buf) as usize;
            let out = std::slice::from_raw_parts(sys::xmlBufferContent(buf), len).to_vec();
            sys::xmlBufferFree(buf);
            out
        }
    }

    /// Ours equals libxml2's, for the node and each of its descendants; `true` when ours
    /// wrote the root (and did not leave it to libxml2).
    fn same_as_libxml2(node: &crate::Node) -> bool {
        let expected = libxml2(node);
        // SAFETY: a valid element of a live document.
        let ours = unsafe { dump(node.raw()) };
        if let Some(ours) = &ours {
            assert_eq!(String::from_utf8_lossy(ours), String::from_utf8_lossy(&expected));
        }
        for child in node.children() {
            same_as_libxml2(&child);
        }
        ours.is_some()
    }

    fn check(xml: &str) -> bool {
        let doc = XmlDoc::parse_any(xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
        same_as_libxml2(&doc.root().unwrap())
    }

    #[test]
    fn the_test_documents() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data");
        let mut written = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "xml") {
                let xml = std::fs::read_to_string(&path).unwrap();
                if check(&xml) {
                    written += 1;
                }
            }
        }
        assert!(written > 0, "no test document was written without libxml2");
    }

    #[test]
    fn formatting_and_escaping() {
        // (`<a></a>` is written as parsed, not as libxml2 writes it: end_tags tests it.)
        for xml in [
            "<a/>",
            "<a><b/><c x='1' y=''/></a>",
            "<a>\n  <b>text</b>\n  <c/>\n</a>",
            "<a><b>t<c><d/><e/></c>u</b><f><g/></f></a>",
            "<a><!-- one --><b/><!--two--></a>",
            "<a>x<!-- c --><b/></a>",
            "<a><b><!-- only --></b></a>",
            "<a><b> </b><c>\n</c></a>",
            "<a b='&lt;&gt;&amp;&quot;&apos;&#9;&#10;&#13;' c=\"'\">&lt;&gt;&amp;\"'&#13;&#9;\n</a>",
            "<a>é ü 日本 <b x='plain'/></a>",
            "<a><!-- é --></a>",
            "<x:a xmlns:x='urn:x' xmlns='urn:d' x:b='1'><x:c/><d xmlns:y='u\"v'/><e xmlns:z=\"a'b\"/></x:a>",
            "<a xmlns:xml='http://www.w3.org/XML/1998/namespace' xml:lang='en'/>",
        ] {
            assert!(check(xml), "left to libxml2: {xml}");
        }
        let mut deep = String::new();
        for i in 0..40 {
            deep.push_str(&format!("<e{i} a='{i}'>"));
        }
        deep.push_str("<leaf/><!-- c -->");
        for i in (0..40).rev() {
            deep.push_str(&format!("</e{i}>"));
        }
        assert!(check(&deep));
    }

    #[test]
    fn what_is_left_to_libxml2() {
        for xml in [
            "<a><![CDATA[ x ]]></a>",
            "<!DOCTYPE a [<!ENTITY e 'v'>]><a>&e;</a>",
            "<!DOCTYPE a [<!ENTITY e 'v'>]><a b='&e;'/>",
            "<a><?pi data?></a>",
        ] {
            assert!(!check(xml), "should be left to libxml2: {xml}");
        }
    }

    #[test]
    fn non_ascii_attributes() {
        // A parsed document has an encoding (UTF-8 when it declares none): written as they are.
        assert!(check("<a b='é'/>"));
        assert!(check("<?xml version='1.0' encoding='ISO-8859-1'?><a b='\u{e9}'/>"));
        let parsed = XmlDoc::parse("<a b='donn\u{e9}es'/>", "a").unwrap();
        assert_eq!(parsed.root().unwrap().to_xml(), "<a b=\"donn\u{e9}es\"/>");
        // A built one has none: character references, left to libxml2 (as in libvirt-glib).
        let built = XmlDoc::with_root("a");
        let root = built.root().unwrap();
        root.set_attribute("b", Some("donn\u{e9}es"));
        // SAFETY: a valid element.
        assert!(unsafe { dump(root.raw()) }.is_none());
        assert_eq!(root.to_xml(), "<a b=\"donn&#xE9;es\"/>");
    }

    #[test]
    fn built_documents() {
        let doc = XmlDoc::with_root("domain");
        let root = doc.root().unwrap();
        let devices = root.append_child("devices");
        for i in 0..5 {
            let disk = devices.append_child("disk");
            disk.set_attribute("type", Some("file"));
            disk.append_child("source").set_attribute("file", Some(&format!("/a b/<{i}>&\"'")));
            disk.append_child("serial").set_content(&format!("s{i} <&>\r\n"));
        }
        root.set_child_content("name", Some(""));
        root.append_child("description").set_content("multi\nline");
        assert!(same_as_libxml2(&root));
    }

    /// Random trees of elements, attributes, texts and comments.
    #[test]
    fn random_trees() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let pieces = ["a", " ", "\n", "\t", "<", ">", "&", "\"", "'", "\r", "é", "xyz", "]]>", "--"];
        for _ in 0..200 {
            let doc = XmlDoc::with_root("r");
            let mut nodes = vec![doc.root().unwrap()];
            for _ in 0..next(30) {
                let parent = nodes[next(nodes.len() as u64) as usize].clone();
                let mut text = String::new();
                for _ in 0..next(4) {
                    text.push_str(pieces[next(pieces.len() as u64) as usize]);
                }
                match next(5) {
                    0 | 1 => {
                        let child = parent.append_child(["b", "c", "d"][next(3) as usize]);
                        if next(2) == 0 {
                            child.set_attribute(["x", "y"][next(2) as usize], Some(&text));
                        }
                        nodes.push(child);
                    }
                    2 => parent.set_content(&text),
                    3 => {
                        // SAFETY: a comment appended to a live element of the document.
                        unsafe {
                            let text = std::ffi::CString::new(text.replace("--", "- -")).unwrap();
                            let comment = xmlNewDocComment(doc.raw(), text.as_ptr() as *const u8);
                            sys::xmlAddChild(parent.raw(), comment);
                        }
                    }
                    _ => {
                        // A text node next to the others (mixed content).
                        // SAFETY: a text node appended to a live element of the document.
                        unsafe {
                            let text = std::ffi::CString::new(text).unwrap();
                            sys::xmlAddChild(parent.raw(), sys::xmlNewDocText(doc.raw(), text.as_ptr() as *const u8));
                        }
                    }
                }
            }
            same_as_libxml2(&doc.root().unwrap());
        }
    }

    /// Random documents, as text: namespaces, comments, mixed content, character and entity
    /// references, CDATA and processing instructions, each compared at every element.
    #[test]
    fn random_documents() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let texts = ["t", " ", "\n  ", "\t", "&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&#13;", "&#10;", "&#xe9;", "é", "\"", "'", "]]&gt;"];
        let mut written = 0;
        for _ in 0..300 {
            let mut xml = String::from("<!DOCTYPE r [<!ENTITY ent 'v'>]>");
            let mut open = vec!["r".to_owned()];
            xml.push_str("<r xmlns:p='urn:p' xmlns:q=\"u'q\">");
            for _ in 0..next(40) {
                match next(10) {
                    0..=2 => {
                        let name = ["a", "p:b", "c", "q:d"][next(4) as usize];
                        xml.push('<');
                        xml.push_str(name);
                        if next(4) == 0 {
                            xml.push_str(" xmlns='urn:default'");
                        }
                        for attr in ["x", "p:y", "z"] {
                            if next(2) == 0 {
                                let mut value = String::new();
                                for _ in 0..next(3) {
                                    value.push_str(texts[next(texts.len() as u64) as usize].replace('"', "&quot;").as_str());
                                }
                                if next(8) == 0 {
                                    value.push_str("&ent;");
                                }
                                xml.push_str(&format!(" {attr}=\"{value}\""));
                            }
                        }
                        if next(3) == 0 {
                            xml.push_str("/>");
                        } else {
                            xml.push('>');
                            open.push(name.to_owned());
                        }
                    }
                    3 | 4 if open.len() > 1 => {
                        let name = open.pop().unwrap();
                        xml.push_str(&format!("</{name}>"));
                    }
                    5 => xml.push_str(texts[next(texts.len() as u64) as usize]),
                    6 => xml.push_str(["\n", "\n    ", "  "][next(3) as usize]),
                    7 => xml.push_str("<!-- c é -->"),
                    8 => xml.push_str(["<![CDATA[ a ]]>", "<?pi x?>", "&ent;"][next(3) as usize]),
                    _ => {}
                }
            }
            while let Some(name) = open.pop() {
                xml.push_str(&format!("</{name}>"));
            }
            if check(&xml) {
                written += 1;
            }
        }
        assert!(written > 30, "too few documents written without libxml2: {written}");
    }

    extern "C" {
        fn xmlNewDocComment(doc: *mut sys::xmlDoc, content: *const u8) -> *mut sys::xmlNode;
    }
}
