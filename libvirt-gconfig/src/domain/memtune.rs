//! `DomainMemtune` (`GVirConfigDomainMemtune`): memory limits of a domain (`<memtune>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Memory limits of a domain on the host (`<memtune>`), in KiB.
    pub struct DomainMemtune("GVirConfigDomainMemtune"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainMemtuneImpl;
}

impl Default for DomainMemtune {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainMemtune {
    /// A new, empty `<memtune/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("memtune", None)
    }

    /// Parses a `<memtune>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "memtune", None)
    }

    fn limit(&self, name: &str) -> Option<u64> {
        self.node().child(name).map(|n| crate::domain::memory_kib(&n))
    }

    fn set_limit(&self, name: &str, kib: u64) {
        crate::domain::set_memory_kib(&self.node().replace_child(name), kib)
    }

    /// The most memory the domain may use, in KiB (`<hard_limit>`, in any unit).
    pub fn hard_limit(&self) -> Option<u64> {
        self.limit("hard_limit")
    }

    /// Sets the hard limit, written in KiB.
    pub fn set_hard_limit(&self, kib: u64) {
        self.set_limit("hard_limit", kib)
    }

    /// The memory the domain is held to under host memory pressure, in KiB (`<soft_limit>`).
    pub fn soft_limit(&self) -> Option<u64> {
        self.limit("soft_limit")
    }

    /// Sets the soft limit, written in KiB.
    pub fn set_soft_limit(&self, kib: u64) {
        self.set_limit("soft_limit", kib)
    }

    /// The most memory plus swap the domain may use, in KiB (`<swap_hard_limit>`).
    pub fn swap_hard_limit(&self) -> Option<u64> {
        self.limit("swap_hard_limit")
    }

    /// Sets the swap hard limit, written in KiB.
    pub fn set_swap_hard_limit(&self, kib: u64) {
        self.set_limit("swap_hard_limit", kib)
    }
}
