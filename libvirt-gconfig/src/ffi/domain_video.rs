//! C ABI of `GVirConfigDomainVideo`.

use crate::{ConfigObject, DomainVideo, DomainVideoModel};

ffi_get_type!(gvir_config_domain_video_get_type, DomainVideo);
ffi_get_type!(gvir_config_domain_video_model_get_type, DomainVideoModel);
ffi_new!(gvir_config_domain_video_new, DomainVideo::new());
ffi_new_from_xml!(gvir_config_domain_video_new_from_xml, |xml| ConfigObject::parse_opt::<DomainVideo>(xml, "video", None));
ffi_enum_getter!(gvir_config_domain_video_get_model, video: DomainVideo, DomainVideoModel::Vga, |v: &DomainVideo| v.model());
ffi_enum_setter!(gvir_config_domain_video_set_model, video: DomainVideo, DomainVideoModel, |v: &DomainVideo, m| v.set_model(m));
ffi_int_setter!(gvir_config_domain_video_set_vram, video: DomainVideo, u32, |v: &DomainVideo, k| v.set_vram(k));
ffi_int_setter!(gvir_config_domain_video_set_ram, video: DomainVideo, u32, |v: &DomainVideo, k| v.set_ram(k));
ffi_int_setter!(gvir_config_domain_video_set_vgamem, video: DomainVideo, u32, |v: &DomainVideo, k| v.set_vgamem(k));
ffi_int_setter!(gvir_config_domain_video_set_heads, video: DomainVideo, u32, |v: &DomainVideo, n| v.set_heads(n));
ffi_bool_setter!(gvir_config_domain_video_set_accel3d, video: DomainVideo, |v: &DomainVideo, on| v.set_accel3d(on));
