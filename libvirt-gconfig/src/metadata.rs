//! Application metadata in `<metadata>`: one element per XML namespace, owned by the
//! application that uses that namespace. Writing one namespace never disturbs the others.

use crate::xml::{Node, XmlDoc};

/// Replaces the element in namespace `ns_uri` under `owner`'s `<metadata>` (created if needed)
/// with the root of `xml`, put in that namespace with prefix `prefix`. With `ns_children`, the
/// root's descendants are put in the namespace too.
pub(crate) fn set_custom_xml(owner: &Node, xml: &str, prefix: &str, ns_uri: &str, ns_children: bool) -> Result<(), glib::Error> {
    let custom = XmlDoc::parse_any(xml)?.root().expect("parse_any checked the root");
    custom.set_namespace(ns_uri, prefix, ns_children);
    let metadata = owner.ensure_child("metadata");
    remove_namespace_children(&metadata, ns_uri);
    metadata.append(&custom);
    Ok(())
}

/// The element in namespace `ns_uri` under `owner`'s `<metadata>`, serialized.
pub(crate) fn custom_xml(owner: &Node, ns_uri: &str) -> Option<String> {
    let metadata = owner.child("metadata")?;
    let found = metadata.children().find(|c| c.namespace_uri().as_deref() == Some(ns_uri));
    found.map(|n| n.to_xml())
}

fn remove_namespace_children(parent: &Node, ns_uri: &str) {
    let doomed: Vec<Node> = parent.children().filter(|c| c.namespace_uri().as_deref() == Some(ns_uri)).collect();
    for node in doomed {
        node.detach();
    }
}

#[cfg(test)]
mod tests {
    use crate::{ConfigObjectExt, Domain};

    #[test]
    fn namespaces_are_independent_and_comments_survive() {
        let d = Domain::from_xml("<domain><metadata><!-- keep --><b:x xmlns:b='urn:b'>1</b:x></metadata></domain>").unwrap();
        d.set_custom_xml("<app><v>1</v></app>", "a", "urn:a").unwrap();
        d.set_custom_xml("<app><v>2</v></app>", "a", "urn:a").unwrap();
        let xml = d.to_xml();
        assert!(xml.contains("<!-- keep -->"), "{xml}");
        assert!(xml.contains("<b:x xmlns:b=\"urn:b\">1</b:x>"), "{xml}");
        assert_eq!(xml.matches("urn:a").count(), 1, "{xml}");
        assert_eq!(d.custom_xml("urn:a").as_deref(), Some("<a:app xmlns:a=\"urn:a\">\n  <v>2</v>\n</a:app>"));
        d.set_custom_xml_ns_children("<app><v>3</v></app>", "a", "urn:a").unwrap();
        assert_eq!(d.custom_xml("urn:a").as_deref(), Some("<a:app xmlns:a=\"urn:a\">\n  <a:v>3</a:v>\n</a:app>"));
        assert!(d.set_custom_xml("<broken", "a", "urn:a").is_err());
    }
}
