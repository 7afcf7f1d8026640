//! `Domain` (`GVirConfigDomain`): a `<domain>` document, and the classes of its parts.


use glib::prelude::*;
use glib::subclass::prelude::ObjectSubclassIsExt;

use crate::{ConfigObject, ConfigObjectExt};

pub mod device;
pub mod audio;
pub mod graphics;
pub mod input;
pub mod interface;
pub mod interface_filterref;
pub mod sound;
pub mod video;
pub mod vsock;
pub mod address;
pub mod address_pci;
pub mod address_usb;
pub mod controller;
pub mod controller_usb;
pub mod disk;
pub mod disk_driver;
pub mod filesys;
pub mod hostdev;
pub mod hostdev_pci;
pub mod memballoon;
pub mod smartcard;
pub mod smartcard_host;
pub mod smartcard_host_certificates;
pub mod smartcard_passthrough;
pub mod cpu;
pub mod cpu_feature;
pub mod cpu_model;
pub mod os;
mod subtype;
#[cfg(test)]
mod device_factory_tests;
#[cfg(test)]
mod device_kinds_tests;
pub mod channel;
pub mod chardev;
pub mod chardev_source;
pub mod chardev_source_pty;
pub mod chardev_source_spiceport;
pub mod chardev_source_spicevmc;
pub mod chardev_source_unix;
pub mod clock;
pub mod console;
pub mod parallel;
pub mod power_management;
pub mod redirdev;
pub mod seclabel;
pub mod serial;
pub mod timer;
pub mod timer_hpet;
pub mod timer_pit;
pub mod timer_rtc;
pub mod memory_backing;
pub mod cputune;
pub mod numatune;
pub mod blkiotune;
pub mod memtune;
pub mod sysinfo;
pub mod launch_security;

// typed device kinds beyond libvirt-glib
pub mod crypto;
pub mod hub;
pub mod iommu;
pub mod lease;
pub mod memory_device;
pub mod nvram;
pub mod panic;
pub mod pstore;
pub mod redirfilter;
pub mod rng;
pub mod shmem;
pub mod tpm;
pub mod watchdog;

pub use device::{DomainDevice, DomainDeviceExt, DomainDeviceImpl};
pub use audio::{DomainAudio, DomainAudioBackend, DomainAudioImpl};
pub use graphics::{
    DomainGraphics, DomainGraphicsDBus, DomainGraphicsDBusImpl, DomainGraphicsDesktop, DomainGraphicsDesktopImpl,
    DomainGraphicsImpl, DomainGraphicsRdp, DomainGraphicsRdpImpl, DomainGraphicsSdl, DomainGraphicsSdlImpl,
    DomainGraphicsSpice, DomainGraphicsSpiceImageCompression, DomainGraphicsSpiceImpl, DomainGraphicsVnc,
    DomainGraphicsVncImpl,
};
pub use input::{DomainInput, DomainInputBus, DomainInputDeviceType, DomainInputImpl};
pub use interface::{
    DomainInterface, DomainInterfaceBridge, DomainInterfaceBridgeImpl, DomainInterfaceExt, DomainInterfaceImpl,
    DomainInterfaceLinkState, DomainInterfaceNetwork, DomainInterfaceNetworkImpl, DomainInterfaceUser,
    DomainInterfaceUserImpl,
};
pub use interface_filterref::{
    DomainInterfaceFilterref, DomainInterfaceFilterrefImpl, DomainInterfaceFilterrefParameter,
    DomainInterfaceFilterrefParameterImpl,
};
pub use sound::{DomainSound, DomainSoundImpl, DomainSoundModel};
pub use video::{DomainVideo, DomainVideoImpl, DomainVideoModel};
pub use vsock::{DomainVsock, DomainVsockImpl};
pub use address::{DomainAddress, DomainAddressImpl};
pub use address_pci::{DomainAddressPci, DomainAddressPciImpl};
pub use address_usb::{DomainAddressUsb, DomainAddressUsbImpl};
pub use controller::{DomainController, DomainControllerExt, DomainControllerImpl};
pub use controller_usb::{DomainControllerUsb, DomainControllerUsbImpl, DomainControllerUsbModel};
pub use disk::{
    DomainDisk, DomainDiskBus, DomainDiskGuestDeviceType, DomainDiskImpl, DomainDiskSnapshotType, DomainDiskStartupPolicy,
    DomainDiskType,
};
pub use disk_driver::{
    DomainDiskCacheType, DomainDiskDriver, DomainDiskDriverDiscard, DomainDiskDriverErrorPolicy, DomainDiskDriverImpl,
    DomainDiskDriverIoPolicy, DomainDiskFormat,
};
pub use filesys::{DomainFilesys, DomainFilesysAccessType, DomainFilesysDriverType, DomainFilesysImpl, DomainFilesysType};
pub use hostdev::{DomainHostdev, DomainHostdevExt, DomainHostdevImpl};
pub use hostdev_pci::{DomainHostdevPci, DomainHostdevPciImpl};
pub use memballoon::{DomainMemballoon, DomainMemballoonImpl, DomainMemballoonModel};
pub use smartcard::{DomainSmartcard, DomainSmartcardExt, DomainSmartcardImpl};
pub use smartcard_host::{DomainSmartcardHost, DomainSmartcardHostImpl};
pub use smartcard_host_certificates::{DomainSmartcardHostCertificates, DomainSmartcardHostCertificatesImpl};
pub use smartcard_passthrough::{DomainSmartcardPassthrough, DomainSmartcardPassthroughImpl};
pub use cpu::{DomainCpu, DomainCpuImpl, DomainCpuMatchPolicy, DomainCpuMode};
pub use cpu_feature::{DomainCpuFeature, DomainCpuFeatureImpl, DomainCpuFeaturePolicy};
pub use cpu_model::{DomainCpuModel, DomainCpuModelImpl};
pub use blkiotune::{DomainBlkiotune, DomainBlkiotuneImpl};
pub use cputune::{DomainCputune, DomainCputuneImpl};
pub use launch_security::{DomainLaunchSecurity, DomainLaunchSecurityImpl};
pub use memory_backing::{DomainMemoryBacking, DomainMemoryBackingAccessMode, DomainMemoryBackingImpl, DomainMemoryBackingSourceType};
pub use memtune::{DomainMemtune, DomainMemtuneImpl};
pub use numatune::{DomainNumatune, DomainNumatuneImpl, DomainNumatuneMemoryMode};
pub use sysinfo::{DomainSysinfo, DomainSysinfoImpl};

