//! C ABI of `GVirConfigDomainPowerManagement` (`<pm>`).

use capi_support::guard;
use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::{constructors, object_arg, GObjectPtr};
use crate::DomainPowerManagement;

#[no_mangle]
pub extern "C" fn gvir_config_domain_power_management_get_type() -> GType {
    DomainPowerManagement::static_type().into_glib()
}

constructors!(
    gvir_config_domain_power_management_new,
    gvir_config_domain_power_management_new_from_xml,
    DomainPowerManagement,
    "pm"
);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_power_management_set_mem_suspend_enabled(
    pm: GObjectPtr,
    enabled: glib::ffi::gboolean,
) {
    let pm = object_arg!(pm as DomainPowerManagement, c"gvir_config_domain_power_management_set_mem_suspend_enabled", ());
    guard("gvir_config_domain_power_management_set_mem_suspend_enabled", (), || pm.set_mem_suspend_enabled(enabled != 0))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_power_management_set_disk_suspend_enabled(
    pm: GObjectPtr,
    enabled: glib::ffi::gboolean,
) {
    let pm = object_arg!(pm as DomainPowerManagement, c"gvir_config_domain_power_management_set_disk_suspend_enabled", ());
    guard("gvir_config_domain_power_management_set_disk_suspend_enabled", (), || pm.set_disk_suspend_enabled(enabled != 0))
}
