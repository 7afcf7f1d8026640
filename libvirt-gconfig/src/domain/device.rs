//! `DomainDevice` (`GVirConfigDomainDevice`): base class of everything under `<devices>`, and
//! the factory that gives each device element its class.

use glib::prelude::*;

use crate::{ConfigObject, ConfigObjectExt, Node};

config_class! {
    /// A device of a domain (an element under `<devices>`).
    ///
    /// Unlike libvirt-glib, where the class is abstract, a device element no class knows (a
    /// new libvirt device kind, say) becomes a plain `DomainDevice`, so nothing is dropped.
    pub struct DomainDevice("GVirConfigDomainDevice"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainDeviceImpl;
}

/// What every device can do.
pub trait DomainDeviceExt: IsA<DomainDevice> {
    /// The device's alias (`<alias name='…'/>`), which libvirt assigns to devices of a
    /// running domain.
    fn alias(&self) -> Option<String> {
        self.as_ref().node().child("alias").and_then(|a| a.attribute("name"))
    }
}

impl<O: IsA<DomainDevice>> DomainDeviceExt for O {}

/// The class for a device element: decided by its name and, for families of devices, its
/// `type` (or `mode`) attribute. Elements no class knows get the base class.
pub(crate) fn device_type_for(node: &Node) -> glib::Type {
    let attr = |name: &str| node.attribute(name);
    match node.name().as_str() {
        "interface" => crate::domain::interface::type_for(node),
        "graphics" => crate::domain::graphics::type_for(node),
        "input" => crate::DomainInput::static_type(),
        "video" => crate::DomainVideo::static_type(),
        "sound" => crate::DomainSound::static_type(),
        "audio" => crate::DomainAudio::static_type(),
        "vsock" => crate::DomainVsock::static_type(),
        "disk" => crate::DomainDisk::static_type(),
        "filesystem" => crate::DomainFilesys::static_type(),
        "controller" if attr("type").as_deref() == Some("usb") => crate::DomainControllerUsb::static_type(),
        "controller" => crate::DomainController::static_type(),
        "hostdev" if attr("type").as_deref() == Some("pci") => crate::DomainHostdevPci::static_type(),
        "hostdev" => crate::DomainHostdev::static_type(),
        "smartcard" => match attr("mode").as_deref() {
            Some("host") => crate::DomainSmartcardHost::static_type(),
            Some("host-certificates") => crate::DomainSmartcardHostCertificates::static_type(),
            Some("passthrough") => crate::DomainSmartcardPassthrough::static_type(),
            _ => DomainDevice::static_type(),
        },
        "memballoon" => crate::DomainMemballoon::static_type(),
        _ => DomainDevice::static_type(),
    }
}

/// Wraps the device element `node` in an object of the right class.
pub(crate) fn device_for_node(node: &Node) -> DomainDevice {
    ConfigObject::for_node_with_type(device_type_for(node), node, Some(crate::domain::SCHEMA))
        .downcast()
        .expect("device classes derive from DomainDevice")
}
