//! `DomainNvram` (`GVirConfigDomainNvram`): the NVRAM device of pSeries guests
//! (`<nvram><address type='spapr-vio' reg='…'/></nvram>` under `<devices>`; not the firmware
//! variable store `<os><nvram>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A non-volatile RAM device (`<nvram>` under `<devices>`), whose only setting is its
    /// address.
    pub struct DomainNvram("GVirConfigDomainNvram"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainNvramImpl;
}

impl Default for DomainNvram {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainNvram {
    /// A new, empty `<nvram/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("nvram", Some(super::SCHEMA))
    }

    /// Parses an `<nvram>` device element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "nvram", Some(super::SCHEMA))
    }

    /// The type of the device's address (`<address type='…'/>`), if it has one.
    pub fn address_type(&self) -> Option<String> {
        self.node().child_attribute("address", "type")
    }

    /// The register of an sPAPR VIO address (`<address type='spapr-vio' reg='…'/>`), if the
    /// device has one.
    pub fn spapr_vio_reg(&self) -> Option<u64> {
        self.node()
            .with_child("address", |a| if a.attribute_is("type", "spapr-vio") { a.c_number_attribute("reg") } else { None })
            .flatten()
            .map(|(reg, _)| reg)
    }

    /// Gives the device the sPAPR VIO address `reg`: `<address type='spapr-vio' reg='0x…'/>`,
    /// replacing any address.
    pub fn set_spapr_vio_reg(&self, reg: u64) {
        let address = self.node().replace_child("address");
        address.set_attribute("type", Some("spapr-vio"));
        address.set_attribute("reg", Some(&format!("{reg:#x}")));
    }

    /// Sets the device's address: `address`'s element moves into this device, replacing any
    /// other; `None` removes the address.
    pub fn set_address(&self, address: Option<&crate::DomainAddress>) {
        match address {
            Some(address) => crate::child_objects::attach_replacing(&self.node(), address),
            None => self.node().remove_children("address"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use glib::prelude::*;

    #[test]
    fn built_and_parsed() {
        let nvram = DomainNvram::new();
        assert_eq!((nvram.to_xml().as_str(), nvram.address_type(), nvram.spapr_vio_reg()), ("<nvram/>", None, None));
        nvram.set_spapr_vio_reg(0x3000);
        assert_eq!(nvram.to_xml(), "<nvram>\n  <address type=\"spapr-vio\" reg=\"0x3000\"/>\n</nvram>");
        assert_eq!((nvram.address_type().as_deref(), nvram.spapr_vio_reg()), (Some("spapr-vio"), Some(0x3000)));
        let pci = crate::DomainAddressPci::new();
        pci.set_slot(3);
        nvram.set_address(Some(pci.upcast_ref()));
        assert_eq!(nvram.to_xml(), "<nvram>\n  <address type=\"pci\" slot=\"0x03\"/>\n</nvram>");
        assert_eq!((nvram.address_type().as_deref(), nvram.spapr_vio_reg()), (Some("pci"), None));
        pci.set_slot(4);
        assert!(nvram.to_xml().contains("slot=\"0x04\""));
        nvram.set_address(None);
        assert_eq!(nvram.to_xml(), "<nvram/>");
    }
}
