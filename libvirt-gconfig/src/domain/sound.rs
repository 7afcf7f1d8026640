//! `DomainSound` (`GVirConfigDomainSound`): a sound card (`<sound model='…'/>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// An emulated sound card of a domain (`<sound>`).
    pub struct DomainSound("GVirConfigDomainSound"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainSoundImpl;
}

/// The emulated sound card (attribute `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainSoundModel")]
pub enum DomainSoundModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SOUND_MODEL_SB16", nick = "sb16")]
    Sb16,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SOUND_MODEL_ES1370", nick = "es1370")]
    Es1370,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SOUND_MODEL_PCSPK", nick = "pcspk")]
    Pcspk,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SOUND_MODEL_AC97", nick = "ac97")]
    Ac97,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SOUND_MODEL_ICH6", nick = "ich6")]
    Ich6,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SOUND_MODEL_ICH9", nick = "ich9")]
    Ich9,
}

impl Default for DomainSound {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSound {
    /// A new `<sound/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("sound", None)
    }

    /// Parses a `<sound>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "sound", None)
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainSoundModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainSoundModel) {
        self.node().set_enum_attribute("model", model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let sound = DomainSound::new();
        assert_eq!(sound.to_xml(), "<sound/>");
        assert_eq!(sound.model(), None);
        sound.set_model(DomainSoundModel::Ich6);
        assert_eq!(sound.to_xml(), "<sound model=\"ich6\"/>");
        let parsed = DomainSound::from_xml("<sound model='ac97'><codec type='micro'/></sound>").unwrap();
        assert_eq!(parsed.model(), Some(DomainSoundModel::Ac97));
        parsed.set_model(DomainSoundModel::Ich9);
        assert_eq!(parsed.to_xml(), "<sound model=\"ich9\">\n  <codec type=\"micro\"/>\n</sound>");
    }
}
