//! `DomainPstore` (`GVirConfigDomainPstore`): a persistent store for guest kernel logs
//! (`<pstore backend='acpi-erst'><path>…</path><size unit='…'>…</size></pstore>`, libvirt 9.1
//! and later; the schema of older libvirts does not know it).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Storage where the guest kernel keeps its logs across crashes (`<pstore>`).
    pub struct DomainPstore("GVirConfigDomainPstore"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainPstoreImpl;
}

/// The interface the guest uses (attribute `backend`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainPstoreBackend")]
pub enum DomainPstoreBackend {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_PSTORE_BACKEND_ACPI_ERST", nick = "acpi-erst")]
    AcpiErst,
}

impl Default for DomainPstore {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainPstore {
    /// A new `<pstore backend='acpi-erst'/>` (the backend is required).
    pub fn new() -> Self {
        let pstore: DomainPstore = ConfigObject::new_root("pstore", Some(super::SCHEMA));
        pstore.set_backend(DomainPstoreBackend::AcpiErst);
        pstore
    }

    /// Parses a `<pstore>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "pstore", Some(super::SCHEMA))
    }

    /// The backend, if set and known.
    pub fn backend(&self) -> Option<DomainPstoreBackend> {
        self.node().enum_attribute("backend")
    }

    pub fn set_backend(&self, backend: DomainPstoreBackend) {
        self.node().set_enum_attribute("backend", backend)
    }

    /// The host file holding the store (`<path>`).
    pub fn path(&self) -> Option<String> {
        self.node().child_content("path")
    }

    /// Sets the host file; `None` removes `<path>`.
    pub fn set_path(&self, path: Option<&str>) {
        self.node().set_child_content("path", path)
    }

    /// The size of the store in KiB (converted from `<size unit='…'>`), 0 when unset.
    pub fn size(&self) -> u64 {
        self.node().child("size").map_or(0, |size| crate::domain::memory_kib(&size))
    }

    /// Sets the size of the store: `<size unit='KiB'>…</size>`.
    pub fn set_size(&self, kib: u64) {
        super::memory_device::set_kib(&self.node().ensure_child("size"), kib)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let pstore = DomainPstore::new();
        assert_eq!(pstore.to_xml(), "<pstore backend=\"acpi-erst\"/>");
        assert_eq!((pstore.path(), pstore.size()), (None, 0));
        pstore.set_path(Some("/var/lib/libvirt/qemu/pstore/vm.pstore"));
        pstore.set_size(8);
        assert_eq!(
            pstore.to_xml(),
            "<pstore backend=\"acpi-erst\">\n  <path>/var/lib/libvirt/qemu/pstore/vm.pstore</path>\n  \
             <size unit=\"KiB\">8</size>\n</pstore>"
        );
        assert_eq!(pstore.backend(), Some(DomainPstoreBackend::AcpiErst));
        assert_eq!((pstore.path().as_deref(), pstore.size()), (Some("/var/lib/libvirt/qemu/pstore/vm.pstore"), 8));
        let parsed = DomainPstore::from_xml("<pstore backend='acpi-erst'><size unit='MiB'>1</size><address type='pci'/></pstore>").unwrap();
        assert_eq!(parsed.size(), 1024);
        parsed.set_path(Some("/p"));
        assert_eq!(
            parsed.to_xml(),
            "<pstore backend=\"acpi-erst\">\n  <size unit=\"MiB\">1</size>\n  <address type=\"pci\"/>\n  <path>/p</path>\n</pstore>"
        );
    }
}
