//! `DomainDisk` (`GVirConfigDomainDisk`): a disk, CD-ROM or floppy of a domain (`<disk>`).

use glib::prelude::*;

use super::disk_driver::{DomainDiskCacheType, DomainDiskDriver, DomainDiskFormat};
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A `<disk>` device: where its data comes from (`<source>`), how the guest sees it
    /// (`device`, `<target>`) and how it is accessed (`<driver>`).
    pub struct DomainDisk("GVirConfigDomainDisk"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainDiskImpl;
}

/// Where a disk's data lives (`<disk type='…'>`); it decides which attribute of `<source>`
/// names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskType")]
pub enum DomainDiskType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_FILE", nick = "file")]
    File,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BLOCK", nick = "block")]
    Block,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DIR", nick = "dir")]
    Dir,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_NETWORK", nick = "network")]
    Network,
}

/// The bus the guest sees a disk on (`<target bus='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskBus")]
pub enum DomainDiskBus {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BUS_IDE", nick = "ide")]
    Ide,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BUS_FDC", nick = "fdc")]
    Fdc,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BUS_SCSI", nick = "scsi")]
    Scsi,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BUS_VIRTIO", nick = "virtio")]
    Virtio,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BUS_XEN", nick = "xen")]
    Xen,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BUS_USB", nick = "usb")]
    Usb,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BUS_UML", nick = "uml")]
    Uml,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_BUS_SATA", nick = "sata")]
    Sata,
}

/// The kind of device the guest sees (`<disk device='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskGuestDeviceType")]
pub enum DomainDiskGuestDeviceType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_DISK", nick = "disk")]
    Disk,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_FLOPPY", nick = "floppy")]
    Floppy,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_CDROM", nick = "cdrom")]
    Cdrom,
}

/// How a disk takes part in domain snapshots (`<disk snapshot='…'>`).
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

/// What happens when a disk's source is missing at start-up (`<source startupPolicy='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskStartupPolicy")]
pub enum DomainDiskStartupPolicy {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_MANDATORY", nick = "mandatory")]
    Mandatory,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_REQUISITE", nick = "requisite")]
    Requisite,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_OPTIONAL", nick = "optional")]
    Optional,
}

impl DomainDiskType {
    /// The attribute of `<source>` that names the source of a disk of this type.
    fn source_attribute(self) -> &'static str {
        match self {
            DomainDiskType::File => "file",
            DomainDiskType::Block => "dev",
            DomainDiskType::Dir => "dir",
            DomainDiskType::Network => "protocol",
        }
    }
}

impl Default for DomainDisk {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainDisk {
    /// An empty `<disk/>`.
    pub fn new() -> DomainDisk {
        ConfigObject::new_root("disk", None)
    }

    /// Parses a `<disk>` element.
    pub fn from_xml(xml: &str) -> Result<DomainDisk, glib::Error> {
        ConfigObject::parse(xml, "disk", None)
    }

    /// The disk type; [`DomainDiskType::File`] when unset or unknown.
    pub fn disk_type(&self) -> DomainDiskType {
        self.node().enum_attribute("type").unwrap_or(DomainDiskType::File)
    }

    pub fn set_disk_type(&self, disk_type: DomainDiskType) {
        self.node().set_enum_attribute("type", disk_type);
    }

    /// The guest device kind; [`DomainDiskGuestDeviceType::Disk`] when unset or unknown.
    pub fn guest_device_type(&self) -> DomainDiskGuestDeviceType {
        self.node().enum_attribute("device").unwrap_or(DomainDiskGuestDeviceType::Disk)
    }

    pub fn set_guest_device_type(&self, device_type: DomainDiskGuestDeviceType) {
        self.node().set_enum_attribute("device", device_type);
    }

    /// The snapshot mode; [`DomainDiskSnapshotType::No`] when unset or unknown.
    pub fn snapshot_type(&self) -> DomainDiskSnapshotType {
        self.node().enum_attribute("snapshot").unwrap_or(DomainDiskSnapshotType::No)
    }

    pub fn set_snapshot_type(&self, snapshot_type: DomainDiskSnapshotType) {
        self.node().set_enum_attribute("snapshot", snapshot_type);
    }

