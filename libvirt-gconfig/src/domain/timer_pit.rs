//! `DomainTimerPit` (`GVirConfigDomainTimerPit`): the Programmable Interval Timer (`<timer name='pit'>`).

use crate::domain::timer;

config_class! {
    /// The guest's Programmable Interval Timer (`<timer name='pit'>`).
    pub struct DomainTimerPit("GVirConfigDomainTimerPit"): crate::DomainTimer;
    parent structs: crate::domain::timer::Instance, crate::domain::timer::Class;
    extends: [crate::DomainTimer, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainTimerImpl];
    subclass trait: DomainTimerPitImpl;
}

impl Default for DomainTimerPit {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainTimerPit {
    /// A new `<timer name='pit'/>`.
    pub fn new() -> Self {
        timer::new_timer("pit")
    }

    /// Parses a `<timer name='pit'>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        timer::parse_timer(Some(xml.as_bytes()), "pit")
    }
}
