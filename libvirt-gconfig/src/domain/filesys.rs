//! `DomainFilesys` (`GVirConfigDomainFilesys`): a host directory, image or template exported
//! to the guest as a filesystem (`<filesystem>`).

use super::disk_driver::DomainDiskFormat;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A `<filesystem>` device.
    pub struct DomainFilesys("GVirConfigDomainFilesys"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainFilesysImpl;
}

/// What a filesystem's source is (`<filesystem type='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainFilesysType")]
pub enum DomainFilesysType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_MOUNT", nick = "mount")]
    Mount,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_BLOCK", nick = "block")]
    Block,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_FILE", nick = "file")]
    File,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_TEMPLATE", nick = "template")]
    Template,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_RAM", nick = "ram")]
    Ram,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_BIND", nick = "bind")]
    Bind,
}

/// How guest file ownership and permissions map to the host (`accessmode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainFilesysAccessType")]
pub enum DomainFilesysAccessType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_PASSTHROUGH", nick = "passthrough")]
    Passthrough,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_MAPPED", nick = "mapped")]
    Mapped,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_SQUASH", nick = "squash")]
    Squash,
}

/// The filesystem driver (`<driver type='…'>`); `Default` means no `type` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainFilesysDriverType")]
pub enum DomainFilesysDriverType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_DEFAULT", nick = "default")]
    Default,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_PATH", nick = "path")]
    Path,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_HANDLE", nick = "handle")]
    Handle,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_LOOP", nick = "loop")]
    Loop,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_NBD", nick = "nbd")]
    Nbd,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_PLOOP", nick = "ploop")]
    Ploop,
}

impl DomainFilesysType {
    /// The attribute of `<source>` that names the source; RAM filesystems have none.
    fn source_attribute(self) -> Option<&'static str> {
        match self {
            DomainFilesysType::Mount | DomainFilesysType::Bind => Some("dir"),
            DomainFilesysType::Block => Some("dev"),
            DomainFilesysType::File => Some("file"),
            DomainFilesysType::Template => Some("name"),
            DomainFilesysType::Ram => None,
        }
    }
}

impl Default for DomainFilesys {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainFilesys {
    /// An empty `<filesystem/>`.
    pub fn new() -> DomainFilesys {
        ConfigObject::new_root("filesystem", None)
    }

    /// Parses a `<filesystem>` element.
    pub fn from_xml(xml: &str) -> Result<DomainFilesys, glib::Error> {
        ConfigObject::parse(xml, "filesystem", None)
    }

    /// The filesystem type; [`DomainFilesysType::Mount`] (libvirt's default) when unset or unknown.
    pub fn filesys_type(&self) -> DomainFilesysType {
        self.node().enum_attribute("type").unwrap_or(DomainFilesysType::Mount)
    }

    pub fn set_filesys_type(&self, filesys_type: DomainFilesysType) {
        self.node().set_enum_attribute("type", filesys_type);
    }

    /// The access mode, if set to a known value.
    pub fn access_type(&self) -> Option<DomainFilesysAccessType> {
        self.node().enum_attribute("accessmode")
    }

    pub fn set_access_type(&self, access: DomainFilesysAccessType) {
        self.node().set_enum_attribute("accessmode", access);
    }

    /// The driver type; [`DomainFilesysDriverType::Default`] when unset or unknown.
    pub fn driver_type(&self) -> DomainFilesysDriverType {
        self.node()
            .child("driver")
            .and_then(|d| d.enum_attribute("type"))
            .unwrap_or(DomainFilesysDriverType::Default)
    }

    /// Sets the driver type on `<driver>` (created when missing); `Default` removes the
    /// `type` attribute.
    pub fn set_driver_type(&self, driver_type: DomainFilesysDriverType) {
        let driver = self.node().ensure_child("driver");
        match driver_type {
            DomainFilesysDriverType::Default => driver.set_attribute("type", None),
            other => driver.set_enum_attribute("type", other),
        }
    }

    /// The image format of the driver (`<driver format='…'>`), if set to a known value.
    pub fn driver_format(&self) -> Option<DomainDiskFormat> {
        self.node().child("driver").and_then(|d| d.enum_attribute("format"))
    }

    pub fn set_driver_format(&self, format: DomainDiskFormat) {
        self.node().ensure_child("driver").set_enum_attribute("format", format);
    }

    /// The source, read from the `<source>` attribute the filesystem type calls for (`None`
    /// for RAM filesystems, see [`DomainFilesys::ram_usage`]).
    pub fn source(&self) -> Option<String> {
        let attr = self.filesys_type().source_attribute()?;
        self.node().child_attribute("source", attr)
    }

    /// Replaces `<source>` with one naming `source` in the attribute the current type calls
    /// for (so set the type first). Does nothing for a RAM filesystem, which has no source.
    pub fn set_source(&self, source: Option<&str>) {
        if let Some(attr) = self.filesys_type().source_attribute() {
            self.node().replace_child_with_attribute("source", attr, source);
        }
    }

    /// The size of a RAM filesystem in bytes (`<source usage='…' units='…'>`, KiB when
    /// `units` is missing).
    pub fn ram_usage(&self) -> Option<u64> {
        let source = self.node().child("source")?;
        let usage = source.u64_attribute("usage")?;
        let factor: u64 = match source.attribute("units").as_deref() {
            Some("b") | Some("bytes") => 1,
            None | Some("k") | Some("K") | Some("KiB") => 1 << 10,
            Some("M") | Some("MiB") => 1 << 20,
            Some("G") | Some("GiB") => 1 << 30,
            Some(_) => return None,
        };
        Some(usage.saturating_mul(factor))
    }

