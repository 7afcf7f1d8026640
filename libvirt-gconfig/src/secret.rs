//! `Secret` (`GVirConfigSecret`): a `<secret>` document.
//!
//! libvirt-glib has no accessors for this document. Ours (beyond the reference,
//! `LIBVIRT_GCONFIG_RS_1.0`) read and write what an application sets when it makes a secret for
//! an encrypted volume, a Ceph or iSCSI login, TLS keys or a vTPM: whether it is ephemeral and
//! private, its description and UUID, and its usage — the kind of thing it unlocks and which
//! one. Everything else is kept as it is, and the document validates against `secret.rng`.

use crate::xml::BoolStyle;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A libvirt secret definition (`<secret>`, schema `secret.rng`).
    pub struct Secret("GVirConfigSecret"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: SecretImpl;
}

/// What a secret unlocks (`<usage type='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigSecretUsageType")]
pub enum SecretUsageType {
    /// No `<usage>`: the secret is only found by its UUID.
    #[enum_value(name = "GVIR_CONFIG_SECRET_USAGE_TYPE_NONE", nick = "none")]
    None,
    /// An encrypted volume, named by its path (`<volume>`).
    #[enum_value(name = "GVIR_CONFIG_SECRET_USAGE_TYPE_VOLUME", nick = "volume")]
    Volume,
    /// A Ceph client login (`<name>`).
    #[enum_value(name = "GVIR_CONFIG_SECRET_USAGE_TYPE_CEPH", nick = "ceph")]
    Ceph,
    /// An iSCSI target login (`<target>`).
    #[enum_value(name = "GVIR_CONFIG_SECRET_USAGE_TYPE_ISCSI", nick = "iscsi")]
    Iscsi,
    /// A TLS key passphrase (`<name>`).
    #[enum_value(name = "GVIR_CONFIG_SECRET_USAGE_TYPE_TLS", nick = "tls")]
    Tls,
    /// A vTPM's state encryption key (`<name>`).
    #[enum_value(name = "GVIR_CONFIG_SECRET_USAGE_TYPE_VTPM", nick = "vtpm")]
    Vtpm,
}

