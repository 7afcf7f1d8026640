//! `DomainAddress` (`GVirConfigDomainAddress`): base class of device addresses (`<address>`).

use glib::prelude::*;

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Where a device sits on its bus (`<address type='…'>`); see the subclasses for the
    /// kinds of address.
    pub struct DomainAddress("GVirConfigDomainAddress"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainAddressImpl;
    abstract: true;
}

/// The `<address>` child of `device`, as an object of the class for its `type`
/// ([`crate::DomainAddressPci`], [`crate::DomainAddressUsb`]); `None` when there is none, or
/// for the types without a class (the base class is abstract).
pub(crate) fn address_of(device: &impl IsA<ConfigObject>) -> Option<DomainAddress> {
    let node = device.node().child("address")?;
    let type_ = if node.attribute_is("type", "pci") {
        crate::DomainAddressPci::static_type()
    } else if node.attribute_is("type", "usb") {
        crate::DomainAddressUsb::static_type()
    } else {
        return None;
    };
    let object = ConfigObject::for_node_with_type(type_, &node, device.schema().as_deref());
    Some(object.downcast().expect("address classes derive from DomainAddress"))
}