config_class! {
    /// A libvirt domain definition (`<domain>`, schema `domain.rng`).
    pub struct Domain("GVirConfigDomain"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainImpl;
    object impl: custom;
}

/// The GObject properties of a domain are views of its elements, as in libvirt-glib: reading
/// one reads the document, writing one calls the setter.
impl glib::subclass::object::ObjectImpl for imp::Domain {
    fn properties() -> &'static [glib::ParamSpec] {
        static PROPERTIES: std::sync::OnceLock<Vec<glib::ParamSpec>> = std::sync::OnceLock::new();
        PROPERTIES.get_or_init(|| {
            let text = |name: &str, blurb: &str| glib::ParamSpecString::builder(name).blurb(blurb).build();
            let number = |name: &str, blurb: &str| glib::ParamSpecUInt64::builder(name).blurb(blurb).build();
            vec![
                text("name", "Name of the domain"),
                text("uuid", "UUID of the domain"),
                text("title", "One-line title of the domain"),
                text("description", "Free-form description of the domain"),
                number("memory", "Maximum memory, in KiB"),
                number("current-memory", "Memory at boot, in KiB"),
                number("vcpu", "Number of virtual CPUs"),
                glib::ParamSpecBoxed::builder::<glib::StrV>("features").blurb("Hypervisor features turned on").build(),
            ]
        })
    }

    fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
        use glib::subclass::prelude::ObjectSubclassExt;
        let domain = self.obj();
        let text = || value.get::<Option<String>>().expect("a string");
        let number = || value.get::<u64>().expect("a guint64");
        match pspec.name() {
            "name" => domain.set_name(text().as_deref()),
            "uuid" => domain.set_uuid(text().as_deref()),
            "title" => domain.set_title(text().as_deref()),
            "description" => domain.set_description(text().as_deref()),
            "memory" => domain.set_memory(number()),
            "current-memory" => domain.set_current_memory(number()),
            "vcpu" => domain.set_vcpus(number()),
            "features" => {
                let features = value.get::<glib::StrV>().expect("a string array");
                domain.set_features(&features.iter().map(|f| f.as_str()).collect::<Vec<_>>())
            }
            _ => unreachable!("GObject checks property names"),
        }
    }

    fn property(&self, _id: usize, pspec: &glib::ParamSpec) -> glib::Value {
        use glib::subclass::prelude::ObjectSubclassExt;
        let domain = self.obj();
        match pspec.name() {
            "name" => domain.name().to_value(),
            "uuid" => domain.uuid().to_value(),
            "title" => domain.title().to_value(),
            "description" => domain.description().to_value(),
            "memory" => domain.memory().to_value(),
            "current-memory" => domain.current_memory().to_value(),
            "vcpu" => domain.vcpus().to_value(),
            "features" => glib::StrV::from(domain.features()).to_value(),
            _ => unreachable!("GObject checks property names"),
        }
    }
}

/// The hypervisor a domain runs on (`<domain type='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainVirtType")]
pub enum DomainVirtType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_QEMU", nick = "qemu")]
    Qemu,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_KQEMU", nick = "kqemu")]
    Kqemu,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_KVM", nick = "kvm")]
    Kvm,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_XEN", nick = "xen")]
    Xen,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_LXC", nick = "lxc")]
    Lxc,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_UML", nick = "uml")]
    Uml,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_OPENVZ", nick = "openvz")]
    Openvz,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_VSERVER", nick = "vserver")]
    Vserver,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_LDOM", nick = "ldom")]
    Ldom,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_TEST", nick = "test")]
    Test,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_VMWARE", nick = "vmware")]
    Vmware,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_HYPERV", nick = "hyperv")]
    Hyperv,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_VBOX", nick = "vbox")]
    Vbox,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_ONE", nick = "one")]
    One,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIRT_PHYP", nick = "phyp")]
    Phyp,
}

/// The events a domain's lifecycle actions respond to; the nick is the element name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainLifecycleEvent")]
pub enum DomainLifecycleEvent {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_POWEROFF", nick = "on_poweroff")]
    OnPoweroff,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_REBOOT", nick = "on_reboot")]
    OnReboot,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_CRASH", nick = "on_crash")]
    OnCrash,
}

/// What libvirt does on a lifecycle event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainLifecycleAction")]
pub enum DomainLifecycleAction {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_DESTROY", nick = "destroy")]
    Destroy,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_RESTART", nick = "restart")]
    Restart,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_PRESERVE", nick = "preserve")]
    Preserve,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_RENAME_RESTART", nick = "rename-restart")]
    RenameRestart,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_COREDUMP_DESTROY", nick = "coredump-destroy")]
    CoredumpDestroy,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_LIFECYCLE_COREDUMP_RESTART", nick = "coredump-restart")]
    CoredumpRestart,
}

pub(crate) const SCHEMA: &str = "domain.rng";

impl Default for Domain {
    fn default() -> Self {
        Self::new()
    }
}

impl Domain {
    /// An empty `<domain/>`.
    pub fn new() -> Domain {
        ConfigObject::new_root("domain", Some(SCHEMA))
    }

    /// Parses a `<domain>` document.
    pub fn from_xml(xml: &str) -> Result<Domain, glib::Error> {
        ConfigObject::parse(xml, "domain", Some(SCHEMA))
    }