    /// The start-up policy of the source; [`DomainDiskStartupPolicy::Mandatory`] when unset.
    pub fn startup_policy(&self) -> DomainDiskStartupPolicy {
        self.node()
            .child("source")
            .and_then(|s| s.enum_attribute("startupPolicy"))
            .unwrap_or(DomainDiskStartupPolicy::Mandatory)
    }

    /// Sets the start-up policy on `<source>` (created when missing).
    pub fn set_startup_policy(&self, policy: DomainDiskStartupPolicy) {
        self.node().ensure_child("source").set_enum_attribute("startupPolicy", policy);
    }

    /// The source: the path, device or directory, or for a network disk its protocol — the
    /// `<source>` attribute the disk type calls for.
    pub fn source(&self) -> Option<String> {
        self.node().child_attribute("source", self.disk_type().source_attribute())
    }

    /// Replaces `<source>` with one that names `source` in the attribute the current disk type
    /// calls for (so set the type first). Other attributes of the old `<source>` are dropped.
    pub fn set_source(&self, source: Option<&str>) {
        let attr = self.disk_type().source_attribute();
        self.node().replace_child_with_attribute("source", attr, source);
    }

    /// The driver's cache mode; [`DomainDiskCacheType::Default`] when unset or unknown.
    pub fn driver_cache(&self) -> DomainDiskCacheType {
        self.node().child("driver").and_then(|d| d.enum_attribute("cache")).unwrap_or(DomainDiskCacheType::Default)
    }

    pub fn set_driver_cache(&self, cache: DomainDiskCacheType) {
        self.node().ensure_child("driver").set_enum_attribute("cache", cache);
    }

    /// The driver's backend name (`<driver name='…'>`).
    pub fn driver_name(&self) -> Option<String> {
        self.node().child_attribute("driver", "name")
    }

    pub fn set_driver_name(&self, name: Option<&str>) {
        self.node().set_child_attribute("driver", "name", name);
    }

    /// The driver's image format as written (`<driver type='…'>`).
    pub fn driver_type(&self) -> Option<String> {
        self.node().child_attribute("driver", "type")
    }

    pub fn set_driver_type(&self, driver_type: Option<&str>) {
        self.node().set_child_attribute("driver", "type", driver_type);
    }

    /// The driver's image format; [`DomainDiskFormat::Raw`] when unset or unknown.
    pub fn driver_format(&self) -> DomainDiskFormat {
        self.node().child("driver").and_then(|d| d.enum_attribute("type")).unwrap_or(DomainDiskFormat::Raw)
    }

    pub fn set_driver_format(&self, format: DomainDiskFormat) {
        self.node().ensure_child("driver").set_enum_attribute("type", format);
    }

    /// The guest bus; [`DomainDiskBus::Ide`] when unset or unknown.
    pub fn target_bus(&self) -> DomainDiskBus {
        self.node().child("target").and_then(|t| t.enum_attribute("bus")).unwrap_or(DomainDiskBus::Ide)
    }

    pub fn set_target_bus(&self, bus: DomainDiskBus) {
        self.node().ensure_child("target").set_enum_attribute("bus", bus);
    }

    /// The device name the guest is told (`<target dev='…'>`, `vda`, `hdc`, …).
    pub fn target_dev(&self) -> Option<String> {
        self.node().child_attribute("target", "dev")
    }

    pub fn set_target_dev(&self, dev: Option<&str>) {
        self.node().set_child_attribute("target", "dev", dev);
    }

    /// Whether the guest sees the disk read-only (`<readonly/>`).
    pub fn readonly(&self) -> bool {
        self.node().has_child("readonly")
    }

    pub fn set_readonly(&self, readonly: bool) {
        self.node().set_flag_child("readonly", readonly);
    }

    /// The device's position in the boot order (`<boot order='…'/>`), -1 when unset.
    pub fn boot_order(&self) -> i32 {
        crate::domain::device::boot_order(&self.node())
    }

    /// Sets the boot order (replacing `<boot>`); a negative `order` removes it.
    pub fn set_boot_order(&self, order: i32) {
        crate::domain::device::set_boot_order(&self.node(), order)
    }

