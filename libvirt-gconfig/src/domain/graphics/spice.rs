//! `<graphics type='spice'>`.

use crate::domain::interface::{new_of_kind, parse_of_kind};
use crate::xml::BoolStyle;
use crate::ConfigObjectExt;

config_class! {
    /// A console served over SPICE (`<graphics type='spice'>`).
    pub struct DomainGraphicsSpice("GVirConfigDomainGraphicsSpice"): crate::DomainGraphics;
    parent structs: crate::domain::graphics::Instance, crate::domain::graphics::Class;
    extends: [crate::DomainGraphics, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainGraphicsImpl];
    subclass trait: DomainGraphicsSpiceImpl;
}

/// How SPICE compresses images (`<image compression='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainGraphicsSpiceImageCompression")]
pub enum DomainGraphicsSpiceImageCompression {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_AUTO_GLZ", nick = "auto_glz")]
    AutoGlz,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_AUTO_LZ", nick = "auto_lz")]
    AutoLz,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_QUIC", nick = "quic")]
    Quic,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_GLZ", nick = "glz")]
    Glz,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_LZ", nick = "lz")]
    Lz,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_OFF", nick = "off")]
    Off,
}

impl Default for DomainGraphicsSpice {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainGraphicsSpice {
    /// A new `<graphics type='spice'/>`.
    pub fn new() -> Self {
        new_of_kind("graphics", "spice")
    }

    /// Parses a `<graphics>` whose type must be `spice`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        parse_of_kind(Some(xml.as_bytes()), "graphics", "spice")
    }

    /// Whether the hypervisor picks the ports (`autoport='yes'`).
    pub fn autoport(&self) -> bool {
        self.node().yes_attribute("autoport")
    }

    pub fn set_autoport(&self, autoport: bool) {
        self.node().set_bool_attribute("autoport", autoport, BoolStyle::YesNo)
    }

    /// The password clients must give (attribute `passwd`).
    pub fn password(&self) -> Option<String> {
        self.node().attribute("passwd")
    }

    /// Sets the password (attribute `passwd`); `None` removes it.
    pub fn set_password(&self, password: Option<&str>) {
        self.node().set_attribute("passwd", password)
    }

    /// The plain-text TCP port; 0 when unset.
    pub fn port(&self) -> i32 {
        super::port_of(&self.node())
    }

    pub fn set_port(&self, port: i32) {
        self.node().set_attribute("port", Some(&port.to_string()))
    }

    /// The TLS port (attribute `tlsPort`); 0 when unset.
    pub fn tls_port(&self) -> i32 {
        self.node().strtoll_attribute("tlsPort").unwrap_or(0) as i32
    }

    pub fn set_tls_port(&self, port: i32) {
        self.node().set_attribute("tlsPort", Some(&port.to_string()))
    }

    /// The image compression; [`DomainGraphicsSpiceImageCompression::Glz`] when unset or
    /// unknown (libvirt-glib's default).
    pub fn image_compression(&self) -> DomainGraphicsSpiceImageCompression {
        self.node().child_enum_attribute("image", "compression").unwrap_or(DomainGraphicsSpiceImageCompression::Glz)
    }

    /// Writes `<image compression='…'/>`, replacing any `<image>`.
    pub fn set_image_compression(&self, compression: DomainGraphicsSpiceImageCompression) {
        self.node().set_child_enum_attribute("image", "compression", compression)
    }

    /// Whether OpenGL is on (`<gl enable='yes'/>`); `None` when not stated.
    pub fn gl(&self) -> Option<bool> {
        super::gl_of(&self.node())
    }

    /// Turns OpenGL on or off (`<gl enable='yes|no'/>`).
    pub fn set_gl(&self, gl: bool) {
        super::set_gl(&self.node(), gl)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let spice = DomainGraphicsSpice::new();
        assert_eq!((spice.port(), spice.image_compression()), (0, DomainGraphicsSpiceImageCompression::Glz));
        spice.set_port(5930);
        spice.set_tls_port(5931);
        spice.set_autoport(false);
        spice.set_password(Some("s"));
        spice.set_gl(true);
        spice.set_image_compression(DomainGraphicsSpiceImageCompression::AutoGlz);
        spice.set_gl(false);
        spice.set_image_compression(DomainGraphicsSpiceImageCompression::AutoLz);
        assert_eq!(
            spice.to_xml(),
            "<graphics type=\"spice\" port=\"5930\" tlsPort=\"5931\" autoport=\"no\" passwd=\"s\">\n  \
             <gl enable=\"no\"/>\n  <image compression=\"auto_lz\"/>\n</graphics>"
        );
        assert_eq!((spice.port(), spice.tls_port()), (5930, 5931));
        assert_eq!(spice.image_compression(), DomainGraphicsSpiceImageCompression::AutoLz);
        let parsed = DomainGraphicsSpice::from_xml(
            "<graphics type='spice'><listen type='address' address='0.0.0.0'/><image compression='quic'/></graphics>",
        )
        .unwrap();
        assert_eq!(parsed.image_compression(), DomainGraphicsSpiceImageCompression::Quic);
        parsed.set_image_compression(DomainGraphicsSpiceImageCompression::Off);
        assert_eq!(
            parsed.to_xml(),
            "<graphics type=\"spice\">\n  <listen type=\"address\" address=\"0.0.0.0\"/>\n  <image compression=\"off\"/>\n</graphics>"
        );
        let unknown = DomainGraphicsSpice::from_xml("<graphics type='spice'><image compression='zzz'/></graphics>").unwrap();
        assert_eq!(unknown.image_compression(), DomainGraphicsSpiceImageCompression::Glz);
    }
}
