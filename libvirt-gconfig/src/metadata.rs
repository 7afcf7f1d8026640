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
    namespace_element(owner, ns_uri).map(|n| n.to_xml())
}

/// The first element in namespace `ns_uri` under `owner`'s `<metadata>`.
pub(crate) fn namespace_element(owner: &Node, ns_uri: &str) -> Option<Node> {
    let metadata = owner.child("metadata")?;
    let found = metadata.children().find(|c| c.namespace_uri().as_deref() == Some(ns_uri));
    found
}

/// Puts `element` (moved) in `<metadata>` in namespace `ns_uri` with prefix `prefix` (its own
/// name, attributes and children unchanged), in place of the element that namespace had, or
/// last; every other metadata element, comment and text stays as it is.
pub(crate) fn set_custom_element(owner: &Node, element: &Node, prefix: &str, ns_uri: &str) -> Node {
    if element.namespace_uri().as_deref() != Some(ns_uri) {
        element.set_namespace(ns_uri, prefix, false);
    }
    let metadata = owner.ensure_child("metadata");
    let old: Vec<Node> = metadata.children().filter(|c| c.namespace_uri().as_deref() == Some(ns_uri)).collect();
    let moved = match old.first() {
        Some(first) if first == element => first.clone(),
        Some(first) => first.insert_before(element).expect("a metadata child has a parent"),
        None => metadata.append(element),
    };
    for node in old.iter().filter(|n| **n != moved) {
        node.detach();
    }
    moved
}

/// Removes the elements in namespace `ns_uri` from `owner`'s `<metadata>`.
pub(crate) fn remove_custom(owner: &Node, ns_uri: &str) {
    if let Some(metadata) = owner.child("metadata") {
        remove_namespace_children(&metadata, ns_uri);
    }
}

// --- stashed devices ---------------------------------------------------------------------------
//
// A device is "stashed" (the XML way of commenting it out) by moving its element into
// `<metadata><p:stash xmlns:p='URI'><p:device index='N'>…</p:device></p:stash></metadata>`,
// where N is the number of elements and comments before it in `<devices>`; the indentation
// before it (a text node) moves along. Restoring puts both back at that position. Nothing of the
// element changes on the way, so stashing devices and restoring them (last stashed first) gives
// back the very same document, also when it was saved and parsed again in between.

const STASH: &str = "stash";
const STASHED_DEVICE: &str = "device";
/// On the stash element when stashing created `<metadata>`: restoring the last device removes it.
const CREATED_METADATA: &str = "created-metadata";

/// Moves `device` (a child element of `owner`'s `<devices>`) into the stash in namespace
/// `ns_uri` (prefix `prefix`).
pub(crate) fn stash_device(owner: &Node, device: &Node, prefix: &str, ns_uri: &str) -> Result<(), glib::Error> {
    let devices = owner.child("devices");
    if devices.is_none() || device.parent().as_ref() != devices.as_ref() {
        return Err(crate::error::object_error("the device to stash is not one of this domain's devices"));
    }
    let index = device.non_text_index();
    let indentation = device.take_previous_text();
    let created_metadata = !owner.has_child("metadata");
    let stash = match namespace_element(owner, ns_uri) {
        Some(stash) => stash,
        None => {
            let metadata = owner.ensure_child("metadata");
            let stash = metadata.append_child(STASH);
            stash.set_namespace(ns_uri, prefix, false);
            if created_metadata {
                stash.set_attribute(CREATED_METADATA, Some("yes"));
            }
            stash
        }
    };
    let holder = stash.append_child(STASHED_DEVICE);
    holder.use_namespace_of(&stash);
    holder.set_attribute("index", Some(&index.to_string()));
    if let Some(text) = indentation {
        holder.append_text(&text);
    }
    holder.append(device);
    Ok(())
}

