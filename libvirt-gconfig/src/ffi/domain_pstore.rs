//! C ABI of `GVirConfigDomainPstore` (`<pstore>`), beyond libvirt-glib.

use std::ffi::c_char;

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, string_getter, value_getter};
use super::device_accessors::*;
use super::{opt_str, GObjectPtr};
use crate::{ConfigObject, DomainPstore, DomainPstoreBackend};

export_get_type! {
    gvir_config_domain_pstore_get_type => DomainPstore,
    gvir_config_domain_pstore_backend_get_type => DomainPstoreBackend,
}

export_new!(gvir_config_domain_pstore_new, DomainPstore::new());
export_new_from_xml!(gvir_config_domain_pstore_new_from_xml, |xml| ConfigObject::parse_opt::<DomainPstore>(
    xml,
    "pstore",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_pstore_get_backend(pstore: GObjectPtr) -> i32 {
    value_getter::<DomainPstore, i32>(
        pstore,
        c"gvir_config_domain_pstore_get_backend",
        "pstore",
        DomainPstoreBackend::AcpiErst.into_glib(),
        |o| o.backend().unwrap_or(DomainPstoreBackend::AcpiErst).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_pstore_set_backend(pstore: GObjectPtr, backend: i32) {
    setter::<DomainPstore>(pstore, c"gvir_config_domain_pstore_set_backend", "pstore", |o| {
        if let Some(backend) = enum_arg::<DomainPstoreBackend>(
            backend,
            c"gvir_config_domain_pstore_set_backend",
            c"backend is a GVirConfigDomainPstoreBackend",
        ) {
            o.set_backend(backend)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_pstore_get_path(pstore: GObjectPtr) -> *const c_char {
    string_getter::<DomainPstore>(pstore, c"gvir_config_domain_pstore_get_path", "pstore", |o| o.path())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_pstore_set_path(pstore: GObjectPtr, path: *const c_char) {
    let path = opt_str(path);
    setter::<DomainPstore>(pstore, c"gvir_config_domain_pstore_set_path", "pstore", |o| o.set_path(path.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_pstore_get_size(pstore: GObjectPtr) -> u64 {
    value_getter::<DomainPstore, u64>(pstore, c"gvir_config_domain_pstore_get_size", "pstore", 0, |o| o.size())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_pstore_set_size(pstore: GObjectPtr, size: u64) {
    setter::<DomainPstore>(pstore, c"gvir_config_domain_pstore_set_size", "pstore", |o| o.set_size(size))
}
