//! C ABI of `GVirConfigDomainRng` (`<rng>`), beyond libvirt-glib.

use std::ffi::c_char;

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, string_getter, value_getter};
use super::device_accessors::*;
use super::{opt_str, GObjectPtr};
use crate::{ConfigObject, DomainRng, DomainRngBackendModel, DomainRngModel};

export_get_type! {
    gvir_config_domain_rng_get_type => DomainRng,
    gvir_config_domain_rng_model_get_type => DomainRngModel,
    gvir_config_domain_rng_backend_model_get_type => DomainRngBackendModel,
}

export_new!(gvir_config_domain_rng_new, DomainRng::new());
export_new_from_xml!(gvir_config_domain_rng_new_from_xml, |xml| ConfigObject::parse_opt::<DomainRng>(
    xml,
    "rng",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_get_model(rng: GObjectPtr) -> i32 {
    value_getter::<DomainRng, i32>(
        rng,
        c"gvir_config_domain_rng_get_model",
        "rng",
        DomainRngModel::Virtio.into_glib(),
        |o| o.model().unwrap_or(DomainRngModel::Virtio).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_set_model(rng: GObjectPtr, model: i32) {
    setter::<DomainRng>(rng, c"gvir_config_domain_rng_set_model", "rng", |o| {
        if let Some(model) = enum_arg::<DomainRngModel>(
            model,
            c"gvir_config_domain_rng_set_model",
            c"model is a GVirConfigDomainRngModel",
        ) {
            o.set_model(model)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_get_backend_model(rng: GObjectPtr) -> i32 {
    value_getter::<DomainRng, i32>(
        rng,
        c"gvir_config_domain_rng_get_backend_model",
        "rng",
        DomainRngBackendModel::Random.into_glib(),
        |o| o.backend_model().unwrap_or(DomainRngBackendModel::Random).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_get_backend_path(rng: GObjectPtr) -> *const c_char {
    string_getter::<DomainRng>(rng, c"gvir_config_domain_rng_get_backend_path", "rng", |o| o.backend_path())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_get_backend_host(rng: GObjectPtr) -> *const c_char {
    string_getter::<DomainRng>(rng, c"gvir_config_domain_rng_get_backend_host", "rng", |o| o.backend_host())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_get_backend_service(rng: GObjectPtr) -> *const c_char {
    string_getter::<DomainRng>(rng, c"gvir_config_domain_rng_get_backend_service", "rng", |o| o.backend_service())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_set_backend_random(rng: GObjectPtr, path: *const c_char) {
    let path = opt_str(path);
    setter::<DomainRng>(rng, c"gvir_config_domain_rng_set_backend_random", "rng", |o| {
        o.set_backend_random(path.as_deref())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_set_backend_egd_unix(rng: GObjectPtr, path: *const c_char) {
    let Some(path) = capi_support::borrow_str(path) else {
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_rng_set_backend_egd_unix",
            c"path != NULL",
        );
    };
    setter::<DomainRng>(rng, c"gvir_config_domain_rng_set_backend_egd_unix", "rng", |o| o.set_backend_egd_unix(&path))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_set_backend_egd_tcp(
    rng: GObjectPtr,
    host: *const c_char,
    service: *const c_char,
) {
    let Some(host) = capi_support::borrow_str(host) else {
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_rng_set_backend_egd_tcp",
            c"host != NULL",
        );
    };
    let Some(service) = capi_support::borrow_str(service) else {
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_rng_set_backend_egd_tcp",
            c"service != NULL",
        );
    };
    setter::<DomainRng>(rng, c"gvir_config_domain_rng_set_backend_egd_tcp", "rng", |o| {
        o.set_backend_egd_tcp(&host, &service)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_set_backend_builtin(rng: GObjectPtr) {
    setter::<DomainRng>(rng, c"gvir_config_domain_rng_set_backend_builtin", "rng", |o| o.set_backend_builtin())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_get_rate_bytes(rng: GObjectPtr) -> u64 {
    value_getter::<DomainRng, u64>(rng, c"gvir_config_domain_rng_get_rate_bytes", "rng", 0, |o| {
        o.rate_bytes().unwrap_or(0)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_get_rate_period(rng: GObjectPtr) -> u64 {
    value_getter::<DomainRng, u64>(rng, c"gvir_config_domain_rng_get_rate_period", "rng", 0, |o| {
        o.rate_period().unwrap_or(0)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_rng_set_rate(rng: GObjectPtr, bytes: u64, period: u64) {
    setter::<DomainRng>(rng, c"gvir_config_domain_rng_set_rate", "rng", |o| o.set_rate(bytes, period))
}
