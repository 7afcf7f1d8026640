//! `DomainSmartcard` (`GVirConfigDomainSmartcard`): a smartcard reader of a domain
//! (`<smartcard mode='…'>`), base class of the three modes.

use glib::prelude::*;

use crate::{ConfigObjectExt, DomainAddress};

config_class! {
    /// A `<smartcard>` device; each `mode` has its subclass.
    pub struct DomainSmartcard("GVirConfigDomainSmartcard"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainSmartcardImpl;
    abstract: true;
}

/// What every smartcard device can do.
pub trait DomainSmartcardExt: IsA<DomainSmartcard> {
    /// Replaces the device's `<address>` (on the CCID bus) with `address`'s element, moved to
    /// the end of the device; `None` removes it.
    fn set_address(&self, address: Option<&impl IsA<DomainAddress>>) {
        let node = address.map(|a| a.as_ref().node());
        self.as_ref().node().attach_replace("address", node.as_ref());
    }
}

impl<O: IsA<DomainSmartcard>> DomainSmartcardExt for O {}
