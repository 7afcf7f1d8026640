//! `DomainChardev` (`GVirConfigDomainChardev`): base class of the character devices.

use glib::prelude::*;

use crate::domain::chardev_source::{self, DomainChardevSource};
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A character device: `<serial>`, `<parallel>`, `<console>`, `<channel>` or `<redirdev>`.
    ///
    /// Its host side, the *source*, is described by the element's `type` attribute and its
    /// `<source>` child; [`DomainChardevExt::source`] views the same element as a
    /// [`DomainChardevSource`] of the class that `type` calls for.
    pub struct DomainChardev("GVirConfigDomainChardev"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainChardevImpl;
    abstract: true;
}

/// Children of a character device element that belong to the device, not to its source: they
/// stay where they are when a source is set.
const DEVICE_CHILDREN: &[&str] = &["target", "address", "alias"];

/// What every character device can do.
pub trait DomainChardevExt: IsA<DomainChardev> {
    /// The device's source, an object of the class for its `type` (`pty`, `unix`, `spicevmc`,
    /// `spiceport`; other types give a plain [`DomainChardevSource`]), viewing the device's own
    /// element. `None` when the element has no `type`.
    fn source(&self) -> Option<DomainChardevSource> {
        let object = self.as_ref();
        let node = object.node();
        let kind = node.attribute("type")?;
        let schema = object.schema();
        let source = ConfigObject::for_node_with_type(chardev_source::type_for(&kind), &node, schema.as_deref());
        Some(source.downcast().expect("source classes derive from DomainChardevSource"))
    }

    /// Gives the device the source `source`: its attributes (`type`, …) are copied onto the
    /// device element, and its child elements (`<source>`, …) move into it, taking the place
    /// of the children of the same names the device had. The device's `<target>`, `<address>`
    /// and `<alias>` stay.
    fn set_source(&self, source: &impl IsA<DomainChardevSource>) {
        transfer_source(&self.as_ref().node(), &source.as_ref().node());
    }
}

impl<O: IsA<DomainChardev>> DomainChardevExt for O {}

