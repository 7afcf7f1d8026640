//! `StoragePool` (`GVirConfigStoragePool`): a `<pool>` document, with its `<source>` and
//! `<target>`.

use crate::child::{child_object, set_child_object};
use crate::{ConfigObject, ConfigObjectExt};

pub mod source;
pub mod target;

pub use source::{StoragePoolSource, StoragePoolSourceImpl};
pub use target::{StoragePoolTarget, StoragePoolTargetImpl};

config_class! {
    /// A libvirt storage pool definition (`<pool>`, schema `storagepool.rng`).
    pub struct StoragePool("GVirConfigStoragePool"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: StoragePoolImpl;
}

/// The kind of storage behind a pool (`<pool type='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigStoragePoolType")]
pub enum StoragePoolType {
    #[enum_value(name = "GVIR_CONFIG_STORAGE_POOL_TYPE_DIR", nick = "dir")]
    Dir,
    #[enum_value(name = "GVIR_CONFIG_STORAGE_POOL_TYPE_FS", nick = "fs")]
    Fs,
    #[enum_value(name = "GVIR_CONFIG_STORAGE_POOL_TYPE_NETFS", nick = "netfs")]
    Netfs,
    #[enum_value(name = "GVIR_CONFIG_STORAGE_POOL_TYPE_LOGICAL", nick = "logical")]
    Logical,
    #[enum_value(name = "GVIR_CONFIG_STORAGE_POOL_TYPE_DISK", nick = "disk")]
    Disk,
    #[enum_value(name = "GVIR_CONFIG_STORAGE_POOL_TYPE_ISCSI", nick = "iscsi")]
    Iscsi,
    #[enum_value(name = "GVIR_CONFIG_STORAGE_POOL_TYPE_SCSI", nick = "scsi")]
    Scsi,
    #[enum_value(name = "GVIR_CONFIG_STORAGE_POOL_TYPE_MPATH", nick = "mpath")]
    Mpath,
}

pub(crate) const SCHEMA: &str = "storagepool.rng";

impl Default for StoragePool {
    fn default() -> Self {
        Self::new()
    }
}

impl StoragePool {
    /// An empty `<pool/>`.
    pub fn new() -> StoragePool {
        ConfigObject::new_root("pool", Some(SCHEMA))
    }

    /// Parses a `<pool>` document.
    pub fn from_xml(xml: &str) -> Result<StoragePool, glib::Error> {
        ConfigObject::parse(xml, "pool", Some(SCHEMA))
    }

    /// The pool type; [`StoragePoolType::Dir`] when unset or not one libvirt-glib knows.
    pub fn pool_type(&self) -> StoragePoolType {
        self.node().enum_attribute("type").unwrap_or(StoragePoolType::Dir)
    }

    pub fn set_pool_type(&self, pool_type: StoragePoolType) {
        self.node().set_enum_attribute("type", pool_type);
    }

    pub fn name(&self) -> Option<String> {
        self.node().child_content("name")
    }

    /// Sets the name; `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_first_child_content("name", name);
    }

    pub fn uuid(&self) -> Option<String> {
        self.node().child_content("uuid")
    }

    /// Sets the UUID; `None` removes it.
    pub fn set_uuid(&self, uuid: Option<&str>) {
        self.node().set_first_child_content("uuid", uuid);
    }

    /// Total size of the pool (`<capacity>`); 0 when unset. Like libvirt-glib, the number is
    /// returned as written: a `unit` attribute is not applied (libvirt writes bytes).
    pub fn capacity(&self) -> u64 {
        self.node().child_c_u64("capacity").unwrap_or(0)
    }

    /// Sets the total size, in bytes (written without a `unit`).
    pub fn set_capacity(&self, capacity: u64) {
        self.node().set_child_u64("capacity", capacity);
    }

    /// Space allocated in the pool (`<allocation>`); 0 when unset. See [`StoragePool::capacity`].
    pub fn allocation(&self) -> u64 {
        self.node().child_c_u64("allocation").unwrap_or(0)
    }

    pub fn set_allocation(&self, allocation: u64) {
        self.node().set_child_u64("allocation", allocation);
    }

    /// Free space left in the pool (`<available>`); 0 when unset. See [`StoragePool::capacity`].
    pub fn available(&self) -> u64 {
        self.node().child_c_u64("available").unwrap_or(0)
    }

    pub fn set_available(&self, available: u64) {
        self.node().set_child_u64("available", available);
    }

    /// Where the pool's storage comes from; a view of this document.
    pub fn source(&self) -> Option<StoragePoolSource> {
        child_object(self, "source")
    }

    /// Makes `source` the pool's source (its element moves into this document, see
    /// [`StoragePool::set_target`]); `None` removes the source.
    pub fn set_source(&self, source: Option<&StoragePoolSource>) {
        set_child_object(self, "source", source);
    }

    /// Where the pool appears on the host; a view of this document.
    pub fn target(&self) -> Option<StoragePoolTarget> {
        child_object(self, "target")
    }

    /// Makes `target` the pool's target; `None` removes it. The element of `target` moves into
    /// this document (replacing any `<target>` there, placed last): later changes made through
    /// `target` change this pool.
    pub fn set_target(&self, target: Option<&StoragePoolTarget>) {
        set_child_object(self, "target", target);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::StoragePermissions;

    /// What `virsh pool-dumpxml` prints for a directory pool (test:///default's `default-pool`).
    const DIR_POOL: &str = "<pool type='dir'>
  <name>default-pool</name>
  <uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>0</allocation>
  <available unit='bytes'>107374182400</available>
  <source>
  </source>
  <target>
    <path>/default-pool</path>
    <permissions>
      <mode>0711</mode>
      <owner>0</owner>
      <group>0</group>
    </permissions>
  </target>
</pool>";

    #[test]
    fn built_through_setters() {
        let pool = StoragePool::new();
        assert_eq!(pool.to_xml(), "<pool/>");
        assert_eq!(pool.pool_type(), StoragePoolType::Dir);
        assert_eq!((pool.capacity(), pool.allocation(), pool.available()), (0, 0, 0));
        assert!(pool.source().is_none() && pool.target().is_none() && pool.name().is_none());

        pool.set_pool_type(StoragePoolType::Logical);
        pool.set_name(Some("p<&>1"));
        pool.set_uuid(Some("dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"));
        pool.set_capacity(107374182400);
        pool.set_allocation(5);
        pool.set_available(7);

        let source = StoragePoolSource::new();
        source.set_name(Some("vg0"));
        source.set_format("lvm2");
        source.set_device_path("/dev/sda");
        let target = StoragePoolTarget::new();
        target.set_path(Some("/dev/vg0"));
        let perms = StoragePermissions::new();
        perms.set_mode(0o755);
        target.set_permissions(Some(&perms));
        pool.set_target(Some(&target));
        pool.set_source(Some(&source));
        assert_eq!(
            pool.to_xml(),
            "<pool type=\"logical\">
  <name>p&lt;&amp;&gt;1</name>
  <uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>
  <capacity>107374182400</capacity>
  <allocation>5</allocation>
  <available>7</available>
  <target>
    <path>/dev/vg0</path>
    <permissions>
      <mode>493</mode>
    </permissions>
  </target>
  <source>
    <name>vg0</name>
    <format type=\"lvm2\"/>
    <device path=\"/dev/sda\"/>
  </source>
</pool>"
        );
        assert_eq!(pool.pool_type(), StoragePoolType::Logical);
        assert_eq!(pool.name().as_deref(), Some("p<&>1"));
        assert_eq!((pool.capacity(), pool.allocation(), pool.available()), (107374182400, 5, 7));

        // The attached objects are views of the pool now.
        target.set_path(None);
        target.set_path(Some("/after"));
        perms.set_owner(42);
        assert!(pool.to_xml().contains("<mode>493</mode>\n      <owner>42</owner>\n    </permissions>\n    <path>/after</path>"));

        // A new source replaces the old one and goes last; None removes.
        let other = StoragePoolSource::new();
        other.set_name(Some("new"));
        pool.set_name(Some("renamed"));
        pool.set_source(Some(&other));
        pool.set_target(None);
        pool.set_uuid(None);
        assert_eq!(
            pool.to_xml(),
            "<pool type=\"logical\">
  <name>renamed</name>
  <capacity>107374182400</capacity>
  <allocation>5</allocation>
  <available>7</available>
  <source>
    <name>new</name>
  </source>
</pool>"
        );
        let got = pool.source().unwrap();
        assert_eq!(got.name().as_deref(), Some("new"));
        assert_eq!(got.schema(), pool.schema());
        pool.set_source(None);
        assert!(pool.source().is_none());
    }

    #[test]
    fn parse_and_read_back() {
        let pool = StoragePool::from_xml(DIR_POOL).unwrap();
        if std::path::Path::new(&pool.schema().unwrap()).exists() {
            pool.validate().unwrap();
        }
        assert!(pool.schema().unwrap().ends_with("/storagepool.rng"));
        assert_eq!(pool.pool_type(), StoragePoolType::Dir);
        assert_eq!(pool.name().as_deref(), Some("default-pool"));
        assert_eq!(pool.uuid().as_deref(), Some("dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"));
        assert_eq!(pool.capacity(), 107374182400);
        assert_eq!(pool.allocation(), 0);
        assert_eq!(pool.available(), 107374182400);
        let target = pool.target().unwrap();
        assert_eq!(target.path().as_deref(), Some("/default-pool"));
        let perms = target.permissions().unwrap();
        assert_eq!((perms.mode(), perms.owner(), perms.group()), (0o711, 0, 0));
        assert_eq!(perms.schema(), pool.schema());
        assert_eq!(pool.source().unwrap().name(), None);

        let odd = StoragePool::from_xml("<pool type='rbd'><capacity>0x10</capacity><allocation> 12abc</allocation><available>x</available></pool>").unwrap();
        assert_eq!(odd.pool_type(), StoragePoolType::Dir);
        assert_eq!((odd.capacity(), odd.allocation(), odd.available()), (16, 12, 0));
        assert!(StoragePool::from_xml("<volume/>").unwrap_err().message().contains("no 'pool' node"));
        assert!(StoragePool::from_xml("<pool").is_err());
    }

    #[test]
    fn round_trip_keeps_unknown_content() {
        let xml = "<pool type='mpath'><!-- c --><name>a</name><future x='1'><y/></future>\
                   <capacity unit='KiB'>10</capacity><source><adapter type='fc_host' name='x'/></source></pool>";
        let pool = StoragePool::from_xml(xml).unwrap();
        pool.set_capacity(99);
        pool.set_name(Some("b"));
        pool.set_pool_type(StoragePoolType::Iscsi);
        assert_eq!(
            pool.to_xml(),
            "<pool type=\"iscsi\">
  <!-- c -->
  <name>b</name>
  <future x=\"1\">
    <y/>
  </future>
  <capacity>99</capacity>
  <source>
    <adapter type=\"fc_host\" name=\"x\"/>
  </source>
</pool>"
        );
    }

    #[test]
    fn attached_children_outlive_their_parent() {
        let target = StoragePoolTarget::new();
        {
            let pool = StoragePool::new();
            pool.set_target(Some(&target));
            let other = StoragePool::new();
            other.set_target(pool.target().as_ref());
            assert_eq!(pool.to_xml(), "<pool/>");
            assert_eq!(other.to_xml(), "<pool>\n  <target/>\n</pool>");
        }
        target.set_path(Some("/still/here"));
        assert_eq!(target.to_xml(), "<target>\n  <path>/still/here</path>\n</target>");
    }

    #[test]
    fn setting_the_current_child_again_keeps_it() {
        let pool = StoragePool::new();
        let source = StoragePoolSource::new();
        pool.set_source(Some(&source));
        pool.set_name(Some("m"));
        pool.set_source(Some(&source));
        source.set_name(Some("zz"));
        assert_eq!(pool.to_xml(), "<pool>\n  <name>m</name>\n  <source>\n    <name>zz</name>\n  </source>\n</pool>");
    }
}
