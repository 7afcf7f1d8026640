//! `DomainLease` (`GVirConfigDomainLease`): a lock manager lease
//! (`<lease><lockspace/><key/><target path='…' offset='…'/></lease>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A lease the lock manager must hold while the domain runs (`<lease>`).
    pub struct DomainLease("GVirConfigDomainLease"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainLeaseImpl;
}

impl Default for DomainLease {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainLease {
    /// A new, empty `<lease/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("lease", Some(super::SCHEMA))
    }

    /// Parses a `<lease>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "lease", Some(super::SCHEMA))
    }

    /// The lockspace the lease is in (`<lockspace>`).
    pub fn lockspace(&self) -> Option<String> {
        self.node().child_content("lockspace")
    }

    /// Sets the lockspace; `None` removes `<lockspace>`.
    pub fn set_lockspace(&self, lockspace: Option<&str>) {
        self.node().set_child_content("lockspace", lockspace)
    }

    /// The lease's key in its lockspace (`<key>`).
    pub fn key(&self) -> Option<String> {
        self.node().child_content("key")
    }

    /// Sets the key; `None` removes `<key>`.
    pub fn set_key(&self, key: Option<&str>) {
        self.node().set_child_content("key", key)
    }

    /// The file holding the lease (`<target path='…'/>`).
    pub fn target_path(&self) -> Option<String> {
        self.node().child_attribute("target", "path")
    }

    /// Sets the file holding the lease (creating `<target>`).
    pub fn set_target_path(&self, path: Option<&str>) {
        self.node().set_child_attribute("target", "path", path);
    }

    /// Where the lease is in its file (`<target offset='…'/>`), if set.
    pub fn target_offset(&self) -> Option<u64> {
        self.node().with_child("target", |t| t.u64_attribute("offset")).flatten()
    }

    /// Sets the lease's offset in its file (creating `<target>`).
    pub fn set_target_offset(&self, offset: u64) {
        self.node().ensure_child("target").set_u64_attribute("offset", offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let lease = DomainLease::new();
        assert_eq!(lease.to_xml(), "<lease/>");
        assert_eq!((lease.lockspace(), lease.key(), lease.target_path(), lease.target_offset()), (None, None, None, None));
        lease.set_lockspace(Some("area"));
        lease.set_key(Some("k"));
        lease.set_target_path(Some("/var/lib/libvirt/lease"));
        lease.set_target_offset(1024);
        assert_eq!(
            lease.to_xml(),
            "<lease>\n  <lockspace>area</lockspace>\n  <key>k</key>\n  <target path=\"/var/lib/libvirt/lease\" offset=\"1024\"/>\n</lease>"
        );
        assert_eq!(lease.lockspace().as_deref(), Some("area"));
        assert_eq!(lease.key().as_deref(), Some("k"));
        assert_eq!(lease.target_path().as_deref(), Some("/var/lib/libvirt/lease"));
        assert_eq!(lease.target_offset(), Some(1024));
        let parsed = DomainLease::from_xml("<lease><!-- c --><key>a</key><x/><target path='/p'/></lease>").unwrap();
        parsed.set_key(Some("b"));
        parsed.set_target_offset(8);
        assert_eq!(parsed.to_xml(), "<lease>\n  <!-- c -->\n  <key>b</key>\n  <x/>\n  <target path=\"/p\" offset=\"8\"/>\n</lease>");
    }
}
