//! `DomainChardevSource` (`GVirConfigDomainChardevSource`): the host side of a character device.

use glib::prelude::*;

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// The host side of a character device: the `type` attribute of the device element and
    /// the elements that go with it (`<source>`, …).
    ///
    /// A source made on its own is a placeholder element (`<dummy type='pty'/>`) whose
    /// attributes and children [`crate::DomainChardevExt::set_source`] transfers to a device.
    ///
    /// Unlike libvirt-glib, where this class is abstract, a source of a type no subclass knows
    /// (`file`, `tcp`, `udp`, …) is a plain `DomainChardevSource`, so it is not lost.
    pub struct DomainChardevSource("GVirConfigDomainChardevSource"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainChardevSourceImpl;
}

/// The name libvirt-glib gives the placeholder element of a source made on its own.
pub(crate) const PLACEHOLDER: &str = "dummy";

/// What every chardev source can do.
pub trait DomainChardevSourceExt: IsA<DomainChardevSource> {
    /// The source type (`pty`, `file`, `unix`, …): the `type` attribute.
    fn source_type(&self) -> Option<String> {
        self.as_ref().node().attribute("type")
    }
}

impl<O: IsA<DomainChardevSource>> DomainChardevSourceExt for O {}

/// The class of a source of type `kind`.
pub(crate) fn type_for(kind: &str) -> glib::Type {
    match kind {
        "pty" => crate::DomainChardevSourcePty::static_type(),
        "unix" => crate::DomainChardevSourceUnix::static_type(),
        "spicevmc" => crate::DomainChardevSourceSpiceVmc::static_type(),
        "spiceport" => crate::DomainChardevSourceSpicePort::static_type(),
        _ => DomainChardevSource::static_type(),
    }
}

/// A new placeholder source of type `kind`, viewed as a `T`.
pub(crate) fn new_source<T: IsA<ConfigObject>>(kind: &str) -> T {
    let source: T = ConfigObject::new_root(PLACEHOLDER, None);
    source.node().set_attribute("type", Some(kind));
    source
}

/// Parses a source of type `kind`: any root element whose `type` is `kind`.
pub(crate) fn parse_source<T: IsA<ConfigObject>>(xml: Option<&[u8]>, kind: &str) -> Result<T, glib::Error> {
    let object = ConfigObject::parse_with_type(T::static_type(), xml, None, None)?;
    let found = object.node().attribute("type");
    if found.as_deref() != Some(kind) {
        return Err(crate::error::object_error(format!(
            "XML data is not a '{kind}' chardev source (its type is {})",
            found.map_or_else(|| "missing".to_owned(), |t| format!("'{t}'"))
        )));
    }
    Ok(object.downcast().expect("T is the type asked for"))
}
