//! `DomainAddressUsb` (`GVirConfigDomainAddressUsb`): a USB address
//! (`<address type='usb' bus='0x001' port='1.2'/>`).

use super::subtype;
use crate::ConfigObjectExt;

config_class! {
    /// A USB address: the bus, and the port (a dotted path through hubs).
    pub struct DomainAddressUsb("GVirConfigDomainAddressUsb"): crate::DomainAddress;
    parent structs: crate::domain::address::Instance, crate::domain::address::Class;
    extends: [crate::DomainAddress, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainAddressImpl];
    subclass trait: DomainAddressUsbImpl;
}

/// Highest USB bus number libvirt accepts.
pub const MAX_BUS: u16 = 0xfff;

impl Default for DomainAddressUsb {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainAddressUsb {
    /// A new `<address type='usb'/>`.
    pub fn new() -> DomainAddressUsb {
        subtype::new_with_attribute("address", "type", "usb")
    }

    /// Parses an `<address>` element, which must have `type='usb'`.
    pub fn from_xml(xml: &str) -> Result<DomainAddressUsb, glib::Error> {
        Self::from_xml_opt(Some(xml.as_bytes()))
    }

    pub(crate) fn from_xml_opt(xml: Option<&[u8]>) -> Result<DomainAddressUsb, glib::Error> {
        subtype::parse_with_attribute(xml, "address", "type", "usb")
    }

    /// The bus number, if set.
    pub fn bus(&self) -> Option<u16> {
        match self.node().c_number_attribute("bus")? {
            (value, true) => u16::try_from(value).ok(),
            _ => None,
        }
    }

    /// Sets the bus (0 to [`MAX_BUS`], written as three hexadecimal digits; larger values
    /// are ignored).
    pub fn set_bus(&self, bus: u16) {
        if bus <= MAX_BUS {
            self.node().set_attribute("bus", Some(&format!("0x{bus:03x}")));
        }
    }

    /// The port (`1`, `1.2`, …).
    pub fn port(&self) -> Option<String> {
        self.node().attribute("port")
    }

    /// Sets the port; `None` removes it.
    pub fn set_port(&self, port: Option<&str>) {
        self.node().set_attribute("port", port);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_reads() {
        let u = DomainAddressUsb::new();
        assert_eq!(u.to_xml(), "<address type=\"usb\"/>");
        u.set_port(Some("1.2"));
        u.set_bus(300);
        assert_eq!(u.to_xml(), "<address type=\"usb\" port=\"1.2\" bus=\"0x12c\"/>");
        u.set_bus(0x1000);
        u.set_port(None);
        assert_eq!(u.to_xml(), "<address type=\"usb\" bus=\"0x12c\"/>");
        assert_eq!(u.bus(), Some(300));
        u.set_bus(1);
        assert_eq!(u.to_xml(), "<address type=\"usb\" bus=\"0x001\"/>");
    }

    #[test]
    fn parse_needs_the_usb_type() {
        assert!(DomainAddressUsb::from_xml("<address/>").is_err());
        assert!(DomainAddressUsb::from_xml("<address type='pci'/>").is_err());
        let u = DomainAddressUsb::from_xml("<address type='usb' bus='2' port='3' x='y'/>").unwrap();
        assert_eq!((u.bus(), u.port().as_deref()), (Some(2), Some("3")));
    }
}
