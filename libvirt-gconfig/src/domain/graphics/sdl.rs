//! `<graphics type='sdl'>`.

use crate::domain::interface::{new_of_kind, parse_of_kind};
use crate::xml::BoolStyle;
use crate::ConfigObjectExt;

config_class! {
    /// A console in an SDL window on the host (`<graphics type='sdl'>`).
    pub struct DomainGraphicsSdl("GVirConfigDomainGraphicsSdl"): crate::DomainGraphics;
    parent structs: crate::domain::graphics::Instance, crate::domain::graphics::Class;
    extends: [crate::DomainGraphics, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainGraphicsImpl];
    subclass trait: DomainGraphicsSdlImpl;
}

impl Default for DomainGraphicsSdl {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainGraphicsSdl {
    /// A new `<graphics type='sdl'/>`.
    pub fn new() -> Self {
        new_of_kind("graphics", "sdl")
    }

    /// Parses a `<graphics>` whose type must be `sdl`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        parse_of_kind(Some(xml.as_bytes()), "graphics", "sdl")
    }

    /// The X authority file (attribute `xauth`).
    pub fn xauthority(&self) -> Option<String> {
        self.node().attribute("xauth")
    }

    /// Sets the X authority file; `None` removes it.
    pub fn set_xauthority(&self, path: Option<&str>) {
        self.node().set_attribute("xauth", path)
    }

    /// The X display (attribute `display`).
    pub fn display(&self) -> Option<String> {
        self.node().attribute("display")
    }

    /// Sets the X display; `None` removes it.
    pub fn set_display(&self, disp: Option<&str>) {
        self.node().set_attribute("display", disp)
    }

    /// Whether the window is full screen (`fullscreen='yes'`).
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
        let sdl = DomainGraphicsSdl::new();
        assert_eq!(sdl.to_xml(), "<graphics type=\"sdl\"/>");
        sdl.set_fullscreen(true);
        sdl.set_display(Some(":0"));
        sdl.set_xauthority(Some("/x/a"));
        sdl.set_fullscreen(false);
        assert_eq!(sdl.to_xml(), "<graphics type=\"sdl\" display=\":0\" xauth=\"/x/a\" fullscreen=\"no\"/>");
        assert_eq!((sdl.display().as_deref(), sdl.xauthority().as_deref(), sdl.fullscreen()), (Some(":0"), Some("/x/a"), false));
        assert!(DomainGraphicsSdl::from_xml("<graphics type='vnc'/>").is_err());
        let parsed = DomainGraphicsSdl::from_xml("<graphics type='sdl' fullscreen='yes'><gl enable='yes'/></graphics>").unwrap();
        assert!(parsed.fullscreen());
        parsed.set_display(None);
        assert_eq!(parsed.to_xml(), "<graphics type=\"sdl\" fullscreen=\"yes\">\n  <gl enable=\"yes\"/>\n</graphics>");
    }
}
