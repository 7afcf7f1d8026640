//! `DomainAddressPci` (`GVirConfigDomainAddressPci`): a PCI address
//! (`<address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>`).

use super::subtype;
use crate::ConfigObjectExt;

config_class! {
    /// A PCI address: domain, bus, slot and function, written in hexadecimal.
    pub struct DomainAddressPci("GVirConfigDomainAddressPci"): crate::DomainAddress;
    parent structs: crate::domain::address::Instance, crate::domain::address::Class;
    extends: [crate::DomainAddress, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainAddressImpl];
    subclass trait: DomainAddressPciImpl;
}

/// Highest PCI slot number.
pub const MAX_SLOT: u8 = 0x1f;
/// Highest PCI function number.
pub const MAX_FUNCTION: u8 = 7;

impl Default for DomainAddressPci {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainAddressPci {
    /// A new `<address type='pci'/>`.
    pub fn new() -> DomainAddressPci {
        subtype::new_with_attribute("address", "type", "pci")
    }

    /// Parses an `<address>` element, which must have `type='pci'`.
    pub fn from_xml(xml: &str) -> Result<DomainAddressPci, glib::Error> {
        Self::from_xml_opt(Some(xml.as_bytes()))
    }

    pub(crate) fn from_xml_opt(xml: Option<&[u8]>) -> Result<DomainAddressPci, glib::Error> {
        subtype::parse_with_attribute(xml, "address", "type", "pci")
    }

    /// A number attribute read as C's `strtoull` reads it and cut to an `int`, as
    /// libvirt-glib returns it; -1 when absent.
    fn number(&self, name: &str) -> i32 {
        match self.node().c_number_attribute(name) {
            Some((value, _)) => value as i32,
            None => -1,
        }
    }

    /// The PCI domain, -1 when unset.
    pub fn domain(&self) -> i32 {
        self.number("domain")
    }

    pub fn set_domain(&self, pci_domain: u16) {
        self.node().set_attribute("domain", Some(&format!("{pci_domain:#06x}")));
    }

    /// The bus, -1 when unset.
    pub fn bus(&self) -> i32 {
        self.number("bus")
    }

    pub fn set_bus(&self, bus: u8) {
        self.node().set_attribute("bus", Some(&format!("{bus:#04x}")));
    }

    /// The slot, -1 when unset.
    pub fn slot(&self) -> i32 {
        self.number("slot")
    }

    /// Sets the slot (0 to [`MAX_SLOT`]; larger values are ignored).
    pub fn set_slot(&self, slot: u8) {
        if slot <= MAX_SLOT {
            self.node().set_attribute("slot", Some(&format!("{slot:#04x}")));
        }
    }

    /// The function, -1 when unset.
    pub fn function(&self) -> i32 {
        self.number("function")
    }

    /// Sets the function (0 to [`MAX_FUNCTION`]; larger values are ignored).
    pub fn set_function(&self, function: u8) {
        if function <= MAX_FUNCTION {
            self.node().set_attribute("function", Some(&format!("{function:#03x}")));
        }
    }

    /// Whether the device is multi-function (`multifunction='on'`; `yes` is read as on too).
    pub fn multifunction(&self) -> bool {
        matches!(self.node().attribute("multifunction").as_deref(), Some("on") | Some("yes"))
    }

    pub fn set_multifunction(&self, multifunction: bool) {
        self.node().set_bool_attribute("multifunction", multifunction, crate::xml::BoolStyle::OnOff);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_hexadecimal_attributes() {
        let a = DomainAddressPci::new();
        assert_eq!(a.to_xml(), "<address type=\"pci\"/>");
        assert_eq!((a.domain(), a.bus(), a.slot(), a.function(), a.multifunction()), (-1, -1, -1, -1, false));
        a.set_multifunction(true);
        a.set_function(7);
        a.set_slot(0x1d);
        a.set_bus(0xff);
        a.set_domain(0xabcd);
        assert_eq!(
            a.to_xml(),
            "<address type=\"pci\" multifunction=\"on\" function=\"0x7\" slot=\"0x1d\" bus=\"0xff\" domain=\"0xabcd\"/>"
        );
        assert_eq!((a.domain(), a.bus(), a.slot(), a.function(), a.multifunction()), (0xabcd, 0xff, 0x1d, 7, true));
        a.set_multifunction(false);
        a.set_function(9);
        a.set_slot(0x20);
        a.set_domain(0);
        a.set_bus(1);
        assert_eq!(
            a.to_xml(),
            "<address type=\"pci\" function=\"0x7\" slot=\"0x1d\" multifunction=\"off\" domain=\"0x0000\" bus=\"0x01\"/>"
        );
    }

    #[test]
    fn reads_numbers_like_c() {
        let a = DomainAddressPci::from_xml("<address type='pci' domain='12' bus='0x1G' slot='' function='012' multifunction='yes'/>").unwrap();
        assert_eq!((a.domain(), a.bus(), a.slot(), a.function(), a.multifunction()), (12, 1, 0, 10, true));
        let a = DomainAddressPci::from_xml("<address type='pci' domain='-2' bus='4294967295' slot='99999999999'/>").unwrap();
        assert_eq!((a.domain(), a.bus(), a.slot()), (-2, -1, 1215752191));
    }

    #[test]
    fn parse_needs_the_pci_type() {
        assert!(DomainAddressPci::from_xml("<address type='usb'/>").is_err());
        assert!(DomainAddressPci::from_xml("<address/>").is_err());
        assert!(DomainAddressPci::from_xml("<controller type='pci'/>").is_err());
        let a = DomainAddressPci::from_xml("<address type='pci' bus='0x01'><x/></address>").unwrap();
        a.set_slot(2);
        assert_eq!(a.to_xml(), "<address type=\"pci\" bus=\"0x01\" slot=\"0x02\">\n  <x/>\n</address>");
    }
}
