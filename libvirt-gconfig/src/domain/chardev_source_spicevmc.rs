//! `DomainChardevSourceSpiceVmc` (`GVirConfigDomainChardevSourceSpiceVmc`): a SPICE channel source.

use crate::domain::chardev_source;

config_class! {
    /// A channel tunnelled through the SPICE connection (`type='spicevmc'`): the agent channel,
    /// USB redirection, …
    pub struct DomainChardevSourceSpiceVmc("GVirConfigDomainChardevSourceSpiceVmc"): crate::DomainChardevSource;
    parent structs: crate::domain::chardev_source::Instance, crate::domain::chardev_source::Class;
    extends: [crate::DomainChardevSource, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainChardevSourceImpl];
    subclass trait: DomainChardevSourceSpiceVmcImpl;
}

impl Default for DomainChardevSourceSpiceVmc {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainChardevSourceSpiceVmc {
    /// A new spicevmc source (`<dummy type='spicevmc'/>`).
    pub fn new() -> Self {
        chardev_source::new_source("spicevmc")
    }

    /// Parses a spicevmc source: an element with `type='spicevmc'`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        chardev_source::parse_source(Some(xml.as_bytes()), "spicevmc")
    }
}
