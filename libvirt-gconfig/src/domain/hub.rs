//! `DomainHub` (`GVirConfigDomainHub`): a hub device (`<hub type='usb'/>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A hub that gives a bus more ports (`<hub>`).
    pub struct DomainHub("GVirConfigDomainHub"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainHubImpl;
}

/// The bus of the hub (attribute `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainHubType")]
pub enum DomainHubType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_HUB_TYPE_USB", nick = "usb")]
    Usb,
}

impl Default for DomainHub {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainHub {
    /// A new `<hub type='usb'/>` (the type is required, and USB the only one).
    pub fn new() -> Self {
        let hub: DomainHub = ConfigObject::new_root("hub", Some(super::SCHEMA));
        hub.set_hub_type(DomainHubType::Usb);
        hub
    }

    /// Parses a `<hub>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "hub", Some(super::SCHEMA))
    }

    /// The hub's bus, if set and known.
    pub fn hub_type(&self) -> Option<DomainHubType> {
        self.node().enum_attribute("type")
    }

    pub fn set_hub_type(&self, hub_type: DomainHubType) {
        self.node().set_enum_attribute("type", hub_type)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let hub = DomainHub::new();
        assert_eq!(hub.to_xml(), "<hub type=\"usb\"/>");
        assert_eq!(hub.hub_type(), Some(DomainHubType::Usb));
        let parsed = DomainHub::from_xml("<hub type='firewire'><address type='usb' bus='0' port='1'/></hub>").unwrap();
        assert_eq!(parsed.hub_type(), None);
        parsed.set_hub_type(DomainHubType::Usb);
        assert_eq!(parsed.to_xml(), "<hub type=\"usb\">\n  <address type=\"usb\" bus=\"0\" port=\"1\"/>\n</hub>");
    }
}