impl SecretUsageType {
    /// The child of `<usage>` that says which thing of this kind the secret is for.
    fn target_element(self) -> Option<&'static str> {
        match self {
            SecretUsageType::None => None,
            SecretUsageType::Volume => Some("volume"),
            SecretUsageType::Iscsi => Some("target"),
            SecretUsageType::Ceph | SecretUsageType::Tls | SecretUsageType::Vtpm => Some("name"),
        }
    }
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

    /// Whether libvirt keeps the secret in memory only (`ephemeral='yes'`); false when unset.
    pub fn ephemeral(&self) -> bool {
        self.node().bool_attribute("ephemeral").unwrap_or(false)
    }

    pub fn set_ephemeral(&self, ephemeral: bool) {
        self.node().set_bool_attribute("ephemeral", ephemeral, BoolStyle::YesNo)
    }

    /// Whether libvirt refuses to reveal the value to its clients (`private='yes'`); false when
    /// unset.
    pub fn private(&self) -> bool {
        self.node().bool_attribute("private").unwrap_or(false)
    }

    pub fn set_private(&self, private: bool) {
        self.node().set_bool_attribute("private", private, BoolStyle::YesNo)
    }

    /// The description (`<description>`).
    pub fn description(&self) -> Option<String> {
        self.node().child_content("description")
    }

    /// Sets the description; `None` removes it.
    pub fn set_description(&self, description: Option<&str>) {
        self.node().set_first_child_content("description", description)
    }

    /// The UUID (`<uuid>`; libvirt makes one when the secret is defined without).
    pub fn uuid(&self) -> Option<String> {
        self.node().child_content("uuid")
    }

    /// Sets the UUID; `None` removes it.
    pub fn set_uuid(&self, uuid: Option<&str>) {
        self.node().set_first_child_content("uuid", uuid)
    }

    /// What the secret unlocks: [`SecretUsageType::None`] without `<usage>`, `None` for a
    /// usage type this library does not know.
    pub fn usage_type(&self) -> Option<SecretUsageType> {
        match self.node().child("usage") {
            None => Some(SecretUsageType::None),
            Some(usage) => usage.enum_attribute("type"),
        }
    }

    /// Which thing of its kind the secret unlocks: the volume's path, the Ceph or TLS or vTPM
    /// name, the iSCSI target.
    pub fn usage_target(&self) -> Option<String> {
        let element = self.usage_type()?.target_element()?;
        self.node().child("usage")?.child_content(element)
    }

    /// Sets what the secret unlocks, replacing any `<usage>` (in place);
    /// [`SecretUsageType::None`] removes it.
    pub fn set_usage(&self, usage_type: SecretUsageType, target: &str) {
        let Some(element) = usage_type.target_element() else {
            self.node().remove_children("usage");
            return;
        };
        let usage = self.node().replace_child("usage");
        usage.set_enum_attribute("type", usage_type);
        usage.set_first_child_content(element, Some(target));
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
    fn built_through_setters() {
        let secret = Secret::new();
        assert_eq!((secret.ephemeral(), secret.private(), secret.usage_type()), (false, false, Some(SecretUsageType::None)));
        secret.set_ephemeral(false);
        secret.set_private(true);
        secret.set_description(Some("LUKS passphrase"));
        secret.set_uuid(Some("0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"));
        secret.set_usage(SecretUsageType::Volume, "/var/lib/libvirt/images/a.img");
        assert_eq!(
            secret.to_xml(),
            "<secret ephemeral=\"no\" private=\"yes\">\n  <description>LUKS passphrase</description>\n  \
             <uuid>0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f</uuid>\n  <usage type=\"volume\">\n    \
             <volume>/var/lib/libvirt/images/a.img</volume>\n  </usage>\n</secret>"
        );
        assert!(secret.private());
        assert_eq!(secret.usage_target().as_deref(), Some("/var/lib/libvirt/images/a.img"));
        if std::path::Path::new(&secret.schema().unwrap()).exists() {
            secret.validate().unwrap();
        }
        // Another usage replaces the first in place; none removes it.
        secret.set_usage(SecretUsageType::Iscsi, "libvirtiscsi");
        assert_eq!(secret.usage_type(), Some(SecretUsageType::Iscsi));
        assert_eq!(secret.usage_target().as_deref(), Some("libvirtiscsi"));
        assert!(secret.to_xml().contains("<usage type=\"iscsi\">\n    <target>libvirtiscsi</target>\n  </usage>"));
        secret.set_usage(SecretUsageType::None, "");
        assert_eq!((secret.usage_type(), secret.usage_target()), (Some(SecretUsageType::None), None));
        secret.set_description(None);
        assert!(!secret.to_xml().contains("description"));
    }

    #[test]
    fn parsed_usages() {
        for (kind, element, usage_type) in [
            ("ceph", "name", SecretUsageType::Ceph),
            ("tls", "name", SecretUsageType::Tls),
            ("vtpm", "name", SecretUsageType::Vtpm),
            ("iscsi", "target", SecretUsageType::Iscsi),
        ] {
            let secret = Secret::from_xml(&format!(
                "<secret ephemeral='yes'><usage type='{kind}'><{element}>x</{element}></usage></secret>"
            ))
            .unwrap();
            assert!(secret.ephemeral());
            assert_eq!(secret.usage_type(), Some(usage_type));
            assert_eq!(secret.usage_target().as_deref(), Some("x"));
        }
        let future = Secret::from_xml("<secret><usage type='quantum'><key>k</key></usage></secret>").unwrap();
        assert_eq!((future.usage_type(), future.usage_target()), (None, None));
    }

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
