//! `DomainGraphics` (`GVirConfigDomainGraphics`): a graphical console of a domain
//! (`<graphics type='…'>`), with one class per type under this module.

use glib::prelude::*;

use crate::{ConfigObject, ConfigObjectExt, Node};

pub mod dbus;
pub mod desktop;
pub mod rdp;
pub mod sdl;
pub mod spice;
pub mod vnc;

pub use dbus::{DomainGraphicsDBus, DomainGraphicsDBusImpl};
pub use desktop::{DomainGraphicsDesktop, DomainGraphicsDesktopImpl};
pub use rdp::{DomainGraphicsRdp, DomainGraphicsRdpImpl};
pub use sdl::{DomainGraphicsSdl, DomainGraphicsSdlImpl};
pub use spice::{DomainGraphicsSpice, DomainGraphicsSpiceImageCompression, DomainGraphicsSpiceImpl};
pub use vnc::{DomainGraphicsVnc, DomainGraphicsVncImpl};

config_class! {
    /// A graphical console of a domain (`<graphics>`).
    ///
    /// In libvirt-glib the class is abstract and consoles of a type it has no class for
    /// (`egl-headless`, …) are dropped from a domain's device list; here they are plain
    /// `DomainGraphics` objects, so nothing is lost.
    pub struct DomainGraphics("GVirConfigDomainGraphics"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainGraphicsImpl;
}

/// The class of a `<graphics>` element, by its `type`.
pub(crate) fn type_for(node: &Node) -> glib::Type {
    // SAFETY: the closure only compares.
    unsafe { node.with_attribute_bytes("type", type_named) }
}

fn type_named(kind: Option<&[u8]>) -> glib::Type {
    match kind {
        Some(b"sdl") => DomainGraphicsSdl::static_type(),
        Some(b"vnc") => DomainGraphicsVnc::static_type(),
        Some(b"spice") => DomainGraphicsSpice::static_type(),
        Some(b"rdp") => DomainGraphicsRdp::static_type(),
        Some(b"desktop") => DomainGraphicsDesktop::static_type(),
        Some(b"dbus") => DomainGraphicsDBus::static_type(),
        _ => DomainGraphics::static_type(),
    }
}

impl DomainGraphics {
    /// Parses a `<graphics>` of any type, as an object of the class its type selects.
    pub fn from_xml(xml: &str) -> Result<DomainGraphics, glib::Error> {
        let doc = crate::XmlDoc::parse(xml, "graphics")?;
        let root = doc.root().expect("parse checked the root");
        Ok(ConfigObject::for_node_with_type(type_for(&root), &root, None).downcast().expect("a graphics class"))
    }

    /// The console type (attribute `type`), whatever the class.
    pub fn graphics_type(&self) -> Option<String> {
        self.node().attribute("type")
    }

    /// The address the server listens on: the first `<listen type='address'>`'s `address`,
    /// else the older `listen` attribute (what `virsh domdisplay` reads).
    pub fn listen_address(&self) -> Option<String> {
        let node = self.node();
        let found = node
            .children()
            .filter(|c| c.name_is("listen") && c.attribute_is("type", "address"))
            .find_map(|c| c.attribute("address"));
        found.or_else(|| node.attribute("listen"))
    }

    /// Makes the server listen on `address`, written as libvirt writes it (the `listen`
    /// attribute and one `<listen type='address'>`, replacing every other `<listen>`);
    /// `None` removes both.
    pub fn set_listen_address(&self, address: Option<&str>) {
        let node = self.node();
        node.set_attribute("listen", address);
        node.remove_children("listen");
        if let Some(address) = address {
            let listen = node.append_child("listen");
            listen.set_attribute("type", Some("address"));
            listen.set_attribute("address", Some(address));
        }
    }

    /// The UNIX socket the server listens on: the first `<listen type='socket'>`'s `socket`,
    /// else the `socket` attribute (VNC).
    pub fn listen_socket(&self) -> Option<String> {
        let node = self.node();
        let found = node
            .children()
            .filter(|c| c.name_is("listen") && c.attribute_is("type", "socket"))
            .find_map(|c| c.attribute("socket"));
        found.or_else(|| node.attribute("socket"))
    }
}

/// The `port` attribute as libvirt-glib reads it (C `int`, parsed like `strtoll`, 0 when absent).
pub(crate) fn port_of(node: &Node) -> i32 {
    node.strtoll_attribute("port").unwrap_or(0) as i32
}

/// `<gl enable='…'/>` read back: `None` when absent or not `yes`/`no`.
pub(crate) fn gl_of(node: &Node) -> Option<bool> {
    node.child("gl").and_then(|gl| gl.bool_attribute("enable"))
}

/// `<gl enable='yes|no'/>`, replacing any `<gl>`.
pub(crate) fn set_gl(node: &Node, gl: bool) {
    node.replace_child_attribute("gl", "enable", Some(if gl { "yes" } else { "no" }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Domain;

    #[test]
    fn devices_of_every_graphics_type_are_kept() {
        let d = Domain::from_xml(
            "<domain><devices><graphics type='sdl'/><graphics type='vnc'/><graphics type='spice'/>\
             <graphics type='rdp'/><graphics type='desktop'/><graphics type='dbus'/>\
             <graphics type='egl-headless'><gl rendernode='/dev/dri/renderD128'/></graphics><graphics/></devices></domain>",
        )
        .unwrap();
        let types: Vec<glib::Type> = d.devices().iter().map(|dev| dev.type_()).collect();
        assert_eq!(
            types,
            vec![
                DomainGraphicsSdl::static_type(),
                DomainGraphicsVnc::static_type(),
                DomainGraphicsSpice::static_type(),
                DomainGraphicsRdp::static_type(),
                DomainGraphicsDesktop::static_type(),
                DomainGraphicsDBus::static_type(),
                DomainGraphics::static_type(),
                DomainGraphics::static_type(),
            ]
        );
        let copy = Domain::new();
        copy.set_devices(&d.devices());
        assert!(copy.to_xml().contains("<graphics type=\"egl-headless\">\n      <gl rendernode=\"/dev/dri/renderD128\"/>"));
        let g = DomainGraphics::from_xml("<graphics type='egl-headless'/>").unwrap();
        assert_eq!(g.type_(), DomainGraphics::static_type());
        assert_eq!(g.graphics_type().as_deref(), Some("egl-headless"));
        assert_eq!(DomainGraphics::from_xml("<graphics type='vnc'/>").unwrap().type_(), DomainGraphicsVnc::static_type());
    }
}
