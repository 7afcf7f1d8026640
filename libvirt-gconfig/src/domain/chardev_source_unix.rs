//! `DomainChardevSourceUnix` (`GVirConfigDomainChardevSourceUnix`): a UNIX socket source.

use crate::domain::chardev_source;

config_class! {
    /// A UNIX domain socket on the host (`type='unix'`, with `<source mode='…' path='…'/>`).
    pub struct DomainChardevSourceUnix("GVirConfigDomainChardevSourceUnix"): crate::DomainChardevSource;
    parent structs: crate::domain::chardev_source::Instance, crate::domain::chardev_source::Class;
    extends: [crate::DomainChardevSource, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainChardevSourceImpl];
    subclass trait: DomainChardevSourceUnixImpl;
}

impl Default for DomainChardevSourceUnix {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainChardevSourceUnix {
    /// A new UNIX socket source (`<dummy type='unix'/>`).
    pub fn new() -> Self {
        chardev_source::new_source("unix")
    }

    /// Parses a UNIX socket source: an element with `type='unix'`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        chardev_source::parse_source(Some(xml.as_bytes()), "unix")
    }
}
