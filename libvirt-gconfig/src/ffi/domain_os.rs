//! C ABI of `GVirConfigDomainOs` (`<os>`).

use std::ffi::c_char;

use capi_support::{guard, return_if_fail_warning};
use glib::ffi::{GList, GType};
use glib::prelude::*;
use glib::translate::*;

use super::{constructors, enum_arg, object_arg, opt_str, str_arg, GObjectPtr};
use crate::{DomainOs, DomainOsBootDevice, DomainOsFirmware, DomainOsSmBiosMode, DomainOsType};

#[no_mangle]
pub extern "C" fn gvir_config_domain_os_get_type() -> GType {
    DomainOs::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_os_type_get_type() -> GType {
    DomainOsType::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_os_sm_bios_mode_get_type() -> GType {
    DomainOsSmBiosMode::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_os_boot_device_get_type() -> GType {
    DomainOsBootDevice::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_os_firmware_get_type() -> GType {
    DomainOsFirmware::static_type().into_glib()
}

constructors!(gvir_config_domain_os_new, gvir_config_domain_os_new_from_xml, DomainOs, "os");

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_get_os_type(os: GObjectPtr) -> i32 {
    let default = DomainOsType::Hvm.into_glib();
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_get_os_type", default);
    guard("gvir_config_domain_os_get_os_type", default, || os.os_type().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_set_os_type(os: GObjectPtr, type_: i32) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_set_os_type", ());
    if let Some(os_type) = enum_arg(type_, c"gvir_config_domain_os_set_os_type", "type") {
        guard("gvir_config_domain_os_set_os_type", (), || os.set_os_type(os_type))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_get_arch(os: GObjectPtr) -> *const c_char {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_get_arch", std::ptr::null());
    guard("gvir_config_domain_os_get_arch", std::ptr::null(), || crate::ffi::kept_string(&*os, "arch", os.arch()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_get_machine(os: GObjectPtr) -> *const c_char {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_get_machine", std::ptr::null());
    guard("gvir_config_domain_os_get_machine", std::ptr::null(), || crate::ffi::kept_string(&*os, "machine", os.machine()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_set_arch(os: GObjectPtr, arch: *const c_char) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_set_arch", ());
    if !guard("gvir_config_domain_os_set_arch", true, || os.set_arch(opt_str(arch).as_deref())) {
        return_if_fail_warning(None, c"gvir_config_domain_os_set_arch", c"os_type_node != NULL");
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_set_machine(os: GObjectPtr, machine: *const c_char) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_set_machine", ());
    if !guard("gvir_config_domain_os_set_machine", true, || os.set_machine(opt_str(machine).as_deref())) {
        return_if_fail_warning(None, c"gvir_config_domain_os_set_machine", c"os_type_node != NULL");
    }
}

/// Returns a list of `GINT_TO_POINTER(GVirConfigDomainOsBootDevice)` (transfer container).
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_get_boot_devices(os: GObjectPtr) -> *mut GList {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_get_boot_devices", std::ptr::null_mut());
    guard("gvir_config_domain_os_get_boot_devices", std::ptr::null_mut(), || {
        let mut list: *mut GList = std::ptr::null_mut();
        for device in os.boot_devices().into_iter().rev() {
            list = glib::ffi::g_list_prepend(list, device.into_glib() as isize as glib::ffi::gpointer);
        }
        list
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_set_boot_devices(os: GObjectPtr, boot_devices: *mut GList) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_set_boot_devices", ());
    let mut devices = Vec::new();
    let mut item = boot_devices as *const GList;
    while !item.is_null() {
        let value = (*item).data as isize as i32;
        if let Some(device) = enum_arg::<DomainOsBootDevice>(value, c"gvir_config_domain_os_set_boot_devices", "dev") {
            devices.push(device);
        }
        item = (*item).next;
    }
    guard("gvir_config_domain_os_set_boot_devices", (), || os.set_boot_devices(&devices))
}

/// `void set(GVirConfigDomainOs *os, const char *value)` where NULL removes the element.
macro_rules! optional_text {
    ($($function:ident => $setter:ident),* $(,)?) => {
        $(
            #[no_mangle]
            pub unsafe extern "C" fn $function(os: GObjectPtr, value: *const c_char) {
                let os = object_arg!(os as DomainOs, capi_support::c_name!($function), ());
                guard(stringify!($function), (), || os.$setter(opt_str(value).as_deref()))
            }
        )*
    };
}

optional_text! {
    gvir_config_domain_os_set_kernel => set_kernel,
    gvir_config_domain_os_set_ramdisk => set_ramdisk,
    gvir_config_domain_os_set_cmdline => set_cmdline,
    gvir_config_domain_os_set_init => set_init,
    gvir_config_domain_os_set_loader => set_loader,
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_set_smbios_mode(os: GObjectPtr, mode: i32) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_set_smbios_mode", ());
    if let Some(mode) = enum_arg(mode, c"gvir_config_domain_os_set_smbios_mode", "mode") {
        guard("gvir_config_domain_os_set_smbios_mode", (), || os.set_smbios_mode(mode))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_enable_boot_menu(os: GObjectPtr, enable: glib::ffi::gboolean) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_enable_boot_menu", ());
    guard("gvir_config_domain_os_enable_boot_menu", (), || os.enable_boot_menu(enable != 0))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_bios_enable_serial(os: GObjectPtr, enable: glib::ffi::gboolean) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_bios_enable_serial", ());
    guard("gvir_config_domain_os_bios_enable_serial", (), || os.bios_enable_serial(enable != 0))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_get_firmware(os: GObjectPtr) -> i32 {
    let default = DomainOsFirmware::Bios.into_glib();
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_get_firmware", default);
    guard("gvir_config_domain_os_get_firmware", default, || os.firmware().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_set_firmware(os: GObjectPtr, firmware: i32) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_set_firmware", ());
    if let Some(firmware) = enum_arg(firmware, c"gvir_config_domain_os_set_firmware", "firmware") {
        guard("gvir_config_domain_os_set_firmware", (), || os.set_firmware(firmware))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_os_enable_firmware_feature(
    os: GObjectPtr,
    name: *const c_char,
    enable: glib::ffi::gboolean,
) {
    let os = object_arg!(os as DomainOs, c"gvir_config_domain_os_enable_firmware_feature", ());
    let name = str_arg!(name, c"gvir_config_domain_os_enable_firmware_feature", ());
    guard("gvir_config_domain_os_enable_firmware_feature", (), || os.enable_firmware_feature(&name, enable != 0))
}
