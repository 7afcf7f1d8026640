//! `DomainTimer` (`GVirConfigDomainTimer`): a guest timer (`<timer>` in `<clock>`).

use glib::prelude::*;

use crate::xml::BoolStyle;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A timer of the guest (`<timer name='…'>` in `<clock>`).
    ///
    /// Unlike libvirt-glib, where this class is abstract, a timer whose name no subclass knows
    /// (`kvmclock`, `tsc`, `hypervclock`, …) is a plain `DomainTimer`, so it is not lost.
    pub struct DomainTimer("GVirConfigDomainTimer"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainTimerImpl;
}

/// What a timer does about ticks the guest missed (`tickpolicy='…'`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainTimerTickPolicy")]
pub enum DomainTimerTickPolicy {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_DELAY", nick = "delay")]
    Delay,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_CATCHUP", nick = "catchup")]
    Catchup,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_MERGE", nick = "merge")]
    Merge,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_DISCARD", nick = "discard")]
    Discard,
}

/// What every timer can do.
pub trait DomainTimerExt: IsA<DomainTimer> {
    /// The timer's name (`rtc`, `pit`, `hpet`, `kvmclock`, …).
    fn name(&self) -> Option<String> {
        self.as_ref().node().attribute("name")
    }

    /// The tick policy; [`DomainTimerTickPolicy::Delay`] when unset or unknown, as in
    /// libvirt-glib.
    fn tick_policy(&self) -> DomainTimerTickPolicy {
        self.as_ref().node().enum_attribute("tickpolicy").unwrap_or(DomainTimerTickPolicy::Delay)
    }

    fn set_tick_policy(&self, policy: DomainTimerTickPolicy) {
        self.as_ref().node().set_enum_attribute("tickpolicy", policy);
    }

    /// Whether the guest has this timer (`present='yes|no'`); `true` when unset.
    fn present(&self) -> bool {
        self.as_ref().node().bool_attribute("present").unwrap_or(true)
    }

    fn set_present(&self, present: bool) {
        self.as_ref().node().set_bool_attribute("present", present, BoolStyle::YesNo);
    }
}

impl<O: IsA<DomainTimer>> DomainTimerExt for O {}

/// The class of a timer called `name`.
pub(crate) fn type_for(name: &str) -> glib::Type {
    match name {
        "rtc" => crate::DomainTimerRtc::static_type(),
        "pit" => crate::DomainTimerPit::static_type(),
        "hpet" => crate::DomainTimerHpet::static_type(),
        _ => DomainTimer::static_type(),
    }
}

/// A new `<timer name='…'/>` viewed as a `T`.
pub(crate) fn new_timer<T: IsA<ConfigObject>>(name: &str) -> T {
    let timer: T = ConfigObject::new_root("timer", None);
    timer.node().set_attribute("name", Some(name));
    timer
}

/// Parses a `<timer>` element whose name is `name`.
pub(crate) fn parse_timer<T: IsA<ConfigObject>>(xml: Option<&[u8]>, name: &str) -> Result<T, glib::Error> {
    let timer: T = ConfigObject::parse_opt(xml, "timer", None)?;
    match timer.node().attribute("name") {
        Some(found) if found == name => Ok(timer),
        found => Err(crate::error::object_error(format!(
            "XML data is not a '{name}' timer (its name is {})",
            found.map_or_else(|| "missing".to_owned(), |n| format!("'{n}'"))
        ))),
    }
}
