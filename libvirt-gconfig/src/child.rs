//! Child objects: a getter views a child element as an object of its class (sharing the
//! parent's document and schema); a setter moves another object's element into the parent.

use glib::prelude::*;
use glib::subclass::prelude::*;

use crate::xml::XmlDoc;
use crate::{ConfigObject, ConfigObjectExt};

/// The first child `name` of `parent`'s element as a new `T` that shares `parent`'s document
/// and schema; `None` when there is no such child.
pub(crate) fn child_object<T: IsA<ConfigObject>>(parent: &impl IsA<ConfigObject>, name: &str) -> Option<T> {
    let node = parent.node().child(name)?;
    Some(ConfigObject::for_child_node::<T>(&node, parent))
}

/// Makes `child`'s element the only child `name` of `parent` (moved to the end, the others of
/// that name removed), or removes every child `name` for `None`.
///
/// The element is moved, not copied: `child` now views part of `parent`'s document, so later
/// changes made through `child` show in `parent`, and `child` keeps that document alive.
/// Attaching an element to itself or to one of its descendants changes nothing.
pub(crate) fn set_child_object(parent: &impl IsA<ConfigObject>, name: &str, child: Option<&impl IsA<ConfigObject>>) {
    let parent_node = parent.node();
    let Some(child) = child else {
        parent_node.remove_children(name);
        return;
    };
    let child_node = child.node();
    if child_node.is_ancestor_or_self_of(&parent_node) {
        return;
    }
    if !child_node.name_is(name) {
        parent_node.remove_children(name);
    }
    // SAFETY: the element is valid (its object holds a document that keeps it); its `doc`
    // pointer is NULL or a live document.
    let previous_doc = unsafe { XmlDoc::owner_of((*child_node.raw()).doc) };
    let Some(moved) = parent_node.attach_as_only(&child_node) else { return };
    let new_doc = moved.document().clone();
    // Other objects may view elements of the moved subtree while holding only the document it
    // came from: that document keeps the new one alive for them.
    if let Some(previous_doc) = previous_doc.filter(|d| *d != new_doc) {
        let key = format!("gvir-config-moved-to-{:p}", new_doc.as_ptr());
        // SAFETY: the data under this key is only ever an XmlDoc.
        unsafe { previous_doc.set_data(&key, new_doc.clone()) };
    }
    // The attached object holds the document its element belongs to now.
    *child.as_ref().imp().doc.borrow_mut() = Some(new_doc);
}
