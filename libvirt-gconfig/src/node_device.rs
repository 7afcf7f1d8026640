//! `NodeDevice` (`GVirConfigNodeDevice`): a `<device>` document, a host device as libvirt
//! reports it (`virsh nodedev-dumpxml`), and `NodeDeviceCapability`, each of its
//! `<capability>` elements.
//!
//! libvirt-glib has no accessors for this document. Ours read what applications look a host
//! device up by (beyond the reference, `LIBVIRT_GCONFIG_RS_1.0`): its name, sysfs path, parent
//! and driver, and per capability its kind and the identifiers each kind carries — a PCI
//! address, vendor and product, a network interface and its MAC address, a block device. They
//! are getters only: libvirt writes these documents, applications read them. Everything else
//! stays reachable through the DOM of [`ConfigObject`] and survives a round trip.

pub mod capability;

pub use capability::{NodeDeviceCapability, NodeDeviceCapabilityImpl};

use crate::child_objects::children;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A libvirt host device description (`<device>`, schema `nodedev.rng`).
    pub struct NodeDevice("GVirConfigNodeDevice"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NodeDeviceImpl;
}

pub(crate) const SCHEMA: &str = "nodedev.rng";

impl Default for NodeDevice {
    fn default() -> Self {
        Self::new()
    }
}

impl NodeDevice {
    /// An empty `<device/>`.
    pub fn new() -> NodeDevice {
        ConfigObject::new_root("device", Some(SCHEMA))
    }

    /// Parses a `<device>` document.
    pub fn from_xml(xml: &str) -> Result<NodeDevice, glib::Error> {
        ConfigObject::parse(xml, "device", Some(SCHEMA))
    }

    /// The device's name (`<name>`: `pci_0000_00_02_0`, `net_eth0_52_54_00_…`), the name
    /// libvirt looks it up by.
    pub fn name(&self) -> Option<String> {
        self.node().child_content("name")
    }

    /// Its sysfs path (`<path>`).
    pub fn path(&self) -> Option<String> {
        self.node().child_content("path")
    }

    /// The name of its parent device (`<parent>`; `computer` for the root's children).
    pub fn parent(&self) -> Option<String> {
        self.node().child_content("parent")
    }

    /// The name of the kernel driver bound to it (`<driver><name>`).
    pub fn driver_name(&self) -> Option<String> {
        self.node().child("driver")?.child_content("name")
    }

