//! `DomainMemoryBacking` (`GVirConfigDomainMemoryBacking`): how guest memory is backed on the
//! host (`<memoryBacking>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// How the guest's memory is backed (`<memoryBacking>`): huge pages, the kind of host
    /// memory, sharing and locking.
    pub struct DomainMemoryBacking("GVirConfigDomainMemoryBacking"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainMemoryBackingImpl;
}

/// The kind of host memory (`<source type='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainMemoryBackingSourceType")]
pub enum DomainMemoryBackingSourceType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_ANONYMOUS", nick = "anonymous")]
    Anonymous,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_FILE", nick = "file")]
    File,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_MEMFD", nick = "memfd")]
    Memfd,
}

/// Whether the host memory is shared with other processes (`<access mode='…'/>`): virtiofs and
/// vhost-user devices need `shared`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainMemoryBackingAccessMode")]
pub enum DomainMemoryBackingAccessMode {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_BACKING_ACCESS_PRIVATE", nick = "private")]
    Private,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_BACKING_ACCESS_SHARED", nick = "shared")]
    Shared,
}

impl Default for DomainMemoryBacking {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainMemoryBacking {
    /// A new, empty `<memoryBacking/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("memoryBacking", None)
    }

    /// Parses a `<memoryBacking>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "memoryBacking", None)
    }

    /// Whether the memory is backed by huge pages (`<hugepages/>`).
    pub fn hugepages(&self) -> bool {
        self.node().has_child("hugepages")
    }

    /// Adds or removes `<hugepages/>` (the host's default huge page size; a `<hugepages>`
    /// already there is kept as it is, with its page sizes).
    pub fn set_hugepages(&self, hugepages: bool) {
        if hugepages != self.hugepages() {
            self.node().set_flag_child("hugepages", hugepages);
        }
    }

    /// Whether KSM may not merge the guest's pages (`<nosharepages/>`).
    pub fn nosharepages(&self) -> bool {
        self.node().has_child("nosharepages")
    }

    pub fn set_nosharepages(&self, nosharepages: bool) {
        self.node().set_flag_child("nosharepages", nosharepages);
    }

    /// Whether the memory is locked in host RAM (`<locked/>`).
    pub fn locked(&self) -> bool {
        self.node().has_child("locked")
    }

    pub fn set_locked(&self, locked: bool) {
        self.node().set_flag_child("locked", locked);
    }

    /// The kind of host memory, if set and known.
    pub fn source_type(&self) -> Option<DomainMemoryBackingSourceType> {
        self.node().child_enum_attribute("source", "type")
    }

    /// Writes `<source type='…'/>`; `None` removes it.
    pub fn set_source_type(&self, source_type: Option<DomainMemoryBackingSourceType>) {
        match source_type {
            Some(t) => self.node().set_child_enum_attribute("source", "type", t),
            None => self.node().remove_children("source"),
        }
    }

    /// The access mode, if set and known.
    pub fn access_mode(&self) -> Option<DomainMemoryBackingAccessMode> {
        self.node().child_enum_attribute("access", "mode")
    }

    /// Writes `<access mode='…'/>`; `None` removes it.
    pub fn set_access_mode(&self, mode: Option<DomainMemoryBackingAccessMode>) {
        match mode {
            Some(m) => self.node().set_child_enum_attribute("access", "mode", m),
            None => self.node().remove_children("access"),
        }
    }
}
