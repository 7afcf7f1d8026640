//! `DomainChardevSourceSpicePort` (`GVirConfigDomainChardevSourceSpicePort`): a SPICE port source.

use crate::domain::chardev_source;
use crate::ConfigObjectExt;

config_class! {
    /// A named SPICE port (`type='spiceport'`, with `<source channel='…'/>`).
    pub struct DomainChardevSourceSpicePort("GVirConfigDomainChardevSourceSpicePort"): crate::DomainChardevSource;
    parent structs: crate::domain::chardev_source::Instance, crate::domain::chardev_source::Class;
    extends: [crate::DomainChardevSource, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainChardevSourceImpl];
    subclass trait: DomainChardevSourceSpicePortImpl;
}

impl Default for DomainChardevSourceSpicePort {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainChardevSourceSpicePort {
    /// A new spiceport source (`<dummy type='spiceport'/>`).
    pub fn new() -> Self {
        chardev_source::new_source("spiceport")
    }

    /// Parses a spiceport source: an element with `type='spiceport'`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        chardev_source::parse_source(Some(xml.as_bytes()), "spiceport")
    }

    /// The SPICE port name (`<source channel='…'/>`).
    pub fn channel(&self) -> Option<String> {
        self.node().child("source").and_then(|s| s.attribute("channel"))
    }

    /// Replaces `<source>` with `<source channel='…'/>` (an empty `<source/>` for `None`).
    pub fn set_channel(&self, channel: Option<&str>) {
        self.node().replace_child("source").set_attribute("channel", channel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel() {
        let port = DomainChardevSourceSpicePort::new();
        assert_eq!(port.channel(), None);
        port.set_channel(Some("org.qemu.console.serial.0"));
        assert_eq!(port.to_xml(), "<dummy type=\"spiceport\">\n  <source channel=\"org.qemu.console.serial.0\"/>\n</dummy>");
        assert_eq!(port.channel().as_deref(), Some("org.qemu.console.serial.0"));
    }
}
