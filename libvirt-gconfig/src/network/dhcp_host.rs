//! `NetworkDhcpHost` (`GVirConfigNetworkDhcpHost`): a host the DHCP server of a network knows
//! (`<host mac='…' name='…' ip='…'/>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A fixed address the DHCP server of a network gives to one host, known by its MAC address
    /// or its name (`<host>` under `<ip><dhcp>`).
    pub struct NetworkDhcpHost("GVirConfigNetworkDhcpHost"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NetworkDhcpHostImpl;
}

impl Default for NetworkDhcpHost {
    fn default() -> Self {
        Self::new()
    }
}

impl NetworkDhcpHost {
    /// A new, empty `<host/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("host", Some(super::SCHEMA))
    }

    /// Parses a `<host>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "host", Some(super::SCHEMA))
    }

    /// The MAC address the host is known by.
    pub fn mac(&self) -> Option<String> {
        self.node().attribute("mac")
    }

    /// Sets the MAC address; `None` removes it.
    pub fn set_mac(&self, mac: Option<&str>) {
        self.node().set_or_remove_attribute_in_place("mac", mac);
    }

    /// The host's name (also handed to it by DHCP).
    pub fn name(&self) -> Option<String> {
        self.node().attribute("name")
    }

    /// Sets the name; `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_or_remove_attribute_in_place("name", name);
    }

    /// The address the host gets.
    pub fn ip(&self) -> Option<String> {
        self.node().attribute("ip")
    }

    /// Sets the address; `None` removes it.
    pub fn set_ip(&self, ip: Option<&str>) {
        self.node().set_or_remove_attribute_in_place("ip", ip);
    }
}
