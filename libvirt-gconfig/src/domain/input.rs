//! `DomainInput` (`GVirConfigDomainInput`): an input device (`<input type='…' bus='…'/>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A mouse, tablet or keyboard of a domain (`<input>`).
    pub struct DomainInput("GVirConfigDomainInput"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainInputImpl;
}

/// The kind of input device (attribute `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainInputDeviceType")]
pub enum DomainInputDeviceType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INPUT_DEVICE_MOUSE", nick = "mouse")]
    Mouse,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INPUT_DEVICE_TABLET", nick = "tablet")]
    Tablet,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INPUT_DEVICE_KEYBOARD", nick = "keyboard")]
    Keyboard,
}

/// The bus an input device is attached to (attribute `bus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainInputBus")]
pub enum DomainInputBus {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INPUT_BUS_PS2", nick = "ps2")]
    Ps2,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INPUT_BUS_USB", nick = "usb")]
    Usb,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INPUT_BUS_XEN", nick = "xen")]
    Xen,
}

impl Default for DomainInput {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainInput {
    /// A new `<input/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("input", None)
    }

    /// Parses an `<input>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "input", None)
    }

    /// The kind of device; [`DomainInputDeviceType::Mouse`] when unset or unknown (as in
    /// libvirt-glib).
    pub fn device_type(&self) -> DomainInputDeviceType {
        self.node().enum_attribute("type").unwrap_or(DomainInputDeviceType::Mouse)
    }

    pub fn set_device_type(&self, device_type: DomainInputDeviceType) {
        self.node().set_enum_attribute("type", device_type)
    }

    /// The bus; [`DomainInputBus::Ps2`] when unset or unknown (as in libvirt-glib).
    pub fn bus(&self) -> DomainInputBus {
        self.node().enum_attribute("bus").unwrap_or(DomainInputBus::Ps2)
    }

    pub fn set_bus(&self, bus: DomainInputBus) {
        self.node().set_enum_attribute("bus", bus)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_read_back() {
        let input = DomainInput::new();
        assert_eq!(input.to_xml(), "<input/>");
        assert_eq!((input.device_type(), input.bus()), (DomainInputDeviceType::Mouse, DomainInputBus::Ps2));
        input.set_bus(DomainInputBus::Usb);
        input.set_device_type(DomainInputDeviceType::Tablet);
        assert_eq!(input.to_xml(), "<input bus=\"usb\" type=\"tablet\"/>");
        assert_eq!((input.device_type(), input.bus()), (DomainInputDeviceType::Tablet, DomainInputBus::Usb));
    }

    #[test]
    fn parsed_with_unknown_values_and_children() {
        let input = DomainInput::from_xml("<input type='passthrough' bus='virtio'><source evdev='/dev/input/event1'/></input>").unwrap();
        assert_eq!((input.device_type(), input.bus()), (DomainInputDeviceType::Mouse, DomainInputBus::Ps2));
        input.set_device_type(DomainInputDeviceType::Keyboard);
        assert_eq!(
            input.to_xml(),
            "<input bus=\"virtio\" type=\"keyboard\">\n  <source evdev=\"/dev/input/event1\"/>\n</input>"
        );
    }
}
