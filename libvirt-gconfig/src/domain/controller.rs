//! `DomainController` (`GVirConfigDomainController`): a bus controller of a domain
//! (`<controller>`), base class of the typed controllers.

use glib::prelude::*;

use crate::{ConfigObjectExt, DomainAddress};

config_class! {
    /// A `<controller>` device. USB controllers are [`crate::DomainControllerUsb`]s.
    ///
    /// Unlike libvirt-glib, where the class is abstract, controllers no subclass stands for
    /// (IDE, SATA, SCSI, PCI, virtio-serial, …) are plain `DomainController`s, so nothing is
    /// dropped and their index, ports and address stay reachable.
    pub struct DomainController("GVirConfigDomainController"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainControllerImpl;
}

/// An unsigned attribute read as libvirt-glib reads it: 0 when absent or not all digits,
/// cut to 32 bits.
fn uint_attribute(node: &crate::Node, name: &str) -> u32 {
    match node.c_number_attribute(name) {
        Some((value, true)) => value as u32,
        _ => 0,
    }
}

/// What every controller can do.
pub trait DomainControllerExt: IsA<DomainController> {
    /// The controller's index among controllers of its type; 0 when unset.
    fn index(&self) -> u32 {
        uint_attribute(&self.as_ref().node(), "index")
    }

    fn set_index(&self, index: u32) {
        self.as_ref().node().set_u64_attribute("index", index.into());
    }

    /// The number of ports; 0 when unset.
    fn ports(&self) -> u32 {
        uint_attribute(&self.as_ref().node(), "ports")
    }

    fn set_ports(&self, ports: u32) {
        self.as_ref().node().set_u64_attribute("ports", ports.into());
    }

    /// The controller's guest address (`<address>`), as a PCI or USB address object; `None`
    /// when absent or of another type.
    fn address(&self) -> Option<DomainAddress> {
        crate::domain::address::address_of(self.as_ref())
    }

    /// Replaces the controller's `<address>` with `address`'s element, moved to the end of
    /// the controller (later changes through `address` change it); `None` removes it.
    fn set_address(&self, address: Option<&impl IsA<DomainAddress>>) {
        let node = address.map(|a| a.as_ref().node());
        self.as_ref().node().attach_replace("address", node.as_ref());
    }
}

impl<O: IsA<DomainController>> DomainControllerExt for O {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ConfigObject, DomainAddressPci};

    #[test]
    fn index_ports_and_address() {
        let c: DomainController = ConfigObject::parse("<controller type='ide'><x/></controller>", "controller", None).unwrap();
        assert_eq!((c.index(), c.ports()), (0, 0));
        c.set_index(3);
        c.set_ports(8);
        let a = DomainAddressPci::new();
        a.set_bus(1);
        c.set_address(Some(&a));
        assert_eq!(
            c.to_xml(),
            "<controller type=\"ide\" index=\"3\" ports=\"8\">\n  <x/>\n  <address type=\"pci\" bus=\"0x01\"/>\n</controller>"
        );
        assert_eq!((c.index(), c.ports()), (3, 8));
        a.set_slot(2);
        assert!(c.to_xml().contains("<address type=\"pci\" bus=\"0x01\" slot=\"0x02\"/>"));
        c.set_address(None::<&DomainAddress>);
        assert_eq!(c.to_xml(), "<controller type=\"ide\" index=\"3\" ports=\"8\">\n  <x/>\n</controller>");
    }

    #[test]
    fn numbers_read_like_libvirt_glib() {
        let c: DomainController = ConfigObject::parse("<controller index='0x10' ports='5 '/>", "controller", None).unwrap();
        assert_eq!((c.index(), c.ports()), (16, 0));
        let c: DomainController = ConfigObject::parse("<controller index='99999999999' ports='-1'/>", "controller", None).unwrap();
        assert_eq!((c.index(), c.ports()), (1215752191, u32::MAX));
    }
}
