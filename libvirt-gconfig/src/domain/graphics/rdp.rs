//! `<graphics type='rdp'>`.

use crate::domain::interface::{new_of_kind, parse_of_kind};
use crate::xml::BoolStyle;
use crate::ConfigObjectExt;

config_class! {
    /// A console served over RDP (`<graphics type='rdp'>`).
    pub struct DomainGraphicsRdp("GVirConfigDomainGraphicsRdp"): crate::DomainGraphics;
    parent structs: crate::domain::graphics::Instance, crate::domain::graphics::Class;
    extends: [crate::DomainGraphics, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainGraphicsImpl];
    subclass trait: DomainGraphicsRdpImpl;
}

impl Default for DomainGraphicsRdp {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainGraphicsRdp {
    /// A new `<graphics type='rdp'/>`.
    pub fn new() -> Self {
        new_of_kind("graphics", "rdp")
    }

    /// Parses a `<graphics>` whose type must be `rdp`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        parse_of_kind(Some(xml.as_bytes()), "graphics", "rdp")
    }

    /// Whether the hypervisor picks the port (`autoport='yes'`).
    pub fn autoport(&self) -> bool {
        self.node().yes_attribute("autoport")
    }

    pub fn set_autoport(&self, autoport: bool) {
        self.node().set_bool_attribute("autoport", autoport, BoolStyle::YesNo)
    }

    /// The TCP port; 0 when unset.
    pub fn port(&self) -> i32 {
        super::port_of(&self.node())
    }

    pub fn set_port(&self, port: i32) {
        self.node().set_attribute("port", Some(&port.to_string()))
    }

    /// Whether several clients may connect at once (`multiUser='yes'`).
    pub fn multi_user(&self) -> bool {
        self.node().yes_attribute("multiUser")
    }

    pub fn set_multi_user(&self, multi_user: bool) {
        self.node().set_bool_attribute("multiUser", multi_user, BoolStyle::YesNo)
    }

    /// Whether a new client replaces the connected one (`replaceUser='yes'`).
    pub fn replace_user(&self) -> bool {
        self.node().yes_attribute("replaceUser")
    }

    pub fn set_replace_user(&self, replace_user: bool) {
        self.node().set_bool_attribute("replaceUser", replace_user, BoolStyle::YesNo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let rdp = DomainGraphicsRdp::new();
        assert_eq!((rdp.port(), rdp.multi_user(), rdp.replace_user()), (0, false, false));
        rdp.set_port(3389);
        rdp.set_autoport(true);
        rdp.set_multi_user(true);
        rdp.set_replace_user(false);
        assert_eq!(
            rdp.to_xml(),
            "<graphics type=\"rdp\" port=\"3389\" autoport=\"yes\" multiUser=\"yes\" replaceUser=\"no\"/>"
        );
        assert_eq!((rdp.port(), rdp.autoport(), rdp.multi_user(), rdp.replace_user()), (3389, true, true, false));
        let parsed = DomainGraphicsRdp::from_xml("<graphics type='rdp' multiUser='on' replaceUser='1' port='0x10'/>").unwrap();
        assert_eq!((parsed.port(), parsed.multi_user(), parsed.replace_user()), (16, false, false));
    }
}
