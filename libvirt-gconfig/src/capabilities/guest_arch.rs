//! `CapabilitiesGuestArch` (`GVirConfigCapabilitiesGuestArch`): the `<arch>` of a guest kind.

use crate::child_objects;
use crate::ConfigObjectExt;

use super::CapabilitiesGuestDomain;

config_class! {
    /// The architecture of a guest kind (`<arch name='...'>`), with its emulator and the
    /// hypervisors that run it.
    pub struct CapabilitiesGuestArch("GVirConfigCapabilitiesGuestArch"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesGuestArchImpl;
}

impl CapabilitiesGuestArch {
    /// The architecture's name (`x86_64`, `aarch64`, ...).
    pub fn name(&self) -> Option<String> {
        self.node().attribute("name")
    }

    /// The default emulator binary (`<emulator>`).
    pub fn emulator(&self) -> Option<String> {
        self.node().child_content("emulator")
    }

    /// The hypervisors able to run this guest kind (`<domain>` elements), in document order.
    pub fn domains(&self) -> Vec<CapabilitiesGuestDomain> {
        child_objects::children(self, "domain")
    }
}
