//! Constructors of device and address classes that stand for one value of an attribute of
//! their element (`<controller type='usb'>`, `<smartcard mode='host'>`, …).

use crate::error::object_error;
use crate::{ConfigObject, ConfigObjectExt};

/// A new `<root attr='value'/>` document viewed as a `T`.
pub(crate) fn new_with_attribute<T: glib::prelude::IsA<ConfigObject>>(root: &str, attr: &str, value: &str) -> T {
    let object: T = ConfigObject::new_root(root, None);
    object.node().set_attribute(attr, Some(value));
    object
}

/// Parses `xml` into a `T`: its root must be `root`, with `attr` equal to `value`.
pub(crate) fn parse_with_attribute<T: glib::prelude::IsA<ConfigObject>>(
    xml: Option<&[u8]>,
    root: &str,
    attr: &str,
    value: &str,
) -> Result<T, glib::Error> {
    let object: T = ConfigObject::parse_opt(xml, root, None)?;
    match object.node().attribute(attr) {
        Some(found) if found == value => Ok(object),
        Some(found) => Err(object_error(format!("XML data has no '{root}' node of {attr} '{value}' (its {attr} is '{found}')"))),
        None => Err(object_error(format!("XML data has no '{root}' node of {attr} '{value}' (it has no {attr})"))),
    }
}
