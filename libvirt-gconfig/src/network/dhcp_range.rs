//! `NetworkDhcpRange` (`GVirConfigNetworkDhcpRange`): a range of a network's DHCP server
//! (`<range start='…' end='…'/>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Addresses a network's DHCP server hands out, from `start` to `end` inclusive (`<range>`
    /// under `<ip><dhcp>`).
    pub struct NetworkDhcpRange("GVirConfigNetworkDhcpRange"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NetworkDhcpRangeImpl;
}

impl Default for NetworkDhcpRange {
    fn default() -> Self {
        Self::new()
    }
}

impl NetworkDhcpRange {
    /// A new, empty `<range/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("range", Some(super::SCHEMA))
    }

    /// Parses a `<range>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "range", Some(super::SCHEMA))
    }

    /// The first address of the range.
    pub fn start(&self) -> Option<String> {
        self.node().attribute("start")
    }

    /// Sets the first address; `None` removes it.
    pub fn set_start(&self, start: Option<&str>) {
        self.node().set_or_remove_attribute_in_place("start", start);
    }

    /// The last address of the range.
    pub fn end(&self) -> Option<String> {
        self.node().attribute("end")
    }

    /// Sets the last address; `None` removes it.
    pub fn set_end(&self, end: Option<&str>) {
        self.node().set_or_remove_attribute_in_place("end", end);
    }
}
