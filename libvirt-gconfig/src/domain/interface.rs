//! `DomainInterface` (`GVirConfigDomainInterface`): a network interface of a domain
//! (`<interface>`), and its kinds `DomainInterfaceBridge`, `DomainInterfaceNetwork` and
//! `DomainInterfaceUser` (by the `type` attribute).

use glib::prelude::*;

use crate::{ConfigObject, ConfigObjectExt, DomainInterfaceFilterref, Node};

config_class! {
    /// A network interface of a domain (`<interface>`).
    ///
    /// In libvirt-glib the class is abstract and interfaces of a type it has no class for
    /// (`direct`, `ethernet`, `vhostuser`, …) are dropped from a domain's device list; here they
    /// are plain `DomainInterface` objects, so nothing is lost.
    pub struct DomainInterface("GVirConfigDomainInterface"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainInterfaceImpl;
}

/// The link state of an interface (`<link state='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainInterfaceLinkState")]
pub enum DomainInterfaceLinkState {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_DEFAULT", nick = "default")]
    Default,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_UP", nick = "up")]
    Up,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_DOWN", nick = "down")]
    Down,
}

/// What every interface can do.
pub trait DomainInterfaceExt: IsA<DomainInterface> {
    /// The device's position in the boot order (`<boot order='…'/>`), -1 when unset.
    fn boot_order(&self) -> i32 {
        crate::domain::device::boot_order(&self.as_ref().node())
    }

    /// Sets the boot order (replacing `<boot>`); a negative `order` removes it.
    fn set_boot_order(&self, order: i32) {
        crate::domain::device::set_boot_order(&self.as_ref().node(), order)
    }

    /// The name of the host-side device (`<target dev='…'/>`).
    fn ifname(&self) -> Option<String> {
        self.as_ref().node().child_attribute("target", "dev")
    }

    /// Sets the host-side device name; `None` removes `<target>`.
    fn set_ifname(&self, ifname: Option<&str>) {
        self.as_ref().node().replace_child_attribute("target", "dev", ifname)
    }

    /// The link state; [`DomainInterfaceLinkState::Default`] when unset or unknown.
    fn link_state(&self) -> DomainInterfaceLinkState {
        self.as_ref().node().child_enum_attribute("link", "state").unwrap_or(DomainInterfaceLinkState::Default)
    }

    /// Writes `<link state='…'/>` (also for `Default`, as libvirt-glib does).
    fn set_link_state(&self, state: DomainInterfaceLinkState) {
        self.as_ref().node().set_child_enum_attribute("link", "state", state)
    }

    /// The MAC address (`<mac address='…'/>`).
    fn mac(&self) -> Option<String> {
        self.as_ref().node().child_attribute("mac", "address")
    }

    /// Sets the MAC address; `None` removes `<mac>`.
    fn set_mac(&self, mac_address: Option<&str>) {
        self.as_ref().node().replace_child_attribute("mac", "address", mac_address)
    }

    /// The device model seen by the guest (`<model type='…'/>`: `virtio`, `e1000`, …).
    fn model(&self) -> Option<String> {
        self.as_ref().node().child_attribute("model", "type")
    }

    /// Sets the model; `None` removes `<model>`.
    fn set_model(&self, model: Option<&str>) {
        self.as_ref().node().replace_child_attribute("model", "type", model)
    }

    /// The traffic filter (`<filterref>`), a view sharing this interface's document.
    fn filterref(&self) -> Option<DomainInterfaceFilterref> {
        let node = self.as_ref().node().child("filterref")?;
        Some(ConfigObject::for_node(&node, None))
    }

    /// Replaces the traffic filter by `filterref` (moved into this interface's document and
    /// appended last, like libvirt-glib), or removes it for `None`.
    fn set_filterref(&self, filterref: Option<&DomainInterfaceFilterref>) {
        let node = self.as_ref().node();
        let new = filterref.map(|f| f.node());
        let old: Vec<Node> = node.children().filter(|c| c.name_is("filterref") && Some(c) != new.as_ref()).collect();
        for old in old {
            old.detach();
        }
        if let Some(new) = new {
            node.append(&new);
        }
    }
}

impl<O: IsA<DomainInterface>> DomainInterfaceExt for O {}

/// The class of an `<interface>` element, by its `type`.
pub(crate) fn type_for(node: &Node) -> glib::Type {
    // SAFETY: the closure only compares.
    unsafe { node.with_attribute_bytes("type", type_named) }
}

fn type_named(kind: Option<&[u8]>) -> glib::Type {
    match kind {
        Some(b"bridge") => DomainInterfaceBridge::static_type(),
        Some(b"network") => DomainInterfaceNetwork::static_type(),
        Some(b"user") => DomainInterfaceUser::static_type(),
        _ => DomainInterface::static_type(),
    }
}

/// A new `<element type='kind'/>` document viewed as a `T` (no schema, as in libvirt-glib).
pub(crate) fn new_of_kind<T: IsA<ConfigObject>>(element: &str, kind: &str) -> T {
    let object: T = ConfigObject::new_root(element, None);
    object.node().set_attribute("type", Some(kind));
    object
}

/// Parses `xml` as an `<element>` whose `type` must be `kind`. (libvirt-glib returns NULL
/// without an error for another type, and crashes on another root element; this reports both.)
pub(crate) fn parse_of_kind<T: IsA<ConfigObject>>(xml: Option<&[u8]>, element: &str, kind: &str) -> Result<T, glib::Error> {
    let object: T = ConfigObject::parse_opt(xml, element, None)?;
    match object.node().attribute("type") {
        Some(t) if t == kind => Ok(object),
        other => Err(crate::error::object_error(format!(
            "<{element}> has type '{}', not '{kind}'",
            other.as_deref().unwrap_or("")
        ))),
    }
}

impl DomainInterface {
    /// Parses an `<interface>` of any type, as an object of the class its type selects.
    pub fn from_xml(xml: &str) -> Result<DomainInterface, glib::Error> {
        let doc = crate::XmlDoc::parse(xml, "interface")?;
        let root = doc.root().expect("parse checked the root");
        Ok(ConfigObject::for_node_with_type(type_for(&root), &root, None).downcast().expect("an interface class"))
    }
}

pub mod bridge {
    //! `<interface type='bridge'>`.
    use super::*;

    config_class! {
        /// An interface plugged into a host bridge (`<interface type='bridge'>`).
        pub struct DomainInterfaceBridge("GVirConfigDomainInterfaceBridge"): crate::DomainInterface;
        parent structs: crate::domain::interface::Instance, crate::domain::interface::Class;
        extends: [crate::DomainInterface, crate::DomainDevice, crate::ConfigObject];
        implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainInterfaceImpl];
        subclass trait: DomainInterfaceBridgeImpl;
    }

    impl Default for DomainInterfaceBridge {
        fn default() -> Self {
            Self::new()
        }
    }

    impl DomainInterfaceBridge {
        /// A new `<interface type='bridge'/>`.
        pub fn new() -> Self {
            new_of_kind("interface", "bridge")
        }

        /// Parses an `<interface>` whose type must be `bridge`.
        pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
            parse_of_kind(Some(xml.as_bytes()), "interface", "bridge")
        }

        /// The host bridge (`<source bridge='…'/>`).
        pub fn source(&self) -> Option<String> {
            self.node().child_attribute("source", "bridge")
        }

        /// Sets the host bridge; `None` removes `<source>`.
        pub fn set_source(&self, brname: Option<&str>) {
            self.node().replace_child_attribute("source", "bridge", brname)
        }
    }
}

