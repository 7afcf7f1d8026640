//! `Network` (`GVirConfigNetwork`): a `<network>` document, with its `<ip>` elements and their
//! DHCP ranges and hosts.
//!
//! libvirt-glib has no accessors for this document (the class only parses, validates and writes
//! it back); the typed ones here are beyond the reference: what GNOME Boxes and virt-manager read
//! from a network (its bridge, how it forwards, its addresses and DHCP settings). With no
//! libvirt-glib output to match, setters change a value where it stands
//! ([`crate::Node::set_attribute_in_place`]): editing what libvirt wrote changes only that value.

use crate::child_objects;
use crate::xml::XmlEnum;
use crate::{ConfigObject, ConfigObjectExt};

pub mod dhcp_host;
pub mod dhcp_range;
pub mod ip;

pub use dhcp_host::{NetworkDhcpHost, NetworkDhcpHostImpl};
pub use dhcp_range::{NetworkDhcpRange, NetworkDhcpRangeImpl};
pub use ip::{NetworkIp, NetworkIpFamily, NetworkIpImpl};

config_class! {
    /// A libvirt virtual network definition (`<network>`, schema `network.rng`).
    pub struct Network("GVirConfigNetwork"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NetworkImpl;
}

/// How a network reaches the outside (`<forward mode='…'>`), the values of `network.rng`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigNetworkForwardMode")]
pub enum NetworkForwardMode {
    #[enum_value(name = "GVIR_CONFIG_NETWORK_FORWARD_MODE_NAT", nick = "nat")]
    Nat,
    #[enum_value(name = "GVIR_CONFIG_NETWORK_FORWARD_MODE_ROUTE", nick = "route")]
    Route,
    #[enum_value(name = "GVIR_CONFIG_NETWORK_FORWARD_MODE_OPEN", nick = "open")]
    Open,
    #[enum_value(name = "GVIR_CONFIG_NETWORK_FORWARD_MODE_BRIDGE", nick = "bridge")]
    Bridge,
    #[enum_value(name = "GVIR_CONFIG_NETWORK_FORWARD_MODE_PASSTHROUGH", nick = "passthrough")]
    Passthrough,
    #[enum_value(name = "GVIR_CONFIG_NETWORK_FORWARD_MODE_PRIVATE", nick = "private")]
    Private,
    #[enum_value(name = "GVIR_CONFIG_NETWORK_FORWARD_MODE_VEPA", nick = "vepa")]
    Vepa,
    #[enum_value(name = "GVIR_CONFIG_NETWORK_FORWARD_MODE_HOSTDEV", nick = "hostdev")]
    Hostdev,
}

pub(crate) const SCHEMA: &str = "network.rng";

impl Default for Network {
    fn default() -> Self {
        Self::new()
    }
}

impl Network {
    /// An empty `<network/>`.
    pub fn new() -> Network {
        ConfigObject::new_root("network", Some(SCHEMA))
    }

    /// Parses a `<network>` document.
    pub fn from_xml(xml: &str) -> Result<Network, glib::Error> {
        ConfigObject::parse(xml, "network", Some(SCHEMA))
    }

    /// The name libvirt knows the network by (`<name>`).
    pub fn name(&self) -> Option<String> {
        self.node().child_content("name")
    }

    /// Sets the name; `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_child_content("name", name);
    }

    pub fn uuid(&self) -> Option<String> {
        self.node().child_content("uuid")
    }

    /// Sets the UUID; `None` removes it (libvirt then makes one up when the network is defined).
    pub fn set_uuid(&self, uuid: Option<&str>) {
        self.node().set_child_content("uuid", uuid);
    }

    /// The host bridge device behind the network (`<bridge name='virbr0'>`).
    pub fn bridge_name(&self) -> Option<String> {
        self.node().child_attribute("bridge", "name")
    }

    /// Sets the bridge device's name (creating `<bridge>`); `None` removes the name and lets
    /// libvirt pick one, the bridge's other settings stay.
    pub fn set_bridge_name(&self, name: Option<&str>) {
        self.node().ensure_child("bridge").set_or_remove_attribute_in_place("name", name);
    }

    /// Whether the bridge runs the spanning tree protocol (`<bridge stp='on'>`), if set.
    pub fn bridge_stp(&self) -> Option<bool> {
        self.node().with_child("bridge", |b| b.bool_attribute("stp")).flatten()
    }

    pub fn set_bridge_stp(&self, stp: bool) {
        self.node().ensure_child("bridge").set_attribute_in_place("stp", if stp { "on" } else { "off" });
    }

    /// The bridge's forward delay in seconds (`<bridge delay='0'>`), if set.
    pub fn bridge_delay(&self) -> Option<u64> {
        self.node().with_child("bridge", |b| b.u64_attribute("delay")).flatten()
    }

    pub fn set_bridge_delay(&self, delay: u64) {
        self.node().ensure_child("bridge").set_attribute_in_place("delay", &delay.to_string());
    }

    /// How the network forwards traffic to the outside. `None` when it does not (an isolated
    /// network, without `<forward>`) or uses a mode this library does not know; a `<forward>`
    /// without `mode` is NAT, as libvirt reads it.
    pub fn forward_mode(&self) -> Option<NetworkForwardMode> {
        self.node()
            .with_child("forward", |f| match f.attribute("mode") {
                None => Some(NetworkForwardMode::Nat),
                Some(mode) => NetworkForwardMode::from_nick(&mode),
            })
            .flatten()
    }

    /// Sets the forward mode (creating `<forward>`, its device and other settings kept); `None`
    /// removes `<forward>` altogether, which isolates the network.
    pub fn set_forward_mode(&self, mode: Option<NetworkForwardMode>) {
        match mode {
            Some(mode) => self.node().ensure_child("forward").set_attribute_in_place("mode", mode.nick_str()),
            None => self.node().remove_children("forward"),
        }
    }

    /// The host device traffic is forwarded through (`<forward dev='eth0'>`), if restricted to one.
    pub fn forward_dev(&self) -> Option<String> {
        self.node().child_attribute("forward", "dev")
    }

    /// Sets the forward device; `None` removes the attribute (any device may be used). Setting
    /// a device on a network without `<forward>` creates one, which libvirt reads as NAT.
    pub fn set_forward_dev(&self, dev: Option<&str>) {
        match dev {
            Some(dev) => self.node().ensure_child("forward").set_attribute_in_place("dev", dev),
            None => {
                self.node().with_child("forward", |f| f.remove_attribute("dev"));
            }
        }
    }

    /// The DNS domain of the network's DHCP and DNS server (`<domain name='example.com'>`).
    pub fn domain_name(&self) -> Option<String> {
        self.node().child_attribute("domain", "name")
    }

    /// Sets the DNS domain; `None` removes `<domain>` (the name is all the element requires).
    pub fn set_domain_name(&self, name: Option<&str>) {
        match name {
            Some(name) => self.node().ensure_child("domain").set_attribute_in_place("name", name),
            None => self.node().remove_children("domain"),
        }
    }

    /// The MTU of the bridge, in bytes (`<mtu size='9000'>`), if set.
    pub fn mtu(&self) -> Option<u32> {
        self.node().with_child("mtu", |m| m.u64_attribute("size")).flatten().and_then(|size| u32::try_from(size).ok())
    }

    /// Sets the MTU; `None` removes `<mtu>` (libvirt's default, usually 1500).
    pub fn set_mtu(&self, size: Option<u32>) {
        match size {
            Some(size) => self.node().ensure_child("mtu").set_attribute_in_place("size", &size.to_string()),
            None => self.node().remove_children("mtu"),
        }
    }

    /// The MAC address of the bridge (`<mac address='52:54:00:…'>`), if set.
    pub fn mac_address(&self) -> Option<String> {
        self.node().child_attribute("mac", "address")
    }

    /// Sets the bridge's MAC address; `None` removes `<mac>` (libvirt then makes one up).
    pub fn set_mac_address(&self, address: Option<&str>) {
        match address {
            Some(address) => self.node().ensure_child("mac").set_attribute_in_place("address", address),
            None => self.node().remove_children("mac"),
        }
    }

    /// The network's addresses (`<ip>`), in document order, as views of this document.
    pub fn ips(&self) -> Vec<NetworkIp> {
        child_objects::children(self, "ip")
    }

    /// Appends `ip` after the other children. Its element moves into this document: later
    /// changes made through `ip` change this network.
    pub fn add_ip(&self, ip: &NetworkIp) {
        child_objects::attach(&self.node(), ip);
    }

    /// Removes `ip` when it is one of this network's addresses (with its indentation, so that
    /// removing what [`Network::add_ip`] added to a parsed network gives back the same text);
    /// anything else is left alone. `ip` stays usable, as a detached element.
    pub fn remove_ip(&self, ip: &NetworkIp) {
        let element = ip.node();
        if element.parent().is_some_and(|parent| parent == self.node()) {
            element.detach_with_indentation();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConfigObjectExt;

    /// Test:///default's `default` network, as `virsh net-dumpxml default` prints it.
    const FIXTURE: &str = "<network>
  <name>default</name>
  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>
  <forward mode='nat'/>
  <bridge name='virbr0' stp='on' delay='0'/>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.122.2' end='192.168.122.254'/>
    </dhcp>
  </ip>
</network>";

    #[test]
    fn new_is_an_empty_document() {
        let object = Network::new();
        assert_eq!(object.to_xml(), "<network/>");
        assert_eq!(object.schema().as_deref(), Some("/usr/share/libvirt/schemas/network.rng"));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let object = Network::from_xml(FIXTURE).unwrap();
        assert_eq!(object.to_xml(), "<network>\n  <name>default</name>\n  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>\n  <forward mode=\"nat\"/>\n  <bridge name=\"virbr0\" stp=\"on\" delay=\"0\"/>\n  <ip address=\"192.168.122.1\" netmask=\"255.255.255.0\">\n    <dhcp>\n      <range start=\"192.168.122.2\" end=\"192.168.122.254\"/>\n    </dhcp>\n  </ip>\n</network>");
        if std::path::Path::new(&object.schema().unwrap()).exists() {
            object.validate().unwrap();
        }
        let extended = Network::from_xml("<network><!-- c --><future x='1'><y/></future></network>").unwrap();
        assert_eq!(extended.to_xml(), "<network>\n  <!-- c -->\n  <future x=\"1\">\n    <y/>\n  </future>\n</network>");
    }

    #[test]
    fn test_driver_network_read_through_every_accessor() {
        let network = Network::from_xml(FIXTURE).unwrap();
        assert_eq!(network.name().as_deref(), Some("default"));
        assert_eq!(network.uuid().as_deref(), Some("dd8fe884-6c02-601e-7551-cca97df1c5df"));
        assert_eq!(network.bridge_name().as_deref(), Some("virbr0"));
        assert_eq!((network.bridge_stp(), network.bridge_delay()), (Some(true), Some(0)));
        assert_eq!((network.forward_mode(), network.forward_dev()), (Some(NetworkForwardMode::Nat), None));
        assert_eq!((network.domain_name(), network.mtu(), network.mac_address()), (None, None, None));
        let ips = network.ips();
        assert_eq!(ips.len(), 1);
        let ip = &ips[0];
        assert_eq!(ip.address().as_deref(), Some("192.168.122.1"));
        assert_eq!(ip.netmask().as_deref(), Some("255.255.255.0"));
        assert_eq!((ip.prefix(), ip.family(), ip.effective_family()), (None, None, NetworkIpFamily::Ipv4));
        assert_eq!(ip.schema(), network.schema());
        let ranges = ip.dhcp_ranges();
        assert_eq!(ranges.len(), 1);
        assert_eq!(ranges[0].start().as_deref(), Some("192.168.122.2"));
        assert_eq!(ranges[0].end().as_deref(), Some("192.168.122.254"));
        assert!(ip.dhcp_hosts().is_empty());
        // Reading changed nothing.
        assert_eq!(network.to_xml(), Network::from_xml(FIXTURE).unwrap().to_xml());
    }

    #[test]
    fn new_network_built_through_every_setter() {
        let network = Network::new();
        assert_eq!((network.name(), network.bridge_name(), network.forward_mode(), network.mtu()), (None, None, None, None));
        assert!(network.ips().is_empty());
        network.set_name(Some("lab"));
        network.set_uuid(Some("0b5e6e2a-3a4e-4d3c-9d53-9a3c1f1f5e01"));
        network.set_forward_mode(Some(NetworkForwardMode::Route));
        network.set_forward_dev(Some("eth0"));
        network.set_bridge_name(Some("virbr7"));
        network.set_bridge_stp(false);
        network.set_bridge_delay(2);
        network.set_mtu(Some(9000));
        network.set_mac_address(Some("52:54:00:0a:0b:0c"));
        network.set_domain_name(Some("lab.example"));

        let ipv4 = NetworkIp::new();
        ipv4.set_address(Some("10.0.7.1"));
        ipv4.set_prefix(Some(16));
        ipv4.set_netmask(Some("255.255.255.0"));
        let range = NetworkDhcpRange::new();
        range.set_start(Some("10.0.7.100"));
        range.set_end(Some("10.0.7.199"));
        ipv4.add_dhcp_range(&range);
        let host = NetworkDhcpHost::new();
        host.set_mac(Some("52:54:00:00:00:01"));
        host.set_name(Some("builder"));
        host.set_ip(Some("10.0.7.10"));
        ipv4.add_dhcp_host(&host);
        network.add_ip(&ipv4);
        let ipv6 = NetworkIp::new();
        ipv6.set_family(Some(NetworkIpFamily::Ipv6));
        ipv6.set_address(Some("fd00:7::1"));
        ipv6.set_netmask(Some("255.0.0.0"));
        ipv6.set_prefix(Some(64));
        network.add_ip(&ipv6);
        // The objects added are views of the network now.
        range.set_end(Some("10.0.7.200"));

        assert_eq!(
            network.to_xml(),
            "<network>\n  <name>lab</name>\n  <uuid>0b5e6e2a-3a4e-4d3c-9d53-9a3c1f1f5e01</uuid>\n  \
             <forward mode=\"route\" dev=\"eth0\"/>\n  <bridge name=\"virbr7\" stp=\"off\" delay=\"2\"/>\n  \
             <mtu size=\"9000\"/>\n  <mac address=\"52:54:00:0a:0b:0c\"/>\n  <domain name=\"lab.example\"/>\n  \
             <ip address=\"10.0.7.1\" netmask=\"255.255.255.0\">\n    <dhcp>\n      \
             <range start=\"10.0.7.100\" end=\"10.0.7.200\"/>\n      \
             <host mac=\"52:54:00:00:00:01\" name=\"builder\" ip=\"10.0.7.10\"/>\n    </dhcp>\n  </ip>\n  \
             <ip family=\"ipv6\" address=\"fd00:7::1\" prefix=\"64\"/>\n</network>"
        );
        if std::path::Path::new(&network.schema().unwrap()).exists() {
            network.validate().unwrap();
        }

        let copy = Network::from_xml(&network.to_xml()).unwrap();
        assert_eq!(copy.name().as_deref(), Some("lab"));
        assert_eq!((copy.forward_mode(), copy.forward_dev().as_deref()), (Some(NetworkForwardMode::Route), Some("eth0")));
        assert_eq!((copy.bridge_name().as_deref(), copy.bridge_stp(), copy.bridge_delay()), (Some("virbr7"), Some(false), Some(2)));
        assert_eq!((copy.mtu(), copy.mac_address().as_deref()), (Some(9000), Some("52:54:00:0a:0b:0c")));
        assert_eq!(copy.domain_name().as_deref(), Some("lab.example"));
        let ips = copy.ips();
        assert_eq!(ips.len(), 2);
        assert_eq!((ips[0].netmask().as_deref(), ips[0].prefix()), (Some("255.255.255.0"), None));
        assert_eq!((ips[1].netmask(), ips[1].prefix(), ips[1].family()), (None, Some(64), Some(NetworkIpFamily::Ipv6)));
        let hosts = ips[0].dhcp_hosts();
        assert_eq!(
            (hosts[0].mac().as_deref(), hosts[0].name().as_deref(), hosts[0].ip().as_deref()),
            (Some("52:54:00:00:00:01"), Some("builder"), Some("10.0.7.10"))
        );

        // Every setter's None takes back what it wrote.
        network.remove_ip(&ipv6);
        network.remove_ip(&ipv4);
        network.set_forward_dev(None);
        network.set_mtu(None);
        network.set_mac_address(None);
        network.set_domain_name(None);
        network.set_bridge_name(None);
        network.set_uuid(None);
        assert_eq!(
            network.to_xml(),
            "<network>\n  <name>lab</name>\n  <forward mode=\"route\"/>\n  <bridge stp=\"off\" delay=\"2\"/>\n</network>"
        );
        network.set_forward_mode(None);
        network.set_name(None);
        assert_eq!(network.to_xml(), "<network>\n  <bridge stp=\"off\" delay=\"2\"/>\n</network>");
        assert_eq!(network.forward_mode(), None);
        // A removed address is still usable on its own.
        assert_eq!(ipv6.to_xml(), "<ip family=\"ipv6\" address=\"fd00:7::1\" prefix=\"64\"/>");
    }

    #[test]
    fn editing_a_parsed_network_keeps_what_has_no_accessor() {
        let network = Network::from_xml(
            "<network connections='2'>\n  <name>n</name>\n  <!-- keep -->\n  <forward mode='nat'>\n    <nat><port start='1024' end='65535'/></nat>\n  </forward>\n  \
             <bridge name='virbr1' zone='trusted'/>\n  <dns enable='no'/>\n  <ip address='10.1.0.1' prefix='24' localPtr='yes'>\n    <tftp root='/srv'/>\n    \
             <dhcp>\n      <range start='10.1.0.2' end='10.1.0.9'><lease expiry='1' unit='hours'/></range>\n      <bootp file='pxe.0'/>\n    </dhcp>\n  </ip>\n</network>",
        )
        .unwrap();
        network.set_forward_mode(Some(NetworkForwardMode::Open));
        network.set_bridge_name(Some("virbr2"));
        let ip = &network.ips()[0];
        ip.set_address(Some("10.1.0.254"));
        ip.dhcp_ranges()[0].set_end(Some("10.1.0.99"));
        assert_eq!(
            network.to_xml(),
            "<network connections=\"2\">\n  <name>n</name>\n  <!-- keep -->\n  <forward mode=\"open\">\n    <nat><port start=\"1024\" end=\"65535\"/></nat>\n  </forward>\n  \
             <bridge name=\"virbr2\" zone=\"trusted\"/>\n  <dns enable=\"no\"/>\n  <ip address=\"10.1.0.254\" prefix=\"24\" localPtr=\"yes\">\n    <tftp root=\"/srv\"/>\n    \
             <dhcp>\n      <range start=\"10.1.0.2\" end=\"10.1.0.99\"><lease expiry=\"1\" unit=\"hours\"/></range>\n      <bootp file=\"pxe.0\"/>\n    </dhcp>\n  </ip>\n</network>"
        );
        assert_eq!(ip.prefix(), Some(24));
        assert_eq!(ip.dhcp_hosts().len(), 0);
        ip.remove_dhcp();
        assert!(ip.dhcp_ranges().is_empty());
        assert!(network.to_xml().contains("<tftp root=\"/srv\"/>\n  </ip>"), "{}", network.to_xml());
    }

    #[test]
    fn unusual_values() {
        let network = Network::from_xml(
            "<network><forward/><mtu size='big'/><ip address='fd00::1'/><ip family='ipx' address='1.2.3.4' prefix='-1'/></network>",
        )
        .unwrap();
        // A <forward> without mode is NAT to libvirt; an unknown mode is no mode we know.
        assert_eq!(network.forward_mode(), Some(NetworkForwardMode::Nat));
        assert_eq!(network.mtu(), None);
        let ips = network.ips();
        assert_eq!((ips[0].family(), ips[0].effective_family()), (None, NetworkIpFamily::Ipv6));
        assert_eq!((ips[1].family(), ips[1].effective_family(), ips[1].prefix()), (None, NetworkIpFamily::Ipv4, None));
        let future = Network::from_xml("<network><forward mode='future'/></network>").unwrap();
        assert_eq!(future.forward_mode(), None);
        // Removing an address of another network changes neither.
        let other = Network::from_xml(FIXTURE).unwrap();
        network.remove_ip(&other.ips()[0]);
        network.remove_ip(&NetworkIp::new());
        assert_eq!(other.ips().len(), 1);
        assert_eq!(network.ips().len(), 2);
        // The DHCP elements are objects of their own too.
        let host = NetworkDhcpHost::from_xml("<host name='h' ip='10.0.0.2'/>").unwrap();
        assert_eq!((host.mac(), host.name().as_deref()), (None, Some("h")));
        assert!(NetworkDhcpRange::from_xml("<host/>").is_err());
        assert_eq!(NetworkIp::from_xml("<ip prefix='64'/>").unwrap().prefix(), Some(64));
    }

    #[test]
    fn other_roots_are_rejected() {
        let error = Network::from_xml("<pool/>").unwrap_err();
        assert!(error.message().contains("no 'network' node"), "{}", error.message());
        assert!(Network::from_xml("<network").is_err());
    }
}
