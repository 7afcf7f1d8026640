//! `DomainSeclabel` (`GVirConfigDomainSeclabel`): a security label (`<seclabel>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// The security label of a domain for one security driver (`<seclabel>`): SELinux,
    /// AppArmor, DAC.
    pub struct DomainSeclabel("GVirConfigDomainSeclabel"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainSeclabelImpl;
}

/// Who picks the label (`<seclabel type='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainSeclabelType")]
pub enum DomainSeclabelType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SECLABEL_DYNAMIC", nick = "dynamic")]
    Dynamic,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SECLABEL_STATIC", nick = "static")]
    Static,
}

impl Default for DomainSeclabel {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSeclabel {
    /// A new, empty `<seclabel/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("seclabel", None)
    }

    /// Parses a `<seclabel>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "seclabel", None)
    }

    /// The label type, if set and known (`none` is not one of them).
    pub fn label_type(&self) -> Option<DomainSeclabelType> {
        self.node().enum_attribute("type")
    }

    pub fn set_label_type(&self, label_type: DomainSeclabelType) {
        self.node().set_enum_attribute("type", label_type);
    }

    /// The security driver (`model='selinux'`, …).
    pub fn model(&self) -> Option<String> {
        self.node().attribute("model")
    }

    /// Sets the security driver; `None` removes it.
    pub fn set_model(&self, model: Option<&str>) {
        self.node().set_attribute("model", model);
    }

    /// The base label a dynamic label is derived from (`<baselabel>`).
    pub fn baselabel(&self) -> Option<String> {
        self.node().child_content("baselabel")
    }

    /// Sets `<baselabel>`; `None` removes it.
    pub fn set_baselabel(&self, label: Option<&str>) {
        self.node().set_child_content("baselabel", label);
    }

    /// The label (`<label>`).
    pub fn label(&self) -> Option<String> {
        self.node().child_content("label")
    }

    /// Sets `<label>`; `None` removes it.
    pub fn set_label(&self, label: Option<&str>) {
        self.node().set_child_content("label", label);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_like_libvirt_glib() {
        let label = DomainSeclabel::new();
        label.set_label_type(DomainSeclabelType::Static);
        label.set_model(Some("selinux"));
        label.set_baselabel(Some("b"));
        label.set_label(Some("l"));
        label.set_baselabel(Some("b2"));
        assert_eq!(
            label.to_xml(),
            "<seclabel type=\"static\" model=\"selinux\">\n  <baselabel>b2</baselabel>\n  <label>l</label>\n</seclabel>"
        );
        label.set_label(None);
        label.set_baselabel(None);
        label.set_model(Some("dac"));
        label.set_label_type(DomainSeclabelType::Dynamic);
        assert_eq!(label.to_xml(), "<seclabel model=\"dac\" type=\"dynamic\"/>");
        let parsed = DomainSeclabel::from_xml("<seclabel type='none' model='dac'><label>+0:+0</label></seclabel>").unwrap();
        assert_eq!(parsed.label_type(), None);
        assert_eq!(parsed.model().as_deref(), Some("dac"));
        assert_eq!(parsed.label().as_deref(), Some("+0:+0"));
    }
}
