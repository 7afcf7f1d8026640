//! `Network` (`GVirConfigNetwork`): a `<network>` document.
//!
//! libvirt-glib has no accessors for this document: the class parses it, gives access to it
//! through the generic DOM of [`ConfigObject`], validates it against `network.rng` and writes it
//! back.

use crate::ConfigObject;

config_class! {
    /// A libvirt virtual network definition (`<network>`, schema `network.rng`).
    pub struct Network("GVirConfigNetwork"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NetworkImpl;
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
    fn other_roots_are_rejected() {
        let error = Network::from_xml("<pool/>").unwrap_err();
        assert!(error.message().contains("no 'network' node"), "{}", error.message());
        assert!(Network::from_xml("<network").is_err());
    }
}
