//! `NodeDeviceCapability` (`GVirConfigNodeDeviceCapability`): one `<capability>` of a host
//! device (see [`NodeDevice`](crate::NodeDevice)).

use crate::child_objects::children;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// One `<capability type='…'>` of a host device: what kind of device it is (`pci`,
    /// `usb_device`, `net`, `storage`, `system`, …) and that kind's details. Capabilities nest
    /// (a PCI device's `virt_functions`, `mdev_types`).
    pub struct NodeDeviceCapability("GVirConfigNodeDeviceCapability"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NodeDeviceCapabilityImpl;
}

impl Default for NodeDeviceCapability {
    fn default() -> Self {
        Self::new()
    }
}

impl NodeDeviceCapability {
    /// An empty `<capability/>` (no schema: it is part of a device document).
    pub fn new() -> NodeDeviceCapability {
        ConfigObject::new_root("capability", None)
    }

    /// Parses a `<capability>` element.
    pub fn from_xml(xml: &str) -> Result<NodeDeviceCapability, glib::Error> {
        ConfigObject::parse(xml, "capability", None)
    }

    /// The kind of capability (its `type`: `pci`, `usb_device`, `net`, `storage`, …).
    pub fn kind(&self) -> Option<String> {
        self.node().attribute("type")
    }

    /// The capabilities nested in this one (`virt_functions`, `mdev_types`, `80203`, …).
    pub fn capabilities(&self) -> Vec<NodeDeviceCapability> {
        children(self, "capability")
    }

    /// A number child (`<bus>3</bus>`, `<slot>0x1f</slot>`), read as libvirt writes it:
    /// decimal or 0x-prefixed hexadecimal.
    fn number(&self, name: &str) -> Option<u32> {
        let text = self.node().child_content(name)?;
        let text = text.trim();
        match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => text.parse().ok(),
        }
    }

    /// The PCI domain of a `pci` capability (`<domain>`).
    pub fn pci_domain(&self) -> Option<u32> {
        self.number("domain")
    }

    /// The bus number of a `pci` or `usb_device` capability (`<bus>`).
    pub fn bus(&self) -> Option<u32> {
        self.number("bus")
    }

    /// The slot of a `pci` capability (`<slot>`).
    pub fn slot(&self) -> Option<u32> {
        self.number("slot")
    }

    /// The function of a `pci` capability (`<function>`).
    pub fn function(&self) -> Option<u32> {
        self.number("function")
    }

    /// The device number of a `usb_device` capability on its bus (`<device>`).
    pub fn device_number(&self) -> Option<u32> {
        self.number("device")
    }

    /// The vendor's id (`<vendor id='0x8086'>`) of a PCI or USB device.
    pub fn vendor_id(&self) -> Option<String> {
        self.node().child("vendor")?.attribute("id")
    }

    /// The vendor's name (`<vendor>` text).
    pub fn vendor_name(&self) -> Option<String> {
        self.node().child_content("vendor")
    }

    /// The product's id (`<product id='0x5916'>`) of a PCI or USB device.
    pub fn product_id(&self) -> Option<String> {
        self.node().child("product")?.attribute("id")
    }

    /// The product's name (`<product>` text).
    pub fn product_name(&self) -> Option<String> {
        self.node().child_content("product")
    }

    /// The host interface of a `net` capability (`<interface>eth0</interface>`).
    pub fn interface(&self) -> Option<String> {
        self.node().child_content("interface")
    }

    /// The MAC address of a `net` capability (`<address>`).
    pub fn mac_address(&self) -> Option<String> {
        self.node().child_content("address")
    }

    /// The block device of a `storage` capability (`<block>/dev/sda</block>`).
    pub fn block(&self) -> Option<String> {
        self.node().child_content("block")
    }
}
