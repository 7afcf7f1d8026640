//! C ABI of `GVirConfigDomainGraphics` and its kinds.

use crate::domain::interface::parse_of_kind;
use crate::{
    DomainGraphics, DomainGraphicsDBus, DomainGraphicsDesktop, DomainGraphicsRdp, DomainGraphicsSdl, DomainGraphicsSpice,
    DomainGraphicsSpiceImageCompression, DomainGraphicsVnc,
};

ffi_get_type!(gvir_config_domain_graphics_get_type, DomainGraphics);

ffi_get_type!(gvir_config_domain_graphics_sdl_get_type, DomainGraphicsSdl);
ffi_new!(gvir_config_domain_graphics_sdl_new, DomainGraphicsSdl::new());
ffi_new_from_xml!(gvir_config_domain_graphics_sdl_new_from_xml, |xml| parse_of_kind::<DomainGraphicsSdl>(xml, "graphics", "sdl"));
ffi_str_setter!(gvir_config_domain_graphics_sdl_set_xauthority, graphics: DomainGraphicsSdl, |g: &DomainGraphicsSdl, v: Option<&str>| g.set_xauthority(v));
ffi_str_setter!(gvir_config_domain_graphics_sdl_set_display, graphics: DomainGraphicsSdl, |g: &DomainGraphicsSdl, v: Option<&str>| g.set_display(v));
ffi_bool_setter!(gvir_config_domain_graphics_sdl_set_fullscreen, graphics: DomainGraphicsSdl, |g: &DomainGraphicsSdl, v| g.set_fullscreen(v));

ffi_get_type!(gvir_config_domain_graphics_vnc_get_type, DomainGraphicsVnc);
ffi_new!(gvir_config_domain_graphics_vnc_new, DomainGraphicsVnc::new());
ffi_new_from_xml!(gvir_config_domain_graphics_vnc_new_from_xml, |xml| parse_of_kind::<DomainGraphicsVnc>(xml, "graphics", "vnc"));
ffi_str_getter!(gvir_config_domain_graphics_vnc_get_socket, graphics: DomainGraphicsVnc, |g: &DomainGraphicsVnc| g.socket());
ffi_str_setter!(gvir_config_domain_graphics_vnc_set_socket, graphics: DomainGraphicsVnc, |g: &DomainGraphicsVnc, v: Option<&str>| g.set_socket(v));
ffi_bool_setter!(gvir_config_domain_graphics_vnc_set_autoport, graphics: DomainGraphicsVnc, |g: &DomainGraphicsVnc, v| g.set_autoport(v));
ffi_int_getter!(gvir_config_domain_graphics_vnc_get_port, graphics: DomainGraphicsVnc, i32, |g: &DomainGraphicsVnc| g.port());
ffi_int_setter!(gvir_config_domain_graphics_vnc_set_port, graphics: DomainGraphicsVnc, i32, |g: &DomainGraphicsVnc, v| g.set_port(v));
ffi_str_setter!(gvir_config_domain_graphics_vnc_set_password, graphics: DomainGraphicsVnc, |g: &DomainGraphicsVnc, v: Option<&str>| g.set_password(v));

ffi_get_type!(gvir_config_domain_graphics_spice_get_type, DomainGraphicsSpice);
ffi_get_type!(gvir_config_domain_graphics_spice_image_compression_get_type, DomainGraphicsSpiceImageCompression);
ffi_new!(gvir_config_domain_graphics_spice_new, DomainGraphicsSpice::new());
ffi_new_from_xml!(gvir_config_domain_graphics_spice_new_from_xml, |xml| parse_of_kind::<DomainGraphicsSpice>(xml, "graphics", "spice"));
ffi_bool_setter!(gvir_config_domain_graphics_spice_set_autoport, graphics: DomainGraphicsSpice, |g: &DomainGraphicsSpice, v| g.set_autoport(v));
ffi_str_setter!(gvir_config_domain_graphics_spice_set_password, graphics: DomainGraphicsSpice, |g: &DomainGraphicsSpice, v: Option<&str>| g.set_password(v));
ffi_int_getter!(gvir_config_domain_graphics_spice_get_port, graphics: DomainGraphicsSpice, i32, |g: &DomainGraphicsSpice| g.port());
ffi_int_setter!(gvir_config_domain_graphics_spice_set_port, graphics: DomainGraphicsSpice, i32, |g: &DomainGraphicsSpice, v| g.set_port(v));
ffi_int_setter!(gvir_config_domain_graphics_spice_set_tls_port, graphics: DomainGraphicsSpice, i32, |g: &DomainGraphicsSpice, v| g.set_tls_port(v));
ffi_enum_getter!(
    gvir_config_domain_graphics_spice_get_image_compression, graphics: DomainGraphicsSpice,
    DomainGraphicsSpiceImageCompression::Glz,
    |g: &DomainGraphicsSpice| g.image_compression()
);
ffi_enum_setter!(
    gvir_config_domain_graphics_spice_set_image_compression, graphics: DomainGraphicsSpice,
    DomainGraphicsSpiceImageCompression,
    |g: &DomainGraphicsSpice, v| g.set_image_compression(v)
);
ffi_bool_setter!(gvir_config_domain_graphics_spice_set_gl, graphics: DomainGraphicsSpice, |g: &DomainGraphicsSpice, v| g.set_gl(v));

