//! The devices of a domain: `DomainDevice` (`GVirDomainDevice`, abstract) and its kinds
//! `DomainDisk` (`GVirDomainDisk`) and `DomainInterface` (`GVirDomainInterface`).
//!
//! A device object pairs a [`Domain`] with the configuration of one of its devices (a
//! `libvirt_gconfig::DomainDevice`); [`Domain::devices`] makes them from the domain's current
//! configuration. The statistics calls ask libvirt about the device named by that
//! configuration (the disk's target, the interface's host-side name).

use std::ffi::c_void;
use std::sync::OnceLock;

use glib::prelude::*;
use glib::subclass::prelude::*;
use libvirt_gconfig::DomainInterfaceExt;

use crate::error::{failure, libvirt_failure, DomainDiskError, DomainInterfaceError};
use crate::Domain;

/// C layout of `GVirDomainDevice`: `{ GObject parent; gpointer priv; }`.
#[repr(C)]
pub struct DomainDeviceInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// C layout of `GVirDomainDeviceClass`: `{ GObjectClass parent_class; gpointer padding[20]; }`.
#[repr(C)]
pub struct DomainDeviceClass {
    parent_class: glib::gobject_ffi::GObjectClass,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for DomainDeviceInstance {
    type Type = imp::DomainDevice;
}

unsafe impl ClassStruct for DomainDeviceClass {
    type Type = imp::DomainDevice;
}

/// C layout of `GVirDomainDisk` and `GVirDomainInterface`: `{ GVirDomainDevice parent; gpointer priv; }`.
#[repr(C)]
pub struct DeviceKindInstance<T> {
    parent: DomainDeviceInstance,
    priv_: *mut c_void,
    _kind: std::marker::PhantomData<T>,
}

/// C layout of `GVirDomainDiskClass` and `GVirDomainInterfaceClass`:
/// `{ GVirDomainDeviceClass parent_class; gpointer padding[20]; }`.
#[repr(C)]
pub struct DeviceKindClass<T> {
    parent_class: DomainDeviceClass,
    padding: [*mut c_void; 20],
    _kind: std::marker::PhantomData<T>,
}

pub type DomainDiskInstance = DeviceKindInstance<imp::DomainDisk>;
pub type DomainDiskClass = DeviceKindClass<imp::DomainDisk>;
pub type DomainInterfaceInstance = DeviceKindInstance<imp::DomainInterface>;
pub type DomainInterfaceClass = DeviceKindClass<imp::DomainInterface>;

unsafe impl<T: ObjectSubclass> InstanceStruct for DeviceKindInstance<T> {
    type Type = T;
}

unsafe impl<T: ObjectSubclass> ClassStruct for DeviceKindClass<T> {
    type Type = T;
}

/// What [`DomainDisk::stats`] reports (`virDomainBlockStatsStruct`); -1 where the
/// hypervisor does not count. Same layout as the C `GVirDomainDiskStats`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DomainDiskStats {
    pub rd_req: i64,
    pub rd_bytes: i64,
    pub wr_req: i64,
    pub wr_bytes: i64,
    pub errs: i64,
}

