//! C ABI of `Capabilities` and its parts (`libvirt-gconfig-capabilities*.h`).

use std::ffi::c_char;

use capi_support::guard;
use glib::ffi::{GError, GList, GType};
use glib::prelude::*;
use glib::translate::*;

use super::accessor_fns::{list_getter, object, object_getter, setter, string_getter, value_getter};
use super::{full, opt_str, GObjectPtr};
use crate::{
    Capabilities, CapabilitiesCpu, CapabilitiesCpuExt, CapabilitiesCpuFeature, CapabilitiesCpuFeatureExt,
    CapabilitiesCpuModel, CapabilitiesCpuModelExt, CapabilitiesCpuTopology, CapabilitiesGuest, CapabilitiesGuestArch,
    CapabilitiesGuestDomain, CapabilitiesGuestFeature, CapabilitiesHost, CapabilitiesHostSecModel, ConfigObject,
    DomainOsType, DomainVirtType,
};

// --- GVirConfigCapabilities ----------------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_get_type() -> GType {
    Capabilities::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_new() -> GObjectPtr {
    guard("gvir_config_capabilities_new", std::ptr::null_mut(), || full(Capabilities::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_new_from_xml(xml: *const c_char, error: *mut *mut GError) -> GObjectPtr {
    guard("gvir_config_capabilities_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| ConfigObject::parse_opt::<Capabilities>(xml, "capabilities", Some(crate::capabilities::SCHEMA)))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_get_host(caps: GObjectPtr) -> GObjectPtr {
    object_getter::<Capabilities, _>(caps, c"gvir_config_capabilities_get_host", "caps", |c| c.host())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_get_guests(caps: GObjectPtr) -> *mut GList {
    list_getter::<Capabilities, _>(caps, c"gvir_config_capabilities_get_guests", "caps", |c| c.guests())
}

// --- GVirConfigCapabilitiesHost ------------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_host_get_type() -> GType {
    CapabilitiesHost::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_host_get_uuid(host: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesHost>(host, c"gvir_config_capabilities_host_get_uuid", "host", |h| h.uuid())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_host_get_cpu(host: GObjectPtr) -> GObjectPtr {
    object_getter::<CapabilitiesHost, _>(host, c"gvir_config_capabilities_host_get_cpu", "host", |h| h.cpu())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_host_get_secmodels(host: GObjectPtr) -> *mut GList {
    list_getter::<CapabilitiesHost, _>(host, c"gvir_config_capabilities_host_get_secmodels", "host", |h| h.secmodels())
}

// --- GVirConfigCapabilitiesHostSecModel ----------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_host_secmodel_get_type() -> GType {
    CapabilitiesHostSecModel::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_host_secmodel_get_model(secmodel: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesHostSecModel>(secmodel, c"gvir_config_capabilities_host_secmodel_get_model", "secmodel", |s| {
        s.model()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_host_secmodel_get_doi(secmodel: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesHostSecModel>(secmodel, c"gvir_config_capabilities_host_secmodel_get_doi", "secmodel", |s| s.doi())
}

// --- GVirConfigCapabilitiesCpu -------------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_cpu_get_type() -> GType {
    CapabilitiesCpu::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_get_arch(cpu: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesCpu>(cpu, c"gvir_config_capabilities_cpu_get_arch", "cpu", |c| c.arch())
}

/// Dispatches to the `get_features` slot of the CPU's class (a C subclass may have set it).
#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_get_features(cpu: GObjectPtr) -> *mut GList {
    let Some(cpu) = object::<CapabilitiesCpu>(cpu, c"gvir_config_capabilities_cpu_get_features", "cpu") else {
        return std::ptr::null_mut();
    };
    guard("gvir_config_capabilities_cpu_get_features", std::ptr::null_mut(), || crate::capabilities::cpu::features_list(&cpu))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_add_feature(cpu: GObjectPtr, feature: GObjectPtr) {
    const NAME: &std::ffi::CStr = c"gvir_config_capabilities_cpu_add_feature";
    let Some(cpu) = object::<CapabilitiesCpu>(cpu, NAME, "cpu") else { return };
    let Some(feature) = object::<CapabilitiesCpuFeature>(feature, NAME, "feature") else { return };
    guard("gvir_config_capabilities_cpu_add_feature", (), || cpu.add_feature(&*feature))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_get_topology(cpu: GObjectPtr) -> GObjectPtr {
    object_getter::<CapabilitiesCpu, _>(cpu, c"gvir_config_capabilities_cpu_get_topology", "cpu", |c| c.topology())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_set_topology(cpu: GObjectPtr, topology: GObjectPtr) {
    const NAME: &std::ffi::CStr = c"gvir_config_capabilities_cpu_set_topology";
    let Some(cpu) = object::<CapabilitiesCpu>(cpu, NAME, "cpu") else { return };
    let Some(topology) = object::<CapabilitiesCpuTopology>(topology, NAME, "topology") else { return };
    guard("gvir_config_capabilities_cpu_set_topology", (), || cpu.set_topology(&topology))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_get_model(cpu: GObjectPtr) -> GObjectPtr {
    object_getter::<CapabilitiesCpu, _>(cpu, c"gvir_config_capabilities_cpu_get_model", "cpu", |c| c.model())
}

// --- GVirConfigCapabilitiesCpuFeature ------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_cpu_feature_get_type() -> GType {
    CapabilitiesCpuFeature::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_feature_get_name(feature: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesCpuFeature>(feature, c"gvir_config_capabilities_cpu_feature_get_name", "feature", |f| f.name())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_feature_set_name(feature: GObjectPtr, name: *const c_char) {
    setter::<CapabilitiesCpuFeature>(feature, c"gvir_config_capabilities_cpu_feature_set_name", "feature", |f| {
        f.set_name(opt_str(name).as_deref())
    })
}

// --- GVirConfigCapabilitiesCpuModel --------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_cpu_model_get_type() -> GType {
    CapabilitiesCpuModel::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_cpu_model_new() -> GObjectPtr {
    guard("gvir_config_capabilities_cpu_model_new", std::ptr::null_mut(), || full(CapabilitiesCpuModel::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_model_get_name(model: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesCpuModel>(model, c"gvir_config_capabilities_cpu_model_get_name", "model", |m| m.name())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_model_set_name(model: GObjectPtr, name: *const c_char) {
    setter::<CapabilitiesCpuModel>(model, c"gvir_config_capabilities_cpu_model_set_name", "model", |m| {
        m.set_name(opt_str(name).as_deref())
    })
}

// --- GVirConfigCapabilitiesCpuTopology -----------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_cpu_topology_get_type() -> GType {
    CapabilitiesCpuTopology::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_cpu_topology_new() -> GObjectPtr {
    guard("gvir_config_capabilities_cpu_topology_new", std::ptr::null_mut(), || full(CapabilitiesCpuTopology::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_cpu_topology_new_from_xml(xml: *const c_char, error: *mut *mut GError) -> GObjectPtr {
    guard("gvir_config_capabilities_cpu_topology_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| ConfigObject::parse_opt::<CapabilitiesCpuTopology>(xml, "topology", None))
    })
}

/// `guint64 get(topology)` / `void set(topology, guint64)` pairs.
macro_rules! topology_count {
    ($get:ident, $set:ident, $getter:ident, $setter:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $get(topology: GObjectPtr) -> u64 {
            value_getter::<CapabilitiesCpuTopology, _>(topology, capi_support::c_name!($get), "topology", 0, |t| t.$getter())
        }

        #[no_mangle]
        pub unsafe extern "C" fn $set(topology: GObjectPtr, value: u64) {
            setter::<CapabilitiesCpuTopology>(topology, capi_support::c_name!($set), "topology", |t| t.$setter(value))
        }
    };
}

topology_count!(gvir_config_capabilities_cpu_topology_get_sockets, gvir_config_capabilities_cpu_topology_set_sockets, sockets, set_sockets);
topology_count!(gvir_config_capabilities_cpu_topology_get_cores, gvir_config_capabilities_cpu_topology_set_cores, cores, set_cores);
topology_count!(gvir_config_capabilities_cpu_topology_get_threads, gvir_config_capabilities_cpu_topology_set_threads, threads, set_threads);

// --- GVirConfigCapabilitiesGuest -----------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_guest_get_type() -> GType {
    CapabilitiesGuest::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_get_os_type(guest: GObjectPtr) -> i32 {
    let default = DomainOsType::Linux.into_glib();
    value_getter::<CapabilitiesGuest, _>(guest, c"gvir_config_capabilities_guest_get_os_type", "guest", default, |g| {
        g.os_type().into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_get_arch(guest: GObjectPtr) -> GObjectPtr {
    object_getter::<CapabilitiesGuest, _>(guest, c"gvir_config_capabilities_guest_get_arch", "guest", |g| g.arch())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_get_features(guest: GObjectPtr) -> *mut GList {
    list_getter::<CapabilitiesGuest, _>(guest, c"gvir_config_capabilities_guest_get_features", "guest", |g| g.features())
}

// --- GVirConfigCapabilitiesGuestArch -------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_guest_arch_get_type() -> GType {
    CapabilitiesGuestArch::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_arch_get_name(arch: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesGuestArch>(arch, c"gvir_config_capabilities_guest_arch_get_name", "arch", |a| a.name())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_arch_get_emulator(arch: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesGuestArch>(arch, c"gvir_config_capabilities_guest_arch_get_emulator", "arch", |a| a.emulator())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_arch_get_domains(arch: GObjectPtr) -> *mut GList {
    list_getter::<CapabilitiesGuestArch, _>(arch, c"gvir_config_capabilities_guest_arch_get_domains", "arch", |a| a.domains())
}

// --- GVirConfigCapabilitiesGuestDomain -----------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_guest_domain_get_type() -> GType {
    CapabilitiesGuestDomain::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_domain_get_emulator(domain: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesGuestDomain>(domain, c"gvir_config_capabilities_guest_domain_get_emulator", "domain", |d| {
        d.emulator()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_domain_get_virt_type(domain: GObjectPtr) -> i32 {
    let default = DomainVirtType::Qemu.into_glib();
    value_getter::<CapabilitiesGuestDomain, _>(domain, c"gvir_config_capabilities_guest_domain_get_virt_type", "domain", default, |d| {
        d.virt_type().into_glib()
    })
}

// --- GVirConfigCapabilitiesGuestFeature ----------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_capabilities_guest_feature_get_type() -> GType {
    CapabilitiesGuestFeature::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_capabilities_guest_feature_get_name(feature: GObjectPtr) -> *const c_char {
    string_getter::<CapabilitiesGuestFeature>(feature, c"gvir_config_capabilities_guest_feature_get_name", "feature", |f| {
        Some(f.name())
    })
}
