//! C ABI of `DomainSnapshot` and `DomainSnapshotDisk` (`libvirt-gconfig-domain-snapshot*.h`).

use std::ffi::{c_char, c_long, CStr};

use capi_support::guard;
use glib::ffi::{GError, GList, GType};
use glib::prelude::*;
use glib::translate::*;

use super::accessor_fns::{enum_arg, list_getter, object, object_getter, setter, string_getter, value_getter};
use super::{full, opt_str, GObjectPtr};
use crate::{
    ConfigObject, DomainDiskFormat, DomainDiskSnapshotType, DomainSnapshot, DomainSnapshotDisk, DomainSnapshotDomainState,
    DomainSnapshotMemoryState,
};

// --- GVirConfigDomainSnapshot --------------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_domain_snapshot_get_type() -> GType {
    DomainSnapshot::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_snapshot_domain_state_get_type() -> GType {
    DomainSnapshotDomainState::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_snapshot_memory_state_get_type() -> GType {
    DomainSnapshotMemoryState::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_snapshot_new() -> GObjectPtr {
    guard("gvir_config_domain_snapshot_new", std::ptr::null_mut(), || full(DomainSnapshot::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_new_from_xml(xml: *const c_char, error: *mut *mut GError) -> GObjectPtr {
    guard("gvir_config_domain_snapshot_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| ConfigObject::parse_opt::<DomainSnapshot>(xml, "domainsnapshot", Some(crate::domain_snapshot::SCHEMA)))
    })
}

/// `const char *get(snapshot)` / `void set(snapshot, const char *)` pairs (NULL removes).
macro_rules! snapshot_text {
    ($get:ident, $set:ident, $getter:ident, $setter:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $get(snapshot: GObjectPtr) -> *const c_char {
            string_getter::<DomainSnapshot>(snapshot, capi_support::c_name!($get), "snapshot", |s| s.$getter())
        }

        #[no_mangle]
        pub unsafe extern "C" fn $set(snapshot: GObjectPtr, value: *const c_char) {
            setter::<DomainSnapshot>(snapshot, capi_support::c_name!($set), "snapshot", |s| s.$setter(opt_str(value).as_deref()))
        }
    };
}

snapshot_text!(gvir_config_domain_snapshot_get_name, gvir_config_domain_snapshot_set_name, name, set_name);
snapshot_text!(
    gvir_config_domain_snapshot_get_description,
    gvir_config_domain_snapshot_set_description,
    description,
    set_description
);
snapshot_text!(
    gvir_config_domain_snapshot_get_memory_file,
    gvir_config_domain_snapshot_set_memory_file,
    memory_file,
    set_memory_file
);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_get_memory_state(snapshot: GObjectPtr) -> i32 {
    let default = DomainSnapshotMemoryState::None.into_glib();
    value_getter::<DomainSnapshot, _>(snapshot, c"gvir_config_domain_snapshot_get_memory_state", "snapshot", default, |s| {
        s.memory_state().into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_set_memory_state(snapshot: GObjectPtr, state: i32) {
    const NAME: &CStr = c"gvir_config_domain_snapshot_set_memory_state";
    setter::<DomainSnapshot>(snapshot, NAME, "snapshot", |s| {
        if let Some(state) = enum_arg::<DomainSnapshotMemoryState>(state, NAME, c"state is a GVirConfigDomainSnapshotMemoryState") {
            s.set_memory_state(state)
        }
    })
}

/// Returns a `time_t` (a C `long` on the platforms libvirt-glib supports).
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_get_creation_time(snapshot: GObjectPtr) -> c_long {
    value_getter::<DomainSnapshot, _>(snapshot, c"gvir_config_domain_snapshot_get_creation_time", "snapshot", 0, |s| {
        s.creation_time() as c_long
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_get_state(snapshot: GObjectPtr) -> i32 {
    let default = DomainSnapshotDomainState::Nostate.into_glib();
    value_getter::<DomainSnapshot, _>(snapshot, c"gvir_config_domain_snapshot_get_state", "snapshot", default, |s| {
        s.state().into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_get_parent(snapshot: GObjectPtr) -> *const c_char {
    string_getter::<DomainSnapshot>(snapshot, c"gvir_config_domain_snapshot_get_parent", "snapshot", |s| s.parent())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_get_domain(snapshot: GObjectPtr) -> GObjectPtr {
    object_getter::<DomainSnapshot, _>(snapshot, c"gvir_config_domain_snapshot_get_domain", "snapshot", |s| s.domain())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_get_disks(snapshot: GObjectPtr) -> *mut GList {
    list_getter::<DomainSnapshot, _>(snapshot, c"gvir_config_domain_snapshot_get_disks", "snapshot", |s| s.disks())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_set_disks(snapshot: GObjectPtr, disks: *mut GList) {
    const NAME: &CStr = c"gvir_config_domain_snapshot_set_disks";
    setter::<DomainSnapshot>(snapshot, NAME, "snapshot", |s| {
        s.set_disks(&capi_support::object_list_borrow::<DomainSnapshotDisk>(disks, NAME))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_add_disk(snapshot: GObjectPtr, disk: GObjectPtr) {
    const NAME: &CStr = c"gvir_config_domain_snapshot_add_disk";
    let Some(snapshot) = object::<DomainSnapshot>(snapshot, NAME, "snapshot") else { return };
    let Some(disk) = object::<DomainSnapshotDisk>(disk, NAME, "disk") else { return };
    guard("gvir_config_domain_snapshot_add_disk", (), || snapshot.add_disk(&*disk))
}

// --- GVirConfigDomainSnapshotDisk ----------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_domain_snapshot_disk_get_type() -> GType {
    DomainSnapshotDisk::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_snapshot_disk_new() -> GObjectPtr {
    guard("gvir_config_domain_snapshot_disk_new", std::ptr::null_mut(), || full(DomainSnapshotDisk::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_disk_new_from_xml(xml: *const c_char, error: *mut *mut GError) -> GObjectPtr {
    guard("gvir_config_domain_snapshot_disk_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| ConfigObject::parse_opt::<DomainSnapshotDisk>(xml, "disk", Some(crate::domain_snapshot::SCHEMA)))
    })
}

/// `const char *get(disk)` / `void set(disk, const char *)` pairs (NULL removes).
macro_rules! disk_text {
    ($get:ident, $set:ident, $getter:ident, $setter:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $get(disk: GObjectPtr) -> *const c_char {
            string_getter::<DomainSnapshotDisk>(disk, capi_support::c_name!($get), "disk", |d| d.$getter())
        }

        #[no_mangle]
        pub unsafe extern "C" fn $set(disk: GObjectPtr, value: *const c_char) {
            setter::<DomainSnapshotDisk>(disk, capi_support::c_name!($set), "disk", |d| d.$setter(opt_str(value).as_deref()))
        }
    };
}

disk_text!(gvir_config_domain_snapshot_disk_get_name, gvir_config_domain_snapshot_disk_set_name, name, set_name);
disk_text!(
    gvir_config_domain_snapshot_disk_get_source_file,
    gvir_config_domain_snapshot_disk_set_source_file,
    source_file,
    set_source_file
);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_disk_get_snapshot_type(disk: GObjectPtr) -> i32 {
    let default = DomainDiskSnapshotType::No.into_glib();
    value_getter::<DomainSnapshotDisk, _>(disk, c"gvir_config_domain_snapshot_disk_get_snapshot_type", "disk", default, |d| {
        d.snapshot_type().into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_disk_set_snapshot_type(disk: GObjectPtr, type_: i32) {
    const NAME: &CStr = c"gvir_config_domain_snapshot_disk_set_snapshot_type";
    setter::<DomainSnapshotDisk>(disk, NAME, "disk", |d| {
        if let Some(t) = enum_arg::<DomainDiskSnapshotType>(type_, NAME, c"type is a GVirConfigDomainDiskSnapshotType") {
            d.set_snapshot_type(t)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_disk_get_driver_format(disk: GObjectPtr) -> i32 {
    let default = DomainDiskFormat::Raw.into_glib();
    value_getter::<DomainSnapshotDisk, _>(disk, c"gvir_config_domain_snapshot_disk_get_driver_format", "disk", default, |d| {
        d.driver_format().into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_snapshot_disk_set_driver_format(disk: GObjectPtr, format: i32) {
    const NAME: &CStr = c"gvir_config_domain_snapshot_disk_set_driver_format";
    setter::<DomainSnapshotDisk>(disk, NAME, "disk", |d| {
        if let Some(format) = enum_arg::<DomainDiskFormat>(format, NAME, c"format is a GVirConfigDomainDiskFormat") {
            d.set_driver_format(format)
        }
    })
}
