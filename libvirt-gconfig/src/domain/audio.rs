//! `DomainAudio` (`GVirConfigDomainAudio`, libvirt-glib 5.0): an audio backend
//! (`<audio type='…'/>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Where a domain's sound goes on the host (`<audio>`).
    pub struct DomainAudio("GVirConfigDomainAudio"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainAudioImpl;
}

/// The host audio backend (attribute `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainAudioBackend")]
pub enum DomainAudioBackend {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_NONE", nick = "none")]
    None,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_ALSA", nick = "alsa")]
    Alsa,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_COREAUDIO", nick = "coreaudio")]
    Coreaudio,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_JACK", nick = "jack")]
    Jack,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_OSS", nick = "oss")]
    Oss,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_PULSEAUDIO", nick = "pulseaudio")]
    Pulseaudio,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_SDL", nick = "sdl")]
    Sdl,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_SPICE", nick = "spice")]
    Spice,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_FILE", nick = "file")]
    File,
}

impl Default for DomainAudio {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainAudio {
    /// A new `<audio/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("audio", None)
    }

    /// Parses an `<audio>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "audio", None)
    }

    /// The backend, if set and known.
    pub fn backend(&self) -> Option<DomainAudioBackend> {
        self.node().enum_attribute("type")
    }

    pub fn set_backend(&self, backend: DomainAudioBackend) {
        self.node().set_enum_attribute("type", backend)
    }

    /// The sound server to connect to (attribute `serverName`, for backends such as
    /// PulseAudio).
    pub fn server_name(&self) -> Option<String> {
        self.node().attribute("serverName")
    }

    /// Sets the sound server; `None` removes it.
    pub fn set_server_name(&self, server_name: Option<&str>) {
        self.node().set_attribute("serverName", server_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let audio = DomainAudio::new();
        assert_eq!(audio.to_xml(), "<audio/>");
        audio.set_backend(DomainAudioBackend::Pulseaudio);
        audio.set_server_name(Some("/run/user/1000/pulse/native"));
        assert_eq!(audio.to_xml(), "<audio type=\"pulseaudio\" serverName=\"/run/user/1000/pulse/native\"/>");
        audio.set_backend(DomainAudioBackend::Spice);
        assert_eq!(audio.to_xml(), "<audio serverName=\"/run/user/1000/pulse/native\" type=\"spice\"/>");
        let parsed = DomainAudio::from_xml("<audio id='1' type='file' path='/tmp/a.wav'><input mixingEngine='no'/></audio>").unwrap();
        assert_eq!(parsed.backend(), Some(DomainAudioBackend::File));
        assert_eq!(parsed.server_name(), None);
        parsed.set_server_name(Some("s"));
        parsed.set_server_name(None);
        assert_eq!(
            parsed.to_xml(),
            "<audio id=\"1\" type=\"file\" path=\"/tmp/a.wav\">\n  <input mixingEngine=\"no\"/>\n</audio>"
        );
    }
}
