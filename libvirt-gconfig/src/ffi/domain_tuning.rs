//! C ABI of the domain-level elements libvirt-glib has no classes for: `<memoryBacking>`,
//! `<cputune>`, `<numatune>`, `<blkiotune>`, `<memtune>`, `<sysinfo>`, `<launchSecurity>`, and
//! their getters and setters on `GVirConfigDomain`.

use std::ffi::c_char;

use super::accessor_fns::object_getter;
use super::{object_arg, opt_object_arg, opt_str, str_arg, GObjectPtr};
use crate::*;

// DomainMemoryBacking (`<memoryBacking>`)
ffi_get_type!(gvir_config_domain_memory_backing_get_type, DomainMemoryBacking);
ffi_new!(gvir_config_domain_memory_backing_new, DomainMemoryBacking::new());
ffi_new_from_xml!(gvir_config_domain_memory_backing_new_from_xml, |xml| crate::ConfigObject::parse_opt::<DomainMemoryBacking>(xml, "memoryBacking", None));
ffi_get_type!(gvir_config_domain_memory_backing_source_type_get_type, DomainMemoryBackingSourceType);
ffi_get_type!(gvir_config_domain_memory_backing_access_mode_get_type, DomainMemoryBackingAccessMode);
ffi_bool_getter!(gvir_config_domain_memory_backing_get_hugepages, backing: DomainMemoryBacking, |g: &DomainMemoryBacking| g.hugepages());
ffi_bool_setter!(gvir_config_domain_memory_backing_set_hugepages, backing: DomainMemoryBacking, |g: &DomainMemoryBacking, v| g.set_hugepages(v));
ffi_bool_getter!(gvir_config_domain_memory_backing_get_nosharepages, backing: DomainMemoryBacking, |g: &DomainMemoryBacking| g.nosharepages());
ffi_bool_setter!(gvir_config_domain_memory_backing_set_nosharepages, backing: DomainMemoryBacking, |g: &DomainMemoryBacking, v| g.set_nosharepages(v));
ffi_bool_getter!(gvir_config_domain_memory_backing_get_locked, backing: DomainMemoryBacking, |g: &DomainMemoryBacking| g.locked());
ffi_bool_setter!(gvir_config_domain_memory_backing_set_locked, backing: DomainMemoryBacking, |g: &DomainMemoryBacking, v| g.set_locked(v));
ffi_enum_getter!(gvir_config_domain_memory_backing_get_source_type, backing: DomainMemoryBacking, DomainMemoryBackingSourceType::Anonymous, |g: &DomainMemoryBacking| g.source_type().unwrap_or(DomainMemoryBackingSourceType::Anonymous));
ffi_enum_setter!(gvir_config_domain_memory_backing_set_source_type, backing: DomainMemoryBacking, DomainMemoryBackingSourceType, |g: &DomainMemoryBacking, v| g.set_source_type(Some(v)));
ffi_enum_getter!(gvir_config_domain_memory_backing_get_access_mode, backing: DomainMemoryBacking, DomainMemoryBackingAccessMode::Private, |g: &DomainMemoryBacking| g.access_mode().unwrap_or(DomainMemoryBackingAccessMode::Private));
ffi_enum_setter!(gvir_config_domain_memory_backing_set_access_mode, backing: DomainMemoryBacking, DomainMemoryBackingAccessMode, |g: &DomainMemoryBacking, v| g.set_access_mode(Some(v)));
// DomainCputune (`<cputune>`)
ffi_get_type!(gvir_config_domain_cputune_get_type, DomainCputune);
ffi_new!(gvir_config_domain_cputune_new, DomainCputune::new());
ffi_new_from_xml!(gvir_config_domain_cputune_new_from_xml, |xml| crate::ConfigObject::parse_opt::<DomainCputune>(xml, "cputune", None));
ffi_int_getter!(gvir_config_domain_cputune_get_shares, cputune: DomainCputune, u64, |g: &DomainCputune| g.shares().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_cputune_set_shares, cputune: DomainCputune, u64, |g: &DomainCputune, v| g.set_shares(v));
ffi_int_getter!(gvir_config_domain_cputune_get_period, cputune: DomainCputune, u64, |g: &DomainCputune| g.period().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_cputune_set_period, cputune: DomainCputune, u64, |g: &DomainCputune, v| g.set_period(v));
ffi_int_getter!(gvir_config_domain_cputune_get_quota, cputune: DomainCputune, i64, |g: &DomainCputune| g.quota().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_cputune_set_quota, cputune: DomainCputune, i64, |g: &DomainCputune, v| g.set_quota(v));
// DomainNumatune (`<numatune>`)
ffi_get_type!(gvir_config_domain_numatune_get_type, DomainNumatune);
ffi_new!(gvir_config_domain_numatune_new, DomainNumatune::new());
ffi_new_from_xml!(gvir_config_domain_numatune_new_from_xml, |xml| crate::ConfigObject::parse_opt::<DomainNumatune>(xml, "numatune", None));
ffi_get_type!(gvir_config_domain_numatune_memory_mode_get_type, DomainNumatuneMemoryMode);
ffi_enum_getter!(gvir_config_domain_numatune_get_memory_mode, numatune: DomainNumatune, DomainNumatuneMemoryMode::Strict, |g: &DomainNumatune| g.memory_mode().unwrap_or(DomainNumatuneMemoryMode::Strict));
ffi_enum_setter!(gvir_config_domain_numatune_set_memory_mode, numatune: DomainNumatune, DomainNumatuneMemoryMode, |g: &DomainNumatune, v| g.set_memory_mode(v));
ffi_str_getter!(gvir_config_domain_numatune_get_memory_nodeset, numatune: DomainNumatune, |g: &DomainNumatune| g.memory_nodeset());
ffi_str_setter!(gvir_config_domain_numatune_set_memory_nodeset, numatune: DomainNumatune, |g: &DomainNumatune, v: Option<&str>| g.set_memory_nodeset(v));
// DomainBlkiotune (`<blkiotune>`)
ffi_get_type!(gvir_config_domain_blkiotune_get_type, DomainBlkiotune);
ffi_new!(gvir_config_domain_blkiotune_new, DomainBlkiotune::new());
ffi_new_from_xml!(gvir_config_domain_blkiotune_new_from_xml, |xml| crate::ConfigObject::parse_opt::<DomainBlkiotune>(xml, "blkiotune", None));
ffi_int_getter!(gvir_config_domain_blkiotune_get_weight, blkiotune: DomainBlkiotune, u32, |g: &DomainBlkiotune| g.weight().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_blkiotune_set_weight, blkiotune: DomainBlkiotune, u32, |g: &DomainBlkiotune, v| g.set_weight(v));
// DomainMemtune (`<memtune>`)
ffi_get_type!(gvir_config_domain_memtune_get_type, DomainMemtune);
ffi_new!(gvir_config_domain_memtune_new, DomainMemtune::new());
ffi_new_from_xml!(gvir_config_domain_memtune_new_from_xml, |xml| crate::ConfigObject::parse_opt::<DomainMemtune>(xml, "memtune", None));
ffi_int_getter!(gvir_config_domain_memtune_get_hard_limit, memtune: DomainMemtune, u64, |g: &DomainMemtune| g.hard_limit().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_memtune_set_hard_limit, memtune: DomainMemtune, u64, |g: &DomainMemtune, v| g.set_hard_limit(v));
ffi_int_getter!(gvir_config_domain_memtune_get_soft_limit, memtune: DomainMemtune, u64, |g: &DomainMemtune| g.soft_limit().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_memtune_set_soft_limit, memtune: DomainMemtune, u64, |g: &DomainMemtune, v| g.set_soft_limit(v));
ffi_int_getter!(gvir_config_domain_memtune_get_swap_hard_limit, memtune: DomainMemtune, u64, |g: &DomainMemtune| g.swap_hard_limit().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_memtune_set_swap_hard_limit, memtune: DomainMemtune, u64, |g: &DomainMemtune, v| g.set_swap_hard_limit(v));
// DomainSysinfo (`<sysinfo>`)
ffi_get_type!(gvir_config_domain_sysinfo_get_type, DomainSysinfo);
ffi_new!(gvir_config_domain_sysinfo_new, DomainSysinfo::new());
ffi_new_from_xml!(gvir_config_domain_sysinfo_new_from_xml, |xml| crate::ConfigObject::parse_opt::<DomainSysinfo>(xml, "sysinfo", None));
ffi_str_getter!(gvir_config_domain_sysinfo_get_sysinfo_type, sysinfo: DomainSysinfo, |g: &DomainSysinfo| g.sysinfo_type());
ffi_str_setter!(gvir_config_domain_sysinfo_set_sysinfo_type, sysinfo: DomainSysinfo, |g: &DomainSysinfo, v: Option<&str>| g.set_sysinfo_type(v));
// DomainLaunchSecurity (`<launchSecurity>`)
ffi_get_type!(gvir_config_domain_launch_security_get_type, DomainLaunchSecurity);
ffi_new!(gvir_config_domain_launch_security_new, DomainLaunchSecurity::new());
ffi_new_from_xml!(gvir_config_domain_launch_security_new_from_xml, |xml| crate::ConfigObject::parse_opt::<DomainLaunchSecurity>(xml, "launchSecurity", None));
ffi_str_getter!(gvir_config_domain_launch_security_get_security_type, security: DomainLaunchSecurity, |g: &DomainLaunchSecurity| g.security_type());
ffi_str_setter!(gvir_config_domain_launch_security_set_security_type, security: DomainLaunchSecurity, |g: &DomainLaunchSecurity, v: Option<&str>| g.set_security_type(v));
ffi_int_getter!(gvir_config_domain_launch_security_get_policy, security: DomainLaunchSecurity, u64, |g: &DomainLaunchSecurity| g.policy().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_launch_security_set_policy, security: DomainLaunchSecurity, u64, |g: &DomainLaunchSecurity, v| g.set_policy(v));
ffi_int_getter!(gvir_config_domain_launch_security_get_cbitpos, security: DomainLaunchSecurity, u32, |g: &DomainLaunchSecurity| g.cbitpos().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_launch_security_set_cbitpos, security: DomainLaunchSecurity, u32, |g: &DomainLaunchSecurity, v| g.set_cbitpos(v));
ffi_int_getter!(gvir_config_domain_launch_security_get_reduced_phys_bits, security: DomainLaunchSecurity, u32, |g: &DomainLaunchSecurity| g.reduced_phys_bits().unwrap_or(0));
ffi_int_setter!(gvir_config_domain_launch_security_set_reduced_phys_bits, security: DomainLaunchSecurity, u32, |g: &DomainLaunchSecurity, v| g.set_reduced_phys_bits(v));
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_memory_backing(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_memory_backing", "domain", |d| d.memory_backing())
}

