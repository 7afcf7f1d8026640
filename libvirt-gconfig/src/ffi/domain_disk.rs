//! C ABI of the enumerations of `libvirt-gconfig-domain-disk.h` that snapshots use (the class
//! comes with the other devices).

use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use crate::DomainDiskSnapshotType;

#[no_mangle]
pub extern "C" fn gvir_config_domain_disk_snapshot_type_get_type() -> GType {
    DomainDiskSnapshotType::static_type().into_glib()
}
