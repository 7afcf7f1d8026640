//! `DomainSnapshotDisk` (`GVirConfigDomainSnapshotDisk`): a `<disk>` of a snapshot.

use crate::{ConfigObject, ConfigObjectExt, DomainDiskFormat, DomainDiskSnapshotType};

config_class! {
    /// How a snapshot covers one of the domain's disks (`<disk name='vda' snapshot='…'>`).
    pub struct DomainSnapshotDisk("GVirConfigDomainSnapshotDisk"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainSnapshotDiskImpl;
}

impl Default for DomainSnapshotDisk {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSnapshotDisk {
    /// An empty `<disk/>` (following the snapshot schema, as with libvirt-glib).
    pub fn new() -> DomainSnapshotDisk {
        ConfigObject::new_root("disk", Some(crate::domain_snapshot::SCHEMA))
    }

    /// Parses a `<disk>` element.
    pub fn from_xml(xml: &str) -> Result<DomainSnapshotDisk, glib::Error> {
        ConfigObject::parse(xml, "disk", Some(crate::domain_snapshot::SCHEMA))
    }

    /// The disk's name: its target (`vda`) or source path (`name` attribute). A `<name>` child
    /// element, which libvirt-glib writes instead, is read too.
    pub fn name(&self) -> Option<String> {
        let node = self.node();
        node.attribute("name").or_else(|| node.child_content("name"))
    }

    /// Sets the disk's name (`name` attribute, where libvirt looks for it); `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_attribute("name", name);
    }

    /// Whether and how the disk is snapshotted; [`DomainDiskSnapshotType::No`] when unset or
    /// unknown.
    pub fn snapshot_type(&self) -> DomainDiskSnapshotType {
        self.node().enum_attribute("snapshot").unwrap_or(DomainDiskSnapshotType::No)
    }

    pub fn set_snapshot_type(&self, snapshot_type: DomainDiskSnapshotType) {
        self.node().set_enum_attribute("snapshot", snapshot_type);
    }

    /// The file an external snapshot of the disk goes to (`<source file='…'/>`).
    pub fn source_file(&self) -> Option<String> {
        self.node().child("source").and_then(|s| s.attribute("file"))
    }

    /// Sets the external snapshot file; `None` removes it (an empty `<source/>` stays, as
    /// with libvirt-glib).
    pub fn set_source_file(&self, filename: Option<&str>) {
        self.node().ensure_child("source").set_attribute("file", filename);
    }

    /// The format of the external snapshot file (`<driver type='…'/>`);
    /// [`DomainDiskFormat::Raw`] when unset or unknown.
    pub fn driver_format(&self) -> DomainDiskFormat {
        self.node().child("driver").and_then(|d| d.enum_attribute("type")).unwrap_or(DomainDiskFormat::Raw)
    }

    pub fn set_driver_format(&self, format: DomainDiskFormat) {
        self.node().ensure_child("driver").set_enum_attribute("type", format);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_valid_libvirt_xml() {
        let disk = DomainSnapshotDisk::new();
        assert_eq!(disk.to_xml(), "<disk/>");
        assert!(disk.schema().unwrap().ends_with("/domainsnapshot.rng"));
        assert_eq!((disk.name(), disk.source_file()), (None, None));
        assert_eq!((disk.snapshot_type(), disk.driver_format()), (DomainDiskSnapshotType::No, DomainDiskFormat::Raw));
        disk.set_source_file(Some("/a.qcow2"));
        disk.set_driver_format(DomainDiskFormat::Qcow2);
        disk.set_snapshot_type(DomainDiskSnapshotType::External);
        disk.set_name(Some("vda"));
        disk.set_source_file(Some("/b.qcow2"));
        assert_eq!(
            disk.to_xml(),
            "<disk snapshot=\"external\" name=\"vda\">\n  <source file=\"/b.qcow2\"/>\n  <driver type=\"qcow2\"/>\n</disk>"
        );
        assert_eq!(disk.name().as_deref(), Some("vda"));
        disk.set_name(None);
        disk.set_source_file(None);
        assert_eq!(disk.to_xml(), "<disk snapshot=\"external\">\n  <source/>\n  <driver type=\"qcow2\"/>\n</disk>");
    }

    #[test]
    fn edits_keep_other_attributes() {
        let disk = DomainSnapshotDisk::from_xml(
            "<disk name='vda' snapshot='external' type='file'><source file='/s' index='1'/><driver type='qcow2' cache='none'/></disk>",
        )
        .unwrap();
        assert_eq!(disk.name().as_deref(), Some("vda"));
        disk.set_source_file(Some("/t"));
        disk.set_driver_format(DomainDiskFormat::Qed);
        assert_eq!(
            disk.to_xml(),
            "<disk name=\"vda\" snapshot=\"external\" type=\"file\">\n  <source index=\"1\" file=\"/t\"/>\n  <driver cache=\"none\" type=\"qed\"/>\n</disk>"
        );
        // A name libvirt-glib wrote as a child element is read.
        let old = DomainSnapshotDisk::from_xml("<disk snapshot='no'><name>vdb</name></disk>").unwrap();
        assert_eq!(old.name().as_deref(), Some("vdb"));
    }
}
