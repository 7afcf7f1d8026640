//! C ABI of `GVirConfigDomainSound` and `GVirConfigDomainAudio` (5.0.0).

use crate::{ConfigObject, DomainAudio, DomainAudioBackend, DomainSound, DomainSoundModel};

ffi_get_type!(gvir_config_domain_sound_get_type, DomainSound);
ffi_get_type!(gvir_config_domain_sound_model_get_type, DomainSoundModel);
ffi_new!(gvir_config_domain_sound_new, DomainSound::new());
ffi_new_from_xml!(gvir_config_domain_sound_new_from_xml, |xml| ConfigObject::parse_opt::<DomainSound>(xml, "sound", None));
ffi_enum_setter!(gvir_config_domain_sound_set_model, sound: DomainSound, DomainSoundModel, |s: &DomainSound, m| s.set_model(m));

ffi_get_type!(gvir_config_domain_audio_get_type, DomainAudio);
ffi_get_type!(gvir_config_domain_audio_backend_get_type, DomainAudioBackend);
ffi_new!(gvir_config_domain_audio_new, DomainAudio::new());
ffi_new_from_xml!(gvir_config_domain_audio_new_from_xml, |xml| ConfigObject::parse_opt::<DomainAudio>(xml, "audio", None));
ffi_enum_setter!(gvir_config_domain_audio_set_backend, audio: DomainAudio, DomainAudioBackend, |a: &DomainAudio, b| a.set_backend(b));
ffi_str_setter!(gvir_config_domain_audio_set_server_name, audio: DomainAudio, |a: &DomainAudio, v: Option<&str>| a.set_server_name(v));
