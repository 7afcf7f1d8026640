use std::ffi::c_char;

use capi_support::{guard};
use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::{object_arg, GObjectPtr};
use crate::{DomainDevice, DomainDeviceExt};

#[no_mangle]
pub extern "C" fn gvir_config_domain_device_get_type() -> GType {
    DomainDevice::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_device_get_alias(dev: GObjectPtr) -> *const c_char {
    let dev = object_arg!(dev as DomainDevice, c"gvir_config_domain_device_get_alias", std::ptr::null());
    guard("gvir_config_domain_device_get_alias", std::ptr::null(), || crate::ffi::kept_string(&*dev, "alias", dev.alias()))
}
