//! `GVirDomainDevice`, `GVirDomainDisk`, `GVirDomainInterface`, their statistics records, and
//! the device functions of `GVirDomain`.

use std::sync::OnceLock;

use capi_support::{guard, object_list_full};
use glib::ffi::{gboolean, GError, GType, GFALSE};
use glib::prelude::*;
use glib::translate::*;
use libvirt_gconfig::ConfigObjectExt;

use super::records::{register_boxed, slice_copy, slice_free, slice_new};
use super::{boolean_or_error, full, object_arg, value_or_error, GObjectPtr};
use crate::{Domain, DomainDevice, DomainDisk, DomainDiskStats, DomainInterface, DomainInterfaceStats, DomainUpdateDeviceFlags};

#[no_mangle]
pub extern "C" fn gvir_domain_device_get_type() -> GType {
    DomainDevice::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_disk_get_type() -> GType {
    DomainDisk::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_interface_get_type() -> GType {
    DomainInterface::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_disk_stats_get_type() -> GType {
    static TYPE: OnceLock<usize> = OnceLock::new();
    register_boxed(&TYPE, c"GVirDomainDiskStats", slice_copy::<DomainDiskStats>, slice_free::<DomainDiskStats>)
}

#[no_mangle]
pub extern "C" fn gvir_domain_interface_stats_get_type() -> GType {
    static TYPE: OnceLock<usize> = OnceLock::new();
    register_boxed(&TYPE, c"GVirDomainInterfaceStats", slice_copy::<DomainInterfaceStats>, slice_free::<DomainInterfaceStats>)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_device_get_domain(device: GObjectPtr) -> GObjectPtr {
    let device = object_arg!(device as DomainDevice, c"gvir_domain_device_get_domain", std::ptr::null_mut());
    match device.imp_domain() {
        Some(domain) => full(domain),
        None => std::ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_device_get_config(device: GObjectPtr) -> GObjectPtr {
    let device = object_arg!(device as DomainDevice, c"gvir_domain_device_get_config", std::ptr::null_mut());
    match device.imp_config() {
        Some(config) => full(config),
        None => std::ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_disk_get_stats(disk: GObjectPtr, err: *mut *mut GError) -> *mut DomainDiskStats {
    let disk = object_arg!(disk as DomainDisk, c"gvir_domain_disk_get_stats", std::ptr::null_mut());
    guard("gvir_domain_disk_get_stats", std::ptr::null_mut(), || {
        value_or_error(disk.stats().map(slice_new), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_disk_resize(disk: GObjectPtr, size: u64, flags: u32, err: *mut *mut GError) -> gboolean {
    let disk = object_arg!(disk as DomainDisk, c"gvir_domain_disk_resize", GFALSE);
    guard("gvir_domain_disk_resize", GFALSE, || boolean_or_error(disk.resize(size, flags), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_interface_get_stats(iface: GObjectPtr, err: *mut *mut GError) -> *mut DomainInterfaceStats {
    let iface = object_arg!(iface as DomainInterface, c"gvir_domain_interface_get_stats", std::ptr::null_mut());
    guard("gvir_domain_interface_get_stats", std::ptr::null_mut(), || {
        value_or_error(iface.stats().map(slice_new), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_devices(dom: GObjectPtr, err: *mut *mut GError) -> *mut glib::ffi::GList {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_devices", std::ptr::null_mut());
    guard("gvir_domain_get_devices", std::ptr::null_mut(), || {
        value_or_error(domain.devices().map(object_list_full), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_update_device(dom: GObjectPtr, device: GObjectPtr, flags: u32, err: *mut *mut GError) -> gboolean {
    let domain = object_arg!(dom as Domain, c"gvir_domain_update_device", GFALSE);
    let device = object_arg!(device as libvirt_gconfig::DomainDevice, c"gvir_domain_update_device", GFALSE);
    guard("gvir_domain_update_device", GFALSE, || {
        let flags = DomainUpdateDeviceFlags::from_bits_retain(flags);
        boolean_or_error(domain.update_device_with_xml(&device.to_xml(), flags), err)
    })
}

/// The parts a C-made device may lack (`g_object_new` without its properties).
trait DeviceParts {
    fn imp_domain(&self) -> Option<Domain>;
    fn imp_config(&self) -> Option<libvirt_gconfig::DomainDevice>;
}

impl DeviceParts for DomainDevice {
    fn imp_domain(&self) -> Option<Domain> {
        self.property::<Option<Domain>>("domain")
    }
    fn imp_config(&self) -> Option<libvirt_gconfig::DomainDevice> {
        self.property::<Option<libvirt_gconfig::DomainDevice>>("config")
    }
}
