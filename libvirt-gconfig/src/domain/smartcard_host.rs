//! `DomainSmartcardHost` (`GVirConfigDomainSmartcardHost`): the guest uses the host's
//! smartcard reader (`<smartcard mode='host'/>`).

use super::subtype;

config_class! {
    /// A smartcard in `host` mode.
    pub struct DomainSmartcardHost("GVirConfigDomainSmartcardHost"): crate::DomainSmartcard;
    parent structs: crate::domain::smartcard::Instance, crate::domain::smartcard::Class;
    extends: [crate::DomainSmartcard, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainSmartcardImpl];
    subclass trait: DomainSmartcardHostImpl;
}

impl Default for DomainSmartcardHost {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSmartcardHost {
    /// A new `<smartcard mode='host'/>`.
    pub fn new() -> DomainSmartcardHost {
        subtype::new_with_attribute("smartcard", "mode", "host")
    }

    /// Parses a `<smartcard>` element, which must have `mode='host'`.
    pub fn from_xml(xml: &str) -> Result<DomainSmartcardHost, glib::Error> {
        Self::from_xml_opt(Some(xml.as_bytes()))
    }

    pub(crate) fn from_xml_opt(xml: Option<&[u8]>) -> Result<DomainSmartcardHost, glib::Error> {
        subtype::parse_with_attribute(xml, "smartcard", "mode", "host")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ConfigObjectExt, DomainAddressUsb, DomainSmartcardExt};

    #[test]
    fn new_parse_and_address() {
        let s = DomainSmartcardHost::new();
        assert_eq!(s.to_xml(), "<smartcard mode=\"host\"/>");
        let a = DomainAddressUsb::new();
        a.set_bus(1);
        s.set_address(Some(&a));
        assert_eq!(s.to_xml(), "<smartcard mode=\"host\">\n  <address type=\"usb\" bus=\"0x001\"/>\n</smartcard>");
        s.set_address(None::<&DomainAddressUsb>);
        assert_eq!(s.to_xml(), "<smartcard mode=\"host\"/>");
        assert!(DomainSmartcardHost::from_xml("<smartcard/>").is_err());
        assert!(DomainSmartcardHost::from_xml("<smartcard mode='passthrough'/>").is_err());
        assert!(DomainSmartcardHost::from_xml("<smartcard mode='host'><x/></smartcard>").is_ok());
    }
}
