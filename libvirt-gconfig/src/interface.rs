//! `Interface` (`GVirConfigInterface`): a `<interface>` document.
//!
//! libvirt-glib has no accessors for this document: the class parses it, gives access to it
//! through the generic DOM of [`ConfigObject`], validates it against `interface.rng` and writes it
//! back.

use crate::ConfigObject;

config_class! {
    /// A libvirt host network interface definition (`<interface>`, schema `interface.rng`).
    pub struct Interface("GVirConfigInterface"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: InterfaceImpl;
}

pub(crate) const SCHEMA: &str = "interface.rng";

impl Default for Interface {
    fn default() -> Self {
        Self::new()
    }
}

impl Interface {
    /// An empty `<interface/>`.
    pub fn new() -> Interface {
        ConfigObject::new_root("interface", Some(SCHEMA))
    }

    /// Parses a `<interface>` document.
    pub fn from_xml(xml: &str) -> Result<Interface, glib::Error> {
        ConfigObject::parse(xml, "interface", Some(SCHEMA))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConfigObjectExt;

    /// Test:///default's `eth1`, as `virsh iface-dumpxml eth1` prints it.
    const FIXTURE: &str = "<interface type='ethernet' name='eth1'>
  <start mode='onboot'/>
  <mtu size='1492'/>
  <protocol family='ipv4'>
    <ip address='192.168.0.5' prefix='24'/>
    <route gateway='192.168.0.1'/>
  </protocol>
  <mac address='aa:bb:cc:dd:ee:ff'/>
</interface>";

    #[test]
    fn new_is_an_empty_document() {
        let object = Interface::new();
        assert_eq!(object.to_xml(), "<interface/>");
        assert_eq!(object.schema().as_deref(), Some("/usr/share/libvirt/schemas/interface.rng"));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let object = Interface::from_xml(FIXTURE).unwrap();
        assert_eq!(object.to_xml(), "<interface type=\"ethernet\" name=\"eth1\">\n  <start mode=\"onboot\"/>\n  <mtu size=\"1492\"/>\n  <protocol family=\"ipv4\">\n    <ip address=\"192.168.0.5\" prefix=\"24\"/>\n    <route gateway=\"192.168.0.1\"/>\n  </protocol>\n  <mac address=\"aa:bb:cc:dd:ee:ff\"/>\n</interface>");
        if std::path::Path::new(&object.schema().unwrap()).exists() {
            object.validate().unwrap();
        }
        let extended = Interface::from_xml("<interface><!-- c --><future x='1'><y/></future></interface>").unwrap();
        assert_eq!(extended.to_xml(), "<interface>\n  <!-- c -->\n  <future x=\"1\">\n    <y/>\n  </future>\n</interface>");
    }

    #[test]
    fn other_roots_are_rejected() {
        let error = Interface::from_xml("<pool/>").unwrap_err();
        assert!(error.message().contains("no 'interface' node"), "{}", error.message());
        assert!(Interface::from_xml("<interface").is_err());
    }
}
