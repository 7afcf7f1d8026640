//! Objects for the child elements of an object, and moving objects' elements under others.
//!
//! A getter that returns an object for a child element (`Capabilities::host`, `Domain::cpu`)
//! shares the parent's document and follows the parent's schema, as in libvirt-glib. A setter
//! that takes an object (`Domain::set_cpu`) moves the object's element under the parent; the
//! object then views the element in its new document.

use glib::prelude::*;
use glib::subclass::prelude::*;

use crate::{ConfigObject, ConfigObjectExt, Node};

/// An object of type `T` for `node`, a descendant of `parent`'s element.
pub(crate) fn wrap<T: IsA<ConfigObject>>(parent: &impl IsA<ConfigObject>, node: &Node) -> T {
    ConfigObject::for_node(node, parent.schema().as_deref())
}

/// The first child element `name` of `parent`, as a `T`.
pub(crate) fn child<T: IsA<ConfigObject>>(parent: &impl IsA<ConfigObject>, name: &str) -> Option<T> {
    parent.node().child(name).map(|node| wrap(parent, &node))
}

/// Every child element `name` of `parent`, in document order, as `T`s.
pub(crate) fn children<T: IsA<ConfigObject>>(parent: &impl IsA<ConfigObject>, name: &str) -> Vec<T> {
    parent.node().children().filter(|c| c.name() == name).map(|node| wrap(parent, &node)).collect()
}

/// Every child element of `container` (any name), as `T`s of `parent`'s document.
pub(crate) fn all_children<T: IsA<ConfigObject>>(parent: &impl IsA<ConfigObject>, container: &Node) -> Vec<T> {
    container.children().map(|node| wrap(parent, &node)).collect()
}

/// Moves `child`'s element to the end of `container`'s children. `child` keeps viewing it, now
/// in `container`'s document.
pub(crate) fn attach(container: &Node, child: &impl IsA<ConfigObject>) {
    let moved = container.append(&child.node());
    adopt_document(child, &moved);
}

/// Like [`attach`], after removing the children of `container` named like `child`'s element
/// (libvirt-glib's replacing attach: the new element goes last, not in the old one's place).
pub(crate) fn attach_replacing(container: &Node, child: &impl IsA<ConfigObject>) {
    let node = child.node();
    if let Some(moved) = container.attach_replace(&node.name(), Some(&node)) {
        adopt_document(child, &moved);
    }
}

/// Points `object` at the document that now holds its element.
pub(crate) fn adopt_document(object: &impl IsA<ConfigObject>, moved: &Node) {
    let imp = object.as_ref().imp();
    let mut doc = imp.doc.borrow_mut();
    if doc.as_ref().map(|d| d.raw()) != Some(moved.document().raw()) {
        *doc = Some(moved.document().clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Domain, DomainDevice};

    #[test]
    fn moved_elements_outlive_the_document_they_moved_to() {
        // An object viewing an element that moved to another document keeps that document
        // alive, even when it only holds the document the element came from.
        let device: DomainDevice = {
            let source = Domain::from_xml("<domain><devices><disk type='file'><source file='/x'/></disk></devices></domain>").unwrap();
            source.devices().remove(0)
        };
        let target = Domain::new();
        target.add_device(&device);
        drop(target);
        assert_eq!(device.to_xml(), "<disk type=\"file\">\n  <source file=\"/x\"/>\n</disk>");

        let cpu = crate::DomainCpu::new();
        let domain = Domain::new();
        domain.set_cpu(Some(&cpu));
        drop(domain);
        cpu.set_mode(crate::DomainCpuMode::HostModel);
        assert_eq!(cpu.to_xml(), "<cpu mode=\"host-model\"/>");
    }

    #[test]
    fn attach_replacing_puts_the_new_element_last() {
        let parent: ConfigObject = ConfigObject::parse("<a><b x='1'/><c/><b x='2'/></a>", "a", None).unwrap();
        let new_b: ConfigObject = ConfigObject::parse("<b x='3'/>", "b", None).unwrap();
        attach_replacing(&parent.node(), &new_b);
        assert_eq!(parent.to_xml(), "<a>\n  <c/>\n  <b x=\"3\"/>\n</a>");
        // Attaching an element already there moves it last.
        let c: ConfigObject = child::<ConfigObject>(&parent, "c").unwrap();
        attach_replacing(&parent.node(), &c);
        assert_eq!(parent.to_xml(), "<a>\n  <b x=\"3\"/>\n  <c/>\n</a>");
        assert_eq!(children::<ConfigObject>(&parent, "b").len(), 1);
    }
}
