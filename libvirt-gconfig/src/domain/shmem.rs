//! `DomainShmem` (`GVirConfigDomainShmem`): a shared memory device
//! (`<shmem name='…'><model type='…'/><size unit='…'>…</size></shmem>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A region of host memory shared between domains or with the host (`<shmem>`).
    pub struct DomainShmem("GVirConfigDomainShmem"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainShmemImpl;
}

/// The device the guest sees (`<model type='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainShmemModel")]
pub enum DomainShmemModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM", nick = "ivshmem")]
    Ivshmem,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM_PLAIN", nick = "ivshmem-plain")]
    IvshmemPlain,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM_DOORBELL", nick = "ivshmem-doorbell")]
    IvshmemDoorbell,
}

/// The device's part in migration (attribute `role`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainShmemRole")]
pub enum DomainShmemRole {
    /// The region's content migrates with the domain.
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SHMEM_ROLE_MASTER", nick = "master")]
    Master,
    /// The device is unplugged before migration.
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SHMEM_ROLE_PEER", nick = "peer")]
    Peer,
}

impl Default for DomainShmem {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainShmem {
    /// A new, empty `<shmem/>` (give it a name: libvirt requires one).
    pub fn new() -> Self {
        ConfigObject::new_root("shmem", Some(super::SCHEMA))
    }

    /// Parses a `<shmem>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "shmem", Some(super::SCHEMA))
    }

    /// The name of the shared region (attribute `name`).
    pub fn name(&self) -> Option<String> {
        self.node().attribute("name")
    }

    /// Sets the region's name (no `/` allowed by libvirt); `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_attribute("name", name)
    }

    /// The role, if set and known.
    pub fn role(&self) -> Option<DomainShmemRole> {
        self.node().enum_attribute("role")
    }

    pub fn set_role(&self, role: DomainShmemRole) {
        self.node().set_enum_attribute("role", role)
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainShmemModel> {
        self.node().child_enum_attribute("model", "type")
    }

    /// Sets the model: `<model type='…'/>`, replacing any `<model>`.
    pub fn set_model(&self, model: DomainShmemModel) {
        self.node().set_child_enum_attribute("model", "type", model)
    }

    /// The size of the region in KiB (converted from `<size unit='…'>`), 0 when unset.
    pub fn size(&self) -> u64 {
        self.node().child("size").map_or(0, |size| crate::domain::memory_kib(&size))
    }

    /// Sets the size of the region: `<size unit='KiB'>…</size>` (a power of two for QEMU).
    pub fn set_size(&self, kib: u64) {
        super::memory_device::set_kib(&self.node().replace_child("size"), kib)
    }

    /// The socket of the ivshmem server (`<server path='…'/>`) of a doorbell device.
    pub fn server_path(&self) -> Option<String> {
        self.node().child_attribute("server", "path")
    }

    /// Sets the server's socket; `None` removes `<server>`.
    pub fn set_server_path(&self, path: Option<&str>) {
        self.node().replace_child_attribute("server", "path", path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let shmem = DomainShmem::new();
        assert_eq!((shmem.name(), shmem.model(), shmem.size(), shmem.server_path()), (None, None, 0, None));
        shmem.set_name(Some("shared0"));
        shmem.set_model(DomainShmemModel::IvshmemDoorbell);
        shmem.set_size(4096);
        shmem.set_server_path(Some("/tmp/socket-shmem1"));
        assert_eq!(
            shmem.to_xml(),
            "<shmem name=\"shared0\">\n  <model type=\"ivshmem-doorbell\"/>\n  <size unit=\"KiB\">4096</size>\n  \
             <server path=\"/tmp/socket-shmem1\"/>\n</shmem>"
        );
        assert_eq!(shmem.name().as_deref(), Some("shared0"));
        assert_eq!(shmem.model(), Some(DomainShmemModel::IvshmemDoorbell));
        assert_eq!(shmem.size(), 4096);
        assert_eq!(shmem.server_path().as_deref(), Some("/tmp/socket-shmem1"));
        shmem.set_server_path(None);
        assert!(!shmem.to_xml().contains("server"));
        let parsed = DomainShmem::from_xml("<shmem name='s' role='peer'><size unit='M'>4</size><msi vectors='32'/></shmem>").unwrap();
        assert_eq!((parsed.size(), parsed.role()), (4096, Some(DomainShmemRole::Peer)));
        parsed.set_role(DomainShmemRole::Master);
        assert_eq!(parsed.role(), Some(DomainShmemRole::Master));
        parsed.set_role(DomainShmemRole::Peer);
        parsed.set_size(8192);
        assert_eq!(parsed.to_xml(), "<shmem name=\"s\" role=\"peer\">\n  <size unit=\"KiB\">8192</size>\n  <msi vectors=\"32\"/>\n</shmem>");
    }
}
