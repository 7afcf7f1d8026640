//! `CapabilitiesHostSecModel` (`GVirConfigCapabilitiesHostSecModel`): a `<secmodel>` of the host.

use crate::ConfigObjectExt;

config_class! {
    /// A security model the host enforces (`<secmodel>`: SELinux, AppArmor, DAC, ...).
    pub struct CapabilitiesHostSecModel("GVirConfigCapabilitiesHostSecModel"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesHostSecModelImpl;
}

impl CapabilitiesHostSecModel {
    /// The model's name (`<model>`: `selinux`, `apparmor`, `dac`, ...).
    pub fn model(&self) -> Option<String> {
        self.node().child_content("model")
    }

    /// The model's domain of interpretation (`<doi>`), `None` when empty.
    pub fn doi(&self) -> Option<String> {
        self.node().child_content("doi")
    }
}
