//! `Secret` (`GVirConfigSecret`): a `<secret>` document.
//!
//! libvirt-glib has no accessors for this document: the class parses it, gives access to it
//! through the generic DOM of [`ConfigObject`], validates it against `secret.rng` and writes it
//! back.

use crate::ConfigObject;

config_class! {
    /// A libvirt secret definition (`<secret>`, schema `secret.rng`).
    pub struct Secret("GVirConfigSecret"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: SecretImpl;
}

pub(crate) const SCHEMA: &str = "secret.rng";

impl Default for Secret {
    fn default() -> Self {
        Self::new()
    }
}

impl Secret {
    /// An empty `<secret/>`.
    pub fn new() -> Secret {
        ConfigObject::new_root("secret", Some(SCHEMA))
    }

    /// Parses a `<secret>` document.
    pub fn from_xml(xml: &str) -> Result<Secret, glib::Error> {
        ConfigObject::parse(xml, "secret", Some(SCHEMA))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConfigObjectExt;

    /// A volume encryption secret, as `virsh secret-dumpxml` prints it.
    const FIXTURE: &str = "<secret ephemeral='no' private='yes'>
  <uuid>c4a4d1b2-3e58-4c1f-9a6f-0c2d8e7f5a11</uuid>
  <description>LUKS passphrase of guest.qcow2</description>
  <usage type='volume'>
    <volume>/var/lib/libvirt/images/guest.qcow2</volume>
  </usage>
</secret>";

    #[test]
    fn new_is_an_empty_document() {
        let object = Secret::new();
        assert_eq!(object.to_xml(), "<secret/>");
        assert_eq!(object.schema().as_deref(), Some("/usr/share/libvirt/schemas/secret.rng"));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let object = Secret::from_xml(FIXTURE).unwrap();
        assert_eq!(object.to_xml(), "<secret ephemeral=\"no\" private=\"yes\">\n  <uuid>c4a4d1b2-3e58-4c1f-9a6f-0c2d8e7f5a11</uuid>\n  <description>LUKS passphrase of guest.qcow2</description>\n  <usage type=\"volume\">\n    <volume>/var/lib/libvirt/images/guest.qcow2</volume>\n  </usage>\n</secret>");
        if std::path::Path::new(&object.schema().unwrap()).exists() {
            object.validate().unwrap();
        }
        let extended = Secret::from_xml("<secret><!-- c --><future x='1'><y/></future></secret>").unwrap();
        assert_eq!(extended.to_xml(), "<secret>\n  <!-- c -->\n  <future x=\"1\">\n    <y/>\n  </future>\n</secret>");
    }

    #[test]
    fn other_roots_are_rejected() {
        let error = Secret::from_xml("<pool/>").unwrap_err();
        assert!(error.message().contains("no 'secret' node"), "{}", error.message());
        assert!(Secret::from_xml("<secret").is_err());
    }
}
