//! Enumerations of a domain's `<os>` that other classes share.
//!
//! Only the enumerations live here so far: `CapabilitiesGuest` reports an OS type and
//! `DomainCapabilitiesOs` lists firmwares. The `DomainOs` class itself belongs with the rest of
//! the domain's parts.

/// The kind of OS a domain boots (`<os><type>…</type></os>`, `<os_type>` in the capabilities).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainOsType")]
pub enum DomainOsType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_HVM", nick = "hvm")]
    Hvm,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX", nick = "linux")]
    Linux,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_EXE", nick = "exe")]
    Exe,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_XEN", nick = "xen")]
    Xen,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_UML", nick = "uml")]
    Uml,
}

/// The firmware a domain boots with (`<os firmware='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainOsFirmware")]
pub enum DomainOsFirmware {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS", nick = "bios")]
    Bios,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI", nick = "efi")]
    Efi,
}
