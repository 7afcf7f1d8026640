//! `DomainMemballoon` (`GVirConfigDomainMemballoon`): the memory balloon device
//! (`<memballoon model='…'>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A `<memballoon>` device, through which the host reclaims guest memory.
    pub struct DomainMemballoon("GVirConfigDomainMemballoon"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainMemballoonImpl;
}

/// The balloon device model (`model`); `None` disables the balloon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainMemballoonModel")]
pub enum DomainMemballoonModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMBALLOON_MODEL_NONE", nick = "none")]
    None,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMBALLOON_MODEL_VIRTIO", nick = "virtio")]
    Virtio,
}

impl Default for DomainMemballoon {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainMemballoon {
    /// An empty `<memballoon/>`.
    pub fn new() -> DomainMemballoon {
        ConfigObject::new_root("memballoon", None)
    }

    /// Parses a `<memballoon>` element.
    pub fn from_xml(xml: &str) -> Result<DomainMemballoon, glib::Error> {
        ConfigObject::parse(xml, "memballoon", None)
    }

    /// The model, if set to a known value.
    pub fn model(&self) -> Option<DomainMemballoonModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainMemballoonModel) {
        self.node().set_enum_attribute("model", model);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_round_trip() {
        let m = DomainMemballoon::new();
        assert_eq!(m.to_xml(), "<memballoon/>");
        assert_eq!(m.model(), None);
        m.set_model(DomainMemballoonModel::Virtio);
        assert_eq!(m.to_xml(), "<memballoon model=\"virtio\"/>");
        m.set_model(DomainMemballoonModel::None);
        assert_eq!(m.model(), Some(DomainMemballoonModel::None));
        let parsed = DomainMemballoon::from_xml("<memballoon model='xen'><stats period='10'/></memballoon>").unwrap();
        assert_eq!(parsed.model(), None);
        parsed.set_model(DomainMemballoonModel::Virtio);
        assert_eq!(parsed.to_xml(), "<memballoon model=\"virtio\">\n  <stats period=\"10\"/>\n</memballoon>");
    }
}
