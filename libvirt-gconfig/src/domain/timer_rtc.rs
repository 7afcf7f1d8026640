//! `DomainTimerRtc` (`GVirConfigDomainTimerRtc`): the real-time clock (`<timer name='rtc'>`).

use crate::domain::timer;

config_class! {
    /// The guest's real-time clock (`<timer name='rtc'>`).
    pub struct DomainTimerRtc("GVirConfigDomainTimerRtc"): crate::DomainTimer;
    parent structs: crate::domain::timer::Instance, crate::domain::timer::Class;
    extends: [crate::DomainTimer, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainTimerImpl];
    subclass trait: DomainTimerRtcImpl;
}

impl Default for DomainTimerRtc {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainTimerRtc {
    /// A new `<timer name='rtc'/>`.
    pub fn new() -> Self {
        timer::new_timer("rtc")
    }

    /// Parses a `<timer name='rtc'>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        timer::parse_timer(Some(xml.as_bytes()), "rtc")
    }
}
