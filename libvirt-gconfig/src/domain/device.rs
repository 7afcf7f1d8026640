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

/// A device's position in the boot order (`<boot order='…'/>`), -1 when unset (read like C's
/// `strtoull`, as libvirt-glib reads hostdevs' order).
pub(crate) fn boot_order(node: &Node) -> i32 {
    match node.child("boot").and_then(|b| b.c_number_attribute("order")) {
        Some((value, _)) => value as i32,
        None => -1,
    }
}

/// Replaces the device's `<boot>` with `<boot order='order'/>` (same position); a negative
/// `order` removes it.
pub(crate) fn set_boot_order(node: &Node, order: i32) {
    if order >= 0 {
        node.replace_child("boot").set_attribute("order", Some(&order.to_string()));
    } else {
        node.remove_children("boot");
    }
}

/// The class for a device element: decided by its name and, for families of devices, its
/// `type` (or `mode`) attribute. Elements no class knows get the base class.
pub(crate) fn device_type_for(node: &Node) -> glib::Type {
    // SAFETY: deciding the class only reads the element.
    unsafe { node.with_name(|name| device_type_named(node, name)) }
}

fn device_type_named(node: &Node, name: &[u8]) -> glib::Type {
    let attr_is = |attr: &str, value: &str| node.attribute_is(attr, value);
    match name {
        b"interface" => crate::domain::interface::type_for(node),
        b"graphics" => crate::domain::graphics::type_for(node),
        b"input" => crate::DomainInput::static_type(),
        b"video" => crate::DomainVideo::static_type(),
        b"sound" => crate::DomainSound::static_type(),
        b"audio" => crate::DomainAudio::static_type(),
        b"vsock" => crate::DomainVsock::static_type(),
        b"disk" => crate::DomainDisk::static_type(),
        b"filesystem" => crate::DomainFilesys::static_type(),
        b"controller" if attr_is("type", "usb") => crate::DomainControllerUsb::static_type(),
        b"controller" => crate::DomainController::static_type(),
        b"hostdev" if attr_is("type", "pci") => crate::DomainHostdevPci::static_type(),
        b"hostdev" => crate::DomainHostdev::static_type(),
        // SAFETY: the closure only compares.
        b"smartcard" => unsafe {
            node.with_attribute_bytes("mode", |mode| match mode {
                Some(b"host") => crate::DomainSmartcardHost::static_type(),
                Some(b"host-certificates") => crate::DomainSmartcardHostCertificates::static_type(),
                Some(b"passthrough") => crate::DomainSmartcardPassthrough::static_type(),
                _ => DomainDevice::static_type(),
            })
        },
        b"memballoon" => crate::DomainMemballoon::static_type(),
        b"channel" => crate::DomainChannel::static_type(),
        b"console" => crate::DomainConsole::static_type(),
        b"parallel" => crate::DomainParallel::static_type(),
        b"redirdev" => crate::DomainRedirdev::static_type(),
        b"serial" => crate::DomainSerial::static_type(),
        // typed device kinds beyond libvirt-glib
        b"tpm" => crate::DomainTpm::static_type(),
        b"rng" => crate::DomainRng::static_type(),
        b"panic" => crate::DomainPanic::static_type(),
        b"watchdog" => crate::DomainWatchdog::static_type(),
        b"hub" => crate::DomainHub::static_type(),
        b"lease" => crate::DomainLease::static_type(),
        b"shmem" => crate::DomainShmem::static_type(),
        b"memory" => crate::DomainMemoryDevice::static_type(),
        b"iommu" => crate::DomainIommu::static_type(),
        b"nvram" => crate::DomainNvram::static_type(),
        b"crypto" => crate::DomainCrypto::static_type(),
        b"pstore" => crate::DomainPstore::static_type(),
        b"redirfilter" => crate::DomainRedirfilter::static_type(),
        _ => DomainDevice::static_type(),
    }
}

/// Wraps the device element `node` in an object of class `type_` (from [`device_type_for`]).
pub(crate) fn device_of_type(node: &Node, type_: glib::Type) -> DomainDevice {
    ConfigObject::for_node_with_type(type_, node, None)
        .downcast()
        .expect("device classes derive from DomainDevice")
}
