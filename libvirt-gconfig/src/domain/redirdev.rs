//! `DomainRedirdev` (`GVirConfigDomainRedirdev`): a redirected device (`<redirdev>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A device of the client redirected to the guest (`<redirdev>`), e.g. a USB device
    /// forwarded over SPICE.
    pub struct DomainRedirdev("GVirConfigDomainRedirdev"): crate::DomainChardev;
    parent structs: crate::domain::chardev::Instance, crate::domain::chardev::Class;
    extends: [crate::DomainChardev, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainChardevImpl];
    subclass trait: DomainRedirdevImpl;
}

/// The bus a redirected device is attached to in the guest (`bus='…'`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainRedirdevBus")]
pub enum DomainRedirdevBus {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_REDIRDEV_BUS_USB", nick = "usb")]
    Usb,
}

impl Default for DomainRedirdev {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainRedirdev {
    /// A new, empty `<redirdev/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("redirdev", None)
    }

    /// Parses a `<redirdev>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "redirdev", None)
    }

    /// The bus, if set and known.
    pub fn bus(&self) -> Option<DomainRedirdevBus> {
        self.node().enum_attribute("bus")
    }

    pub fn set_bus(&self, bus: DomainRedirdevBus) {
        self.node().set_enum_attribute("bus", bus);
    }

    /// The device's position in the boot order (`<boot order='…'/>`), -1 when unset.
    pub fn boot_order(&self) -> i32 {
        crate::domain::device::boot_order(&self.node())
    }

    /// Sets the boot order (replacing `<boot>`); a negative `order` removes it.
    pub fn set_boot_order(&self, order: i32) {
        crate::domain::device::set_boot_order(&self.node(), order)
    }

    /// The device's guest address (`<address>`), as a USB or PCI address object; `None` when
    /// absent or of another type.
    pub fn address(&self) -> Option<crate::DomainAddress> {
        crate::domain::address::address_of(self)
    }

    /// Sets the device's guest address (its `<address>` element moves into this device,
    /// replacing any other); `None` removes the address.
    pub fn set_address(&self, address: Option<&crate::DomainAddress>) {
        match address {
            Some(address) => {
                self.node().replace_all_with(&address.node());
            }
            None => self.node().remove_children("address"),
        }
    }
}
