//! `DomainChannel` (`GVirConfigDomainChannel`): a guest–host channel (`<channel>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A communication channel between guest and host (`<channel>`): the guest agent's
    /// virtio port, the SPICE agent channel, a guest-forwarded TCP connection, …
    pub struct DomainChannel("GVirConfigDomainChannel"): crate::DomainChardev;
    parent structs: crate::domain::chardev::Instance, crate::domain::chardev::Class;
    extends: [crate::DomainChardev, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainChardevImpl];
    subclass trait: DomainChannelImpl;
}

/// How a channel appears in the guest (`<target type='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainChannelTargetType")]
pub enum DomainChannelTargetType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_GUESTFWD", nick = "guestfwd")]
    Guestfwd,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_VIRTIO", nick = "virtio")]
    Virtio,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_SPICEPORT", nick = "spiceport")]
    Spiceport,
}

impl Default for DomainChannel {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainChannel {
    /// A new, empty `<channel/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("channel", None)
    }

    /// Parses a `<channel>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "channel", None)
    }

    /// The target type; [`DomainChannelTargetType::Guestfwd`] when unset or unknown, as in
    /// libvirt-glib.
    pub fn target_type(&self) -> DomainChannelTargetType {
        self.node()
            .child("target")
            .and_then(|t| t.enum_attribute("type"))
            .unwrap_or(DomainChannelTargetType::Guestfwd)
    }

    /// Sets `<target type='…'/>` (other attributes of `<target>` stay).
    pub fn set_target_type(&self, target_type: DomainChannelTargetType) {
        self.node().ensure_child("target").set_enum_attribute("type", target_type);
    }

    /// The name of the port in the guest (`<target name='…'/>`), e.g. `org.qemu.guest_agent.0`.
    pub fn target_name(&self) -> Option<String> {
        self.node().child("target").and_then(|t| t.attribute("name"))
    }

    /// Sets the port name; `None` removes it.
    pub fn set_target_name(&self, name: Option<&str>) {
        self.node().ensure_child("target").set_attribute("name", name);
    }
}
