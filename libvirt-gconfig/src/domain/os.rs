//! `DomainOs` (`GVirConfigDomainOs`): how a domain boots (`<os>`).

use crate::xml::BoolStyle;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// The boot configuration of a domain (`<os>`): OS type and architecture, firmware, kernel
    /// and initrd for direct boot, boot device order, boot menu, SMBIOS mode.
    pub struct DomainOs("GVirConfigDomainOs"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainOsImpl;
}

/// The kind of OS the guest runs (the text of `<type>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainOsType")]
pub enum DomainOsType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_HVM", nick = "hvm")]
    Hvm,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX", nick = "linux")]
    Linux,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_EXE", nick = "exe")]
    Exe,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_XEN", nick = "xen")]
    Xen,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_TYPE_UML", nick = "uml")]
    Uml,
}

/// Where the guest's SMBIOS tables come from (`<smbios mode='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainOsSmBiosMode")]
pub enum DomainOsSmBiosMode {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_EMULATE", nick = "emulate")]
    Emulate,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_HOST", nick = "host")]
    Host,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_SYSINFO", nick = "sysinfo")]
    Sysinfo,
}

/// A device the firmware may boot from (`<boot dev='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainOsBootDevice")]
pub enum DomainOsBootDevice {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_FD", nick = "fd")]
    Fd,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_HD", nick = "hd")]
    Hd,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_CDROM", nick = "cdrom")]
    Cdrom,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_NETWORK", nick = "network")]
    Network,
}

/// The firmware libvirt picks for the guest (`<os firmware='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainOsFirmware")]
pub enum DomainOsFirmware {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS", nick = "bios")]
    Bios,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI", nick = "efi")]
    Efi,
}

impl Default for DomainOs {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainOs {
    /// A new, empty `<os/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("os", None)
    }