    /// Sets the size of a RAM filesystem, in bytes (replacing `<source>`). Does nothing unless
    /// the filesystem type is [`DomainFilesysType::Ram`].
    pub fn set_ram_usage(&self, bytes: u64) {
        if self.filesys_type() != DomainFilesysType::Ram {
            return;
        }
        let source = self.node().replace_child("source");
        source.set_u64_attribute("usage", bytes);
        source.set_attribute("units", Some("bytes"));
    }

    /// Where the guest mounts it (`<target dir='…'>`).
    pub fn target(&self) -> Option<String> {
        self.node().child_attribute("target", "dir")
    }

    /// Sets the directory of `<target>` (created when missing); `None` removes it.
    pub fn set_target(&self, target: Option<&str>) {
        self.node().set_child_attribute("target", "dir", target);
    }

    /// Whether the guest gets it read-only (`<readonly/>`).
    pub fn readonly(&self) -> bool {
        self.node().has_child("readonly")
    }

    pub fn set_readonly(&self, readonly: bool) {
        self.node().set_flag_child("readonly", readonly);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_like_libvirt_glib() {
        let f = DomainFilesys::new();
        f.set_source(Some("/src"));
        f.set_driver_type(DomainFilesysDriverType::Default);
        assert_eq!(f.to_xml(), "<filesystem>\n  <source dir=\"/src\"/>\n  <driver/>\n</filesystem>");
        f.set_driver_format(DomainDiskFormat::Qcow2);
        f.set_driver_type(DomainFilesysDriverType::Loop);
        f.set_access_type(DomainFilesysAccessType::Mapped);
        f.set_target(Some("/tgt"));
        f.set_readonly(true);
        f.set_filesys_type(DomainFilesysType::Mount);
        assert_eq!(
            f.to_xml(),
            "<filesystem accessmode=\"mapped\" type=\"mount\">\n  <source dir=\"/src\"/>\n  \
             <driver format=\"qcow2\" type=\"loop\"/>\n  <target dir=\"/tgt\"/>\n  <readonly/>\n</filesystem>"
        );
        assert_eq!(f.driver_type(), DomainFilesysDriverType::Loop);
        assert_eq!(f.driver_format(), Some(DomainDiskFormat::Qcow2));
        assert_eq!(f.access_type(), Some(DomainFilesysAccessType::Mapped));
        assert_eq!(f.target().as_deref(), Some("/tgt"));
        assert!(f.readonly());
        f.set_driver_type(DomainFilesysDriverType::Default);
        f.set_readonly(false);
        f.set_target(Some("/tgt2"));
        assert_eq!(
            f.to_xml(),
            "<filesystem accessmode=\"mapped\" type=\"mount\">\n  <source dir=\"/src\"/>\n  \
             <driver format=\"qcow2\"/>\n  <target dir=\"/tgt2\"/>\n</filesystem>"
        );
    }

    #[test]
    fn source_attribute_per_type() {
        let cases = [
            (DomainFilesysType::Mount, "<filesystem type=\"mount\">\n  <source dir=\"/s\"/>\n</filesystem>"),
            (DomainFilesysType::Block, "<filesystem type=\"block\">\n  <source dev=\"/s\"/>\n</filesystem>"),
            (DomainFilesysType::File, "<filesystem type=\"file\">\n  <source file=\"/s\"/>\n</filesystem>"),
            (DomainFilesysType::Template, "<filesystem type=\"template\">\n  <source name=\"/s\"/>\n</filesystem>"),
            (DomainFilesysType::Ram, "<filesystem type=\"ram\">\n  <source usage=\"123456\" units=\"bytes\"/>\n</filesystem>"),
            (DomainFilesysType::Bind, "<filesystem type=\"bind\">\n  <source dir=\"/s\"/>\n</filesystem>"),
        ];
        for (filesys_type, expected) in cases {
            let f = DomainFilesys::new();
            f.set_filesys_type(filesys_type);
            f.set_source(Some("/s"));
            f.set_ram_usage(123456);
            assert_eq!(f.to_xml(), expected, "{filesys_type:?}");
            if filesys_type != DomainFilesysType::Ram {
                assert_eq!(f.source().as_deref(), Some("/s"));
            }
        }
    }

    #[test]
    fn ram_usage() {
        let f = DomainFilesys::new();
        f.set_filesys_type(DomainFilesysType::Ram);
        f.set_ram_usage(123456);
        assert_eq!(f.to_xml(), "<filesystem type=\"ram\">\n  <source usage=\"123456\" units=\"bytes\"/>\n</filesystem>");
        assert_eq!(f.ram_usage(), Some(123456));
        let parsed = DomainFilesys::from_xml("<filesystem type='ram'><source usage='2' units='MiB'/></filesystem>").unwrap();
        assert_eq!(parsed.ram_usage(), Some(2 << 20));
    }

    #[test]
    fn parse_and_round_trip() {
        let f = DomainFilesys::from_xml(
            "<filesystem type='block'><source dev='/x' foo='1'/><driver type='path' format='raw'/><readonly/><target dir='/y' x='1'/><x/></filesystem>",
        )
        .unwrap();
        assert_eq!(f.filesys_type(), DomainFilesysType::Block);
        assert_eq!(f.source().as_deref(), Some("/x"));
        assert_eq!(f.driver_type(), DomainFilesysDriverType::Path);
        assert!(f.readonly());
        f.set_source(Some("/z"));
        f.set_driver_type(DomainFilesysDriverType::Default);
        f.set_readonly(true);
        f.set_target(Some("/w"));
        assert_eq!(
            f.to_xml(),
            "<filesystem type=\"block\">\n  <source dev=\"/z\"/>\n  <driver format=\"raw\"/>\n  <readonly/>\n  \
             <target x=\"1\" dir=\"/w\"/>\n  <x/>\n</filesystem>"
        );
    }
}
