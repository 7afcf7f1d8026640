//! `DomainTimerHpet` (`GVirConfigDomainTimerHpet`): the High Precision Event Timer (`<timer name='hpet'>`).

use crate::domain::timer;

config_class! {
    /// The guest's High Precision Event Timer (`<timer name='hpet'>`).
    pub struct DomainTimerHpet("GVirConfigDomainTimerHpet"): crate::DomainTimer;
    parent structs: crate::domain::timer::Instance, crate::domain::timer::Class;
    extends: [crate::DomainTimer, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainTimerImpl];
    subclass trait: DomainTimerHpetImpl;
}

impl Default for DomainTimerHpet {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainTimerHpet {
    /// A new `<timer name='hpet'/>`.
    pub fn new() -> Self {
        timer::new_timer("hpet")
    }

    /// Parses a `<timer name='hpet'>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        timer::parse_timer(Some(xml.as_bytes()), "hpet")
    }
}
