//! C ABI of the enumerations of `libvirt-gconfig-domain-disk-driver.h` that snapshots use (the
//! class comes with the other device parts).

use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use crate::DomainDiskFormat;

#[no_mangle]
pub extern "C" fn gvir_config_domain_disk_format_get_type() -> GType {
    DomainDiskFormat::static_type().into_glib()
}
