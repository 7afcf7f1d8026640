//! `DomainConsole` (`GVirConfigDomainConsole`): a text console (`<console>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A text console of the guest (`<console>`), connected to the guest through the device
    /// its target type names.
    pub struct DomainConsole("GVirConfigDomainConsole"): crate::DomainChardev;
    parent structs: crate::domain::chardev::Instance, crate::domain::chardev::Class;
    extends: [crate::DomainChardev, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainChardevImpl];
    subclass trait: DomainConsoleImpl;
}

/// The guest-side device of a console (`<target type='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainConsoleTargetType")]
pub enum DomainConsoleTargetType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_XEN", nick = "xen")]
    Xen,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_SERIAL", nick = "serial")]
    Serial,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_UML", nick = "uml")]
    Uml,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_VIRTIO", nick = "virtio")]
    Virtio,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_LXC", nick = "lxc")]
    Lxc,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_OPENVZ", nick = "openvz")]
    Openvz,
}

impl Default for DomainConsole {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainConsole {
    /// A new, empty `<console/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("console", None)
    }

    /// Parses a `<console>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "console", None)
    }

    /// The target type, if set and known.
    pub fn target_type(&self) -> Option<DomainConsoleTargetType> {
        self.node().child("target").and_then(|t| t.enum_attribute("type"))
    }

    /// Sets `<target type='…'/>` (other attributes of `<target>` stay).
    pub fn set_target_type(&self, target_type: DomainConsoleTargetType) {
        self.node().ensure_child("target").set_enum_attribute("type", target_type);
    }
}
