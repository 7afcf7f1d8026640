//! `<graphics type='desktop'>`.

use crate::domain::interface::{new_of_kind, parse_of_kind};
use crate::xml::BoolStyle;
use crate::ConfigObjectExt;

config_class! {
    /// A console on the host's desktop (`<graphics type='desktop'>`, VirtualBox).
    pub struct DomainGraphicsDesktop("GVirConfigDomainGraphicsDesktop"): crate::DomainGraphics;
    parent structs: crate::domain::graphics::Instance, crate::domain::graphics::Class;
    extends: [crate::DomainGraphics, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainGraphicsImpl];
    subclass trait: DomainGraphicsDesktopImpl;
}

impl Default for DomainGraphicsDesktop {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainGraphicsDesktop {
    /// A new `<graphics type='desktop'/>`.
    pub fn new() -> Self {
        new_of_kind("graphics", "desktop")
    }

    /// Parses a `<graphics>` whose type must be `desktop`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        parse_of_kind(Some(xml.as_bytes()), "graphics", "desktop")
    }

    /// The X display (attribute `display`).
    pub fn display(&self) -> Option<String> {
        self.node().attribute("display")
    }

    /// Sets the X display; `None` removes it.
    pub fn set_display(&self, disp: Option<&str>) {
        self.node().set_attribute("display", disp)
    }

    /// Whether the console is full screen (`fullscreen='yes'`).
    pub fn fullscreen(&self) -> bool {
        self.node().yes_attribute("fullscreen")
    }

    pub fn set_fullscreen(&self, fullscreen: bool) {
        self.node().set_bool_attribute("fullscreen", fullscreen, BoolStyle::YesNo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let desktop = DomainGraphicsDesktop::new();
        assert_eq!((desktop.display(), desktop.fullscreen()), (None, false));
        desktop.set_fullscreen(true);
        desktop.set_display(Some(":1"));
        assert_eq!(desktop.to_xml(), "<graphics type=\"desktop\" fullscreen=\"yes\" display=\":1\"/>");
        assert_eq!((desktop.display().as_deref(), desktop.fullscreen()), (Some(":1"), true));
        let parsed = DomainGraphicsDesktop::from_xml("<graphics type='desktop' fullscreen='on'/>").unwrap();
        assert!(!parsed.fullscreen(), "only 'yes' is true, as in libvirt-glib");
    }
}
