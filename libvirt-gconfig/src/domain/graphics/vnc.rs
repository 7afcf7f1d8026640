//! `<graphics type='vnc'>`.

use crate::domain::interface::{new_of_kind, parse_of_kind};
use crate::xml::BoolStyle;
use crate::ConfigObjectExt;

config_class! {
    /// A console served over VNC (`<graphics type='vnc'>`).
    pub struct DomainGraphicsVnc("GVirConfigDomainGraphicsVnc"): crate::DomainGraphics;
    parent structs: crate::domain::graphics::Instance, crate::domain::graphics::Class;
    extends: [crate::DomainGraphics, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainGraphicsImpl];
    subclass trait: DomainGraphicsVncImpl;
}

impl Default for DomainGraphicsVnc {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainGraphicsVnc {
    /// A new `<graphics type='vnc'/>`.
    pub fn new() -> Self {
        new_of_kind("graphics", "vnc")
    }

    /// Parses a `<graphics>` whose type must be `vnc`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        parse_of_kind(Some(xml.as_bytes()), "graphics", "vnc")
    }

    /// The UNIX socket the server listens on (attribute `socket`).
    pub fn socket(&self) -> Option<String> {
        self.node().attribute("socket")
    }

    /// Sets the UNIX socket; `None` removes it.
    pub fn set_socket(&self, socket: Option<&str>) {
        self.node().set_attribute("socket", socket)
    }

    /// Whether the hypervisor picks the port (`autoport='yes'`).
    pub fn autoport(&self) -> bool {
        self.node().yes_attribute("autoport")
    }

    pub fn set_autoport(&self, autoport: bool) {
        self.node().set_bool_attribute("autoport", autoport, BoolStyle::YesNo)
    }

    /// The TCP port; 0 when unset, -1 for "pick one".
    pub fn port(&self) -> i32 {
        super::port_of(&self.node())
    }

    pub fn set_port(&self, port: i32) {
        self.node().set_attribute("port", Some(&port.to_string()))
    }

    /// The password clients must give (attribute `passwd`).
    pub fn password(&self) -> Option<String> {
        self.node().attribute("passwd")
    }

    /// Sets the password (attribute `passwd`); `None` removes it.
    pub fn set_password(&self, password: Option<&str>) {
        self.node().set_attribute("passwd", password)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let vnc = DomainGraphicsVnc::new();
        assert_eq!((vnc.port(), vnc.socket()), (0, None));
        vnc.set_port(5901);
        vnc.set_autoport(false);
        vnc.set_password(Some("pw"));
        vnc.set_socket(Some("/run/s"));
        vnc.set_autoport(true);
        vnc.set_port(-1);
        assert_eq!(
            vnc.to_xml(),
            "<graphics type=\"vnc\" passwd=\"pw\" socket=\"/run/s\" autoport=\"yes\" port=\"-1\"/>"
        );
        assert_eq!((vnc.port(), vnc.socket().as_deref(), vnc.autoport()), (-1, Some("/run/s"), true));
        vnc.set_socket(None);
        vnc.set_password(None);
        assert_eq!(vnc.to_xml(), "<graphics type=\"vnc\" autoport=\"yes\" port=\"-1\"/>");
        for (port, expected) in [("abc", 0), ("010", 8), (" 42 ", 42), ("99999999999", 1215752191), ("4294967297", 1)] {
            let parsed = DomainGraphicsVnc::from_xml(&format!("<graphics type='vnc' port='{port}'/>")).unwrap();
            assert_eq!(parsed.port(), expected, "{port}");
        }
        let e = DomainGraphicsVnc::from_xml("<graphics type='spice'/>").unwrap_err();
        assert!(e.message().contains("not 'vnc'"), "{}", e.message());
    }
}