    /// The `<driver>` element, sharing this disk's document.
    pub fn driver(&self) -> Option<DomainDiskDriver> {
        self.node().child("driver").map(|node| ConfigObject::for_node(&node, None))
    }

    /// Replaces the `<driver>` with `driver`'s element, moved to the end of the disk (later
    /// changes through `driver` change this disk); `None` removes it.
    pub fn set_driver(&self, driver: Option<&impl IsA<DomainDiskDriver>>) {
        let node = driver.map(|d| d.as_ref().node());
        self.node().attach_replace("driver", node.as_ref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DomainDiskDriverIoPolicy;

    #[test]
    fn source_follows_the_disk_type() {
        let d = DomainDisk::new();
        d.set_startup_policy(DomainDiskStartupPolicy::Optional);
        assert_eq!(d.to_xml(), "<disk>\n  <source startupPolicy=\"optional\"/>\n</disk>");
        d.set_source(Some("/a/b.img"));
        assert_eq!(d.to_xml(), "<disk>\n  <source file=\"/a/b.img\"/>\n</disk>");
        d.set_disk_type(DomainDiskType::Block);
        assert_eq!(d.source(), None);
        d.set_source(Some("/dev/sda"));
        assert_eq!(d.source().as_deref(), Some("/dev/sda"));
        d.set_disk_type(DomainDiskType::Network);
        d.set_source(Some("nbd"));
        assert_eq!(d.to_xml(), "<disk type=\"network\">\n  <source protocol=\"nbd\"/>\n</disk>");
        d.set_disk_type(DomainDiskType::Dir);
        d.set_source(Some("/dir"));
        assert_eq!(d.source().as_deref(), Some("/dir"));
    }

    #[test]
    fn builds_like_libvirt_glib() {
        let d = DomainDisk::new();
        d.set_disk_type(DomainDiskType::Block);
        d.set_source(Some("/dev/sda"));
        d.set_guest_device_type(DomainDiskGuestDeviceType::Cdrom);
        d.set_snapshot_type(DomainDiskSnapshotType::External);
        d.set_driver_name(Some("qemu"));
        d.set_driver_cache(DomainDiskCacheType::Writeback);
        d.set_driver_type(Some("qcow2"));
        d.set_target_bus(DomainDiskBus::Virtio);
        d.set_target_dev(Some("vda"));
        d.set_readonly(true);
        d.set_readonly(true);
        assert_eq!(
            d.to_xml(),
            "<disk type=\"block\" device=\"cdrom\" snapshot=\"external\">\n  <source dev=\"/dev/sda\"/>\n  \
             <driver name=\"qemu\" cache=\"writeback\" type=\"qcow2\"/>\n  <target bus=\"virtio\" dev=\"vda\"/>\n  \
             <readonly/>\n</disk>"
        );
        d.set_driver_format(DomainDiskFormat::Vmdk);
        d.set_guest_device_type(DomainDiskGuestDeviceType::Floppy);
        d.set_readonly(false);
        assert_eq!(
            d.to_xml(),
            "<disk type=\"block\" snapshot=\"external\" device=\"floppy\">\n  <source dev=\"/dev/sda\"/>\n  \
             <driver name=\"qemu\" cache=\"writeback\" type=\"vmdk\"/>\n  <target bus=\"virtio\" dev=\"vda\"/>\n</disk>"
        );
        assert_eq!(d.disk_type(), DomainDiskType::Block);
        assert_eq!(d.guest_device_type(), DomainDiskGuestDeviceType::Floppy);
        assert_eq!(d.snapshot_type(), DomainDiskSnapshotType::External);
        assert_eq!(d.driver_cache(), DomainDiskCacheType::Writeback);
        assert_eq!(d.driver_name().as_deref(), Some("qemu"));
        assert_eq!(d.driver_type().as_deref(), Some("vmdk"));
        assert_eq!(d.driver_format(), DomainDiskFormat::Vmdk);
        assert_eq!(d.target_bus(), DomainDiskBus::Virtio);
        assert_eq!(d.target_dev().as_deref(), Some("vda"));
        assert!(!d.readonly());
    }

    #[test]
    fn defaults_of_an_empty_disk() {
        let d = DomainDisk::new();
        assert_eq!(d.to_xml(), "<disk/>");
        assert_eq!(d.disk_type(), DomainDiskType::File);
        assert_eq!(d.guest_device_type(), DomainDiskGuestDeviceType::Disk);
        assert_eq!(d.snapshot_type(), DomainDiskSnapshotType::No);
        assert_eq!(d.startup_policy(), DomainDiskStartupPolicy::Mandatory);
        assert_eq!(d.driver_cache(), DomainDiskCacheType::Default);
        assert_eq!(d.driver_format(), DomainDiskFormat::Raw);
        assert_eq!(d.target_bus(), DomainDiskBus::Ide);
        assert_eq!((d.source(), d.driver_name(), d.driver_type(), d.target_dev()), (None, None, None, None));
        assert!(d.driver().is_none());
    }

    #[test]
    fn driver_objects_share_the_disk() {
        let d = DomainDisk::from_xml("<disk><driver name='qemu'/><target dev='vda'/></disk>").unwrap();
        let driver = d.driver().unwrap();
        driver.set_io_policy(DomainDiskDriverIoPolicy::Native);
        assert_eq!(d.to_xml(), "<disk>\n  <driver name=\"qemu\" io=\"native\"/>\n  <target dev=\"vda\"/>\n</disk>");
        let other = DomainDiskDriver::new();
        other.set_name(Some("tap"));
        d.set_driver(Some(&other));
        assert_eq!(d.to_xml(), "<disk>\n  <target dev=\"vda\"/>\n  <driver name=\"tap\"/>\n</disk>");
        other.set_name(Some("tap2"));
        assert_eq!(d.driver().unwrap().name().as_deref(), Some("tap2"));
        d.set_driver(None::<&DomainDiskDriver>);
        assert_eq!(d.to_xml(), "<disk>\n  <target dev=\"vda\"/>\n</disk>");
        assert_eq!(other.to_xml(), "<driver name=\"tap2\"/>");
    }

    #[test]
    fn parse_reads_and_round_trip_keeps_unknown_children() {
        let d = DomainDisk::from_xml(
            "<disk type='block' device='cdrom' snapshot='internal'><source dev='/dev/x' startupPolicy='optional'/>\
             <driver name='qemu' type='qcow2' cache='unsafe'/><target dev='sdb' bus='sata'/><serial>X1</serial><foo/></disk>",
        )
        .unwrap();
        assert_eq!(d.disk_type(), DomainDiskType::Block);
        assert_eq!(d.guest_device_type(), DomainDiskGuestDeviceType::Cdrom);
        assert_eq!(d.snapshot_type(), DomainDiskSnapshotType::Internal);
        assert_eq!(d.startup_policy(), DomainDiskStartupPolicy::Optional);
        assert_eq!(d.source().as_deref(), Some("/dev/x"));
        assert_eq!(d.driver_cache(), DomainDiskCacheType::Unsafe);
        assert_eq!(d.driver_format(), DomainDiskFormat::Qcow2);
        assert_eq!(d.target_bus(), DomainDiskBus::Sata);
        assert_eq!(d.target_dev().as_deref(), Some("sdb"));
        d.set_source(Some("/dev/y"));
        assert_eq!(
            d.to_xml(),
            "<disk type=\"block\" device=\"cdrom\" snapshot=\"internal\">\n  <source dev=\"/dev/y\"/>\n  \
             <driver name=\"qemu\" type=\"qcow2\" cache=\"unsafe\"/>\n  <target dev=\"sdb\" bus=\"sata\"/>\n  \
             <serial>X1</serial>\n  <foo/>\n</disk>"
        );
        assert!(DomainDisk::from_xml("<domain/>").is_err());
    }

    #[test]
    fn unknown_values_read_as_defaults() {
        let d = DomainDisk::from_xml("<disk type='vhost' device='lun' snapshot='x'><driver type='y'/><target bus='z'/></disk>").unwrap();
        assert_eq!(d.disk_type(), DomainDiskType::File);
        assert_eq!(d.guest_device_type(), DomainDiskGuestDeviceType::Disk);
        assert_eq!(d.snapshot_type(), DomainDiskSnapshotType::No);
        assert_eq!(d.driver_format(), DomainDiskFormat::Raw);
        assert_eq!(d.target_bus(), DomainDiskBus::Ide);
    }
}
