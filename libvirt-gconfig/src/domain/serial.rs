//! `DomainSerial` (`GVirConfigDomainSerial`): a serial port (`<serial>`).

use crate::ConfigObject;

config_class! {
    /// A serial port of the guest (`<serial>`); its host side is set with
    /// [`crate::DomainChardevExt::set_source`].
    pub struct DomainSerial("GVirConfigDomainSerial"): crate::DomainChardev;
    parent structs: crate::domain::chardev::Instance, crate::domain::chardev::Class;
    extends: [crate::DomainChardev, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainChardevImpl];
    subclass trait: DomainSerialImpl;
}

impl Default for DomainSerial {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSerial {
    /// A new, empty `<serial/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("serial", None)
    }

    /// Parses a `<serial>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "serial", None)
    }
}
