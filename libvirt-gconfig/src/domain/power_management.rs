//! `DomainPowerManagement` (`GVirConfigDomainPowerManagement`): guest suspend support (`<pm>`).

use crate::xml::BoolStyle;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Which ACPI sleep states the guest may enter (`<pm>`).
    pub struct DomainPowerManagement("GVirConfigDomainPowerManagement"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainPowerManagementImpl;
}

impl Default for DomainPowerManagement {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainPowerManagement {
    /// A new, empty `<pm/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("pm", None)
    }

    /// Parses a `<pm>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "pm", None)
    }

    /// Whether suspend to RAM (S3) is allowed, if stated.
    pub fn mem_suspend_enabled(&self) -> Option<bool> {
        self.node().child("suspend-to-mem").and_then(|s| s.bool_attribute("enabled"))
    }

    /// Allows or forbids suspend to RAM (`<suspend-to-mem enabled='yes|no'/>`).
    pub fn set_mem_suspend_enabled(&self, enabled: bool) {
        self.node().ensure_child("suspend-to-mem").set_bool_attribute("enabled", enabled, BoolStyle::YesNo);
    }

    /// Whether suspend to disk (S4) is allowed, if stated.
    pub fn disk_suspend_enabled(&self) -> Option<bool> {
        self.node().child("suspend-to-disk").and_then(|s| s.bool_attribute("enabled"))
    }

    /// Allows or forbids suspend to disk (`<suspend-to-disk enabled='yes|no'/>`).
    pub fn set_disk_suspend_enabled(&self, enabled: bool) {
        self.node().ensure_child("suspend-to-disk").set_bool_attribute("enabled", enabled, BoolStyle::YesNo);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_like_libvirt_glib() {
        let pm = DomainPowerManagement::new();
        pm.set_mem_suspend_enabled(true);
        pm.set_disk_suspend_enabled(false);
        pm.set_mem_suspend_enabled(false);
        assert_eq!(
            pm.to_xml(),
            "<pm>\n  <suspend-to-mem enabled=\"no\"/>\n  <suspend-to-disk enabled=\"no\"/>\n</pm>"
        );
        assert_eq!(pm.mem_suspend_enabled(), Some(false));
        let parsed = DomainPowerManagement::from_xml("<pm><suspend-to-disk enabled='yes' x='1'/></pm>").unwrap();
        assert_eq!(parsed.disk_suspend_enabled(), Some(true));
        assert_eq!(parsed.mem_suspend_enabled(), None);
        parsed.set_disk_suspend_enabled(false);
        assert_eq!(parsed.to_xml(), "<pm>\n  <suspend-to-disk x=\"1\" enabled=\"no\"/>\n</pm>");
    }
}