/// `memory_backing` may be NULL: the domain's `<memoryBacking>` is removed.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_memory_backing(domain: GObjectPtr, memory_backing: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_memory_backing", ());
    let memory_backing = opt_object_arg!(memory_backing as DomainMemoryBacking, c"gvir_config_domain_set_memory_backing", ());
    capi_support::guard("gvir_config_domain_set_memory_backing", (), || domain.set_memory_backing(memory_backing.as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_cputune(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_cputune", "domain", |d| d.cputune())
}

/// `cputune` may be NULL: the domain's `<cputune>` is removed.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_cputune(domain: GObjectPtr, cputune: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_cputune", ());
    let cputune = opt_object_arg!(cputune as DomainCputune, c"gvir_config_domain_set_cputune", ());
    capi_support::guard("gvir_config_domain_set_cputune", (), || domain.set_cputune(cputune.as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_numatune(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_numatune", "domain", |d| d.numatune())
}

/// `numatune` may be NULL: the domain's `<numatune>` is removed.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_numatune(domain: GObjectPtr, numatune: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_numatune", ());
    let numatune = opt_object_arg!(numatune as DomainNumatune, c"gvir_config_domain_set_numatune", ());
    capi_support::guard("gvir_config_domain_set_numatune", (), || domain.set_numatune(numatune.as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_blkiotune(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_blkiotune", "domain", |d| d.blkiotune())
}

/// `blkiotune` may be NULL: the domain's `<blkiotune>` is removed.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_blkiotune(domain: GObjectPtr, blkiotune: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_blkiotune", ());
    let blkiotune = opt_object_arg!(blkiotune as DomainBlkiotune, c"gvir_config_domain_set_blkiotune", ());
    capi_support::guard("gvir_config_domain_set_blkiotune", (), || domain.set_blkiotune(blkiotune.as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_memtune(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_memtune", "domain", |d| d.memtune())
}

/// `memtune` may be NULL: the domain's `<memtune>` is removed.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_memtune(domain: GObjectPtr, memtune: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_memtune", ());
    let memtune = opt_object_arg!(memtune as DomainMemtune, c"gvir_config_domain_set_memtune", ());
    capi_support::guard("gvir_config_domain_set_memtune", (), || domain.set_memtune(memtune.as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_sysinfo(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_sysinfo", "domain", |d| d.sysinfo())
}

/// `sysinfo` may be NULL: the domain's `<sysinfo>` is removed.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_sysinfo(domain: GObjectPtr, sysinfo: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_sysinfo", ());
    let sysinfo = opt_object_arg!(sysinfo as DomainSysinfo, c"gvir_config_domain_set_sysinfo", ());
    capi_support::guard("gvir_config_domain_set_sysinfo", (), || domain.set_sysinfo(sysinfo.as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_launch_security(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_launch_security", "domain", |d| d.launch_security())
}

/// `launch_security` may be NULL: the domain's `<launchSecurity>` is removed.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_launch_security(domain: GObjectPtr, launch_security: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_launch_security", ());
    let launch_security = opt_object_arg!(launch_security as DomainLaunchSecurity, c"gvir_config_domain_set_launch_security", ());
    capi_support::guard("gvir_config_domain_set_launch_security", (), || domain.set_launch_security(launch_security.as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cputune_get_vcpupin(cputune: GObjectPtr, vcpu: u32) -> *const c_char {
    let cputune = object_arg!(cputune as DomainCputune, c"gvir_config_domain_cputune_get_vcpupin", std::ptr::null());
    capi_support::guard("gvir_config_domain_cputune_get_vcpupin", std::ptr::null(), || {
        capi_support::borrowed_string_for(&*cputune, &format!("vcpupin-{vcpu}"), cputune.vcpupin(vcpu))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_cputune_set_vcpupin(cputune: GObjectPtr, vcpu: u32, cpuset: *const c_char) {
    let cputune = object_arg!(cputune as DomainCputune, c"gvir_config_domain_cputune_set_vcpupin", ());
    capi_support::guard("gvir_config_domain_cputune_set_vcpupin", (), || cputune.set_vcpupin(vcpu, opt_str(cpuset).as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_sysinfo_get_bios_entry(sysinfo: GObjectPtr, name: *const c_char) -> *const c_char {
    let sysinfo = object_arg!(sysinfo as DomainSysinfo, c"gvir_config_domain_sysinfo_get_bios_entry", std::ptr::null());
    let name = str_arg!(name, c"gvir_config_domain_sysinfo_get_bios_entry", std::ptr::null());
    capi_support::guard("gvir_config_domain_sysinfo_get_bios_entry", std::ptr::null(), || {
        capi_support::borrowed_string_for(&*sysinfo, &format!("bios-{name}"), sysinfo.bios_entry(&name))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_sysinfo_set_bios_entry(sysinfo: GObjectPtr, name: *const c_char, value: *const c_char) {
    let sysinfo = object_arg!(sysinfo as DomainSysinfo, c"gvir_config_domain_sysinfo_set_bios_entry", ());
    let name = str_arg!(name, c"gvir_config_domain_sysinfo_set_bios_entry", ());
    capi_support::guard("gvir_config_domain_sysinfo_set_bios_entry", (), || sysinfo.set_bios_entry(&name, opt_str(value).as_deref()))
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_sysinfo_get_system_entry(sysinfo: GObjectPtr, name: *const c_char) -> *const c_char {
    let sysinfo = object_arg!(sysinfo as DomainSysinfo, c"gvir_config_domain_sysinfo_get_system_entry", std::ptr::null());
    let name = str_arg!(name, c"gvir_config_domain_sysinfo_get_system_entry", std::ptr::null());
    capi_support::guard("gvir_config_domain_sysinfo_get_system_entry", std::ptr::null(), || {
        capi_support::borrowed_string_for(&*sysinfo, &format!("system-{name}"), sysinfo.system_entry(&name))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_sysinfo_set_system_entry(sysinfo: GObjectPtr, name: *const c_char, value: *const c_char) {
    let sysinfo = object_arg!(sysinfo as DomainSysinfo, c"gvir_config_domain_sysinfo_set_system_entry", ());
    let name = str_arg!(name, c"gvir_config_domain_sysinfo_set_system_entry", ());
    capi_support::guard("gvir_config_domain_sysinfo_set_system_entry", (), || sysinfo.set_system_entry(&name, opt_str(value).as_deref()))
}
