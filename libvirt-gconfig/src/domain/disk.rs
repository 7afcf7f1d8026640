//! Enumerations of a domain's `<disk>` that other classes share.
//!
//! Only the snapshot type lives here so far: a snapshot's disks (`DomainSnapshotDisk`) use it.
//! The `DomainDisk` device class itself belongs with the other devices.

/// Whether and how a snapshot covers a disk (`snapshot='…'`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskSnapshotType")]
pub enum DomainDiskSnapshotType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO", nick = "no")]
    No,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_INTERNAL", nick = "internal")]
    Internal,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_EXTERNAL", nick = "external")]
    External,
}