/// The device elements in the stash of namespace `ns_uri`, in stashing order.
pub(crate) fn stashed_devices(owner: &Node, ns_uri: &str) -> Vec<Node> {
    let Some(stash) = namespace_element(owner, ns_uri) else { return Vec::new() };
    let holders = stash.children().filter(|h| h.name_is(STASHED_DEVICE));
    holders.filter_map(|h| h.children().next()).collect()
}

/// Puts the stashed `device` back into `<devices>` at the position it was stashed from;
/// `false` when it is not in the stash of namespace `ns_uri`.
pub(crate) fn restore_device(owner: &Node, device: &Node, ns_uri: &str) -> bool {
    let Some(stash) = namespace_element(owner, ns_uri) else { return false };
    let Some(holder) = device.parent().filter(|h| h.name_is(STASHED_DEVICE) && h.parent().as_ref() == Some(&stash)) else {
        return false;
    };
    let index = holder.attribute("index").and_then(|i| i.parse().ok()).unwrap_or(usize::MAX);
    let indentation = holder.leading_text();
    owner.ensure_child("devices").insert_after_non_text(index, indentation.as_deref(), device);
    holder.detach_with_indentation();
    if stash.children().next().is_none() {
        let created_metadata = stash.attribute_is(CREATED_METADATA, "yes");
        stash.detach_with_indentation();
        let metadata = owner.child("metadata").filter(|m| created_metadata && m.children().next().is_none());
        if let Some(metadata) = metadata {
            metadata.detach_with_indentation();
        }
    }
    true
}