/// What [`DomainInterface::stats`] reports (`virDomainInterfaceStatsStruct`); -1 where the
/// hypervisor does not count. Same layout as the C `GVirDomainInterfaceStats`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DomainInterfaceStats {
    pub rx_bytes: i64,
    pub rx_packets: i64,
    pub rx_errs: i64,
    pub rx_drop: i64,
    pub tx_bytes: i64,
    pub tx_packets: i64,
    pub tx_errs: i64,
    pub tx_drop: i64,
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct DomainDevice {
        pub(crate) domain: OnceLock<Domain>,
        pub(crate) config: std::cell::OnceCell<libvirt_gconfig::DomainDevice>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for DomainDevice {
        const NAME: &'static str = "GVirDomainDevice";
        const ABSTRACT: bool = true;
        type Type = super::DomainDevice;
        type ParentType = glib::Object;
        type Instance = super::DomainDeviceInstance;
        type Class = super::DomainDeviceClass;
    }

    impl ObjectImpl for DomainDevice {
        fn properties() -> &'static [glib::ParamSpec] {
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| {
                vec![
                    glib::ParamSpecObject::builder::<Domain>("domain")
                        .nick("Domain")
                        .blurb("The domain the device belongs to")
                        .construct_only()
                        .build(),
                    glib::ParamSpecObject::builder::<libvirt_gconfig::DomainDevice>("config")
                        .nick("Config")
                        .blurb("The configuration of the device")
                        .construct_only()
                        .build(),
                ]
            })
        }

        fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
            match pspec.name() {
                "domain" => {
                    if let Some(domain) = value.get::<Option<Domain>>().expect("a GVirDomain") {
                        let _ = self.domain.set(domain);
                    }
                }
                "config" => {
                    if let Some(config) = value.get::<Option<libvirt_gconfig::DomainDevice>>().expect("a GVirConfigDomainDevice") {
                        let _ = self.config.set(config);
                    }
                }
                _ => unreachable!("GObject checks property names"),
            }
        }

        fn property(&self, _id: usize, pspec: &glib::ParamSpec) -> glib::Value {
            match pspec.name() {
                "domain" => self.domain.get().to_value(),
                "config" => self.config.get().to_value(),
                _ => unreachable!("GObject checks property names"),
            }
        }
    }

    impl DomainDeviceImpl for DomainDevice {}

    #[derive(Default)]
    pub struct DomainDisk;

    #[glib::object_subclass]
    impl ObjectSubclass for DomainDisk {
        const NAME: &'static str = "GVirDomainDisk";
        type Type = super::DomainDisk;
        type ParentType = super::DomainDevice;
        type Instance = super::DomainDiskInstance;
        type Class = super::DomainDiskClass;
    }

    impl ObjectImpl for DomainDisk {}
    impl DomainDeviceImpl for DomainDisk {}

    #[derive(Default)]
    pub struct DomainInterface;

    #[glib::object_subclass]
    impl ObjectSubclass for DomainInterface {
        const NAME: &'static str = "GVirDomainInterface";
        type Type = super::DomainInterface;
        type ParentType = super::DomainDevice;
        type Instance = super::DomainInterfaceInstance;
        type Class = super::DomainInterfaceClass;
    }

    impl ObjectImpl for DomainInterface {}
    impl DomainDeviceImpl for DomainInterface {}
}

glib::wrapper! {
    /// A device of a domain: the domain and the device's configuration.
    pub struct DomainDevice(ObjectSubclass<imp::DomainDevice>);
}

glib::wrapper! {
    /// A disk of a domain.
    pub struct DomainDisk(ObjectSubclass<imp::DomainDisk>) @extends DomainDevice;
}

glib::wrapper! {
    /// A network interface of a domain.
    pub struct DomainInterface(ObjectSubclass<imp::DomainInterface>) @extends DomainDevice;
}

/// Implemented by subclasses of [`DomainDevice`] (it has no virtual methods).
pub trait DomainDeviceImpl: ObjectImpl + ObjectSubclass<Type: IsA<DomainDevice>> {}

unsafe impl<T: DomainDeviceImpl> IsSubclassable<T> for DomainDevice {}

/// Methods of every [`DomainDevice`].
pub trait DomainDeviceExt: IsA<DomainDevice> {
    /// The domain the device belongs to.
    fn domain(&self) -> Domain {
        self.upcast_ref::<DomainDevice>().imp().domain.get().cloned().expect("devices are made with their domain")
    }

    /// The device's configuration (shared, not a copy).
    fn config(&self) -> libvirt_gconfig::DomainDevice {
        self.upcast_ref::<DomainDevice>().imp().config.get().cloned().expect("devices are made with their configuration")
    }
}

impl<O: IsA<DomainDevice>> DomainDeviceExt for O {}