    /// Its capabilities, in document order; views of this document.
    pub fn capabilities(&self) -> Vec<NodeDeviceCapability> {
        children(self, "capability")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConfigObjectExt;

    /// Test:///default's `computer`, as `virsh nodedev-dumpxml computer` prints it.
    const FIXTURE: &str = "<device>
  <name>computer</name>
  <capability type='system'>
    <hardware>
      <vendor>Libvirt</vendor>
      <version>Test driver</version>
      <serial>123456</serial>
      <uuid>11111111-2222-3333-4444-555555555555</uuid>
    </hardware>
    <firmware>
      <vendor>Libvirt</vendor>
      <version>Test Driver</version>
      <release_date>01/22/2007</release_date>
    </firmware>
  </capability>
</device>";

    #[test]
    fn new_is_an_empty_document() {
        let object = NodeDevice::new();
        assert_eq!(object.to_xml(), "<device/>");
        assert_eq!(object.schema().as_deref(), Some("/usr/share/libvirt/schemas/nodedev.rng"));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let object = NodeDevice::from_xml(FIXTURE).unwrap();
        assert_eq!(object.to_xml(), "<device>\n  <name>computer</name>\n  <capability type=\"system\">\n    <hardware>\n      <vendor>Libvirt</vendor>\n      <version>Test driver</version>\n      <serial>123456</serial>\n      <uuid>11111111-2222-3333-4444-555555555555</uuid>\n    </hardware>\n    <firmware>\n      <vendor>Libvirt</vendor>\n      <version>Test Driver</version>\n      <release_date>01/22/2007</release_date>\n    </firmware>\n  </capability>\n</device>");
        if std::path::Path::new(&object.schema().unwrap()).exists() {
            object.validate().unwrap();
        }
        let extended = NodeDevice::from_xml("<device><!-- c --><future x='1'><y/></future></device>").unwrap();
        assert_eq!(extended.to_xml(), "<device>\n  <!-- c -->\n  <future x=\"1\">\n    <y/>\n  </future>\n</device>");
    }

    /// A PCI device with a nested capability, a USB device and a network interface, as
    /// libvirt writes them.
    const PCI: &str = "<device>
  <name>pci_0000_00_02_0</name>
  <path>/sys/devices/pci0000:00/0000:00:02.0</path>
  <parent>computer</parent>
  <driver>
    <name>i915</name>
  </driver>
  <capability type='pci'>
    <class>0x030000</class>
    <domain>0</domain>
    <bus>0</bus>
    <slot>2</slot>
    <function>0x1</function>
    <product id='0x5916'>HD Graphics 620</product>
    <vendor id='0x8086'>Intel Corporation</vendor>
    <capability type='mdev_types'>
      <type id='i915-GVTg_V5_4'/>
    </capability>
  </capability>
</device>";

    #[test]
    fn pci_device() {
        let device = NodeDevice::from_xml(PCI).unwrap();
        assert_eq!(device.name().as_deref(), Some("pci_0000_00_02_0"));
        assert_eq!(device.path().as_deref(), Some("/sys/devices/pci0000:00/0000:00:02.0"));
        assert_eq!(device.parent().as_deref(), Some("computer"));
        assert_eq!(device.driver_name().as_deref(), Some("i915"));
        let caps = device.capabilities();
        assert_eq!(caps.len(), 1);
        let pci = &caps[0];
        assert_eq!(pci.kind().as_deref(), Some("pci"));
        assert_eq!((pci.pci_domain(), pci.bus(), pci.slot(), pci.function()), (Some(0), Some(0), Some(2), Some(1)));
        assert_eq!(pci.vendor_id().as_deref(), Some("0x8086"));
        assert_eq!(pci.vendor_name().as_deref(), Some("Intel Corporation"));
        assert_eq!(pci.product_id().as_deref(), Some("0x5916"));
        assert_eq!(pci.product_name().as_deref(), Some("HD Graphics 620"));
        assert_eq!((pci.interface(), pci.mac_address(), pci.block(), pci.device_number()), (None, None, None, None));
        let nested = pci.capabilities();
        assert_eq!(nested.len(), 1);
        assert_eq!(nested[0].kind().as_deref(), Some("mdev_types"));
        // Views of the same document: the whole device is written back as it was read.
        assert_eq!(NodeDevice::from_xml(&device.to_xml()).unwrap().to_xml(), device.to_xml());
    }

    #[test]
    fn usb_and_net_devices() {
        let usb = NodeDevice::from_xml(
            "<device><name>usb_1_2</name><parent>usb_usb1</parent><capability type='usb_device'>\
             <bus>1</bus><device>2</device><product id='0x0001'>Tablet</product><vendor id='0x0627'/></capability></device>",
        )
        .unwrap();
        let cap = &usb.capabilities()[0];
        assert_eq!((cap.kind().as_deref(), cap.bus(), cap.device_number()), (Some("usb_device"), Some(1), Some(2)));
        assert_eq!((cap.vendor_id().as_deref(), cap.vendor_name()), (Some("0x0627"), None));
        assert_eq!(usb.driver_name(), None);

        let net = NodeDevice::from_xml(
            "<device><name>net_eth0_52_54_00_12_34_56</name><capability type='net'><interface>eth0</interface>\
             <address>52:54:00:12:34:56</address><capability type='80203'/></capability></device>",
        )
        .unwrap();
        let cap = &net.capabilities()[0];
        assert_eq!(cap.interface().as_deref(), Some("eth0"));
        assert_eq!(cap.mac_address().as_deref(), Some("52:54:00:12:34:56"));
        assert_eq!(cap.capabilities()[0].kind().as_deref(), Some("80203"));

        let system = NodeDevice::from_xml(FIXTURE).unwrap();
        assert_eq!(system.capabilities()[0].kind().as_deref(), Some("system"));
        assert_eq!(system.capabilities()[0].bus(), None);
        assert_eq!(NodeDeviceCapability::new().to_xml(), "<capability/>");
    }

    #[test]
    fn other_roots_are_rejected() {
        let error = NodeDevice::from_xml("<pool/>").unwrap_err();
        assert!(error.message().contains("no 'device' node"), "{}", error.message());
        assert!(NodeDevice::from_xml("<device").is_err());
    }
}
