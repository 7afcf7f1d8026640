//! `StorageVol` (`GVirConfigStorageVol`): a `<volume>` document, with its `<target>` and
//! `<backingStore>`.

use crate::child::{child_object, set_child_object};
use crate::{ConfigObject, ConfigObjectExt};

pub mod backing_store;
pub mod target;

pub use backing_store::{StorageVolBackingStore, StorageVolBackingStoreImpl};
pub use target::{StorageVolTarget, StorageVolTargetFeatures, StorageVolTargetImpl};

config_class! {
    /// A libvirt storage volume definition (`<volume>`, schema `storagevol.rng`).
    pub struct StorageVol("GVirConfigStorageVol"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: StorageVolImpl;
}

/// libvirt's schema of volume documents. (libvirt-glib names `storage_vol.rng`, a file libvirt
/// does not install, so validating a volume always fails there.)
pub(crate) const SCHEMA: &str = "storagevol.rng";

impl Default for StorageVol {
    fn default() -> Self {
        Self::new()
    }
}

impl StorageVol {
    /// An empty `<volume/>`.
    pub fn new() -> StorageVol {
        ConfigObject::new_root("volume", Some(SCHEMA))
    }

    /// Parses a `<volume>` document.
    pub fn from_xml(xml: &str) -> Result<StorageVol, glib::Error> {
        ConfigObject::parse(xml, "volume", Some(SCHEMA))
    }

    pub fn name(&self) -> Option<String> {
        self.node().child_content("name")
    }

    /// Sets the name; `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_first_child_content("name", name);
    }

    /// The volume's size (`<capacity>`) as written (a `unit` is not applied); 0 when unset.
    pub fn capacity(&self) -> u64 {
        self.node().child_c_u64("capacity").unwrap_or(0)
    }

    /// Sets the size, in bytes (written without a `unit`).
    pub fn set_capacity(&self, capacity: u64) {
        self.node().set_child_u64("capacity", capacity);
    }

    /// The space allocated to the volume (`<allocation>`) as written; 0 when unset.
    pub fn allocation(&self) -> u64 {
        self.node().child_c_u64("allocation").unwrap_or(0)
    }

    /// Sets the space to allocate up front, in bytes.
    pub fn set_allocation(&self, allocation: u64) {
        self.node().set_child_u64("allocation", allocation);
    }

    /// The volume's target (file format, permissions); a view of this document.
    pub fn target(&self) -> Option<StorageVolTarget> {
        child_object(self, "target")
    }

    /// Makes `target` the volume's target (its element moves into this document, replacing
    /// any `<target>`, placed last); `None` removes it.
    pub fn set_target(&self, target: Option<&StorageVolTarget>) {
        set_child_object(self, "target", target);
    }

    /// The image the volume is layered on; a view of this document.
    pub fn backing_store(&self) -> Option<StorageVolBackingStore> {
        child_object(self, "backingStore")
    }

    /// Makes `backing_store` the volume's backing store (its element moves into this
    /// document, replacing any `<backingStore>`, placed last); `None` removes it.
    pub fn set_backing_store(&self, backing_store: Option<&StorageVolBackingStore>) {
        set_child_object(self, "backingStore", backing_store);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::StoragePermissions;

    /// A qcow2 volume as `virsh vol-dumpxml` prints it.
    const QCOW2_VOLUME: &str = "<volume type='file'>
  <name>guest.qcow2</name>
  <key>/var/lib/libvirt/images/guest.qcow2</key>
  <capacity unit='bytes'>10737418240</capacity>
  <allocation unit='bytes'>200704</allocation>
  <physical unit='bytes'>196624</physical>
  <target>
    <path>/var/lib/libvirt/images/guest.qcow2</path>
    <format type='qcow2'/>
    <permissions>
      <mode>0600</mode>
      <owner>107</owner>
      <group>107</group>
      <label>system_u:object_r:svirt_image_t:s0</label>
    </permissions>
    <compat>1.1</compat>
    <clusterSize unit='B'>65536</clusterSize>
    <features>
      <lazy_refcounts/>
    </features>
  </target>
  <backingStore>
    <path>/var/lib/libvirt/images/base.img</path>
    <format type='raw'/>
  </backingStore>
</volume>";

    #[test]
    fn built_through_setters() {
        let vol = StorageVol::new();
        assert_eq!(vol.to_xml(), "<volume/>");
        assert!(vol.schema().unwrap().ends_with("/storagevol.rng"));
        vol.set_name(Some("disk.qcow2"));
        vol.set_capacity(1073741824);
        vol.set_allocation(0);
        let target = StorageVolTarget::new();
        target.set_format("qcow2");
        target.set_compat(Some("1.1"));
        target.set_features(StorageVolTargetFeatures::LAZY_REFCOUNT);
        let perms = StoragePermissions::new();
        perms.set_mode(0o600);
        target.set_permissions(Some(&perms));
        let backing = StorageVolBackingStore::new();
        backing.set_path(Some("/var/lib/base.img"));
        backing.set_format("raw");
        vol.set_target(Some(&target));
        vol.set_backing_store(Some(&backing));
        assert_eq!(
            vol.to_xml(),
            "<volume>
  <name>disk.qcow2</name>
  <capacity>1073741824</capacity>
  <allocation>0</allocation>
  <target>
    <format type=\"qcow2\"/>
    <compat>1.1</compat>
    <features>
      <lazy_refcount/>
    </features>
    <permissions>
      <mode>384</mode>
    </permissions>
  </target>
  <backingStore>
    <path>/var/lib/base.img</path>
    <format type=\"raw\"/>
  </backingStore>
</volume>"
        );
        assert_eq!(vol.name().as_deref(), Some("disk.qcow2"));
        assert_eq!((vol.capacity(), vol.allocation()), (1073741824, 0));
        assert_eq!(vol.target().unwrap().format().as_deref(), Some("qcow2"));
        assert_eq!(vol.backing_store().unwrap().path().as_deref(), Some("/var/lib/base.img"));

        vol.set_capacity(5);
        vol.set_name(None);
        vol.set_target(None);
        vol.set_backing_store(None);
        assert_eq!(vol.to_xml(), "<volume>\n  <capacity>5</capacity>\n  <allocation>0</allocation>\n</volume>");
    }

    #[test]
    fn parse_and_read_back() {
        let vol = StorageVol::from_xml(QCOW2_VOLUME).unwrap();
        if std::path::Path::new(&vol.schema().unwrap()).exists() {
            vol.validate().unwrap();
        }
        assert_eq!(vol.name().as_deref(), Some("guest.qcow2"));
        assert_eq!((vol.capacity(), vol.allocation()), (10737418240, 200704));
        let target = vol.target().unwrap();
        assert_eq!(target.path().as_deref(), Some("/var/lib/libvirt/images/guest.qcow2"));
        assert_eq!(target.format().as_deref(), Some("qcow2"));
        assert_eq!(target.compat().as_deref(), Some("1.1"));
        assert_eq!(target.features(), StorageVolTargetFeatures::LAZY_REFCOUNT);
        let perms = target.permissions().unwrap();
        assert_eq!((perms.mode(), perms.owner(), perms.group()), (0o600, 107, 107));
        assert_eq!(target.schema(), vol.schema());
        let backing = vol.backing_store().unwrap();
        assert_eq!(backing.path().as_deref(), Some("/var/lib/libvirt/images/base.img"));
        assert_eq!(backing.format().as_deref(), Some("raw"));
        assert!(StorageVol::from_xml("<pool/>").is_err());
    }

    #[test]
    fn round_trip_keeps_unknown_content() {
        let vol = StorageVol::from_xml(QCOW2_VOLUME).unwrap();
        vol.set_capacity(2);
        vol.set_allocation(3);
        let out = vol.to_xml();
        assert!(out.starts_with("<volume type=\"file\">\n  <name>guest.qcow2</name>\n  <key>/var/lib/libvirt/images/guest.qcow2</key>\n  <capacity>2</capacity>\n  <allocation>3</allocation>\n  <physical unit=\"bytes\">196624</physical>"), "{out}");
        assert!(out.contains("<clusterSize unit=\"B\">65536</clusterSize>"), "{out}");
        assert_eq!(StorageVol::from_xml(&out).unwrap().to_xml(), out);
    }
}
