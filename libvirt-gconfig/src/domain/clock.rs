//! `DomainClock` (`GVirConfigDomainClock`): the guest's clock (`<clock>`).

use glib::prelude::*;

use crate::{ConfigObject, ConfigObjectExt, DomainTimer};

config_class! {
    /// How the guest clock is set at boot and kept (`<clock>`): its offset from the host's UTC
    /// clock and its timers.
    pub struct DomainClock("GVirConfigDomainClock"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainClockImpl;
}

/// What the guest clock starts from (`<clock offset='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainClockOffset")]
pub enum DomainClockOffset {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CLOCK_UTC", nick = "utc")]
    Utc,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CLOCK_LOCALTIME", nick = "localtime")]
    Localtime,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CLOCK_TIMEZONE", nick = "timezone")]
    Timezone,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CLOCK_VARIABLE", nick = "variable")]
    Variable,
}

impl Default for DomainClock {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainClock {
    /// A new, empty `<clock/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("clock", None)
    }

    /// Parses a `<clock>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "clock", None)
    }

    /// The offset; [`DomainClockOffset::Utc`] when unset or unknown, as in libvirt-glib.
    pub fn offset(&self) -> DomainClockOffset {
        self.node().enum_attribute("offset").unwrap_or(DomainClockOffset::Utc)
    }

    pub fn set_offset(&self, offset: DomainClockOffset) {
        self.node().set_enum_attribute("offset", offset);
    }

    /// The time zone of a `timezone` offset (`timezone='…'`).
    pub fn timezone(&self) -> Option<String> {
        self.node().attribute("timezone")
    }

    /// Sets the time zone (`Europe/Paris`, …); the offset is not changed.
    pub fn set_timezone(&self, timezone: &str) {
        self.node().set_attribute("timezone", Some(timezone));
    }

    /// The `adjustment` of a `variable` offset, in seconds; 0 when unset. Read as libvirt-glib
    /// does: C `strtoull` (base prefixes, trailing junk ignored), truncated to 32 bits.
    pub fn variable_offset(&self) -> i32 {
        self.node().attribute("adjustment").map_or(0, |a| strtoull(&a) as i32)
    }

    /// Makes the offset `variable`, `seconds` away from UTC.
    pub fn set_variable_offset(&self, seconds: i32) {
        let node = self.node();
        node.set_enum_attribute("offset", DomainClockOffset::Variable);
        node.set_attribute("adjustment", Some(&seconds.to_string()));
    }

    /// Appends `timer` (its element moves into this clock: later changes made through `timer`
    /// change this clock).
    pub fn add_timer(&self, timer: &impl IsA<DomainTimer>) {
        self.node().append(&timer.as_ref().node());
    }

    /// The timers, in document order, each an object of the class for its name (a plain
    /// [`DomainTimer`] for names no subclass knows).
    pub fn timers(&self) -> Vec<DomainTimer> {
        let schema = self.schema();
        self.node()
            .children()
            .filter(|c| c.name_is("timer"))
            .map(|node| {
                let kind = node.attribute("name").unwrap_or_default();
                ConfigObject::for_node_with_type(crate::domain::timer::type_for(&kind), &node, schema.as_deref())
                    .downcast()
                    .expect("timer classes derive from DomainTimer")
            })
            .collect()
    }
}

/// C's `strtoull(text, NULL, 0)`: leading blanks, a sign, a `0x` (hex) or `0` (octal) prefix,
/// digits up to the first that is not one; saturates at `u64::MAX`; a minus sign negates
/// (modulo 2^64).
fn strtoull(text: &str) -> u64 {
    let mut rest = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let negative = rest.starts_with('-');
    if let Some(stripped) = rest.strip_prefix(['-', '+']) {
        rest = stripped;
    }
    let hex_digits = rest.strip_prefix("0x").or_else(|| rest.strip_prefix("0X"));
    let (radix, digits) = match hex_digits {
        Some(after) if after.starts_with(|c: char| c.is_ascii_hexdigit()) => (16, after),
        _ if rest.starts_with('0') => (8, rest),
        _ => (10, rest),
    };
    let mut value: u64 = 0;
    for c in digits.chars() {
        let Some(digit) = c.to_digit(radix) else { break };
        match value.checked_mul(u64::from(radix)).and_then(|v| v.checked_add(u64::from(digit))) {
            Some(v) => value = v,
            None => return u64::MAX,
        }
    }
    if negative {
        value.wrapping_neg()
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DomainTimerExt, DomainTimerHpet, DomainTimerPit, DomainTimerRtc, DomainTimerTickPolicy};

    #[test]
    fn builds_like_libvirt_glib() {
        let clock = DomainClock::new();
        assert_eq!(clock.offset(), DomainClockOffset::Utc);
        assert_eq!(clock.timezone(), None);
        assert_eq!(clock.variable_offset(), 0);
        clock.set_offset(DomainClockOffset::Localtime);
        clock.set_timezone("Europe/Paris");
        clock.set_variable_offset(-30);
        assert_eq!(clock.to_xml(), "<clock timezone=\"Europe/Paris\" offset=\"variable\" adjustment=\"-30\"/>");
        assert_eq!(clock.offset(), DomainClockOffset::Variable);
        assert_eq!(clock.variable_offset(), -30);
        let rtc = DomainTimerRtc::new();
        rtc.set_tick_policy(DomainTimerTickPolicy::Catchup);
        rtc.set_present(false);
        clock.add_timer(&rtc);
        clock.add_timer(&DomainTimerPit::new());
        clock.add_timer(&DomainTimerHpet::new());
        rtc.set_present(true);
        assert_eq!(
            clock.to_xml(),
            "<clock timezone=\"Europe/Paris\" offset=\"variable\" adjustment=\"-30\">\n  \
             <timer name=\"rtc\" tickpolicy=\"catchup\" present=\"yes\"/>\n  <timer name=\"pit\"/>\n  \
             <timer name=\"hpet\"/>\n</clock>"
        );
    }

    #[test]
    fn timers_of_every_name_are_kept() {
        let clock = DomainClock::from_xml(
            "<clock offset='variable' adjustment='123' basis='utc'><timer name='kvmclock' present='no'/>\
             <timer name='rtc' tickpolicy='merge'/><timer name='hpet'/><timer name='pit'/></clock>",
        )
        .unwrap();
        assert_eq!(clock.variable_offset(), 123);
        let timers = clock.timers();
        let types: Vec<&str> = timers.iter().map(|t| t.type_().name()).collect();
        assert_eq!(types, ["GVirConfigDomainTimer", "GVirConfigDomainTimerRtc", "GVirConfigDomainTimerHpet", "GVirConfigDomainTimerPit"]);
        assert!(!timers[0].present());
        assert_eq!(timers[1].tick_policy(), DomainTimerTickPolicy::Merge);
        let copy = DomainClock::new();
        for timer in &timers {
            copy.add_timer(timer);
        }
        assert!(copy.to_xml().contains("<timer name=\"kvmclock\" present=\"no\"/>"));
    }

    #[test]
    fn adjustment_reads_like_strtoull() {
        for (text, expected) in [
            (" -12abc", -12),
            ("+7", 7),
            ("0x10", 16),
            ("010", 8),
            ("x", 0),
            ("reset", 0),
            ("99999999999", 1215752191),
            ("-99999999999999999999", -1),
        ] {
            let clock = DomainClock::from_xml(&format!("<clock offset='variable' adjustment='{text}'/>")).unwrap();
            assert_eq!(clock.variable_offset(), expected, "{text}");
        }
    }
}
