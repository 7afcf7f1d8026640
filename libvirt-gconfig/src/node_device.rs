//! `NodeDevice` (`GVirConfigNodeDevice`): a `<device>` document.
//!
//! libvirt-glib has no accessors for this document: the class parses it, gives access to it
//! through the generic DOM of [`ConfigObject`], validates it against `nodedev.rng` and writes it
//! back.

use crate::ConfigObject;

config_class! {
    /// A libvirt host device description (`<device>`, schema `nodedev.rng`).
    pub struct NodeDevice("GVirConfigNodeDevice"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NodeDeviceImpl;
}

pub(crate) const SCHEMA: &str = "nodedev.rng";

impl Default for NodeDevice {
    fn default() -> Self {
        Self::new()
    }
}

impl NodeDevice {
    /// An empty `<device/>`.
    pub fn new() -> NodeDevice {
        ConfigObject::new_root("device", Some(SCHEMA))
    }

    /// Parses a `<device>` document.
    pub fn from_xml(xml: &str) -> Result<NodeDevice, glib::Error> {
        ConfigObject::parse(xml, "device", Some(SCHEMA))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConfigObjectExt;

    /// Test:///default's `computer`, as `virsh nodedev-dumpxml computer` prints it.
    const FIXTURE: &str = "<device>
  <name>computer</name>
  <capability type='system'>
    <hardware>
      <vendor>Libvirt</vendor>
      <version>Test driver</version>
      <serial>123456</serial>
      <uuid>11111111-2222-3333-4444-555555555555</uuid>
    </hardware>
    <firmware>
      <vendor>Libvirt</vendor>
      <version>Test Driver</version>
      <release_date>01/22/2007</release_date>
    </firmware>
  </capability>
</device>";

    #[test]
    fn new_is_an_empty_document() {
        let object = NodeDevice::new();
        assert_eq!(object.to_xml(), "<device/>");
        assert_eq!(object.schema().as_deref(), Some("/usr/share/libvirt/schemas/nodedev.rng"));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let object = NodeDevice::from_xml(FIXTURE).unwrap();
        assert_eq!(object.to_xml(), "<device>\n  <name>computer</name>\n  <capability type=\"system\">\n    <hardware>\n      <vendor>Libvirt</vendor>\n      <version>Test driver</version>\n      <serial>123456</serial>\n      <uuid>11111111-2222-3333-4444-555555555555</uuid>\n    </hardware>\n    <firmware>\n      <vendor>Libvirt</vendor>\n      <version>Test Driver</version>\n      <release_date>01/22/2007</release_date>\n    </firmware>\n  </capability>\n</device>");
        if std::path::Path::new(&object.schema().unwrap()).exists() {
            object.validate().unwrap();
        }
        let extended = NodeDevice::from_xml("<device><!-- c --><future x='1'><y/></future></device>").unwrap();
        assert_eq!(extended.to_xml(), "<device>\n  <!-- c -->\n  <future x=\"1\">\n    <y/>\n  </future>\n</device>");
    }

    #[test]
    fn other_roots_are_rejected() {
        let error = NodeDevice::from_xml("<pool/>").unwrap_err();
        assert!(error.message().contains("no 'device' node"), "{}", error.message());
        assert!(NodeDevice::from_xml("<device").is_err());
    }
}