    /// The hypervisor type; [`DomainVirtType::Qemu`] when unset or unknown, as in libvirt-glib.
    pub fn virt_type(&self) -> DomainVirtType {
        self.node().enum_attribute("type").unwrap_or(DomainVirtType::Qemu)
    }

    pub fn set_virt_type(&self, virt_type: DomainVirtType) {
        self.node().set_enum_attribute("type", virt_type);
    }

    pub fn name(&self) -> Option<String> {
        self.node().child_content("name")
    }

    /// Sets the name; `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_child_content("name", name);
    }

    pub fn uuid(&self) -> Option<String> {
        self.node().child_content("uuid")
    }

    pub fn set_uuid(&self, uuid: Option<&str>) {
        self.node().set_child_content("uuid", uuid);
    }

    pub fn title(&self) -> Option<String> {
        self.node().child_content("title")
    }

    pub fn set_title(&self, title: Option<&str>) {
        self.node().set_child_content("title", title);
    }

    pub fn description(&self) -> Option<String> {
        self.node().child_content("description")
    }

    pub fn set_description(&self, description: Option<&str>) {
        self.node().set_child_content("description", description);
    }

    /// Maximum memory in KiB (converted from the element's `unit`), 0 when unset.
    pub fn memory(&self) -> u64 {
        self.node().child("memory").map(|m| memory_kib(&m)).unwrap_or(0)
    }

    /// Sets the maximum memory, in KiB.
    pub fn set_memory(&self, kib: u64) {
        set_memory_kib(&self.node().replace_child("memory"), kib);
    }

    /// Memory at boot in KiB, 0 when unset.
    pub fn current_memory(&self) -> u64 {
        self.node().child("currentMemory").map(|m| memory_kib(&m)).unwrap_or(0)
    }

    pub fn set_current_memory(&self, kib: u64) {
        set_memory_kib(&self.node().replace_child("currentMemory"), kib);
    }

    /// Number of virtual CPUs, 0 when unset.
    pub fn vcpus(&self) -> u64 {
        // Read as libvirt-glib reads it (g_ascii_strtoull): what consumers have always seen.
        self.node().child_c_u64("vcpu").unwrap_or(0)
    }

    pub fn set_vcpus(&self, count: u64) {
        self.node().set_child_u64("vcpu", count);
    }

    /// Names of the elements under `<features>` (`acpi`, `apic`, `pae`, …).
    pub fn features(&self) -> Vec<String> {
        self.node().child("features").map(|f| f.children().map(|c| c.name()).collect()).unwrap_or_default()
    }

    /// Replaces `<features>` with one empty element per name.
    pub fn set_features<S: AsRef<str>>(&self, features: &[S]) {
        let node = self.node().replace_child("features");
        for feature in features {
            node.append_child(feature.as_ref());
        }
    }

    /// Sets what libvirt does on `event` (`<on_poweroff>destroy</on_poweroff>`, …).
    pub fn set_lifecycle(&self, event: DomainLifecycleEvent, action: DomainLifecycleAction) {
        use crate::xml::XmlEnum;
        // libvirt only accepts the coredump actions for on_crash; libvirt-glib refuses them
        // elsewhere with the same critical.
        if event != DomainLifecycleEvent::OnCrash
            && matches!(action, DomainLifecycleAction::CoredumpDestroy | DomainLifecycleAction::CoredumpRestart)
        {
            // SAFETY: NULL log domain and two static NUL-terminated strings.
            unsafe {
                glib::ffi::g_return_if_fail_warning(
                    std::ptr::null(),
                    c"gvir_config_domain_set_lifecycle".as_ptr(),
                    c"(event == GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_CRASH) || ((action != GVIR_CONFIG_DOMAIN_LIFECYCLE_COREDUMP_DESTROY) && (action != GVIR_CONFIG_DOMAIN_LIFECYCLE_COREDUMP_RESTART))".as_ptr(),
                )
            };
            return;
        }
        self.node().set_child_enum(event.nick_str(), action);
    }

    /// The action set for `event`, if any.
    pub fn lifecycle(&self, event: DomainLifecycleEvent) -> Option<DomainLifecycleAction> {
        use crate::xml::XmlEnum;
        self.node().child_enum(event.nick_str())
    }

    /// Stores `xml` in `<metadata>` in namespace `ns_uri` with prefix `ns`, replacing what was
    /// there in that namespace (other namespaces, comments and text are kept).
    pub fn set_custom_xml(&self, xml: &str, ns: &str, ns_uri: &str) -> Result<(), glib::Error> {
        crate::metadata::set_custom_xml(&self.node(), xml, ns, ns_uri, false)
    }

    /// As [`Domain::set_custom_xml`], applying the namespace to the children of `xml`'s root too.
    pub fn set_custom_xml_ns_children(&self, xml: &str, ns: &str, ns_uri: &str) -> Result<(), glib::Error> {
        crate::metadata::set_custom_xml(&self.node(), xml, ns, ns_uri, true)
    }

    /// The devices, in document order, each as an object of its class.
    ///
    /// The domain keeps the objects it returned, and the next call returns the same objects
    /// for the elements that are still devices of the same class, instead of making new ones
    /// (libvirt-glib makes new ones every time). Applications list devices often (to find
    /// one, or to show them), and making an object is most of the cost of listing. An object
    /// is returned again only for the very element it views, so one changed to another class
    /// (a new `type`), or moved elsewhere and replaced, gets a new object.
    pub fn devices(&self) -> Vec<DomainDevice> {
        let imp = self.upcast_ref::<ConfigObject>().imp();
        let previous = imp.last_devices.take();
        let Some(container) = self.node().child("devices") else { return Vec::new() };
        let is_same = |device: &DomainDevice, raw, node: &crate::Node| {
            device.upcast_ref::<ConfigObject>().raw_node() == raw && device.type_() == device::device_type_for(node)
        };
        // Usually nothing changed since the last call: hand out the same list again.
        let mut unchanged = 0;
        for raw in container.raw_children() {
            match previous.get(unchanged) {
                Some(device) if container.with_view(raw, |node| is_same(device, raw, node)) => unchanged += 1,
                _ => {
                    unchanged = usize::MAX;
                    break;
                }
            }
        }
        if unchanged == previous.len() {
            *imp.last_devices.borrow_mut() = previous.clone();
            return previous;
        }
        let mut devices: Vec<DomainDevice> = Vec::with_capacity(previous.len());
        // When the devices are no longer where they were, find them by element.
        let mut by_node: Option<std::collections::HashMap<*mut crate::xml::sys::xmlNode, &DomainDevice>> = None;
        for raw in container.raw_children() {
            container.with_view(raw, |node| {
                let type_ = device::device_type_for(node);
                let same = |d: &&DomainDevice| d.upcast_ref::<ConfigObject>().raw_node() == raw && d.type_() == type_;
                let mut reused = previous.get(devices.len()).filter(same);
                if reused.is_none() && !previous.is_empty() {
                    let by_node = by_node.get_or_insert_with(|| {
                        previous.iter().map(|d| (d.upcast_ref::<ConfigObject>().raw_node(), d)).collect()
                    });
                    reused = by_node.get(&raw).copied().filter(same);
                }
                devices.push(match reused {
                    Some(device) => device.clone(),
                    None => device::device_of_type(node, type_),
                });
            });
        }
        drop(by_node);
        *imp.last_devices.borrow_mut() = devices.clone();
        devices
    }

    /// Appends `device` to `<devices>`. The device's element moves into this domain's document:
    /// later changes made through `device` change this domain.
    pub fn add_device(&self, device: &impl IsA<DomainDevice>) {
        self.node().ensure_child("devices").append(&device.as_ref().node());
    }

    /// Replaces all devices with `devices` (in that order).
    pub fn set_devices(&self, devices: &[DomainDevice]) {
        // As libvirt-glib: the old <devices> go, the new one comes last, and an empty list
        // leaves no <devices> at all.
        let node = self.node();
        node.remove_children("devices");
        if devices.is_empty() {
            return;
        }
        let container = node.append_child("devices");
        for device in devices {
            container.append(&device.node());
        }
    }

    /// The metadata element in namespace `ns_uri`, serialized.
    pub fn custom_xml(&self, ns_uri: &str) -> Option<String> {
        crate::metadata::custom_xml(&self.node(), ns_uri)
    }

    /// The metadata element in namespace `ns_uri`, as an object of type `T` viewing this
    /// domain's element (changes through it change the domain); `None` when there is none.
    pub fn custom_object<T: IsA<ConfigObject>>(&self, ns_uri: &str) -> Option<T> {
        let node = crate::metadata::namespace_element(&self.node(), ns_uri)?;
        Some(ConfigObject::for_child_node(&node, self))
    }

    /// Stores `object`'s element in `<metadata>` in namespace `ns_uri` with prefix `ns`, in
    /// place of the element that namespace had (or last). The element moves into this
    /// domain's document (`object` goes on viewing it there) and keeps its name, attributes and
    /// children; other metadata elements, comments and text are kept. `None` removes the
    /// namespace's element.
    pub fn set_custom_object(&self, object: Option<&impl IsA<ConfigObject>>, ns: &str, ns_uri: &str) {
        match object {
            Some(object) => {
                let moved = crate::metadata::set_custom_element(&self.node(), &object.node(), ns, ns_uri);
                crate::child_objects::adopt_document(object, &moved);
            }
            None => crate::metadata::remove_custom(&self.node(), ns_uri),
        }
    }

    /// Stashes `device` (one of this domain's devices): its element moves out of `<devices>`
    /// into `<metadata>`, namespace `ns_uri` (prefix `ns`), with its position, unchanged — the
    /// XML way of commenting a device out, e.g. to boot once without it. `device` stays valid.
    /// Restoring the stashed devices (last stashed first, as
    /// [`Domain::restore_stashed_devices`] does) gives back the very same document.
    pub fn stash_device(&self, device: &impl IsA<DomainDevice>, ns: &str, ns_uri: &str) -> Result<(), glib::Error> {
        crate::metadata::stash_device(&self.node(), &device.as_ref().node(), ns, ns_uri)
    }

    /// The devices stashed in namespace `ns_uri`, in stashing order, each as an object of its
    /// class.
    pub fn stashed_devices(&self, ns_uri: &str) -> Vec<DomainDevice> {
        let nodes = crate::metadata::stashed_devices(&self.node(), ns_uri);
        nodes.iter().map(|node| device::device_of_type(node, device::device_type_for(node))).collect()
    }

    /// Puts the stashed `device` back where it was in `<devices>`; `false` when it is not in
    /// the stash of namespace `ns_uri`.
    pub fn restore_stashed_device(&self, device: &impl IsA<DomainDevice>, ns_uri: &str) -> bool {
        crate::metadata::restore_device(&self.node(), &device.as_ref().node(), ns_uri)
    }

    /// Restores every device stashed in namespace `ns_uri`, the last stashed first; returns how
    /// many.
    pub fn restore_stashed_devices(&self, ns_uri: &str) -> usize {
        crate::metadata::restore_devices(&self.node(), ns_uri)
    }

    /// The boot configuration (`<os>`), if any; it views this domain's element.
    pub fn os(&self) -> Option<crate::DomainOs> {
        self.part("os")
    }

    /// Replaces `<os>` with `os`'s element (moved to the end of the domain, as libvirt-glib
    /// does); `None` removes it.
    pub fn set_os(&self, os: Option<&crate::DomainOs>) {
        self.set_part("os", os.map(|o| o.upcast_ref()));
    }

    /// The clock (`<clock>`), if any; it views this domain's element.
    pub fn clock(&self) -> Option<crate::DomainClock> {
        self.part("clock")
    }

    /// Replaces `<clock>` with `clock`'s element (moved to the end); `None` removes it.
    pub fn set_clock(&self, clock: Option<&crate::DomainClock>) {
        self.set_part("clock", clock.map(|c| c.upcast_ref()));
    }

    /// The first security label (`<seclabel>`), if any; it views this domain's element.
    pub fn seclabel(&self) -> Option<crate::DomainSeclabel> {
        self.part("seclabel")
    }

    /// Every security label (`<seclabel>`, one per security driver), in document order.
    pub fn seclabels(&self) -> Vec<crate::DomainSeclabel> {
        crate::child_objects::children(self, "seclabel")
    }

    /// The power management settings (`<pm>`), if any; it views this domain's element.
    pub fn power_management(&self) -> Option<crate::DomainPowerManagement> {
        self.part("pm")
    }

    /// Replaces every `<seclabel>` with `seclabel`'s element (moved to the end); `None`
    /// removes them.
    pub fn set_seclabel(&self, seclabel: Option<&crate::DomainSeclabel>) {
        self.set_part("seclabel", seclabel.map(|s| s.upcast_ref()));
    }

    /// Replaces `<pm>` with `pm`'s element (moved to the end); `None` removes it.
    pub fn set_power_management(&self, pm: Option<&crate::DomainPowerManagement>) {
        self.set_part("pm", pm.map(|p| p.upcast_ref()));
    }

    fn part<T: IsA<ConfigObject>>(&self, name: &str) -> Option<T> {
        let node = self.node().child(name)?;
        Some(ConfigObject::for_child_node(&node, self))
    }

    fn set_part(&self, name: &str, part: Option<&ConfigObject>) {
        match part {
            Some(part) => {
                self.node().replace_all_with(&part.node());
            }
            None => self.node().remove_children(name),
        }
    }

    /// How guest memory is backed (`<memoryBacking>`), if any; it views this domain's element.
    pub fn memory_backing(&self) -> Option<crate::DomainMemoryBacking> {
        crate::child_objects::child(self, "memoryBacking")
    }

    /// Replaces `<memoryBacking>` with `memory_backing`'s element (moved here, after the other children);
    /// `None` removes it.
    pub fn set_memory_backing(&self, memory_backing: Option<&crate::DomainMemoryBacking>) {
        match memory_backing {
            Some(part) => crate::child_objects::attach_replacing(&self.node(), part),
            None => self.node().remove_children("memoryBacking"),
        }
    }

    /// The CPU scheduling settings (`<cputune>`), if any; it views this domain's element.
    pub fn cputune(&self) -> Option<crate::DomainCputune> {
        crate::child_objects::child(self, "cputune")
    }

    /// Replaces `<cputune>` with `cputune`'s element (moved here, after the other children);
    /// `None` removes it.
    pub fn set_cputune(&self, cputune: Option<&crate::DomainCputune>) {
        match cputune {
            Some(part) => crate::child_objects::attach_replacing(&self.node(), part),
            None => self.node().remove_children("cputune"),
        }
    }

    /// The NUMA memory placement (`<numatune>`), if any; it views this domain's element.
    pub fn numatune(&self) -> Option<crate::DomainNumatune> {
        crate::child_objects::child(self, "numatune")
    }

    /// Replaces `<numatune>` with `numatune`'s element (moved here, after the other children);
    /// `None` removes it.
    pub fn set_numatune(&self, numatune: Option<&crate::DomainNumatune>) {
        match numatune {
            Some(part) => crate::child_objects::attach_replacing(&self.node(), part),
            None => self.node().remove_children("numatune"),
        }
    }

    /// The block I/O tuning (`<blkiotune>`), if any; it views this domain's element.
    pub fn blkiotune(&self) -> Option<crate::DomainBlkiotune> {
        crate::child_objects::child(self, "blkiotune")
    }

    /// Replaces `<blkiotune>` with `blkiotune`'s element (moved here, after the other children);
    /// `None` removes it.
    pub fn set_blkiotune(&self, blkiotune: Option<&crate::DomainBlkiotune>) {
        match blkiotune {
            Some(part) => crate::child_objects::attach_replacing(&self.node(), part),
            None => self.node().remove_children("blkiotune"),
        }
    }

    /// The memory limits (`<memtune>`), if any; it views this domain's element.
    pub fn memtune(&self) -> Option<crate::DomainMemtune> {
        crate::child_objects::child(self, "memtune")
    }

    /// Replaces `<memtune>` with `memtune`'s element (moved here, after the other children);
    /// `None` removes it.
    pub fn set_memtune(&self, memtune: Option<&crate::DomainMemtune>) {
        match memtune {
            Some(part) => crate::child_objects::attach_replacing(&self.node(), part),
            None => self.node().remove_children("memtune"),
        }
    }

    /// The system information the guest sees (`<sysinfo>`), if any; it views this domain's element.
    pub fn sysinfo(&self) -> Option<crate::DomainSysinfo> {
        crate::child_objects::child(self, "sysinfo")
    }

    /// Replaces `<sysinfo>` with `sysinfo`'s element (moved here, after the other children);
    /// `None` removes it.
    pub fn set_sysinfo(&self, sysinfo: Option<&crate::DomainSysinfo>) {
        match sysinfo {
            Some(part) => crate::child_objects::attach_replacing(&self.node(), part),
            None => self.node().remove_children("sysinfo"),
        }
    }

    /// The confidential-computing launch settings (`<launchSecurity>`), if any; it views this domain's element.
    pub fn launch_security(&self) -> Option<crate::DomainLaunchSecurity> {
        crate::child_objects::child(self, "launchSecurity")
    }

    /// Replaces `<launchSecurity>` with `launch_security`'s element (moved here, after the other children);
    /// `None` removes it.
    pub fn set_launch_security(&self, launch_security: Option<&crate::DomainLaunchSecurity>) {
        match launch_security {
            Some(part) => crate::child_objects::attach_replacing(&self.node(), part),
            None => self.node().remove_children("launchSecurity"),
        }
    }

    /// The number of I/O threads (`<iothreads>`); 0 when unset.
    pub fn iothreads(&self) -> u32 {
        self.node().child_u64("iothreads").unwrap_or(0) as u32
    }

    /// Sets the number of I/O threads; 0 removes `<iothreads>`.
    pub fn set_iothreads(&self, count: u32) {
        match count {
            0 => self.node().remove_children("iothreads"),
            n => self.node().set_child_u64("iothreads", n.into()),
        }
    }

    /// The resource partition (cgroup) the domain is placed in (`<resource><partition>`).
    pub fn resource_partition(&self) -> Option<String> {
        self.node().child("resource")?.child_content("partition")
    }

    /// Sets the resource partition (`/machine`); `None` removes it (and `<resource>` with it
    /// when nothing else is left in it).
    pub fn set_resource_partition(&self, partition: Option<&str>) {
        match partition {
            Some(p) => self.node().ensure_child("resource").set_child_content("partition", Some(p)),
            None => {
                let Some(resource) = self.node().child("resource") else { return };
                resource.remove_children("partition");
                if resource.children().next().is_none() {
                    resource.detach();
                }
            }
        }
    }

    /// The CPU the domain asks for (`<cpu>`).
    pub fn cpu(&self) -> Option<DomainCpu> {
        crate::child_objects::child(self, "cpu")
    }

    /// Replaces the domain's `<cpu>` with `cpu`'s element (moved here, after the other
    /// children, as with libvirt-glib); `None` removes it.
    pub fn set_cpu(&self, cpu: Option<&DomainCpu>) {
        match cpu {
            Some(cpu) => crate::child_objects::attach_replacing(&self.node(), cpu),
            None => self.node().remove_children("cpu"),
        }
    }
}

