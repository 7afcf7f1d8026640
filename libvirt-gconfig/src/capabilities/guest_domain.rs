//! `CapabilitiesGuestDomain` (`GVirConfigCapabilitiesGuestDomain`): a `<domain>` of a guest
//! architecture.

use crate::{ConfigObjectExt, DomainVirtType};

config_class! {
    /// A hypervisor able to run a guest kind (`<domain type='...'>`).
    pub struct CapabilitiesGuestDomain("GVirConfigCapabilitiesGuestDomain"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesGuestDomainImpl;
}

impl CapabilitiesGuestDomain {
    /// The emulator this hypervisor uses instead of the architecture's (`<emulator>`), if any.
    pub fn emulator(&self) -> Option<String> {
        self.node().child_content("emulator")
    }

    /// The hypervisor type; [`DomainVirtType::Qemu`] when absent or unknown, as in
    /// libvirt-glib.
    pub fn virt_type(&self) -> DomainVirtType {
        self.node().enum_attribute("type").unwrap_or(DomainVirtType::Qemu)
    }
}
