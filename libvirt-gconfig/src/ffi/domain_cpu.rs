//! C ABI of `DomainCpu`, `DomainCpuFeature` and `DomainCpuModel`
//! (`libvirt-gconfig-domain-cpu*.h`).

use std::ffi::c_char;

use capi_support::guard;
use glib::ffi::{GError, GType};
use glib::prelude::*;
use glib::translate::*;

use super::accessor_fns::{enum_arg, object, setter, value_getter};
use super::{full, GObjectPtr};
use crate::{ConfigObject, DomainCpu, DomainCpuFeature, DomainCpuFeaturePolicy, DomainCpuMatchPolicy, DomainCpuMode, DomainCpuModel};

// --- GVirConfigDomainCpu -------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_get_type() -> GType {
    DomainCpu::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_match_policy_get_type() -> GType {
    DomainCpuMatchPolicy::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_mode_get_type() -> GType {
    DomainCpuMode::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_new() -> GObjectPtr {
    guard("gvir_config_domain_cpu_new", std::ptr::null_mut(), || full(DomainCpu::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_new_from_xml(xml: *const c_char, error: *mut *mut GError) -> GObjectPtr {
    guard("gvir_config_domain_cpu_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| ConfigObject::parse_opt::<DomainCpu>(xml, "cpu", None))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_get_match_policy(cpu: GObjectPtr) -> i32 {
    let default = DomainCpuMatchPolicy::Exact.into_glib();
    value_getter::<DomainCpu, _>(cpu, c"gvir_config_domain_cpu_get_match_policy", "cpu", default, |c| c.match_policy().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_set_match_policy(cpu: GObjectPtr, policy: i32) {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_cpu_set_match_policy";
    setter::<DomainCpu>(cpu, NAME, "cpu", |c| {
        if let Some(policy) = enum_arg::<DomainCpuMatchPolicy>(policy, NAME, c"policy is a GVirConfigDomainCpuMatchPolicy") {
            c.set_match_policy(policy)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_get_mode(cpu: GObjectPtr) -> i32 {
    let default = DomainCpuMode::Custom.into_glib();
    value_getter::<DomainCpu, _>(cpu, c"gvir_config_domain_cpu_get_mode", "cpu", default, |c| c.mode().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_set_mode(cpu: GObjectPtr, mode: i32) {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_cpu_set_mode";
    setter::<DomainCpu>(cpu, NAME, "cpu", |c| {
        if let Some(mode) = enum_arg::<DomainCpuMode>(mode, NAME, c"mode is a GVirConfigDomainCpuMode") {
            c.set_mode(mode)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_set_model(cpu: GObjectPtr, model: GObjectPtr) {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_cpu_set_model";
    let Some(cpu) = object::<DomainCpu>(cpu, NAME, "cpu") else { return };
    let Some(model) = object::<DomainCpuModel>(model, NAME, "model") else { return };
    guard("gvir_config_domain_cpu_set_model", (), || cpu.set_model(&model))
}

// --- GVirConfigDomainCpuFeature ------------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_feature_get_type() -> GType {
    DomainCpuFeature::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_feature_policy_get_type() -> GType {
    DomainCpuFeaturePolicy::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_feature_new() -> GObjectPtr {
    guard("gvir_config_domain_cpu_feature_new", std::ptr::null_mut(), || full(DomainCpuFeature::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_feature_new_from_xml(xml: *const c_char, error: *mut *mut GError) -> GObjectPtr {
    guard("gvir_config_domain_cpu_feature_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| ConfigObject::parse_opt::<DomainCpuFeature>(xml, "feature", None))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_feature_get_policy(feature: GObjectPtr) -> i32 {
    let default = DomainCpuFeaturePolicy::Require.into_glib();
    value_getter::<DomainCpuFeature, _>(feature, c"gvir_config_domain_cpu_feature_get_policy", "feature", default, |f| {
        f.policy().into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cpu_feature_set_policy(feature: GObjectPtr, policy: i32) {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_cpu_feature_set_policy";
    setter::<DomainCpuFeature>(feature, NAME, "feature", |f| {
        if let Some(policy) = enum_arg::<DomainCpuFeaturePolicy>(policy, NAME, c"policy is a GVirConfigDomainCpuFeaturePolicy") {
            f.set_policy(policy)
        }
    })
}

// --- GVirConfigDomainCpuModel --------------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_model_get_type() -> GType {
    DomainCpuModel::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_cpu_model_new() -> GObjectPtr {
    guard("gvir_config_domain_cpu_model_new", std::ptr::null_mut(), || full(DomainCpuModel::new()))
}