/// A memory element's value in KiB, honouring its `unit` attribute (KiB when absent).
pub(crate) fn memory_kib(node: &crate::Node) -> u64 {
    // Read as libvirt-glib reads it (g_ascii_strtoull: leading blanks, sign, 0x/0 prefixes,
    // trailing junk ignored, overflow to G_MAXUINT64).
    let value = node.c_u64_text().unwrap_or(0);
    let factor: u64 = match node.attribute("unit").as_deref() {
        None | Some("k") | Some("KiB") => return value,
        Some("b") | Some("bytes") => return value / 1024,
        Some("KB") => return value * 1000 / 1024,
        Some("M") | Some("MiB") => 1 << 10,
        Some("MB") => return value * 1_000_000 / 1024,
        Some("G") | Some("GiB") => 1 << 20,
        Some("GB") => return value * 1_000_000_000 / 1024,
        Some("T") | Some("TiB") => 1 << 30,
        Some("TB") => return value * 1_000_000_000_000 / 1024,
        Some(_) => return value,
    };
    value.saturating_mul(factor)
}

pub(crate) fn set_memory_kib(node: &crate::Node, kib: u64) {
    node.set_attribute("unit", Some("KiB"));
    node.set_content(&kib.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_like_libvirt_glib() {
        let d = Domain::new();
        d.set_name(Some("a&b"));
        d.set_memory(1024);
        d.set_virt_type(DomainVirtType::Kvm);
        d.set_name(Some("c"));
        assert_eq!(d.to_xml(), "<domain type=\"kvm\">\n  <name>c</name>\n  <memory unit=\"KiB\">1024</memory>\n</domain>");
        assert_eq!(d.name().as_deref(), Some("c"));
        assert_eq!(d.memory(), 1024);
        assert_eq!(d.virt_type(), DomainVirtType::Kvm);
    }

    #[test]
    fn unknown_devices_are_kept_as_plain_devices() {
        let d = Domain::from_xml("<domain><devices><futuristic a='1'/><!-- c --><other/></devices></domain>").unwrap();
        let devices = d.devices();
        assert_eq!(devices.len(), 2);
        assert_eq!(devices[0].type_(), DomainDevice::static_type());
        let copy = Domain::new();
        copy.set_devices(&devices);
        assert_eq!(copy.to_xml(), "<domain>\n  <devices>\n    <futuristic a=\"1\"/>\n    <other/>\n  </devices>\n</domain>");
    }

    #[test]
    fn properties_view_the_document() {
        let d = Domain::new();
        d.set_property("name", "vm");
        d.set_property("memory", 2048u64);
        d.set_property("features", glib::StrV::from(vec!["acpi"]));
        assert_eq!(d.property::<Option<String>>("name").as_deref(), Some("vm"));
        assert_eq!(d.property::<u64>("memory"), 2048);
        assert_eq!(d.to_xml(), "<domain>\n  <name>vm</name>\n  <memory unit=\"KiB\">2048</memory>\n  <features>\n    <acpi/>\n  </features>\n</domain>");
    }

    #[test]
    fn memory_units_convert_to_kib() {
        let d = Domain::from_xml("<domain><memory unit='GiB'>2</memory><currentMemory unit='MiB'>512</currentMemory></domain>").unwrap();
        assert_eq!(d.memory(), 2 * 1024 * 1024);
        assert_eq!(d.current_memory(), 512 * 1024);
    }

    #[test]
    fn features_and_lifecycle() {
        let d = Domain::new();
        d.set_features(&["acpi", "apic"]);
        assert_eq!(d.features(), vec!["acpi", "apic"]);
        d.set_lifecycle(DomainLifecycleEvent::OnCrash, DomainLifecycleAction::CoredumpRestart);
        assert_eq!(d.lifecycle(DomainLifecycleEvent::OnCrash), Some(DomainLifecycleAction::CoredumpRestart));
        assert!(d.to_xml().contains("<on_crash>coredump-restart</on_crash>"));
    }

    #[test]
    fn content_setters_drop_control_characters_xml_forbids() {
        let d = Domain::new();
        d.set_name(Some("ctl\u{1}\u{1f}\u{7f}\ttab"));
        assert_eq!(d.name().as_deref(), Some("ctl\u{7f}\ttab"));
        assert!(Domain::from_xml(&d.to_xml()).is_ok());
        d.set_name(Some("\u{2}"));
        assert_eq!(d.to_xml(), "<domain>\n  <name/>\n</domain>");
    }

    #[test]
    fn numbers_are_read_like_g_ascii_strtoull() {
        let d = Domain::from_xml(
            "<domain><memory> 12abc</memory><currentMemory>010</currentMemory><vcpu>1e3</vcpu></domain>",
        )
        .unwrap();
        assert_eq!((d.memory(), d.current_memory(), d.vcpus()), (12, 8, 1));
        let d = Domain::from_xml("<domain><memory>0x10</memory><vcpu>99999999999999999999999</vcpu></domain>").unwrap();
        assert_eq!((d.memory(), d.vcpus()), (16, u64::MAX));
    }

    #[test]
    fn coredump_actions_are_refused_outside_on_crash() {
        let d = Domain::new();
        for event in [DomainLifecycleEvent::OnPoweroff, DomainLifecycleEvent::OnReboot] {
            for action in [DomainLifecycleAction::CoredumpDestroy, DomainLifecycleAction::CoredumpRestart] {
                d.set_lifecycle(event, action);
                assert_eq!(d.lifecycle(event), None);
            }
        }
        assert_eq!(d.to_xml(), "<domain/>");
    }
}

#[cfg(test)]
mod device_list_tests {
    use super::*;
    use crate::{DomainDisk, DomainInterfaceNetwork};

    const XML: &str = "<domain><devices><disk type='file'><target dev='vda'/></disk>\
                       <interface type='network'><source network='default'/></interface>\
                       <disk type='file'><target dev='vdb'/></disk><video/></devices></domain>";

    fn ptrs(devices: &[DomainDevice]) -> Vec<*const glib::gobject_ffi::GObject> {
        devices.iter().map(|d| d.upcast_ref::<glib::Object>().as_ptr() as *const _).collect()
    }

    #[test]
    fn listing_twice_gives_the_same_objects() {
        let d = Domain::from_xml(XML).unwrap();
        let first = d.devices();
        let second = d.devices();
        assert_eq!(ptrs(&first), ptrs(&second));
        assert_eq!(second[1].type_(), DomainInterfaceNetwork::static_type());
        drop(first);
        drop(second);
        // The domain still has them; they are still fine to use.
        let disk = d.devices()[2].clone().downcast::<DomainDisk>().unwrap();
        assert_eq!(disk.target_dev().as_deref(), Some("vdb"));
    }

    #[test]
    fn reordered_removed_and_retyped_devices() {
        let d = Domain::from_xml(XML).unwrap();
        let before = d.devices();
        // Reordered: the same objects, in the new order; a removed one is not listed.
        d.set_devices(&[before[2].clone(), before[0].clone(), before[3].clone()]);
        let after = d.devices();
        assert_eq!(ptrs(&after), ptrs(&[before[2].clone(), before[0].clone(), before[3].clone()]));
        // An element that now calls for another class gets a new object of that class.
        let nic = before[1].clone();
        d.add_device(&nic);
        nic.node().set_attribute("type", Some("user"));
        let retyped = d.devices();
        assert_eq!(retyped.len(), 4);
        assert_ne!(ptrs(&retyped)[3], ptrs(&before)[1]);
        assert_eq!(retyped[3].type_(), crate::DomainInterfaceUser::static_type());
        assert_eq!(ptrs(&retyped)[..3], ptrs(&after)[..]);
        // No <devices> at all.
        d.node().remove_children("devices");
        assert!(d.devices().is_empty());
    }

    #[test]
    fn devices_have_no_schema_as_in_libvirt_glib() {
        // A lone device cannot be validated against domain.rng (its root is not <domain>);
        // libvirt-glib gives device objects no schema.
        let d = Domain::from_xml(XML).unwrap();
        assert_eq!(d.schema().as_deref(), Some("/usr/share/libvirt/schemas/domain.rng"));
        for device in d.devices() {
            assert_eq!(device.schema(), None);
        }
        assert_eq!(DomainDisk::new().schema(), None);
        assert_eq!(crate::DomainControllerUsb::new().schema(), None);
    }

    #[test]
    fn set_devices_puts_devices_last_and_an_empty_list_removes_them() {
        let d = Domain::from_xml("<domain><devices><video/></devices><name>a</name></domain>").unwrap();
        let devices = d.devices();
        d.set_devices(&devices);
        assert_eq!(d.to_xml(), "<domain>\n  <name>a</name>\n  <devices>\n    <video/>\n  </devices>\n</domain>");
        d.set_devices(&[]);
        assert_eq!(d.to_xml(), "<domain>\n  <name>a</name>\n</domain>");
        assert!(d.devices().is_empty());
    }

    #[test]
    fn a_device_moved_to_another_domain_is_listed_there() {
        let a = Domain::from_xml(XML).unwrap();
        let b = Domain::new();
        let disk = a.devices()[0].clone();
        b.add_device(&disk);
        assert_eq!(a.devices().len(), 3);
        // Listed by b (its own objects: each domain keeps the ones it returned), viewing the
        // same element.
        let in_b = b.devices();
        assert_eq!(in_b.len(), 1);
        assert_eq!(in_b[0].upcast_ref::<ConfigObject>().raw_node(), disk.upcast_ref::<ConfigObject>().raw_node());
        assert_eq!(ptrs(&b.devices()), ptrs(&in_b));
        drop(a);
        drop(disk);
        let disk = in_b[0].clone().downcast::<DomainDisk>().unwrap();
        assert_eq!(disk.target_dev().as_deref(), Some("vda"));
        assert!(b.to_xml().contains("<target dev=\"vda\"/>"));
    }

    #[test]
    fn a_removed_device_keeps_working_and_can_come_back() {
        let d = Domain::from_xml(XML).unwrap();
        let devices = d.devices();
        let disk = devices[0].clone().downcast::<DomainDisk>().unwrap();
        d.set_devices(&devices[1..]);
        drop(devices);
        assert_eq!(d.devices().len(), 3);
        // Detached from the domain, the object still reads and writes its element.
        assert_eq!(disk.target_dev().as_deref(), Some("vda"));
        disk.set_target_dev(Some("vdz"));
        assert!(disk.to_xml().contains("vdz") && !d.to_xml().contains("vdz"));
        d.add_device(&disk);
        let again = d.devices();
        assert_eq!(again.len(), 4);
        assert_eq!(again[3].upcast_ref::<ConfigObject>().raw_node(), disk.upcast_ref::<ConfigObject>().raw_node());
        assert_eq!(again[3].clone().downcast::<DomainDisk>().unwrap().target_dev().as_deref(), Some("vdz"));
    }

    #[test]
    fn devices_and_document_die_with_the_domain() {
        let d = Domain::from_xml(XML).unwrap();
        let device = d.devices()[0].downgrade();
        let doc = d.node().document().downgrade();
        drop(d);
        assert!(device.upgrade().is_none(), "the domain's list must not outlive it");
        assert!(doc.upgrade().is_none(), "no reference cycle through the listed devices");
    }
}

#[cfg(test)]
mod part_tests {
    use super::*;
    use crate::{DomainClock, DomainClockOffset, DomainOs, DomainOsType, DomainPowerManagement, DomainSeclabel, DomainSeclabelType};

    #[test]
    fn os_clock_seclabel_and_pm_move_to_the_end() {
        let d = Domain::new();
        assert!(d.os().is_none());
        assert!(d.clock().is_none());
        d.set_name(Some("n"));
        let os = DomainOs::new();
        os.set_os_type(DomainOsType::Hvm);
        d.set_os(Some(&os));
        os.set_arch(Some("x86_64"));
        d.os().unwrap().set_machine(Some("pc"));
        let clock = DomainClock::new();
        clock.set_offset(DomainClockOffset::Utc);
        d.set_clock(Some(&clock));
        let label = DomainSeclabel::new();
        label.set_label_type(DomainSeclabelType::Dynamic);
        d.set_seclabel(Some(&label));
        let pm = DomainPowerManagement::new();
        pm.set_mem_suspend_enabled(true);
        d.set_power_management(Some(&pm));
        d.set_memory(10);
        let linux = DomainOs::new();
        linux.set_os_type(DomainOsType::Linux);
        d.set_os(Some(&linux));
        assert_eq!(
            d.to_xml(),
            "<domain>\n  <name>n</name>\n  <clock offset=\"utc\"/>\n  <seclabel type=\"dynamic\"/>\n  <pm>\n    \
             <suspend-to-mem enabled=\"yes\"/>\n  </pm>\n  <memory unit=\"KiB\">10</memory>\n  <os>\n    \
             <type>linux</type>\n  </os>\n</domain>"
        );
        assert_eq!(d.os().unwrap().os_type(), DomainOsType::Linux);
        assert_eq!(d.os().unwrap().schema().as_deref(), Some("/usr/share/libvirt/schemas/domain.rng"));
        d.set_clock(None);
        d.set_os(None);
        d.set_seclabel(None);
        d.set_power_management(None);
        assert_eq!(d.to_xml(), "<domain>\n  <name>n</name>\n  <memory unit=\"KiB\">10</memory>\n</domain>");
    }

    #[test]
    fn round_trip_through_the_parts_keeps_unknown_content() {
        let xml = "<domain type='kvm'><os firmware='efi'><type arch='x86_64' machine='q35'>hvm</type>\
                   <loader readonly='yes' type='pflash'>/l</loader><!-- boot --><boot dev='hd'/></os>\
                   <clock offset='utc'><timer name='tsc' frequency='1000'/><timer name='rtc'/></clock>\
                   <devices><serial type='pty'><target type='isa-serial' port='0'><model name='isa'/></target>\
                   <log file='/l'/></serial></devices></domain>";
        let d = Domain::from_xml(xml).unwrap();
        d.os().unwrap().set_machine(Some("pc"));
        d.clock().unwrap().set_offset(DomainClockOffset::Localtime);
        let serial = d.devices()[0].clone().downcast::<crate::DomainSerial>().unwrap();
        let pty = crate::DomainChardevSourcePty::new();
        pty.set_path(Some("/dev/pts/2"));
        crate::DomainChardevExt::set_source(&serial, &pty);
        assert_eq!(
            d.to_xml(),
            "<domain type=\"kvm\">\n  <os firmware=\"efi\">\n    <type arch=\"x86_64\" machine=\"pc\">hvm</type>\n    \
             <loader readonly=\"yes\" type=\"pflash\">/l</loader>\n    <!-- boot -->\n    <boot dev=\"hd\"/>\n  </os>\n  \
             <clock offset=\"localtime\">\n    <timer name=\"tsc\" frequency=\"1000\"/>\n    <timer name=\"rtc\"/>\n  \
             </clock>\n  <devices>\n    <serial type=\"pty\">\n      <target type=\"isa-serial\" port=\"0\">\n        \
             <model name=\"isa\"/>\n      </target>\n      <log file=\"/l\"/>\n      <source path=\"/dev/pts/2\"/>\n    \
             </serial>\n  </devices>\n</domain>"
        );
    }

    #[test]
    fn set_seclabel_replaces_every_label() {
        let d = Domain::from_xml("<domain><seclabel type='none'/><seclabel model='dac'/><pm/></domain>").unwrap();
        d.set_seclabel(Some(&DomainSeclabel::from_xml("<seclabel type='static'/>").unwrap()));
        assert_eq!(d.to_xml(), "<domain>\n  <pm/>\n  <seclabel type=\"static\"/>\n</domain>");
    }
}