/// Restores every device of the stash of namespace `ns_uri`, the last stashed first; returns
/// how many.
pub(crate) fn restore_devices(owner: &Node, ns_uri: &str) -> usize {
    let devices = stashed_devices(owner, ns_uri);
    devices.iter().rev().filter(|d| restore_device(owner, d, ns_uri)).count()
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

    const DOMAIN: &str = "<domain type='kvm'>
  <name>stash</name>
  <!-- keep me -->
  <metadata>
    <b:x xmlns:b='urn:b'>1</b:x>
    <!-- and me -->
  </metadata>
  <devices>
    <disk type='file' device='disk'>
      <source file='/a.img'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <!-- the second disk -->
    <disk type='file' device='cdrom'><source file='/b.iso'/><target dev='sda'/></disk>
    <interface type='network'><source network='default'/></interface>
  </devices>
</domain>";

    #[test]
    fn stash_then_restore_gives_the_same_bytes() {
        use crate::DomainDisk;
        use glib::prelude::*;
        for xml in [DOMAIN, &DOMAIN.replace("<metadata>\n    <b:x xmlns:b='urn:b'>1</b:x>\n    <!-- and me -->\n  </metadata>\n  ", "")] {
            let d = Domain::from_xml(xml).unwrap();
            let original = d.to_xml();
            let devices = d.devices();
            d.stash_device(&devices[1], "s", "urn:stash").unwrap();
            d.stash_device(&devices[0], "s", "urn:stash").unwrap();
            d.stash_device(&devices[2], "s", "urn:stash").unwrap();
            assert!(d.devices().is_empty());
            let stashed = d.stashed_devices("urn:stash");
            assert_eq!(stashed.len(), 3);
            assert_eq!(stashed[0].downcast_ref::<DomainDisk>().unwrap().source().as_deref(), Some("/b.iso"));
            let xml_stashed = d.to_xml();
            assert!(xml_stashed.contains("<s:stash xmlns:s=\"urn:stash\""), "{xml_stashed}");
            assert!(xml_stashed.contains("<s:device index=\"2\">\n    <disk type=\"file\" device=\"cdrom\">"), "{xml_stashed}");
            // A stashed device is still a live object, and the domain still parses back.
            devices[0].downcast_ref::<DomainDisk>().unwrap().target_dev();
            Domain::from_xml(&xml_stashed).unwrap();
            assert_eq!(d.restore_stashed_devices("urn:stash"), 3);
            assert_eq!(d.to_xml(), original);
            assert_eq!(d.restore_stashed_devices("urn:stash"), 0);
        }
    }

    #[test]
    fn stash_survives_a_round_trip_through_xml() {
        let built = Domain::new();
        built.set_name(Some("built"));
        for _ in 0..3 {
            built.add_device(&crate::DomainDisk::new());
        }
        let without_metadata = DOMAIN.replace("<metadata>\n    <b:x xmlns:b='urn:b'>1</b:x>\n    <!-- and me -->\n  </metadata>\n  ", "");
        for xml in [DOMAIN.to_string(), without_metadata, built.to_xml()] {
            for order in [[1, 0], [0, 2], [2, 1]] {
                let d = Domain::from_xml(&xml).unwrap();
                let original = d.to_xml();
                let devices = d.devices();
                d.stash_device(&devices[order[0]], "s", "urn:stash").unwrap();
                // Saved (e.g. defined in libvirt) and read back later, between the two.
                let d = Domain::from_xml(&d.to_xml()).unwrap();
                d.stash_device(&d.devices()[order[1].min(1)], "s", "urn:stash").unwrap();
                let later = Domain::from_xml(&d.to_xml()).unwrap();
                let stashed = later.stashed_devices("urn:stash");
                assert_eq!(stashed.len(), 2);
                assert!(later.restore_stashed_device(&stashed[1], "urn:stash"));
                let later = Domain::from_xml(&later.to_xml()).unwrap();
                assert_eq!(later.restore_stashed_devices("urn:stash"), 1);
                assert_eq!(later.to_xml(), original, "stashing {order:?} of\n{original}");
                assert!(!later.restore_stashed_device(&later.devices()[0], "urn:stash"));
            }
        }
    }

    #[test]
    fn only_own_devices_are_stashed() {
        let d = Domain::from_xml(DOMAIN).unwrap();
        let other = Domain::from_xml(DOMAIN).unwrap();
        assert!(d.stash_device(&other.devices()[0], "s", "urn:stash").is_err());
        let built = Domain::new();
        let disk = crate::DomainDisk::new();
        built.add_device(&disk);
        let original = built.to_xml();
        built.stash_device(&disk, "s", "urn:stash").unwrap();
        assert!(built.stash_device(&disk, "s", "urn:stash").is_err());
        assert_eq!(built.restore_stashed_devices("urn:stash"), 1);
        assert_eq!(built.to_xml(), original);
    }

    #[test]
    fn custom_objects_replace_only_their_namespace() {
        use crate::ConfigObject;
        let d = Domain::from_xml(DOMAIN).unwrap();
        let settings = ConfigObject::parse::<ConfigObject>("<settings mode='a'><v>1</v></settings>", "settings", None).unwrap();
        d.set_custom_object(Some(&settings), "app", "urn:app");
        let got: ConfigObject = d.custom_object("urn:app").unwrap();
        assert_eq!(got.to_xml(), "<app:settings xmlns:app=\"urn:app\" mode=\"a\">\n  <v>1</v>\n</app:settings>");
        // The object now views the domain's element.
        settings.node().set_attribute("mode", Some("b"));
        assert!(d.to_xml().contains("mode=\"b\""));
        let replacement = ConfigObject::parse::<ConfigObject>("<settings/>", "settings", None).unwrap();
        d.set_custom_object(Some(&replacement), "app", "urn:app");
        let xml = d.to_xml();
        assert_eq!(xml.matches("urn:app").count(), 1, "{xml}");
        assert!(xml.contains("<b:x xmlns:b=\"urn:b\">1</b:x>\n    <!-- and me -->\n  <app:settings xmlns:app=\"urn:app\"/></metadata>"), "{xml}");
        d.set_custom_object(Some(&replacement), "app", "urn:app");
        assert_eq!(d.to_xml(), xml);
        d.set_custom_object(None::<&ConfigObject>, "app", "urn:app");
        assert!(d.custom_object::<ConfigObject>("urn:app").is_none());
        assert!(d.to_xml().contains("<!-- keep me -->"));
    }
}
