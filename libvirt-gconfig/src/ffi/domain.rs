use std::ffi::c_char;

use capi_support::{gstring, guard, propagate_error};
use glib::ffi::{GError, GType};
use glib::prelude::*;
use glib::translate::*;

use super::{full, object_arg, opt_str, str_arg, GObjectPtr};
use crate::{Domain, DomainDevice, DomainLifecycleAction, DomainLifecycleEvent, DomainVirtType};

#[no_mangle]
pub extern "C" fn gvir_config_domain_get_type() -> GType {
    Domain::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_virt_type_get_type() -> GType {
    DomainVirtType::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_lifecycle_event_get_type() -> GType {
    DomainLifecycleEvent::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_lifecycle_action_get_type() -> GType {
    DomainLifecycleAction::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_new() -> GObjectPtr {
    guard("gvir_config_domain_new", std::ptr::null_mut(), || full(Domain::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_new_from_xml(xml: *const c_char, error: *mut *mut GError) -> GObjectPtr {
    guard("gvir_config_domain_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| crate::ConfigObject::parse_opt::<Domain>(xml, "domain", Some(crate::domain::SCHEMA)))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_virt_type(domain: GObjectPtr) -> i32 {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_get_virt_type", DomainVirtType::Qemu.into_glib());
    domain.virt_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_virt_type(domain: GObjectPtr, type_: i32) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_virt_type", ());
    match crate::xml::enum_from_int::<DomainVirtType>(type_) {
        Some(t) => domain.set_virt_type(t),
        None => capi_support::return_if_fail_warning(None, c"gvir_config_domain_set_virt_type", c"type is a GVirConfigDomainVirtType"),
    }
}

/// Getters and setters of an optional text property: `const char *get(obj)` and
/// `void set(obj, const char *value)` (NULL removes it).
macro_rules! text_property {
    ($get:ident, $set:ident, $getter:ident, $setter:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $get(domain: GObjectPtr) -> *const c_char {
            let domain = object_arg!(domain as Domain, capi_support::c_name!($get), std::ptr::null());
            guard(stringify!($get), std::ptr::null(), || crate::ffi::kept_string(&*domain, stringify!($getter), domain.$getter()))
        }

        #[no_mangle]
        pub unsafe extern "C" fn $set(domain: GObjectPtr, value: *const c_char) {
            let domain = object_arg!(domain as Domain, capi_support::c_name!($set), ());
            guard(stringify!($set), (), || domain.$setter(opt_str(value).as_deref()))
        }
    };
}

text_property!(gvir_config_domain_get_name, gvir_config_domain_set_name, name, set_name);
text_property!(gvir_config_domain_get_uuid, gvir_config_domain_set_uuid, uuid, set_uuid);
text_property!(gvir_config_domain_get_title, gvir_config_domain_set_title, title, set_title);
text_property!(gvir_config_domain_get_description, gvir_config_domain_set_description, description, set_description);

/// `guint64 get(obj)` / `void set(obj, guint64)` pairs.
macro_rules! u64_property {
    ($get:ident, $set:ident, $getter:ident, $setter:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $get(domain: GObjectPtr) -> u64 {
            let domain = object_arg!(domain as Domain, capi_support::c_name!($get), 0);
            guard(stringify!($get), 0, || domain.$getter())
        }

        #[no_mangle]
        pub unsafe extern "C" fn $set(domain: GObjectPtr, value: u64) {
            let domain = object_arg!(domain as Domain, capi_support::c_name!($set), ());
            guard(stringify!($set), (), || domain.$setter(value))
        }
    };
}

u64_property!(gvir_config_domain_get_memory, gvir_config_domain_set_memory, memory, set_memory);
u64_property!(gvir_config_domain_get_current_memory, gvir_config_domain_set_current_memory, current_memory, set_current_memory);
u64_property!(gvir_config_domain_get_vcpus, gvir_config_domain_set_vcpus, vcpus, set_vcpus);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_features(domain: GObjectPtr) -> *mut *mut c_char {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_get_features", std::ptr::null_mut());
    let features = domain.features();
    if features.is_empty() {
        return std::ptr::null_mut();
    }
    features.into_iter().map(glib::GString::from).collect::<glib::StrV>().into_glib_ptr()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_features(domain: GObjectPtr, features: *const *const c_char) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_features", ());
    let mut names = Vec::new();
    if !features.is_null() {
        let mut cursor = features;
        while !(*cursor).is_null() {
            names.push(capi_support::borrow_str(*cursor).unwrap_or_default().into_owned());
            cursor = cursor.add(1);
        }
    }
    domain.set_features(&names)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_lifecycle(domain: GObjectPtr, event: i32, action: i32) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_lifecycle", ());
    let (Some(event), Some(action)) = (
        crate::xml::enum_from_int::<DomainLifecycleEvent>(event),
        crate::xml::enum_from_int::<DomainLifecycleAction>(action),
    ) else {
        capi_support::return_if_fail_warning(None, c"gvir_config_domain_set_lifecycle", c"valid event and action");
        return;
    };
    domain.set_lifecycle(event, action)
}

unsafe fn set_custom(
    domain: GObjectPtr,
    xml: *const c_char,
    ns: *const c_char,
    ns_uri: *const c_char,
    error: *mut *mut GError,
    ns_children: bool,
) -> i32 {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_custom_xml", 0);
    let xml = str_arg!(xml, c"gvir_config_domain_set_custom_xml", 0);
    let ns = str_arg!(ns, c"gvir_config_domain_set_custom_xml", 0);
    let ns_uri = str_arg!(ns_uri, c"gvir_config_domain_set_custom_xml", 0);
    let result = if ns_children {
        domain.set_custom_xml_ns_children(&xml, &ns, &ns_uri)
    } else {
        domain.set_custom_xml(&xml, &ns, &ns_uri)
    };
    match result {
        Ok(()) => 1,
        Err(e) => {
            propagate_error(error, e);
            0
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_custom_xml(
    domain: GObjectPtr,
    xml: *const c_char,
    ns: *const c_char,
    ns_uri: *const c_char,
    error: *mut *mut GError,
) -> i32 {
    guard("gvir_config_domain_set_custom_xml", 0, || set_custom(domain, xml, ns, ns_uri, error, false))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_custom_xml_ns_children(
    domain: GObjectPtr,
    xml: *const c_char,
    ns: *const c_char,
    ns_uri: *const c_char,
    error: *mut *mut GError,
) -> i32 {
    guard("gvir_config_domain_set_custom_xml_ns_children", 0, || set_custom(domain, xml, ns, ns_uri, error, true))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_custom_xml(domain: GObjectPtr, ns_uri: *const c_char) -> *mut c_char {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_get_custom_xml", std::ptr::null_mut());
    let ns_uri = str_arg!(ns_uri, c"gvir_config_domain_get_custom_xml", std::ptr::null_mut());
    gstring(domain.custom_xml(&ns_uri).as_deref())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_devices(domain: GObjectPtr) -> *mut glib::ffi::GList {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_get_devices", std::ptr::null_mut());
    guard("gvir_config_domain_get_devices", std::ptr::null_mut(), || capi_support::object_list_full(domain.devices()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_devices(domain: GObjectPtr, devices: *mut glib::ffi::GList) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_devices", ());
    guard("gvir_config_domain_set_devices", (), || {
        domain.set_devices(&capi_support::object_list_borrow(devices, c"gvir_config_domain_set_devices"))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_add_device(domain: GObjectPtr, device: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_add_device", ());
    let device = object_arg!(device as DomainDevice, c"gvir_config_domain_add_device", ());
    guard("gvir_config_domain_add_device", (), || domain.add_device(&*device))
}

// --- the parts of a domain with a class of their own: <os>, <clock>, <seclabel>, <pm> ----------

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_os(domain: GObjectPtr) -> GObjectPtr {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_get_os", std::ptr::null_mut());
    guard("gvir_config_domain_get_os", std::ptr::null_mut(), || domain.os().map_or(std::ptr::null_mut(), full))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_os(domain: GObjectPtr, os: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_os", ());
    let os = super::opt_object_arg!(os as crate::DomainOs, c"gvir_config_domain_set_os", ());
    guard("gvir_config_domain_set_os", (), || domain.set_os(os.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_clock(domain: GObjectPtr) -> GObjectPtr {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_get_clock", std::ptr::null_mut());
    guard("gvir_config_domain_get_clock", std::ptr::null_mut(), || domain.clock().map_or(std::ptr::null_mut(), full))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_clock(domain: GObjectPtr, klock: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_clock", ());
    let klock = super::opt_object_arg!(klock as crate::DomainClock, c"gvir_config_domain_set_clock", ());
    guard("gvir_config_domain_set_clock", (), || domain.set_clock(klock.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_seclabel(domain: GObjectPtr, seclabel: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_seclabel", ());
    let seclabel = super::opt_object_arg!(seclabel as crate::DomainSeclabel, c"gvir_config_domain_set_seclabel", ());
    guard("gvir_config_domain_set_seclabel", (), || domain.set_seclabel(seclabel.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_power_management(domain: GObjectPtr, pm: GObjectPtr) {
    let domain = object_arg!(domain as Domain, c"gvir_config_domain_set_power_management", ());
    let pm = super::opt_object_arg!(pm as crate::DomainPowerManagement, c"gvir_config_domain_set_power_management", ());
    guard("gvir_config_domain_set_power_management", (), || domain.set_power_management(pm.as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_cpu(domain: GObjectPtr) -> GObjectPtr {
    super::accessor_fns::object_getter::<Domain, _>(domain, c"gvir_config_domain_get_cpu", "domain", |d| d.cpu())
}

/// `cpu` may be NULL: the domain's `<cpu>` is removed.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_cpu(domain: GObjectPtr, cpu: GObjectPtr) {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_set_cpu";
    let Some(domain) = super::accessor_fns::object::<Domain>(domain, NAME, "domain") else { return };
    if cpu.is_null() {
        return guard("gvir_config_domain_set_cpu", (), || domain.set_cpu(None));
    }
    let Some(cpu) = super::accessor_fns::object::<crate::DomainCpu>(cpu, NAME, "cpu") else { return };
    guard("gvir_config_domain_set_cpu", (), || domain.set_cpu(Some(&cpu)))
}
