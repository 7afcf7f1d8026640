//! `DomainSmartcardPassthrough` (`GVirConfigDomainSmartcardPassthrough`): smartcard requests
//! of the guest go to a character device, usually a SPICE channel
//! (`<smartcard mode='passthrough' type='spicevmc'/>`).

use super::subtype;

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
        Self::from_xml_opt(Some(xml))
    }

    pub(crate) fn from_xml_opt(xml: Option<&str>) -> Result<DomainSmartcardPassthrough, glib::Error> {
        subtype::parse_with_attribute(xml, "smartcard", "mode", "passthrough")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConfigObjectExt;

    #[test]
    fn new_and_parse() {
        assert_eq!(DomainSmartcardPassthrough::new().to_xml(), "<smartcard mode=\"passthrough\"/>");
        let s = DomainSmartcardPassthrough::from_xml("<smartcard mode='passthrough' type='spicevmc'><x/></smartcard>").unwrap();
        assert_eq!(s.to_xml(), "<smartcard mode=\"passthrough\" type=\"spicevmc\">\n  <x/>\n</smartcard>");
        assert!(DomainSmartcardPassthrough::from_xml("<smartcard mode='host'/>").is_err());
    }
}
