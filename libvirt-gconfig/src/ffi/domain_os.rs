//! C ABI of the enumerations of `libvirt-gconfig-domain-os.h` (the class comes with the rest of
//! the domain's parts).

use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use crate::{DomainOsFirmware, DomainOsType};

#[no_mangle]
pub extern "C" fn gvir_config_domain_os_type_get_type() -> GType {
    DomainOsType::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_os_firmware_get_type() -> GType {
    DomainOsFirmware::static_type().into_glib()
}
