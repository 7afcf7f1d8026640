//! `DomainWatchdog` (`GVirConfigDomainWatchdog`): a watchdog timer device
//! (`<watchdog model='…' action='…'/>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A virtual watchdog (`<watchdog>`): when the guest stops feeding it, the host acts.
    pub struct DomainWatchdog("GVirConfigDomainWatchdog"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainWatchdogImpl;
}

/// The emulated watchdog hardware (attribute `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainWatchdogModel")]
pub enum DomainWatchdogModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_I6300ESB", nick = "i6300esb")]
    I6300esb,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_IB700", nick = "ib700")]
    Ib700,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_DIAG288", nick = "diag288")]
    Diag288,
}

/// What the host does when the watchdog fires (attribute `action`; libvirt's default is
/// `reset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainWatchdogAction")]
pub enum DomainWatchdogAction {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_RESET", nick = "reset")]
    Reset,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_SHUTDOWN", nick = "shutdown")]
    Shutdown,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_POWEROFF", nick = "poweroff")]
    Poweroff,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_PAUSE", nick = "pause")]
    Pause,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_NONE", nick = "none")]
    None,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_DUMP", nick = "dump")]
    Dump,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_INJECT_NMI", nick = "inject-nmi")]
    InjectNmi,
}

impl Default for DomainWatchdog {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainWatchdog {
    /// A new `<watchdog model='i6300esb'/>` (the model is required; this one works on PCI
    /// machines).
    pub fn new() -> Self {
        let watchdog: DomainWatchdog = ConfigObject::new_root("watchdog", Some(super::SCHEMA));
        watchdog.set_model(DomainWatchdogModel::I6300esb);
        watchdog
    }

    /// Parses a `<watchdog>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "watchdog", Some(super::SCHEMA))
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainWatchdogModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainWatchdogModel) {
        self.node().set_enum_attribute("model", model)
    }

    /// The action, if set and known.
    pub fn action(&self) -> Option<DomainWatchdogAction> {
        self.node().enum_attribute("action")
    }

    pub fn set_action(&self, action: DomainWatchdogAction) {
        self.node().set_enum_attribute("action", action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let watchdog = DomainWatchdog::new();
        assert_eq!(watchdog.to_xml(), "<watchdog model=\"i6300esb\"/>");
        assert_eq!(watchdog.action(), None);
        watchdog.set_action(DomainWatchdogAction::InjectNmi);
        watchdog.set_model(DomainWatchdogModel::Diag288);
        assert_eq!(watchdog.to_xml(), "<watchdog action=\"inject-nmi\" model=\"diag288\"/>");
        assert_eq!((watchdog.model(), watchdog.action()), (Some(DomainWatchdogModel::Diag288), Some(DomainWatchdogAction::InjectNmi)));
        let parsed = DomainWatchdog::from_xml("<watchdog model='ib700' action='explode'><alias name='w'/></watchdog>").unwrap();
        assert_eq!((parsed.model(), parsed.action()), (Some(DomainWatchdogModel::Ib700), None));
        parsed.set_action(DomainWatchdogAction::Pause);
        assert_eq!(parsed.to_xml(), "<watchdog model=\"ib700\" action=\"pause\">\n  <alias name=\"w\"/>\n</watchdog>");
    }
}