pub mod network {
    //! `<interface type='network'>`.
    use super::*;

    config_class! {
        /// An interface on a libvirt virtual network (`<interface type='network'>`).
        pub struct DomainInterfaceNetwork("GVirConfigDomainInterfaceNetwork"): crate::DomainInterface;
        parent structs: crate::domain::interface::Instance, crate::domain::interface::Class;
        extends: [crate::DomainInterface, crate::DomainDevice, crate::ConfigObject];
        implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainInterfaceImpl];
        subclass trait: DomainInterfaceNetworkImpl;
    }

    impl Default for DomainInterfaceNetwork {
        fn default() -> Self {
            Self::new()
        }
    }

    impl DomainInterfaceNetwork {
        /// A new `<interface type='network'/>`.
        pub fn new() -> Self {
            new_of_kind("interface", "network")
        }

        /// Parses an `<interface>` whose type must be `network`.
        pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
            parse_of_kind(Some(xml.as_bytes()), "interface", "network")
        }

        /// The virtual network's name (`<source network='…'/>`).
        pub fn source(&self) -> Option<String> {
            self.node().child_attribute("source", "network")
        }

        /// Sets the virtual network; `None` removes `<source>`.
        pub fn set_source(&self, source: Option<&str>) {
            self.node().replace_child_attribute("source", "network", source)
        }
    }
}

