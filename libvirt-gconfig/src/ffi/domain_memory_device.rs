//! C ABI of `GVirConfigDomainMemoryDevice` (`<memory>`), beyond libvirt-glib.

use std::ffi::c_char;

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, string_getter, value_getter};
use super::device_accessors::*;
use super::{opt_str, GObjectPtr};
use crate::{ConfigObject, DomainMemoryDevice, DomainMemoryDeviceAccess, DomainMemoryDeviceModel};

export_get_type! {
    gvir_config_domain_memory_device_get_type => DomainMemoryDevice,
    gvir_config_domain_memory_device_model_get_type => DomainMemoryDeviceModel,
    gvir_config_domain_memory_device_access_get_type => DomainMemoryDeviceAccess,
}

export_new!(gvir_config_domain_memory_device_new, DomainMemoryDevice::new());
export_new_from_xml!(
    gvir_config_domain_memory_device_new_from_xml,
    |xml| ConfigObject::parse_opt::<DomainMemoryDevice>(xml, "memory", Some(crate::domain::SCHEMA))
);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_get_model(memory: GObjectPtr) -> i32 {
    value_getter::<DomainMemoryDevice, i32>(
        memory,
        c"gvir_config_domain_memory_device_get_model",
        "memory",
        DomainMemoryDeviceModel::Dimm.into_glib(),
        |o| o.model().unwrap_or(DomainMemoryDeviceModel::Dimm).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_set_model(memory: GObjectPtr, model: i32) {
    setter::<DomainMemoryDevice>(memory, c"gvir_config_domain_memory_device_set_model", "memory", |o| {
        if let Some(model) = enum_arg::<DomainMemoryDeviceModel>(
            model,
            c"gvir_config_domain_memory_device_set_model",
            c"model is a GVirConfigDomainMemoryDeviceModel",
        ) {
            o.set_model(model)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_get_access(memory: GObjectPtr) -> i32 {
    value_getter::<DomainMemoryDevice, i32>(
        memory,
        c"gvir_config_domain_memory_device_get_access",
        "memory",
        DomainMemoryDeviceAccess::Private.into_glib(),
        |o| o.access().unwrap_or(DomainMemoryDeviceAccess::Private).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_set_access(memory: GObjectPtr, access: i32) {
    setter::<DomainMemoryDevice>(memory, c"gvir_config_domain_memory_device_set_access", "memory", |o| {
        if let Some(access) = enum_arg::<DomainMemoryDeviceAccess>(
            access,
            c"gvir_config_domain_memory_device_set_access",
            c"access is a GVirConfigDomainMemoryDeviceAccess",
        ) {
            o.set_access(access)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_get_target_size(memory: GObjectPtr) -> u64 {
    value_getter::<DomainMemoryDevice, u64>(
        memory,
        c"gvir_config_domain_memory_device_get_target_size",
        "memory",
        0,
        |o| o.target_size(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_set_target_size(memory: GObjectPtr, size: u64) {
    setter::<DomainMemoryDevice>(memory, c"gvir_config_domain_memory_device_set_target_size", "memory", |o| {
        o.set_target_size(size)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_get_target_node(memory: GObjectPtr) -> i32 {
    value_getter::<DomainMemoryDevice, i32>(
        memory,
        c"gvir_config_domain_memory_device_get_target_node",
        "memory",
        -1,
        |o| o.target_node().and_then(|n| i32::try_from(n).ok()).unwrap_or(-1),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_set_target_node(memory: GObjectPtr, node: u32) {
    setter::<DomainMemoryDevice>(memory, c"gvir_config_domain_memory_device_set_target_node", "memory", |o| {
        o.set_target_node(node)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_get_source_path(memory: GObjectPtr) -> *const c_char {
    string_getter::<DomainMemoryDevice>(memory, c"gvir_config_domain_memory_device_get_source_path", "memory", |o| {
        o.source_path()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_set_source_path(memory: GObjectPtr, path: *const c_char) {
    let path = opt_str(path);
    setter::<DomainMemoryDevice>(memory, c"gvir_config_domain_memory_device_set_source_path", "memory", |o| {
        o.set_source_path(path.as_deref())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_get_label_size(memory: GObjectPtr) -> u64 {
    value_getter::<DomainMemoryDevice, u64>(
        memory,
        c"gvir_config_domain_memory_device_get_label_size",
        "memory",
        0,
        |o| o.label_size(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_memory_device_set_label_size(memory: GObjectPtr, size: u64) {
    setter::<DomainMemoryDevice>(memory, c"gvir_config_domain_memory_device_set_label_size", "memory", |o| {
        o.set_label_size(size)
    })
}