impl DomainDevice {
    /// The object for device `config` of `domain`: a [`DomainDisk`] or a
    /// [`DomainInterface`], or `None` for kinds of device this API has no class for.
    pub(crate) fn for_config(domain: &Domain, config: &libvirt_gconfig::DomainDevice) -> Option<DomainDevice> {
        let gtype = if config.is::<libvirt_gconfig::DomainDisk>() {
            DomainDisk::static_type()
        } else if config.is::<libvirt_gconfig::DomainInterface>() {
            DomainInterface::static_type()
        } else {
            return None;
        };
        let object = glib::Object::with_type(gtype);
        let object: DomainDevice = object.downcast().expect("a DomainDevice subclass");
        let imp = object.imp();
        let _ = imp.domain.set(domain.clone());
        let _ = imp.config.set(config.clone());
        Some(object)
    }

    fn handle(&self, what: &str) -> Result<virt::domain::Domain, glib::Error> {
        self.imp()
            .domain
            .get()
            .and_then(Domain::handle)
            .ok_or_else(|| failure(crate::DomainError::Failed, &format!("{what}: the device has no domain")))
    }

    /// The configuration, if the device was made with one.
    fn config_opt(&self) -> Option<libvirt_gconfig::DomainDevice> {
        self.imp().config.get().cloned()
    }
}

impl DomainDisk {
    /// The disk's target name (`vda`, `hdc`, …), which libvirt calls the disk by.
    fn target(&self) -> Option<String> {
        let config = self.upcast_ref::<DomainDevice>().config_opt()?;
        config.downcast::<libvirt_gconfig::DomainDisk>().ok().and_then(|disk| disk.target_dev())
    }

    /// The disk's I/O counters.
    pub fn stats(&self) -> Result<DomainDiskStats, glib::Error> {
        const WHAT: &str = "Unable to get domain disk stats";
        let handle = self.upcast_ref::<DomainDevice>().handle(WHAT)?;
        let target = self.target().unwrap_or_default();
        let stats = handle.block_stats(&target).map_err(|_| libvirt_failure(DomainDiskError::Failed, WHAT))?;
        Ok(DomainDiskStats {
            rd_req: stats.rd_req,
            rd_bytes: stats.rd_bytes,
            wr_req: stats.wr_req,
            wr_bytes: stats.wr_bytes,
            errs: stats.errs,
        })
    }

    /// Changes the size of the disk's image to `size` (in KiB, or in bytes with
    /// `VIR_DOMAIN_BLOCK_RESIZE_BYTES` in `flags`).
    pub fn resize(&self, size: u64, flags: u32) -> Result<(), glib::Error> {
        const WHAT: &str = "Failed to resize domain disk";
        let handle = self.upcast_ref::<DomainDevice>().handle(WHAT)?;
        let target = self.target().unwrap_or_default();
        handle.block_resize(&target, size, flags).map_err(|_| libvirt_failure(DomainDiskError::Failed, WHAT))
    }
}

impl DomainInterface {
    /// The interface's traffic counters.
    pub fn stats(&self) -> Result<DomainInterfaceStats, glib::Error> {
        const WHAT: &str = "Unable to get domain interface stats";
        let config = self.upcast_ref::<DomainDevice>().config_opt();
        if config.as_ref().is_some_and(|c| c.is::<libvirt_gconfig::DomainInterfaceUser>()) {
            return Err(failure(DomainInterfaceError::Failed, "Statistics gathering for user-mode network not yet supported"));
        }
        let handle = self.upcast_ref::<DomainDevice>().handle(WHAT)?;
        let ifname = config
            .and_then(|c| c.downcast::<libvirt_gconfig::DomainInterface>().ok())
            .and_then(|i| i.ifname())
            .unwrap_or_default();
        let stats = handle.interface_stats(&ifname).map_err(|_| libvirt_failure(DomainInterfaceError::Failed, WHAT))?;
        Ok(DomainInterfaceStats {
            rx_bytes: stats.rx_bytes,
            rx_packets: stats.rx_packets,
            rx_errs: stats.rx_errs,
            rx_drop: stats.rx_drop,
            tx_bytes: stats.tx_bytes,
            tx_packets: stats.tx_packets,
            tx_errs: stats.tx_errs,
            tx_drop: stats.tx_drop,
        })
    }
}
