//! Enumerations of a disk's `<driver>` that other classes share.
//!
//! Only the image format lives here so far: a snapshot's disks (`DomainSnapshotDisk`) use it.
//! The `DomainDiskDriver` class itself belongs with the other device parts.

/// The format of a disk image (`<driver type='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskFormat")]
pub enum DomainDiskFormat {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW", nick = "raw")]
    Raw,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_DIR", nick = "dir")]
    Dir,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_BOCHS", nick = "bochs")]
    Bochs,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_CLOOP", nick = "cloop")]
    Cloop,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_COW", nick = "cow")]
    Cow,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_DMG", nick = "dmg")]
    Dmg,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_ISO", nick = "iso")]
    Iso,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW", nick = "qcow")]
    Qcow,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW2", nick = "qcow2")]
    Qcow2,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_QED", nick = "qed")]
    Qed,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_VMDK", nick = "vmdk")]
    Vmdk,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_VPC", nick = "vpc")]
    Vpc,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_FAT", nick = "fat")]
    Fat,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FORMAT_VHD", nick = "vhd")]
    Vhd,
}
