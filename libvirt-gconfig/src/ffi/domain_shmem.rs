//! C ABI of `GVirConfigDomainShmem` (`<shmem>`), beyond libvirt-glib.

use std::ffi::c_char;

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, string_getter, value_getter};
use super::device_accessors::*;
use super::{opt_str, GObjectPtr};
use crate::{ConfigObject, DomainShmem, DomainShmemModel, DomainShmemRole};

export_get_type! {
    gvir_config_domain_shmem_get_type => DomainShmem,
    gvir_config_domain_shmem_role_get_type => DomainShmemRole,
    gvir_config_domain_shmem_model_get_type => DomainShmemModel,
}

export_new!(gvir_config_domain_shmem_new, DomainShmem::new());
export_new_from_xml!(gvir_config_domain_shmem_new_from_xml, |xml| ConfigObject::parse_opt::<DomainShmem>(
    xml,
    "shmem",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_get_name(shmem: GObjectPtr) -> *const c_char {
    string_getter::<DomainShmem>(shmem, c"gvir_config_domain_shmem_get_name", "shmem", |o| o.name())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_set_name(shmem: GObjectPtr, name: *const c_char) {
    let name = opt_str(name);
    setter::<DomainShmem>(shmem, c"gvir_config_domain_shmem_set_name", "shmem", |o| o.set_name(name.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_get_role(shmem: GObjectPtr) -> i32 {
    value_getter::<DomainShmem, i32>(
        shmem,
        c"gvir_config_domain_shmem_get_role",
        "shmem",
        DomainShmemRole::Master.into_glib(),
        |o| o.role().unwrap_or(DomainShmemRole::Master).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_set_role(shmem: GObjectPtr, role: i32) {
    setter::<DomainShmem>(shmem, c"gvir_config_domain_shmem_set_role", "shmem", |o| {
        if let Some(role) = enum_arg::<DomainShmemRole>(
            role,
            c"gvir_config_domain_shmem_set_role",
            c"role is a GVirConfigDomainShmemRole",
        ) {
            o.set_role(role)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_get_model(shmem: GObjectPtr) -> i32 {
    value_getter::<DomainShmem, i32>(
        shmem,
        c"gvir_config_domain_shmem_get_model",
        "shmem",
        DomainShmemModel::IvshmemPlain.into_glib(),
        |o| o.model().unwrap_or(DomainShmemModel::IvshmemPlain).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_set_model(shmem: GObjectPtr, model: i32) {
    setter::<DomainShmem>(shmem, c"gvir_config_domain_shmem_set_model", "shmem", |o| {
        if let Some(model) = enum_arg::<DomainShmemModel>(
            model,
            c"gvir_config_domain_shmem_set_model",
            c"model is a GVirConfigDomainShmemModel",
        ) {
            o.set_model(model)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_get_size(shmem: GObjectPtr) -> u64 {
    value_getter::<DomainShmem, u64>(shmem, c"gvir_config_domain_shmem_get_size", "shmem", 0, |o| o.size())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_set_size(shmem: GObjectPtr, size: u64) {
    setter::<DomainShmem>(shmem, c"gvir_config_domain_shmem_set_size", "shmem", |o| o.set_size(size))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_get_server_path(shmem: GObjectPtr) -> *const c_char {
    string_getter::<DomainShmem>(shmem, c"gvir_config_domain_shmem_get_server_path", "shmem", |o| o.server_path())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_shmem_set_server_path(shmem: GObjectPtr, path: *const c_char) {
    let path = opt_str(path);
    setter::<DomainShmem>(shmem, c"gvir_config_domain_shmem_set_server_path", "shmem", |o| {
        o.set_server_path(path.as_deref())
    })
}