pub mod user {
    //! `<interface type='user'>`.
    use super::*;

    config_class! {
        /// A user-mode (SLIRP / passt) interface (`<interface type='user'>`).
        pub struct DomainInterfaceUser("GVirConfigDomainInterfaceUser"): crate::DomainInterface;
        parent structs: crate::domain::interface::Instance, crate::domain::interface::Class;
        extends: [crate::DomainInterface, crate::DomainDevice, crate::ConfigObject];
        implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainInterfaceImpl];
        subclass trait: DomainInterfaceUserImpl;
    }

    impl Default for DomainInterfaceUser {
        fn default() -> Self {
            Self::new()
        }
    }

    impl DomainInterfaceUser {
        /// A new `<interface type='user'/>`.
        pub fn new() -> Self {
            new_of_kind("interface", "user")
        }

        /// Parses an `<interface>` whose type must be `user`.
        pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
            parse_of_kind(Some(xml.as_bytes()), "interface", "user")
        }
    }
}

pub use bridge::{DomainInterfaceBridge, DomainInterfaceBridgeImpl};
pub use network::{DomainInterfaceNetwork, DomainInterfaceNetworkImpl};
pub use user::{DomainInterfaceUser, DomainInterfaceUserImpl};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Domain, DomainDevice, DomainInterfaceFilterrefParameter};

    #[test]
    fn bridge_built_through_setters() {
        let br = DomainInterfaceBridge::new();
        assert_eq!(br.ifname(), None);
        assert_eq!(br.link_state(), DomainInterfaceLinkState::Default);
        assert!(br.filterref().is_none());
        br.set_model(Some("virtio"));
        br.set_mac(Some("52:54:00:00:00:01"));
        br.set_source(Some("br0"));
        br.set_ifname(Some("vnet0"));
        br.set_link_state(DomainInterfaceLinkState::Down);
        br.set_mac(Some("52:54:00:00:00:02"));
        assert_eq!(
            br.to_xml(),
            "<interface type=\"bridge\">\n  <model type=\"virtio\"/>\n  <mac address=\"52:54:00:00:00:02\"/>\n  \
             <source bridge=\"br0\"/>\n  <target dev=\"vnet0\"/>\n  <link state=\"down\"/>\n</interface>"
        );
        br.set_link_state(DomainInterfaceLinkState::Default);
        assert!(br.to_xml().contains("<link state=\"default\"/>"));
        assert_eq!(br.ifname().as_deref(), Some("vnet0"));
        assert_eq!(br.mac().as_deref(), Some("52:54:00:00:00:02"));
        assert_eq!(br.model().as_deref(), Some("virtio"));
        assert_eq!(br.source().as_deref(), Some("br0"));
        br.set_mac(None);
        br.set_source(None);
        assert_eq!(br.mac(), None);
        assert!(!br.to_xml().contains("<source"));
    }

    #[test]
    fn network_and_user() {
        let net = DomainInterfaceNetwork::new();
        net.set_source(Some("default"));
        net.set_model(Some("e1000"));
        assert_eq!(
            net.to_xml(),
            "<interface type=\"network\">\n  <source network=\"default\"/>\n  <model type=\"e1000\"/>\n</interface>"
        );
        assert_eq!(DomainInterfaceUser::new().to_xml(), "<interface type=\"user\"/>");
    }

    #[test]
    fn parse_checks_the_type() {
        let e = DomainInterfaceNetwork::from_xml("<interface type='bridge'/>").unwrap_err();
        assert!(e.message().contains("not 'network'"), "{}", e.message());
        assert!(DomainInterfaceUser::from_xml("<disk/>").is_err());
        assert!(DomainInterfaceUser::from_xml("<interface/>").is_err());
        let n = DomainInterfaceNetwork::from_xml("<interface type='network'><link state='up'/><target dev='t'/></interface>").unwrap();
        assert_eq!(n.link_state(), DomainInterfaceLinkState::Up);
        assert_eq!(n.ifname().as_deref(), Some("t"));
        let n = DomainInterfaceNetwork::from_xml("<interface type='network'><link state='bogus'/></interface>").unwrap();
        assert_eq!(n.link_state(), DomainInterfaceLinkState::Default);
    }

    #[test]
    fn replacing_keeps_position_and_unknown_content() {
        let xml = "<interface type='bridge'><model type='a'/><model type='b'/><!-- note --><mac address='1'/>\
                   <source bridge='x'/><rom bar='off'/></interface>";
        let br = DomainInterfaceBridge::from_xml(xml).unwrap();
        br.set_model(Some("c"));
        br.set_source(Some("y"));
        assert_eq!(
            br.to_xml(),
            "<interface type=\"bridge\">\n  <model type=\"c\"/>\n  <model type=\"b\"/>\n  <!-- note -->\n  \
             <mac address=\"1\"/>\n  <source bridge=\"y\"/>\n  <rom bar=\"off\"/>\n</interface>"
        );
    }

    #[test]
    fn filterref_is_replaced_and_appended_last() {
        let user = DomainInterfaceUser::new();
        let a = DomainInterfaceFilterref::new();
        a.set_name(Some("a"));
        user.set_filterref(Some(&a));
        user.set_mac(Some("m"));
        let b = DomainInterfaceFilterref::new();
        b.set_name(Some("b"));
        let p = DomainInterfaceFilterrefParameter::new();
        p.set_name(Some("IP"));
        b.add_parameter(&p);
        user.set_filterref(Some(&b));
        // the objects keep viewing the moved elements
        b.set_name(Some("c"));
        p.set_value(Some("10.0.0.1"));
        assert_eq!(
            user.to_xml(),
            "<interface type=\"user\">\n  <mac address=\"m\"/>\n  <filterref filter=\"c\">\n    \
             <parameter name=\"IP\" value=\"10.0.0.1\"/>\n  </filterref>\n</interface>"
        );
        let got = user.filterref().unwrap();
        assert_eq!(got.name().as_deref(), Some("c"));
        assert_eq!(got.parameters().len(), 1);
        user.set_filterref(Some(&b)); // setting the same one again keeps it
        assert_eq!(user.filterref().unwrap().name().as_deref(), Some("c"));
        user.set_filterref(None);
        assert_eq!(user.to_xml(), "<interface type=\"user\">\n  <mac address=\"m\"/>\n</interface>");
    }

    #[test]
    fn moved_elements_outlive_their_new_document() {
        let b = DomainInterfaceFilterref::new();
        let p = DomainInterfaceFilterrefParameter::new();
        b.add_parameter(&p);
        {
            let user = DomainInterfaceUser::new();
            user.set_filterref(Some(&b));
            let domain = Domain::new();
            domain.add_device(&user);
        }
        p.set_name(Some("still-alive"));
        b.set_name(Some("f"));
        assert_eq!(b.to_xml(), "<filterref filter=\"f\">\n  <parameter name=\"still-alive\"/>\n</filterref>");
    }

    #[test]
    fn devices_of_every_interface_type_are_kept() {
        let d = Domain::from_xml(
            "<domain><devices><interface type='bridge'/><interface type='network'/><interface type='user'/>\
             <interface type='direct'><source dev='eth0' mode='vepa'/></interface><interface/></devices></domain>",
        )
        .unwrap();
        let types: Vec<glib::Type> = d.devices().iter().map(|dev| dev.type_()).collect();
        assert_eq!(
            types,
            vec![
                DomainInterfaceBridge::static_type(),
                DomainInterfaceNetwork::static_type(),
                DomainInterfaceUser::static_type(),
                DomainInterface::static_type(),
                DomainInterface::static_type(),
            ]
        );
        let direct = d.devices()[3].clone().downcast::<DomainInterface>().unwrap();
        direct.set_mac(Some("52:54:00:aa:bb:cc"));
        assert!(d.to_xml().contains("<interface type=\"direct\">\n      <source dev=\"eth0\" mode=\"vepa\"/>\n      <mac"));
        let _: &DomainDevice = direct.upcast_ref();
        let parsed = DomainInterface::from_xml("<interface type='network'/>").unwrap();
        assert_eq!(parsed.type_(), DomainInterfaceNetwork::static_type());
    }
}
