//! C ABI of `DomainCapabilities` and `DomainCapabilitiesOs`
//! (`libvirt-gconfig-domain-capabilities*.h`).

use std::ffi::c_char;

use capi_support::guard;
use glib::ffi::{GError, GList, GType};
use glib::prelude::*;
use glib::translate::*;

use super::accessor_fns::{object, object_getter};
use super::{full, GObjectPtr};
use crate::{ConfigObject, DomainCapabilities, DomainCapabilitiesOs};

#[no_mangle]
pub extern "C" fn gvir_config_domain_capabilities_get_type() -> GType {
    DomainCapabilities::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_capabilities_new() -> GObjectPtr {
    guard("gvir_config_domain_capabilities_new", std::ptr::null_mut(), || full(DomainCapabilities::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_capabilities_new_from_xml(xml: *const c_char, error: *mut *mut GError) -> GObjectPtr {
    guard("gvir_config_domain_capabilities_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| ConfigObject::parse_opt::<DomainCapabilities>(xml, "domainCapabilities", Some(crate::domain_capabilities::SCHEMA)))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_capabilities_get_os(domain_caps: GObjectPtr) -> GObjectPtr {
    object_getter::<DomainCapabilities, _>(domain_caps, c"gvir_config_domain_capabilities_get_os", "domain_caps", |c| c.os())
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_capabilities_os_get_type() -> GType {
    DomainCapabilitiesOs::static_type().into_glib()
}

/// Dispatches to the `get_firmwares` slot of the object's class (a C subclass may have set it).
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_capabilities_os_get_firmwares(os: GObjectPtr) -> *mut GList {
    let Some(os) = object::<DomainCapabilitiesOs>(os, c"gvir_config_domain_capabilities_os_get_firmwares", "os") else {
        return std::ptr::null_mut();
    };
    guard("gvir_config_domain_capabilities_os_get_firmwares", std::ptr::null_mut(), || {
        crate::domain_capabilities::os::firmwares_list(&os)
    })
}