ffi_get_type!(gvir_config_domain_graphics_rdp_get_type, DomainGraphicsRdp);
ffi_new!(gvir_config_domain_graphics_rdp_new, DomainGraphicsRdp::new());
ffi_new_from_xml!(gvir_config_domain_graphics_rdp_new_from_xml, |xml| parse_of_kind::<DomainGraphicsRdp>(xml, "graphics", "rdp"));
ffi_bool_setter!(gvir_config_domain_graphics_rdp_set_autoport, graphics: DomainGraphicsRdp, |g: &DomainGraphicsRdp, v| g.set_autoport(v));
ffi_int_getter!(gvir_config_domain_graphics_rdp_get_port, graphics: DomainGraphicsRdp, i32, |g: &DomainGraphicsRdp| g.port());
ffi_int_setter!(gvir_config_domain_graphics_rdp_set_port, graphics: DomainGraphicsRdp, i32, |g: &DomainGraphicsRdp, v| g.set_port(v));
ffi_bool_getter!(gvir_config_domain_graphics_rdp_get_multi_user, graphics: DomainGraphicsRdp, |g: &DomainGraphicsRdp| g.multi_user());
ffi_bool_setter!(gvir_config_domain_graphics_rdp_set_multi_user, graphics: DomainGraphicsRdp, |g: &DomainGraphicsRdp, v| g.set_multi_user(v));
ffi_bool_getter!(gvir_config_domain_graphics_rdp_get_replace_user, graphics: DomainGraphicsRdp, |g: &DomainGraphicsRdp| g.replace_user());
ffi_bool_setter!(gvir_config_domain_graphics_rdp_set_replace_user, graphics: DomainGraphicsRdp, |g: &DomainGraphicsRdp, v| g.set_replace_user(v));

ffi_get_type!(gvir_config_domain_graphics_desktop_get_type, DomainGraphicsDesktop);
ffi_new!(gvir_config_domain_graphics_desktop_new, DomainGraphicsDesktop::new());
ffi_new_from_xml!(gvir_config_domain_graphics_desktop_new_from_xml, |xml| {
    parse_of_kind::<DomainGraphicsDesktop>(xml, "graphics", "desktop")
});
ffi_str_getter!(gvir_config_domain_graphics_desktop_get_display, graphics: DomainGraphicsDesktop, |g: &DomainGraphicsDesktop| g.display());
ffi_str_setter!(gvir_config_domain_graphics_desktop_set_display, graphics: DomainGraphicsDesktop, |g: &DomainGraphicsDesktop, v: Option<&str>| g.set_display(v));
ffi_bool_getter!(gvir_config_domain_graphics_desktop_get_fullscreen, graphics: DomainGraphicsDesktop, |g: &DomainGraphicsDesktop| g.fullscreen());
ffi_bool_setter!(gvir_config_domain_graphics_desktop_set_fullscreen, graphics: DomainGraphicsDesktop, |g: &DomainGraphicsDesktop, v| g.set_fullscreen(v));

ffi_get_type!(gvir_config_domain_graphics_dbus_get_type, DomainGraphicsDBus);
ffi_new!(gvir_config_domain_graphics_dbus_new, DomainGraphicsDBus::new());
ffi_new_from_xml!(gvir_config_domain_graphics_dbus_new_from_xml, |xml| parse_of_kind::<DomainGraphicsDBus>(xml, "graphics", "dbus"));
ffi_str_getter!(gvir_config_domain_graphics_dbus_get_address, graphics: DomainGraphicsDBus, |g: &DomainGraphicsDBus| g.address());
ffi_str_setter!(gvir_config_domain_graphics_dbus_set_address, graphics: DomainGraphicsDBus, |g: &DomainGraphicsDBus, v: Option<&str>| g.set_address(v));
ffi_bool_setter!(gvir_config_domain_graphics_dbus_set_gl, graphics: DomainGraphicsDBus, |g: &DomainGraphicsDBus, v| g.set_gl(v));
