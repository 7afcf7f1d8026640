//! `DomainHostdev` (`GVirConfigDomainHostdev`): a host device passed to the guest
//! (`<hostdev>`), base class of the typed host devices.

use glib::prelude::*;

use crate::ConfigObjectExt;

config_class! {
    /// A `<hostdev>` device. PCI devices are [`crate::DomainHostdevPci`]s.
    ///
    /// Unlike libvirt-glib, where the class is abstract, host devices no subclass stands for
    /// (USB, SCSI, mediated devices, …) are plain `DomainHostdev`s, so nothing is dropped.
    pub struct DomainHostdev("GVirConfigDomainHostdev"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainHostdevImpl;
}

/// What every host device can do.
pub trait DomainHostdevExt: IsA<DomainHostdev> {
    /// The device's position in the boot order (`<boot order='…'/>`), -1 when unset.
    fn boot_order(&self) -> i32 {
        crate::domain::device::boot_order(&self.as_ref().node())
    }

    /// Sets the boot order (replacing `<boot>`); a negative `order` removes it.
    fn set_boot_order(&self, order: i32) {
        crate::domain::device::set_boot_order(&self.as_ref().node(), order)
    }

    /// Whether the guest gets the device read-only (`<readonly/>`).
    fn readonly(&self) -> bool {
        self.as_ref().node().has_child("readonly")
    }

    fn set_readonly(&self, readonly: bool) {
        self.as_ref().node().set_flag_child("readonly", readonly);
    }

    /// Whether the device may be shared with other guests (`<shareable/>`).
    fn shareable(&self) -> bool {
        self.as_ref().node().has_child("shareable")
    }

    fn set_shareable(&self, shareable: bool) {
        self.as_ref().node().set_flag_child("shareable", shareable);
    }
}

impl<O: IsA<DomainHostdev>> DomainHostdevExt for O {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConfigObject;

    #[test]
    fn boot_order_and_flags() {
        let h: DomainHostdev =
            ConfigObject::parse("<hostdev mode='subsystem' type='usb'><boot order='1' loadparm='x'/></hostdev>", "hostdev", None).unwrap();
        assert_eq!(h.boot_order(), 1);
        assert!(!h.readonly() && !h.shareable());
        h.set_boot_order(4);
        h.set_readonly(true);
        h.set_shareable(true);
        assert_eq!(
            h.to_xml(),
            "<hostdev mode=\"subsystem\" type=\"usb\">\n  <boot order=\"4\"/>\n  <readonly/>\n  <shareable/>\n</hostdev>"
        );
        assert!(h.readonly() && h.shareable());
        h.set_boot_order(-1);
        h.set_readonly(false);
        h.set_shareable(false);
        assert_eq!(h.to_xml(), "<hostdev mode=\"subsystem\" type=\"usb\"/>");
        assert_eq!(h.boot_order(), -1);
    }
}
