//! C ABI of `GVirConfigDomainClock` (`<clock>`) and of the timers (`<timer>`).

use std::ffi::c_char;

use capi_support::{guard};
use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::{constructors, enum_arg, object_arg, str_arg, GObjectPtr};
use crate::domain::timer::parse_timer;
use crate::{
    DomainClock, DomainClockOffset, DomainTimer, DomainTimerExt, DomainTimerHpet, DomainTimerPit, DomainTimerRtc,
    DomainTimerTickPolicy,
};

#[no_mangle]
pub extern "C" fn gvir_config_domain_clock_get_type() -> GType {
    DomainClock::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_clock_offset_get_type() -> GType {
    DomainClockOffset::static_type().into_glib()
}

constructors!(gvir_config_domain_clock_new, gvir_config_domain_clock_new_from_xml, DomainClock, "clock");

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_clock_get_offset(klock: GObjectPtr) -> i32 {
    let default = DomainClockOffset::Utc.into_glib();
    let klock = object_arg!(klock as DomainClock, c"gvir_config_domain_clock_get_offset", default);
    guard("gvir_config_domain_clock_get_offset", default, || klock.offset().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_clock_set_offset(klock: GObjectPtr, offset: i32) {
    let klock = object_arg!(klock as DomainClock, c"gvir_config_domain_clock_set_offset", ());
    if let Some(offset) = enum_arg(offset, c"gvir_config_domain_clock_set_offset", "offset") {
        guard("gvir_config_domain_clock_set_offset", (), || klock.set_offset(offset))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_clock_get_timezone(klock: GObjectPtr) -> *const c_char {
    let klock = object_arg!(klock as DomainClock, c"gvir_config_domain_clock_get_timezone", std::ptr::null());
    guard("gvir_config_domain_clock_get_timezone", std::ptr::null(), || {
        crate::ffi::kept_string(&*klock, "timezone", klock.timezone())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_clock_set_timezone(klock: GObjectPtr, tz: *const c_char) {
    let klock = object_arg!(klock as DomainClock, c"gvir_config_domain_clock_set_timezone", ());
    let tz = str_arg!(tz, c"gvir_config_domain_clock_set_timezone", ());
    guard("gvir_config_domain_clock_set_timezone", (), || klock.set_timezone(&tz))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_clock_get_variable_offset(klock: GObjectPtr) -> i32 {
    let klock = object_arg!(klock as DomainClock, c"gvir_config_domain_clock_get_variable_offset", 0);
    guard("gvir_config_domain_clock_get_variable_offset", 0, || klock.variable_offset())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_clock_set_variable_offset(klock: GObjectPtr, seconds: i32) {
    let klock = object_arg!(klock as DomainClock, c"gvir_config_domain_clock_set_variable_offset", ());
    guard("gvir_config_domain_clock_set_variable_offset", (), || klock.set_variable_offset(seconds))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_clock_add_timer(klock: GObjectPtr, timer: GObjectPtr) {
    let klock = object_arg!(klock as DomainClock, c"gvir_config_domain_clock_add_timer", ());
    let timer = object_arg!(timer as DomainTimer, c"gvir_config_domain_clock_add_timer", ());
    guard("gvir_config_domain_clock_add_timer", (), || klock.add_timer(&*timer))
}

// --- timers -------------------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn gvir_config_domain_timer_get_type() -> GType {
    DomainTimer::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_timer_tick_policy_get_type() -> GType {
    DomainTimerTickPolicy::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_timer_get_tick_policy(timer: GObjectPtr) -> i32 {
    let default = DomainTimerTickPolicy::Delay.into_glib();
    let timer = object_arg!(timer as DomainTimer, c"gvir_config_domain_timer_get_tick_policy", default);
    guard("gvir_config_domain_timer_get_tick_policy", default, || timer.tick_policy().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_timer_set_tick_policy(timer: GObjectPtr, policy: i32) {
    let timer = object_arg!(timer as DomainTimer, c"gvir_config_domain_timer_set_tick_policy", ());
    if let Some(policy) = enum_arg(policy, c"gvir_config_domain_timer_set_tick_policy", "policy") {
        guard("gvir_config_domain_timer_set_tick_policy", (), || timer.set_tick_policy(policy))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_timer_get_present(timer: GObjectPtr) -> glib::ffi::gboolean {
    let timer = object_arg!(timer as DomainTimer, c"gvir_config_domain_timer_get_present", glib::ffi::GTRUE);
    guard("gvir_config_domain_timer_get_present", glib::ffi::GTRUE, || timer.present().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_timer_set_present(timer: GObjectPtr, present: glib::ffi::gboolean) {
    let timer = object_arg!(timer as DomainTimer, c"gvir_config_domain_timer_set_present", ());
    guard("gvir_config_domain_timer_set_present", (), || timer.set_present(present != 0))
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_timer_hpet_get_type() -> GType {
    DomainTimerHpet::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_timer_pit_get_type() -> GType {
    DomainTimerPit::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_timer_rtc_get_type() -> GType {
    DomainTimerRtc::static_type().into_glib()
}

constructors!(gvir_config_domain_timer_hpet_new, gvir_config_domain_timer_hpet_new_from_xml, DomainTimerHpet, |xml| {
    parse_timer(xml, "hpet")
});
constructors!(gvir_config_domain_timer_pit_new, gvir_config_domain_timer_pit_new_from_xml, DomainTimerPit, |xml| {
    parse_timer(xml, "pit")
});
constructors!(gvir_config_domain_timer_rtc_new, gvir_config_domain_timer_rtc_new_from_xml, DomainTimerRtc, |xml| {
    parse_timer(xml, "rtc")
});
