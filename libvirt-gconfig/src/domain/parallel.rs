//! `DomainParallel` (`GVirConfigDomainParallel`): a parallel port (`<parallel>`).

use crate::ConfigObject;

config_class! {
    /// A parallel port of the guest (`<parallel>`); its host side is set with
    /// [`crate::DomainChardevExt::set_source`].
    pub struct DomainParallel("GVirConfigDomainParallel"): crate::DomainChardev;
    parent structs: crate::domain::chardev::Instance, crate::domain::chardev::Class;
    extends: [crate::DomainChardev, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainChardevImpl];
    subclass trait: DomainParallelImpl;
}

impl Default for DomainParallel {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainParallel {
    /// A new, empty `<parallel/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("parallel", None)
    }

    /// Parses a `<parallel>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "parallel", None)
    }
}
