//! C ABI of `GVirConfigDomainLease` (`<lease>`), beyond libvirt-glib.

use std::ffi::c_char;

use super::accessor_fns::{setter, string_getter, value_getter};
use super::device_accessors::*;
use super::{opt_str, GObjectPtr};
use crate::{ConfigObject, DomainLease};

export_get_type! {
    gvir_config_domain_lease_get_type => DomainLease,
}

export_new!(gvir_config_domain_lease_new, DomainLease::new());
export_new_from_xml!(gvir_config_domain_lease_new_from_xml, |xml| ConfigObject::parse_opt::<DomainLease>(
    xml,
    "lease",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_lease_get_lockspace(lease: GObjectPtr) -> *const c_char {
    string_getter::<DomainLease>(lease, c"gvir_config_domain_lease_get_lockspace", "lease", |o| o.lockspace())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_lease_set_lockspace(lease: GObjectPtr, lockspace: *const c_char) {
    let lockspace = opt_str(lockspace);
    setter::<DomainLease>(lease, c"gvir_config_domain_lease_set_lockspace", "lease", |o| {
        o.set_lockspace(lockspace.as_deref())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_lease_get_key(lease: GObjectPtr) -> *const c_char {
    string_getter::<DomainLease>(lease, c"gvir_config_domain_lease_get_key", "lease", |o| o.key())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_lease_set_key(lease: GObjectPtr, key: *const c_char) {
    let key = opt_str(key);
    setter::<DomainLease>(lease, c"gvir_config_domain_lease_set_key", "lease", |o| o.set_key(key.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_lease_get_target_path(lease: GObjectPtr) -> *const c_char {
    string_getter::<DomainLease>(lease, c"gvir_config_domain_lease_get_target_path", "lease", |o| o.target_path())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_lease_set_target_path(lease: GObjectPtr, path: *const c_char) {
    let path = opt_str(path);
    setter::<DomainLease>(lease, c"gvir_config_domain_lease_set_target_path", "lease", |o| {
        o.set_target_path(path.as_deref())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_lease_get_target_offset(lease: GObjectPtr) -> u64 {
    value_getter::<DomainLease, u64>(lease, c"gvir_config_domain_lease_get_target_offset", "lease", 0, |o| {
        o.target_offset().unwrap_or(0)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_lease_set_target_offset(lease: GObjectPtr, offset: u64) {
    setter::<DomainLease>(lease, c"gvir_config_domain_lease_set_target_offset", "lease", |o| {
        o.set_target_offset(offset)
    })
}
