//! `DomainHostdevPci` (`GVirConfigDomainHostdevPci`): a host PCI device passed to the guest
//! (`<hostdev mode='subsystem' type='pci'>`).

use super::subtype;
use crate::{ConfigObject, ConfigObjectExt, DomainAddressPci};

config_class! {
    /// A host PCI device: its host address (`<source><address/></source>`), whether libvirt
    /// detaches it from the host driver (`managed`), and its option ROM (`<rom>`).
    pub struct DomainHostdevPci("GVirConfigDomainHostdevPci"): crate::DomainHostdev;
    parent structs: crate::domain::hostdev::Instance, crate::domain::hostdev::Class;
    extends: [crate::DomainHostdev, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainHostdevImpl];
    subclass trait: DomainHostdevPciImpl;
}

impl Default for DomainHostdevPci {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainHostdevPci {
    /// A new `<hostdev mode='subsystem' type='pci'/>`.
    pub fn new() -> DomainHostdevPci {
        let hostdev: DomainHostdevPci = subtype::new_with_attribute("hostdev", "mode", "subsystem");
        hostdev.node().set_attribute("type", Some("pci"));
        hostdev
    }

    /// Parses a `<hostdev>` element, which must have `type='pci'`.
    pub fn from_xml(xml: &str) -> Result<DomainHostdevPci, glib::Error> {
        Self::from_xml_opt(Some(xml.as_bytes()))
    }

    pub(crate) fn from_xml_opt(xml: Option<&[u8]>) -> Result<DomainHostdevPci, glib::Error> {
        subtype::parse_with_attribute(xml, "hostdev", "type", "pci")
    }

    /// The host address of the device (`<source><address/></source>`), sharing this
    /// document.
    pub fn address(&self) -> Option<DomainAddressPci> {
        let node = self.node().descendant("source/address")?;
        Some(ConfigObject::for_node(&node, None))
    }

    /// Replaces `<source>` with one holding a copy of `address` (without its `type`, which a
    /// host address does not have). `address` itself stays as it is.
    pub fn set_address(&self, address: &DomainAddressPci) {
        let source = self.node().replace_child("source");
        source.append_copy(&address.node()).set_attribute("type", None);
    }

    /// Whether libvirt detaches the device from its host driver (`managed='yes'`).
    pub fn managed(&self) -> bool {
        self.node().attribute("managed").as_deref() == Some("yes")
    }

    pub fn set_managed(&self, managed: bool) {
        self.node().set_bool_attribute("managed", managed, crate::xml::BoolStyle::YesNo);
    }

    /// The file the device's option ROM is loaded from (`<rom file='…'/>`).
    pub fn rom_file(&self) -> Option<String> {
        self.node().child_attribute("rom", "file")
    }

    /// Sets the ROM file on `<rom>` (created when missing); `None` removes the attribute.
    pub fn set_rom_file(&self, file: Option<&str>) {
        self.node().set_child_attribute("rom", "file", file);
    }

    /// Whether the ROM is visible in the guest's memory map (`<rom bar='on'/>`).
    pub fn rom_bar(&self) -> bool {
        self.node().child_attribute("rom", "bar").as_deref() == Some("on")
    }

    pub fn set_rom_bar(&self, bar: bool) {
        self.node().ensure_child("rom").set_bool_attribute("bar", bar, crate::xml::BoolStyle::OnOff);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DomainHostdevExt;

    #[test]
    fn builds_like_libvirt_glib() {
        let h = DomainHostdevPci::new();
        assert_eq!(h.to_xml(), "<hostdev mode=\"subsystem\" type=\"pci\"/>");
        assert_eq!((h.boot_order(), h.managed(), h.rom_bar(), h.rom_file()), (-1, false, false, None));
        assert!(h.address().is_none());
        h.set_boot_order(2);
        h.set_readonly(true);
        h.set_shareable(true);
        h.set_managed(true);
        h.set_rom_bar(true);
        h.set_rom_file(Some("/rom"));
        let a = DomainAddressPci::new();
        a.set_bus(3);
        a.set_slot(4);
        h.set_address(&a);
        a.set_function(1);
        assert_eq!(
            h.to_xml(),
            "<hostdev mode=\"subsystem\" type=\"pci\" managed=\"yes\">\n  <boot order=\"2\"/>\n  <readonly/>\n  \
             <shareable/>\n  <rom bar=\"on\" file=\"/rom\"/>\n  <source>\n    <address bus=\"0x03\" slot=\"0x04\"/>\n  \
             </source>\n</hostdev>"
        );
        assert_eq!(a.to_xml(), "<address type=\"pci\" bus=\"0x03\" slot=\"0x04\" function=\"0x1\"/>");
        let read = h.address().unwrap();
        assert_eq!((read.bus(), read.slot(), read.function()), (3, 4, -1));
        read.set_domain(1);
        assert!(h.to_xml().contains("<address bus=\"0x03\" slot=\"0x04\" domain=\"0x0001\"/>"));
        assert!(h.managed() && h.rom_bar());
        assert_eq!(h.rom_file().as_deref(), Some("/rom"));
        h.set_managed(false);
        h.set_rom_bar(false);
        h.set_rom_file(None);
        h.set_boot_order(-1);
        assert_eq!(
            h.to_xml(),
            "<hostdev mode=\"subsystem\" type=\"pci\" managed=\"no\">\n  <readonly/>\n  <shareable/>\n  <rom bar=\"off\"/>\n  \
             <source>\n    <address bus=\"0x03\" slot=\"0x04\" domain=\"0x0001\"/>\n  </source>\n</hostdev>"
        );
    }

    #[test]
    fn set_address_replaces_the_source() {
        let h = DomainHostdevPci::from_xml(
            "<hostdev mode='subsystem' type='pci' managed='on'><source startupPolicy='optional'><address bus='1'/><extra/></source><rom bar='yes'/></hostdev>",
        )
        .unwrap();
        assert!(!h.managed(), "libvirt spells managed yes/no");
        assert!(!h.rom_bar(), "libvirt spells rom bar on/off");
        let a = DomainAddressPci::from_xml("<address foo='1' type='pci' multifunction='on'><child/></address>").unwrap();
        h.set_address(&a);
        assert_eq!(
            h.to_xml(),
            "<hostdev mode=\"subsystem\" type=\"pci\" managed=\"on\">\n  <source>\n    \
             <address foo=\"1\" multifunction=\"on\">\n      <child/>\n    </address>\n  </source>\n  \
             <rom bar=\"yes\"/>\n</hostdev>"
        );
    }

    #[test]
    fn parse_needs_the_pci_type() {
        assert!(DomainHostdevPci::from_xml("<hostdev mode='subsystem' type='usb'/>").is_err());
        assert!(DomainHostdevPci::from_xml("<hostdev type='pci'/>").is_ok());
    }
}
