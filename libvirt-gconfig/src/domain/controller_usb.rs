//! `DomainControllerUsb` (`GVirConfigDomainControllerUsb`): a USB controller
//! (`<controller type='usb'>`).

use glib::prelude::*;

use super::controller::DomainControllerExt;
use super::subtype;
use crate::ConfigObjectExt;

config_class! {
    /// A USB host controller; companion controllers name their master with
    /// [`DomainControllerUsb::set_master`].
    pub struct DomainControllerUsb("GVirConfigDomainControllerUsb"): crate::DomainController;
    parent structs: crate::domain::controller::Instance, crate::domain::controller::Class;
    extends: [crate::DomainController, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainControllerImpl];
    subclass trait: DomainControllerUsbImpl;
}

/// The emulated USB controller (`model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainControllerUsbModel")]
pub enum DomainControllerUsbModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PIIX3_UHCI", nick = "piix3-uhci")]
    Piix3Uhci,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PIIX4_UHCI", nick = "piix4-uhci")]
    Piix4Uhci,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_EHCI", nick = "ehci")]
    Ehci,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_EHCI1", nick = "ich9-ehci1")]
    Ich9Ehci1,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI1", nick = "ich9-uhci1")]
    Ich9Uhci1,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI2", nick = "ich9-uhci2")]
    Ich9Uhci2,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI3", nick = "ich9-uhci3")]
    Ich9Uhci3,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_VT82C686B_UHCI", nick = "vt82c686b-uhci")]
    Vt82c686bUhci,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PCI_OHCI", nick = "pci-ohci")]
    PciOhci,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_QEMU_XHCI", nick = "qemu-xhci")]
    QemuXhci,
}

impl Default for DomainControllerUsb {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainControllerUsb {
    /// A new `<controller type='usb'/>`.
    pub fn new() -> DomainControllerUsb {
        subtype::new_with_attribute("controller", "type", "usb")
    }

    /// Parses a `<controller>` element, which must have `type='usb'`.
    pub fn from_xml(xml: &str) -> Result<DomainControllerUsb, glib::Error> {
        Self::from_xml_opt(Some(xml.as_bytes()))
    }

    pub(crate) fn from_xml_opt(xml: Option<&[u8]>) -> Result<DomainControllerUsb, glib::Error> {
        subtype::parse_with_attribute(xml, "controller", "type", "usb")
    }

    /// The controller model, if set to a known value.
    pub fn model(&self) -> Option<DomainControllerUsbModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainControllerUsbModel) {
        self.node().set_enum_attribute("model", model);
    }

    /// The first port of the master this companion controller provides, if it has a master.
    pub fn master_startport(&self) -> Option<u32> {
        match self.node().child("master")?.c_number_attribute("startport")? {
            (value, true) => u32::try_from(value).ok(),
            _ => None,
        }
    }

    /// Makes this a companion of `master` from port `startport` on: writes
    /// `<master startport='…'/>` (replacing any) and gives this controller `master`'s index.
    pub fn set_master(&self, master: &impl IsA<DomainControllerUsb>, startport: u32) {
        let index = master.as_ref().index();
        let node = self.node().replace_child("master");
        node.set_u64_attribute("startport", startport.into());
        self.set_index(index);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_like_libvirt_glib() {
        let c = DomainControllerUsb::new();
        assert_eq!(c.to_xml(), "<controller type=\"usb\"/>");
        c.set_model(DomainControllerUsbModel::Ich9Ehci1);
        c.set_index(3);
        c.set_ports(8);
        assert_eq!(c.to_xml(), "<controller type=\"usb\" model=\"ich9-ehci1\" index=\"3\" ports=\"8\"/>");
        let companion = DomainControllerUsb::new();
        companion.set_model(DomainControllerUsbModel::Ich9Uhci1);
        companion.set_master(&c, 4);
        assert_eq!(
            companion.to_xml(),
            "<controller type=\"usb\" model=\"ich9-uhci1\" index=\"3\">\n  <master startport=\"4\"/>\n</controller>"
        );
        assert_eq!(companion.master_startport(), Some(4));
        assert_eq!(companion.model(), Some(DomainControllerUsbModel::Ich9Uhci1));
    }

    #[test]
    fn set_master_replaces_in_place() {
        let master = DomainControllerUsb::new();
        master.set_index(2);
        let c = DomainControllerUsb::from_xml("<controller type='usb' index='0'><master startport='2' foo='x'/><y/></controller>").unwrap();
        c.set_master(&master, 1);
        assert_eq!(c.to_xml(), "<controller type=\"usb\" index=\"2\">\n  <master startport=\"1\"/>\n  <y/>\n</controller>");
    }

    #[test]
    fn parse_needs_the_usb_type() {
        assert!(DomainControllerUsb::from_xml("<controller type='ide'/>").is_err());
        assert!(DomainControllerUsb::from_xml("<controller/>").is_err());
        assert!(DomainControllerUsb::from_xml("<controller type='usb'/>").is_ok());
    }
}
