//! `<graphics type='dbus'>` (libvirt-glib 5.0).

use crate::domain::interface::{new_of_kind, parse_of_kind};
use crate::ConfigObjectExt;

config_class! {
    /// A console exported over D-Bus (`<graphics type='dbus'>`).
    pub struct DomainGraphicsDBus("GVirConfigDomainGraphicsDBus"): crate::DomainGraphics;
    parent structs: crate::domain::graphics::Instance, crate::domain::graphics::Class;
    extends: [crate::DomainGraphics, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainGraphicsImpl];
    subclass trait: DomainGraphicsDBusImpl;
}

impl Default for DomainGraphicsDBus {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainGraphicsDBus {
    /// A new `<graphics type='dbus'/>`.
    pub fn new() -> Self {
        new_of_kind("graphics", "dbus")
    }

    /// Parses a `<graphics>` whose type must be `dbus`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        parse_of_kind(Some(xml.as_bytes()), "graphics", "dbus")
    }

    /// The D-Bus address of the bus the display is exported on (attribute `address`).
    pub fn address(&self) -> Option<String> {
        self.node().attribute("address")
    }

    /// Sets the bus address; `None` removes it.
    pub fn set_address(&self, address: Option<&str>) {
        self.node().set_attribute("address", address)
    }

    /// Whether OpenGL is on (`<gl enable='yes'/>`); `None` when not stated.
    pub fn gl(&self) -> Option<bool> {
        super::gl_of(&self.node())
    }

    /// Turns OpenGL on or off (`<gl enable='yes|no'/>`, replacing any `<gl>`).
    pub fn set_gl(&self, gl: bool) {
        super::set_gl(&self.node(), gl)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let dbus = DomainGraphicsDBus::new();
        assert_eq!(dbus.to_xml(), "<graphics type=\"dbus\"/>");
        assert_eq!(dbus.address(), None);
        dbus.set_address(Some("unix:path=/run/dbus.sock"));
        dbus.set_gl(true);
        dbus.set_gl(false);
        assert_eq!(
            dbus.to_xml(),
            "<graphics type=\"dbus\" address=\"unix:path=/run/dbus.sock\">\n  <gl enable=\"no\"/>\n</graphics>"
        );
        assert_eq!(dbus.address().as_deref(), Some("unix:path=/run/dbus.sock"));
        assert!(DomainGraphicsDBus::from_xml("<graphics type='spice'/>").is_err());
        let parsed = DomainGraphicsDBus::from_xml("<graphics type='dbus' p2p='yes'><gl enable='yes' rendernode='/dev/dri/x'/></graphics>").unwrap();
        parsed.set_gl(false);
        assert_eq!(parsed.to_xml(), "<graphics type=\"dbus\" p2p=\"yes\">\n  <gl enable=\"no\"/>\n</graphics>");
    }
}
