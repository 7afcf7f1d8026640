//! `DomainDiskDriver` (`GVirConfigDomainDiskDriver`): how the hypervisor accesses a disk's
//! image (`<driver>` inside `<disk>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// The `<driver>` of a disk: backend, image format, caching, error and I/O policies.
    pub struct DomainDiskDriver("GVirConfigDomainDiskDriver"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainDiskDriverImpl;
}

/// Host page cache mode of a disk (`cache`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskCacheType")]
pub enum DomainDiskCacheType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_CACHE_DEFAULT", nick = "default")]
    Default,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_CACHE_NONE", nick = "none")]
    None,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_CACHE_WRITETHROUGH", nick = "writethrough")]
    Writethrough,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_CACHE_WRITEBACK", nick = "writeback")]
    Writeback,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_CACHE_DIRECTSYNC", nick = "directsync")]
    Directsync,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_CACHE_UNSAFE", nick = "unsafe")]
    Unsafe,
}

/// Format of a disk image (the driver's `type`, a filesystem driver's `format`).
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

/// What the hypervisor does on a read or write error (`error_policy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskDriverErrorPolicy")]
pub enum DomainDiskDriverErrorPolicy {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_STOP", nick = "stop")]
    Stop,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_REPORT", nick = "report")]
    Report,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_IGNORE", nick = "ignore")]
    Ignore,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_ENOSPACE", nick = "enospace")]
    Enospace,
}

/// How the hypervisor does disk I/O (`io`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskDriverIoPolicy")]
pub enum DomainDiskDriverIoPolicy {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DRIVER_IO_POLICY_THREADS", nick = "threads")]
    Threads,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DRIVER_IO_POLICY_NATIVE", nick = "native")]
    Native,
}

/// Whether discard (trim) requests of the guest reach the image (`discard`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainDiskDriverDiscard")]
pub enum DomainDiskDriverDiscard {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DRIVER_DISCARD_UNMAP", nick = "unmap")]
    Unmap,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_DISK_DRIVER_DISCARD_IGNORE", nick = "ignore")]
    Ignore,
}

impl Default for DomainDiskDriver {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainDiskDriver {
    /// An empty `<driver/>`.
    pub fn new() -> DomainDiskDriver {
        ConfigObject::new_root("driver", None)
    }

    /// Parses a `<driver>` element.
    pub fn from_xml(xml: &str) -> Result<DomainDiskDriver, glib::Error> {
        ConfigObject::parse(xml, "driver", None)
    }

    /// The cache mode; [`DomainDiskCacheType::Default`] when unset or unknown.
    pub fn cache(&self) -> DomainDiskCacheType {
        self.node().enum_attribute("cache").unwrap_or(DomainDiskCacheType::Default)
    }

    pub fn set_cache(&self, cache: DomainDiskCacheType) {
        self.node().set_enum_attribute("cache", cache);
    }

    /// The backend (`qemu`, `tap`, `file`, …).
    pub fn name(&self) -> Option<String> {
        self.node().attribute("name")
    }

    /// Sets the backend; `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_attribute("name", name);
    }

    /// The error policy; [`DomainDiskDriverErrorPolicy::Report`] when unset or unknown.
    pub fn error_policy(&self) -> DomainDiskDriverErrorPolicy {
        self.node().enum_attribute("error_policy").unwrap_or(DomainDiskDriverErrorPolicy::Report)
    }

    pub fn set_error_policy(&self, policy: DomainDiskDriverErrorPolicy) {
        self.node().set_enum_attribute("error_policy", policy);
    }

    /// The image format (`type`); [`DomainDiskFormat::Raw`] when unset or unknown.
    pub fn format(&self) -> DomainDiskFormat {
        self.node().enum_attribute("type").unwrap_or(DomainDiskFormat::Raw)
    }

    pub fn set_format(&self, format: DomainDiskFormat) {
        self.node().set_enum_attribute("type", format);
    }

    /// The I/O mode; [`DomainDiskDriverIoPolicy::Threads`] when unset or unknown.
    pub fn io_policy(&self) -> DomainDiskDriverIoPolicy {
        self.node().enum_attribute("io").unwrap_or(DomainDiskDriverIoPolicy::Threads)
    }

