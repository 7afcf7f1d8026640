//! `CapabilitiesGuestFeature` (`GVirConfigCapabilitiesGuestFeature`): one element under a
//! guest's `<features>`.

use crate::ConfigObjectExt;

config_class! {
    /// A feature of a guest kind (`<acpi/>`, `<pae/>`, `<cpuselection/>`, ...).
    pub struct CapabilitiesGuestFeature("GVirConfigCapabilitiesGuestFeature"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesGuestFeatureImpl;
}

impl CapabilitiesGuestFeature {
    /// The feature's name: the name of its element.
    pub fn name(&self) -> String {
        self.node().name()
    }
}
