//! `NetworkIp` (`GVirConfigNetworkIp`): an address of a network (`<ip>`), with its DHCP server
//! settings (`<dhcp>`: ranges and hosts).

use crate::child_objects;
use crate::xml::XmlEnum;
use crate::{ConfigObject, ConfigObjectExt, NetworkDhcpHost, NetworkDhcpRange};

config_class! {
    /// An address of a virtual network on the host (`<ip address='192.168.122.1'
    /// netmask='255.255.255.0'>`), and the DHCP server libvirt runs on it.
    pub struct NetworkIp("GVirConfigNetworkIp"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NetworkIpImpl;
}

/// The address family of an `<ip>` (attribute `family`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigNetworkIpFamily")]
pub enum NetworkIpFamily {
    #[enum_value(name = "GVIR_CONFIG_NETWORK_IP_FAMILY_IPV4", nick = "ipv4")]
    Ipv4,
    #[enum_value(name = "GVIR_CONFIG_NETWORK_IP_FAMILY_IPV6", nick = "ipv6")]
    Ipv6,
}

impl Default for NetworkIp {
    fn default() -> Self {
        Self::new()
    }
}

impl NetworkIp {
    /// A new, empty `<ip/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("ip", Some(super::SCHEMA))
    }

    /// Parses an `<ip>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "ip", Some(super::SCHEMA))
    }

    /// The host's address on the network (`address='192.168.122.1'`).
    pub fn address(&self) -> Option<String> {
        self.node().attribute("address")
    }

    /// Sets the address; `None` removes it.
    pub fn set_address(&self, address: Option<&str>) {
        self.node().set_or_remove_attribute_in_place("address", address);
    }

    /// The IPv4 netmask (`netmask='255.255.255.0'`), if the prefix is written that way.
    pub fn netmask(&self) -> Option<String> {
        self.node().attribute("netmask")
    }

    /// Sets the netmask; it replaces any `prefix` (the schema allows one or the other). `None`
    /// removes the netmask.
    pub fn set_netmask(&self, netmask: Option<&str>) {
        if netmask.is_some() {
            self.node().remove_attribute("prefix");
        }
        self.node().set_or_remove_attribute_in_place("netmask", netmask);
    }

    /// The length of the network prefix (`prefix='24'`), if written that way.
    pub fn prefix(&self) -> Option<u32> {
        self.node().u64_attribute("prefix").and_then(|p| u32::try_from(p).ok())
    }

    /// Sets the prefix length; it replaces any `netmask`. `None` removes the prefix.
    pub fn set_prefix(&self, prefix: Option<u32>) {
        match prefix {
            Some(prefix) => {
                self.node().remove_attribute("netmask");
                self.node().set_attribute_in_place("prefix", &prefix.to_string());
            }
            None => self.node().remove_attribute("prefix"),
        }
    }

    /// The address family as written (`family='ipv6'`), if it is; see [`NetworkIp::effective_family`].
    pub fn family(&self) -> Option<NetworkIpFamily> {
        self.node().enum_attribute("family")
    }

    /// Sets the family; `None` removes the attribute.
    pub fn set_family(&self, family: Option<NetworkIpFamily>) {
        match family {
            Some(family) => self.node().set_attribute_in_place("family", family.nick_str()),
            None => self.node().remove_attribute("family"),
        }
    }

    /// The address family as libvirt decides it: the `family` attribute when set, otherwise
    /// IPv6 for an address with a colon and IPv4 for any other (libvirt's own rule).
    pub fn effective_family(&self) -> NetworkIpFamily {
        self.family().unwrap_or_else(|| match self.address() {
            Some(address) if address.contains(':') => NetworkIpFamily::Ipv6,
            _ => NetworkIpFamily::Ipv4,
        })
    }

    /// The ranges the DHCP server hands addresses out of (`<dhcp><range>`), in order, as views
    /// of this document; empty without `<dhcp>`.
    pub fn dhcp_ranges(&self) -> Vec<NetworkDhcpRange> {
        self.dhcp_children("range")
    }

    /// Appends `range` to `<dhcp>` (created when missing); its element moves into this
    /// document, later changes made through `range` change this address.
    pub fn add_dhcp_range(&self, range: &NetworkDhcpRange) {
        child_objects::attach(&self.node().ensure_child("dhcp"), range);
    }

    /// The fixed addresses the DHCP server gives to known hosts (`<dhcp><host>`), in order.
    pub fn dhcp_hosts(&self) -> Vec<NetworkDhcpHost> {
        self.dhcp_children("host")
    }

    /// Appends `host` to `<dhcp>` (created when missing), like [`NetworkIp::add_dhcp_range`].
    pub fn add_dhcp_host(&self, host: &NetworkDhcpHost) {
        child_objects::attach(&self.node().ensure_child("dhcp"), host);
    }

    /// Removes `<dhcp>` with its ranges and hosts (and its indentation): no DHCP server on
    /// this address.
    pub fn remove_dhcp(&self) {
        let dhcp: Vec<_> = self.node().children().filter(|c| c.name_is("dhcp")).collect();
        for element in dhcp {
            element.detach_with_indentation();
        }
    }

    fn dhcp_children<T: glib::prelude::IsA<ConfigObject>>(&self, name: &str) -> Vec<T> {
        match self.node().child("dhcp") {
            Some(dhcp) => dhcp.children().filter(|c| c.name_is(name)).map(|node| child_objects::wrap(self, &node)).collect(),
            None => Vec::new(),
        }
    }
}