    pub fn set_io_policy(&self, policy: DomainDiskDriverIoPolicy) {
        self.node().set_enum_attribute("io", policy);
    }

    /// Whether copy-on-read is enabled (`copy_on_read='on'`).
    pub fn copy_on_read(&self) -> bool {
        self.node().attribute("copy_on_read").as_deref() == Some("on")
    }

    pub fn set_copy_on_read(&self, copy_on_read: bool) {
        self.node().set_bool_attribute("copy_on_read", copy_on_read, crate::xml::BoolStyle::OnOff);
    }

    /// The discard mode; [`DomainDiskDriverDiscard::Ignore`] when unset or unknown.
    pub fn discard(&self) -> DomainDiskDriverDiscard {
        self.node().enum_attribute("discard").unwrap_or(DomainDiskDriverDiscard::Ignore)
    }

    pub fn set_discard(&self, discard: DomainDiskDriverDiscard) {
        self.node().set_enum_attribute("discard", discard);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_attributes_in_call_order() {
        let d = DomainDiskDriver::new();
        assert_eq!(d.to_xml(), "<driver/>");
        d.set_discard(DomainDiskDriverDiscard::Unmap);
        d.set_copy_on_read(true);
        d.set_io_policy(DomainDiskDriverIoPolicy::Native);
        d.set_format(DomainDiskFormat::Qed);
        d.set_error_policy(DomainDiskDriverErrorPolicy::Enospace);
        d.set_name(Some("qemu"));
        d.set_cache(DomainDiskCacheType::None);
        assert_eq!(
            d.to_xml(),
            "<driver discard=\"unmap\" copy_on_read=\"on\" io=\"native\" type=\"qed\" error_policy=\"enospace\" name=\"qemu\" cache=\"none\"/>"
        );
        d.set_copy_on_read(false);
        d.set_name(None);
        d.set_cache(DomainDiskCacheType::Default);
        d.set_discard(DomainDiskDriverDiscard::Ignore);
        assert_eq!(
            d.to_xml(),
            "<driver io=\"native\" type=\"qed\" error_policy=\"enospace\" copy_on_read=\"off\" cache=\"default\" discard=\"ignore\"/>"
        );
        assert!(!d.copy_on_read());
        assert_eq!(d.format(), DomainDiskFormat::Qed);
        assert_eq!(d.io_policy(), DomainDiskDriverIoPolicy::Native);
        assert_eq!(d.error_policy(), DomainDiskDriverErrorPolicy::Enospace);
    }

    #[test]
    fn defaults_for_missing_and_unknown_values() {
        for xml in ["<driver/>", "<driver copy_on_read='yes' io='x' cache='x' discard='x' error_policy='x' type='x'/>"] {
            let d = DomainDiskDriver::from_xml(xml).unwrap();
            assert_eq!(d.cache(), DomainDiskCacheType::Default);
            assert_eq!(d.error_policy(), DomainDiskDriverErrorPolicy::Report);
            assert_eq!(d.format(), DomainDiskFormat::Raw);
            assert_eq!(d.io_policy(), DomainDiskDriverIoPolicy::Threads);
            assert!(!d.copy_on_read());
            assert_eq!(d.discard(), DomainDiskDriverDiscard::Ignore);
            assert_eq!(d.name(), None);
        }
    }

    #[test]
    fn parse_reads_and_keeps_unknown_content() {
        let d = DomainDiskDriver::from_xml("<driver name='qemu' type='qcow2' cache='unsafe' copy_on_read='on' queues='4'><!-- c --><x/></driver>").unwrap();
        assert_eq!(d.name().as_deref(), Some("qemu"));
        assert_eq!(d.format(), DomainDiskFormat::Qcow2);
        assert_eq!(d.cache(), DomainDiskCacheType::Unsafe);
        assert!(d.copy_on_read());
        d.set_io_policy(DomainDiskDriverIoPolicy::Threads);
        assert_eq!(
            d.to_xml(),
            "<driver name=\"qemu\" type=\"qcow2\" cache=\"unsafe\" copy_on_read=\"on\" queues=\"4\" io=\"threads\">\n  <!-- c -->\n  <x/>\n</driver>"
        );
        assert!(DomainDiskDriver::from_xml("<disk/>").is_err());
    }
}
