//! C ABI of `GVirConfigDomainTpm` (`<tpm>`), beyond libvirt-glib.

use std::ffi::c_char;

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, string_getter, value_getter};
use super::device_accessors::*;
use super::{opt_str, GObjectPtr};
use crate::{ConfigObject, DomainTpm, DomainTpmBackendType, DomainTpmModel};

export_get_type! {
    gvir_config_domain_tpm_get_type => DomainTpm,
    gvir_config_domain_tpm_model_get_type => DomainTpmModel,
    gvir_config_domain_tpm_backend_type_get_type => DomainTpmBackendType,
}

export_new!(gvir_config_domain_tpm_new, DomainTpm::new());
export_new_from_xml!(gvir_config_domain_tpm_new_from_xml, |xml| ConfigObject::parse_opt::<DomainTpm>(
    xml,
    "tpm",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_get_model(tpm: GObjectPtr) -> i32 {
    value_getter::<DomainTpm, i32>(
        tpm,
        c"gvir_config_domain_tpm_get_model",
        "tpm",
        DomainTpmModel::Tis.into_glib(),
        |o| o.model().unwrap_or(DomainTpmModel::Tis).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_set_model(tpm: GObjectPtr, model: i32) {
    setter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_set_model", "tpm", |o| {
        if let Some(model) = enum_arg::<DomainTpmModel>(
            model,
            c"gvir_config_domain_tpm_set_model",
            c"model is a GVirConfigDomainTpmModel",
        ) {
            o.set_model(model)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_get_backend_type(tpm: GObjectPtr) -> i32 {
    value_getter::<DomainTpm, i32>(
        tpm,
        c"gvir_config_domain_tpm_get_backend_type",
        "tpm",
        DomainTpmBackendType::Passthrough.into_glib(),
        |o| o.backend_type().unwrap_or(DomainTpmBackendType::Passthrough).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_set_backend_type(tpm: GObjectPtr, backend_type: i32) {
    setter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_set_backend_type", "tpm", |o| {
        if let Some(backend_type) = enum_arg::<DomainTpmBackendType>(
            backend_type,
            c"gvir_config_domain_tpm_set_backend_type",
            c"backend_type is a GVirConfigDomainTpmBackendType",
        ) {
            o.set_backend_type(backend_type)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_get_backend_version(tpm: GObjectPtr) -> *const c_char {
    string_getter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_get_backend_version", "tpm", |o| o.backend_version())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_set_backend_version(tpm: GObjectPtr, version: *const c_char) {
    let version = opt_str(version);
    setter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_set_backend_version", "tpm", |o| {
        o.set_backend_version(version.as_deref())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_get_device_path(tpm: GObjectPtr) -> *const c_char {
    string_getter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_get_device_path", "tpm", |o| o.device_path())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_set_device_path(tpm: GObjectPtr, path: *const c_char) {
    let path = opt_str(path);
    setter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_set_device_path", "tpm", |o| o.set_device_path(path.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_get_source_path(tpm: GObjectPtr) -> *const c_char {
    string_getter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_get_source_path", "tpm", |o| o.source_path())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_set_source_path(tpm: GObjectPtr, path: *const c_char) {
    let path = opt_str(path);
    setter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_set_source_path", "tpm", |o| o.set_source_path(path.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_get_persistent_state(tpm: GObjectPtr) -> glib::ffi::gboolean {
    value_getter::<DomainTpm, glib::ffi::gboolean>(
        tpm,
        c"gvir_config_domain_tpm_get_persistent_state",
        "tpm",
        glib::ffi::GFALSE,
        |o| o.persistent_state().unwrap_or(false).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_tpm_set_persistent_state(tpm: GObjectPtr, persistent: glib::ffi::gboolean) {
    setter::<DomainTpm>(tpm, c"gvir_config_domain_tpm_set_persistent_state", "tpm", |o| {
        o.set_persistent_state(persistent != glib::ffi::GFALSE)
    })
}
