//! C ABI of `GVirConfigDomainWatchdog` (`<watchdog>`), beyond libvirt-glib.

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, value_getter};
use super::device_accessors::*;
use super::GObjectPtr;
use crate::{ConfigObject, DomainWatchdog, DomainWatchdogAction, DomainWatchdogModel};

export_get_type! {
    gvir_config_domain_watchdog_get_type => DomainWatchdog,
    gvir_config_domain_watchdog_model_get_type => DomainWatchdogModel,
    gvir_config_domain_watchdog_action_get_type => DomainWatchdogAction,
}

export_new!(gvir_config_domain_watchdog_new, DomainWatchdog::new());
export_new_from_xml!(gvir_config_domain_watchdog_new_from_xml, |xml| ConfigObject::parse_opt::<DomainWatchdog>(
    xml,
    "watchdog",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_watchdog_get_model(watchdog: GObjectPtr) -> i32 {
    value_getter::<DomainWatchdog, i32>(
        watchdog,
        c"gvir_config_domain_watchdog_get_model",
        "watchdog",
        DomainWatchdogModel::I6300esb.into_glib(),
        |o| o.model().unwrap_or(DomainWatchdogModel::I6300esb).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_watchdog_set_model(watchdog: GObjectPtr, model: i32) {
    setter::<DomainWatchdog>(watchdog, c"gvir_config_domain_watchdog_set_model", "watchdog", |o| {
        if let Some(model) = enum_arg::<DomainWatchdogModel>(
            model,
            c"gvir_config_domain_watchdog_set_model",
            c"model is a GVirConfigDomainWatchdogModel",
        ) {
            o.set_model(model)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_watchdog_get_action(watchdog: GObjectPtr) -> i32 {
    value_getter::<DomainWatchdog, i32>(
        watchdog,
        c"gvir_config_domain_watchdog_get_action",
        "watchdog",
        DomainWatchdogAction::Reset.into_glib(),
        |o| o.action().unwrap_or(DomainWatchdogAction::Reset).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_watchdog_set_action(watchdog: GObjectPtr, action: i32) {
    setter::<DomainWatchdog>(watchdog, c"gvir_config_domain_watchdog_set_action", "watchdog", |o| {
        if let Some(action) = enum_arg::<DomainWatchdogAction>(
            action,
            c"gvir_config_domain_watchdog_set_action",
            c"action is a GVirConfigDomainWatchdogAction",
        ) {
            o.set_action(action)
        }
    })
}