/// Gives the element `device` the chardev source `source` (see [`DomainChardevExt::set_source`]);
/// smartcards in passthrough mode take their source the same way.
pub(crate) fn transfer_source(device: &crate::Node, source: &crate::Node) {
    if device == source {
        return; // the device's own source
    }
    for (name, value) in source.attributes() {
        if device.attribute(&name).is_some() {
            device.set_attribute_in_place(&name, &value);
        } else {
            // libvirt-glib puts the source's attributes before the device's own.
            device.prepend_attribute(&name, &value);
        }
    }
    let moving: Vec<crate::Node> =
        source.children().filter(|child| !DEVICE_CHILDREN.contains(&child.name().as_str())).collect();
    let names: Vec<String> = moving.iter().map(|child| child.name()).collect();
    let replaced: Vec<crate::Node> = device.children().filter(|child| names.contains(&child.name())).collect();
    match replaced.first() {
        Some(first) => {
            for child in &moving {
                first.insert_before(child);
            }
            for old in &replaced {
                old.detach();
            }
        }
        None => {
            for child in &moving {
                device.append(child);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Domain, DomainChannel, DomainChannelTargetType, DomainChardevSourceExt, DomainChardevSourcePty,
        DomainChardevSourceSpicePort, DomainChardevSourceSpiceVmc, DomainChardevSourceUnix, DomainConsole,
        DomainConsoleTargetType, DomainParallel, DomainRedirdev, DomainRedirdevBus, DomainSerial,
    };

    #[test]
    fn serial_with_a_pty_source() {
        let serial = DomainSerial::new();
        assert!(serial.source().is_none());
        let pty = DomainChardevSourcePty::new();
        pty.set_path(Some("/dev/pts/4"));
        serial.set_source(&pty);
        assert_eq!(serial.to_xml(), "<serial type=\"pty\">\n  <source path=\"/dev/pts/4\"/>\n</serial>");
        // As in libvirt-glib, the source's elements moved; its attributes were copied.
        assert_eq!(pty.to_xml(), "<dummy type=\"pty\"/>");
        let source = serial.source().unwrap().downcast::<DomainChardevSourcePty>().unwrap();
        assert_eq!(source.path().as_deref(), Some("/dev/pts/4"));
        source.set_path(Some("/dev/pts/9"));
        assert_eq!(serial.to_xml(), "<serial type=\"pty\">\n  <source path=\"/dev/pts/9\"/>\n</serial>");
    }

    #[test]
    fn source_attributes_go_first_and_device_children_stay() {
        let redirdev = DomainRedirdev::new();
        redirdev.set_bus(DomainRedirdevBus::Usb);
        redirdev.set_source(&DomainChardevSourceSpiceVmc::new());
        assert_eq!(redirdev.to_xml(), "<redirdev type=\"spicevmc\" bus=\"usb\"/>");

        let channel = DomainChannel::new();
        channel.set_target_type(DomainChannelTargetType::Virtio);
        channel.set_target_name(Some("org.qemu.guest_agent.0"));
        let unix = DomainChardevSourceUnix::from_xml("<x type='unix'><source mode='bind' path='/s'/></x>").unwrap();
        channel.set_source(&unix);
        assert_eq!(
            channel.to_xml(),
            "<channel type=\"unix\">\n  <target type=\"virtio\" name=\"org.qemu.guest_agent.0\"/>\n  \
             <source mode=\"bind\" path=\"/s\"/>\n</channel>"
        );
    }

    #[test]
    fn a_second_source_replaces_the_first() {
        let serial = DomainSerial::from_xml("<serial type='pty'><source path='/dev/pts/1'/><target port='0'/></serial>").unwrap();
        let port = DomainChardevSourceSpicePort::new();
        port.set_channel(Some("org.qemu.console.serial.0"));
        serial.set_source(&port);
        assert_eq!(
            serial.to_xml(),
            "<serial type=\"spiceport\">\n  <source channel=\"org.qemu.console.serial.0\"/>\n  <target port=\"0\"/>\n</serial>"
        );
        let source = serial.source().unwrap();
        assert_eq!(source.type_(), DomainChardevSourceSpicePort::static_type());
        assert_eq!(source.downcast::<DomainChardevSourceSpicePort>().unwrap().channel().as_deref(), Some("org.qemu.console.serial.0"));
    }

    #[test]
    fn sources_of_unknown_types_are_kept() {
        let serial = DomainSerial::from_xml("<serial type='tcp'><source mode='connect' host='h' service='1'/><protocol type='raw'/></serial>").unwrap();
        let source = serial.source().unwrap();
        assert_eq!(source.type_(), DomainChardevSource::static_type());
        assert_eq!(source.source_type().as_deref(), Some("tcp"));
        let parallel = DomainParallel::new();
        parallel.set_source(&source);
        assert_eq!(
            parallel.to_xml(),
            "<parallel type=\"tcp\">\n  <source mode=\"connect\" host=\"h\" service=\"1\"/>\n  <protocol type=\"raw\"/>\n</parallel>"
        );
    }

    #[test]
    fn channel_and_console_targets() {
        let channel = DomainChannel::new();
        assert_eq!(channel.target_type(), DomainChannelTargetType::Guestfwd);
        assert_eq!(channel.target_name(), None);
        channel.set_target_name(Some("com.redhat.spice.0"));
        channel.set_target_type(DomainChannelTargetType::Virtio);
        assert_eq!(channel.to_xml(), "<channel>\n  <target name=\"com.redhat.spice.0\" type=\"virtio\"/>\n</channel>");
        assert_eq!(channel.target_type(), DomainChannelTargetType::Virtio);
        channel.set_target_name(None);
        assert_eq!(channel.to_xml(), "<channel>\n  <target type=\"virtio\"/>\n</channel>");

        let console = DomainConsole::new();
        console.set_target_type(DomainConsoleTargetType::Virtio);
        console.set_source(&DomainChardevSourcePty::new());
        console.set_target_type(DomainConsoleTargetType::Serial);
        assert_eq!(console.to_xml(), "<console type=\"pty\">\n  <target type=\"serial\"/>\n</console>");
        assert_eq!(console.target_type(), Some(DomainConsoleTargetType::Serial));
    }

    #[test]
    fn redirdev_address() {
        let redirdev = DomainRedirdev::new();
        let usb = crate::DomainAddressUsb::new();
        usb.set_bus(0);
        usb.set_port(Some("3"));
        let address: &crate::DomainAddress = usb.upcast_ref();
        redirdev.set_address(Some(address));
        redirdev.set_address(Some(address));
        assert_eq!(redirdev.to_xml(), "<redirdev>\n  <address type=\"usb\" bus=\"0x000\" port=\"3\"/>\n</redirdev>");
        redirdev.set_address(None);
        assert_eq!(redirdev.to_xml(), "<redirdev/>");
    }

    #[test]
    fn domain_devices_get_their_chardev_classes() {
        let domain = Domain::from_xml(
            "<domain><devices><serial type='pty'/><parallel/><console type='pty'/><channel type='spicevmc'/>\
             <redirdev bus='usb' type='spicevmc'/></devices></domain>",
        )
        .unwrap();
        let names: Vec<&str> = domain.devices().iter().map(|d| d.type_().name()).collect();
        assert_eq!(
            names,
            ["GVirConfigDomainSerial", "GVirConfigDomainParallel", "GVirConfigDomainConsole", "GVirConfigDomainChannel", "GVirConfigDomainRedirdev"]
        );
        let channel = domain.devices()[3].clone().downcast::<DomainChannel>().unwrap();
        assert_eq!(channel.source().unwrap().type_(), DomainChardevSourceSpiceVmc::static_type());
    }
}
