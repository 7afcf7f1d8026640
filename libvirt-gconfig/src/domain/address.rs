//! `DomainAddress` (`GVirConfigDomainAddress`): base class of device addresses (`<address>`).

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
