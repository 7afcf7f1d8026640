//! `DomainSmartcardPassthrough` (`GVirConfigDomainSmartcardPassthrough`): smartcard requests
//! of the guest go to a character device, usually a SPICE channel
//! (`<smartcard mode='passthrough' type='spicevmc'/>`).

use glib::prelude::*;

use super::subtype;
use crate::ConfigObjectExt;

config_class! {
    /// A smartcard in `passthrough` mode.
    pub struct DomainSmartcardPassthrough("GVirConfigDomainSmartcardPassthrough"): crate::DomainSmartcard;
    parent structs: crate::domain::smartcard::Instance, crate::domain::smartcard::Class;
    extends: [crate::DomainSmartcard, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainSmartcardImpl];
    subclass trait: DomainSmartcardPassthroughImpl;
}

impl Default for DomainSmartcardPassthrough {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSmartcardPassthrough {
    /// A new `<smartcard mode='passthrough'/>`.
    pub fn new() -> DomainSmartcardPassthrough {
        subtype::new_with_attribute("smartcard", "mode", "passthrough")
    }

    /// Parses a `<smartcard>` element, which must have `mode='passthrough'`.
    pub fn from_xml(xml: &str) -> Result<DomainSmartcardPassthrough, glib::Error> {
        Self::from_xml_opt(Some(xml.as_bytes()))
    }

    pub(crate) fn from_xml_opt(xml: Option<&[u8]>) -> Result<DomainSmartcardPassthrough, glib::Error> {
        subtype::parse_with_attribute(xml, "smartcard", "mode", "passthrough")
    }

    /// The source the smartcard is forwarded through, an object of the chardev source class
    /// for the element's `type`, viewing the smartcard's own element (as a character device's
    /// source does); `None` when there is no `type`.
    pub fn source(&self) -> Option<crate::DomainChardevSource> {
        let node = self.node();
        let kind = node.attribute("type")?;
        let type_ = crate::domain::chardev_source::type_for(&kind);
        let source = crate::ConfigObject::for_node_with_type(type_, &node, self.schema().as_deref());
        Some(source.downcast().expect("source classes derive from DomainChardevSource"))
    }

    /// Forwards the smartcard through `source` (a SPICE channel, a unix socket, …), set the way
    /// a character device's source is (see [`crate::DomainChardevExt::set_source`]).
    pub fn set_source(&self, source: &impl IsA<crate::DomainChardevSource>) {
        crate::domain::chardev::transfer_source(&self.node(), &source.as_ref().node());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_is_set_like_a_chardev_source() {
        let card = DomainSmartcardPassthrough::new();
        card.set_source(&crate::DomainChardevSourceSpiceVmc::new());
        assert_eq!(card.to_xml(), "<smartcard type=\"spicevmc\" mode=\"passthrough\"/>");
    }

    #[test]
    fn new_and_parse() {
        assert_eq!(DomainSmartcardPassthrough::new().to_xml(), "<smartcard mode=\"passthrough\"/>");
        let s = DomainSmartcardPassthrough::from_xml("<smartcard mode='passthrough' type='spicevmc'><x/></smartcard>").unwrap();
        assert_eq!(s.to_xml(), "<smartcard mode=\"passthrough\" type=\"spicevmc\">\n  <x/>\n</smartcard>");
        assert!(DomainSmartcardPassthrough::from_xml("<smartcard mode='host'/>").is_err());
    }
}