    /// Parses an `<os>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "os", None)
    }

    /// The OS type; [`DomainOsType::Hvm`] when unset or unknown, as in libvirt-glib.
    pub fn os_type(&self) -> DomainOsType {
        self.node().child_enum("type").unwrap_or(DomainOsType::Hvm)
    }

    /// Sets the OS type. As in libvirt-glib, `<type>` is replaced by a new element: its
    /// `arch` and `machine` go too, so set them afterwards.
    pub fn set_os_type(&self, os_type: DomainOsType) {
        self.node().set_child_enum("type", os_type);
    }

    /// The guest CPU architecture (`<type arch='…'>`).
    pub fn arch(&self) -> Option<String> {
        self.node().child("type").and_then(|t| t.attribute("arch"))
    }

    /// Sets the architecture (`None` removes it). `<type>` must exist (see
    /// [`DomainOs::set_os_type`]); returns `false` and changes nothing when it does not.
    pub fn set_arch(&self, arch: Option<&str>) -> bool {
        self.set_type_attribute("arch", arch)
    }

    /// The machine type (`<type machine='…'>`), e.g. `q35`.
    pub fn machine(&self) -> Option<String> {
        self.node().child("type").and_then(|t| t.attribute("machine"))
    }

    /// Sets the machine type (`None` removes it). `<type>` must exist; returns `false` and
    /// changes nothing when it does not.
    pub fn set_machine(&self, machine: Option<&str>) -> bool {
        self.set_type_attribute("machine", machine)
    }

    fn set_type_attribute(&self, name: &str, value: Option<&str>) -> bool {
        match self.node().child("type") {
            Some(os_type) => {
                os_type.set_attribute(name, value);
                true
            }
            None => false,
        }
    }

    /// The boot order. A `<boot>` without `dev` is skipped; one with a `dev` this library does
    /// not know counts as [`DomainOsBootDevice::Hd`], as in libvirt-glib.
    pub fn boot_devices(&self) -> Vec<DomainOsBootDevice> {
        use crate::xml::XmlEnum;
        self.node()
            .children()
            .filter(|c| c.name_is("boot"))
            .filter_map(|boot| boot.attribute("dev"))
            .map(|dev| DomainOsBootDevice::from_nick(&dev).unwrap_or(DomainOsBootDevice::Hd))
            .collect()
    }

    /// Replaces the boot order: every `<boot>` goes, then one `<boot dev='…'/>` per device is
    /// appended.
    pub fn set_boot_devices(&self, devices: &[DomainOsBootDevice]) {
        let node = self.node();
        node.remove_children("boot");
        for &device in devices {
            node.append_child("boot").set_enum_attribute("dev", device);
        }
    }

    /// The kernel for direct boot (`<kernel>`).
    pub fn kernel(&self) -> Option<String> {
        self.node().child_content("kernel")
    }

    /// Sets the kernel for direct boot; `None` removes it.
    pub fn set_kernel(&self, kernel: Option<&str>) {
        self.node().set_child_content("kernel", kernel);
    }

    /// The initial ramdisk for direct boot (`<initrd>`).
    pub fn ramdisk(&self) -> Option<String> {
        self.node().child_content("initrd")
    }

    /// Sets the initial ramdisk for direct boot; `None` removes it.
    pub fn set_ramdisk(&self, ramdisk: Option<&str>) {
        self.node().set_child_content("initrd", ramdisk);
    }

    /// The kernel command line (`<cmdline>`).
    pub fn cmdline(&self) -> Option<String> {
        self.node().child_content("cmdline")
    }

    /// Sets the kernel command line; `None` removes it.
    pub fn set_cmdline(&self, cmdline: Option<&str>) {
        self.node().set_child_content("cmdline", cmdline);
    }

    /// The init program of a container (`<init>`).
    pub fn init(&self) -> Option<String> {
        self.node().child_content("init")
    }

    /// Sets the init program of a container; `None` removes it.
    pub fn set_init(&self, init: Option<&str>) {
        self.node().set_child_content("init", init);
    }

    /// The firmware image (`<loader>`).
    pub fn loader(&self) -> Option<String> {
        self.node().child_content("loader")
    }

    /// Sets the firmware image; `None` removes it.
    pub fn set_loader(&self, loader: Option<&str>) {
        self.node().set_child_content("loader", loader);
    }

    /// Where the SMBIOS tables come from (`<smbios mode='…'/>`), if set and known.
    pub fn smbios_mode(&self) -> Option<DomainOsSmBiosMode> {
        self.node().child_enum_attribute("smbios", "mode")
    }

    /// Sets `<smbios mode='…'/>`.
    pub fn set_smbios_mode(&self, mode: DomainOsSmBiosMode) {
        self.node().replace_child("smbios").set_enum_attribute("mode", mode);
    }

    /// Shows or hides the firmware's boot menu (`<bootmenu enable='yes|no'/>`).
    pub fn enable_boot_menu(&self, enable: bool) {
        self.node().replace_child("bootmenu").set_bool_attribute("enable", enable, BoolStyle::YesNo);
    }

    /// Makes the BIOS print to the serial port, or not (`<bios useserial='yes|no'/>`).
    pub fn bios_enable_serial(&self, enable: bool) {
        self.node().replace_child("bios").set_bool_attribute("useserial", enable, BoolStyle::YesNo);
    }

    /// The firmware; [`DomainOsFirmware::Bios`] when unset or unknown, as in libvirt-glib.
    pub fn firmware(&self) -> DomainOsFirmware {
        self.node().enum_attribute("firmware").unwrap_or(DomainOsFirmware::Bios)
    }

    /// Asks libvirt to pick firmware of this kind (`<os firmware='…'>`).
    pub fn set_firmware(&self, firmware: DomainOsFirmware) {
        self.node().set_enum_attribute("firmware", firmware);
    }

    /// Requires (`enable`) or excludes a feature of the firmware libvirt picks, e.g.
    /// `secure-boot`: `<firmware><feature enabled='yes|no' name='…'/></firmware>`. A feature
    /// already listed is updated in place.
    pub fn enable_firmware_feature(&self, name: &str, enable: bool) {
        let firmware = self.node().ensure_child("firmware");
        let existing = firmware.children().find(|f| f.name_is("feature") && f.attribute_is("name", name));
        let value = if enable { "yes" } else { "no" };
        match existing {
            Some(feature) => feature.set_attribute_in_place("enabled", value),
            None => {
                let feature = firmware.append_child("feature");
                feature.set_attribute("enabled", Some(value));
                feature.set_attribute("name", Some(name));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_like_libvirt_glib() {
        let os = DomainOs::new();
        assert!(!os.set_arch(Some("x86_64")), "no <type> yet");
        os.set_os_type(DomainOsType::Hvm);
        os.set_machine(Some("pc"));
        os.set_arch(Some("i686"));
        os.set_kernel(Some("/k"));
        os.set_ramdisk(Some("/r"));
        os.set_cmdline(Some("c"));
        os.set_init(Some("/i"));
        os.set_loader(Some("/l"));
        os.set_kernel(None);
        os.set_boot_devices(&[DomainOsBootDevice::Cdrom, DomainOsBootDevice::Hd]);
        os.set_smbios_mode(DomainOsSmBiosMode::Host);
        os.set_smbios_mode(DomainOsSmBiosMode::Sysinfo);
        os.enable_boot_menu(true);
        os.bios_enable_serial(false);
        os.set_firmware(DomainOsFirmware::Efi);
        assert_eq!(
            os.to_xml(),
            "<os firmware=\"efi\">\n  <type machine=\"pc\" arch=\"i686\">hvm</type>\n  <initrd>/r</initrd>\n  \
             <cmdline>c</cmdline>\n  <init>/i</init>\n  <loader>/l</loader>\n  <boot dev=\"cdrom\"/>\n  \
             <boot dev=\"hd\"/>\n  <smbios mode=\"sysinfo\"/>\n  <bootmenu enable=\"yes\"/>\n  \
             <bios useserial=\"no\"/>\n</os>"
        );
        assert_eq!(os.boot_devices(), vec![DomainOsBootDevice::Cdrom, DomainOsBootDevice::Hd]);
        assert_eq!(os.firmware(), DomainOsFirmware::Efi);
        assert_eq!(os.arch().as_deref(), Some("i686"));
        assert_eq!(os.machine().as_deref(), Some("pc"));
        // A new OS type drops arch and machine, as libvirt-glib does.
        os.set_os_type(DomainOsType::Xen);
        assert_eq!(os.os_type(), DomainOsType::Xen);
        assert_eq!(os.arch(), None);
    }

    #[test]
    fn parses_and_keeps_what_it_does_not_know() {
        let os = DomainOs::from_xml(
            "<os firmware='bogus'><type arch='aarch64' machine='virt'>weird</type><acpi><table/></acpi>\
             <boot dev='network'/><boot/><boot dev='bogus'/></os>",
        )
        .unwrap();
        assert_eq!(os.os_type(), DomainOsType::Hvm);
        assert_eq!(os.firmware(), DomainOsFirmware::Bios);
        assert_eq!(os.boot_devices(), vec![DomainOsBootDevice::Network, DomainOsBootDevice::Hd]);
        os.set_boot_devices(&[DomainOsBootDevice::Fd]);
        assert_eq!(
            os.to_xml(),
            "<os firmware=\"bogus\">\n  <type arch=\"aarch64\" machine=\"virt\">weird</type>\n  <acpi>\n    <table/>\n  \
             </acpi>\n  <boot dev=\"fd\"/>\n</os>"
        );
    }

    #[test]
    fn firmware_features() {
        let os = DomainOs::new();
        os.set_firmware(DomainOsFirmware::Efi);
        os.enable_firmware_feature("secure-boot", false);
        os.enable_firmware_feature("enrolled-keys", true);
        os.enable_firmware_feature("secure-boot", true);
        assert_eq!(
            os.to_xml(),
            "<os firmware=\"efi\">\n  <firmware>\n    <feature enabled=\"yes\" name=\"secure-boot\"/>\n    \
             <feature enabled=\"yes\" name=\"enrolled-keys\"/>\n  </firmware>\n</os>"
        );
    }
}
