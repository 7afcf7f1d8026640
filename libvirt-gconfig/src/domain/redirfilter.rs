//! `DomainRedirfilter` (`GVirConfigDomainRedirfilter`): the filter of redirected USB devices
//! (`<redirfilter><usbdev class='…' vendor='…' product='…' version='…' allow='…'/></redirfilter>`),
//! and its rules (`DomainRedirfilterUsbdev`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Which client USB devices may be redirected to the guest (`<redirfilter>`): the first
    /// rule that matches a device decides.
    pub struct DomainRedirfilter("GVirConfigDomainRedirfilter"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainRedirfilterImpl;
}

impl Default for DomainRedirfilter {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainRedirfilter {
    /// A new `<redirfilter/>` without rules.
    pub fn new() -> Self {
        ConfigObject::new_root("redirfilter", Some(crate::domain::SCHEMA))
    }

    /// Parses a `<redirfilter>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "redirfilter", Some(crate::domain::SCHEMA))
    }

    /// Appends the rule `usbdev` (its element moves into this filter; later changes made
    /// through `usbdev` change this filter).
    pub fn add_usbdev(&self, usbdev: &DomainRedirfilterUsbdev) {
        crate::child_objects::attach(&self.node(), usbdev)
    }

    /// The rules, in order, as views sharing this document.
    pub fn usbdevs(&self) -> Vec<DomainRedirfilterUsbdev> {
        crate::child_objects::children(self, "usbdev")
    }
}

pub mod usbdev {
    //! `<usbdev>` rules of a `<redirfilter>`.
    use crate::{ConfigObject, ConfigObjectExt};

    config_class! {
        /// One rule of a redirection filter (`<usbdev>`): devices matching every attribute set
        /// are allowed or refused; an unset attribute (or `-1`) matches any device.
        pub struct DomainRedirfilterUsbdev("GVirConfigDomainRedirfilterUsbdev"): crate::ConfigObject;
        parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
        extends: [crate::ConfigObject];
        implements: [crate::ConfigObjectImpl];
        subclass trait: DomainRedirfilterUsbdevImpl;
    }

    impl Default for DomainRedirfilterUsbdev {
        fn default() -> Self {
            Self::new()
        }
    }

    /// A USB id attribute (`0x08`, `0x1234`) as a number; `None` for "any" (absent or `-1`).
    fn usb_id(usbdev: &DomainRedirfilterUsbdev, name: &str) -> Option<u16> {
        let value = usbdev.node().attribute(name)?;
        let value = value.trim();
        let hex = value.strip_prefix("0x").or_else(|| value.strip_prefix("0X"))?;
        u16::from_str_radix(hex, 16).ok()
    }

    fn set_usb_id(usbdev: &DomainRedirfilterUsbdev, name: &str, value: Option<u16>, digits: usize) {
        usbdev.node().set_attribute(name, value.map(|v| format!("{v:#0width$x}", width = digits + 2)).as_deref())
    }

    impl DomainRedirfilterUsbdev {
        /// A new rule `<usbdev allow='no'/>` (refuse every device).
        pub fn new() -> Self {
            let usbdev: DomainRedirfilterUsbdev = ConfigObject::new_root("usbdev", Some(crate::domain::SCHEMA));
            usbdev.set_allow(false);
            usbdev
        }

        /// Parses a `<usbdev>` element.
        pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
            ConfigObject::parse(xml, "usbdev", Some(crate::domain::SCHEMA))
        }

        /// The USB class the rule matches (`class='0x08'`), `None` for any.
        pub fn class(&self) -> Option<u8> {
            usb_id(self, "class").and_then(|c| u8::try_from(c).ok())
        }

        /// Sets the matched class; `None` matches any class (removes the attribute).
        pub fn set_class(&self, class: Option<u8>) {
            set_usb_id(self, "class", class.map(u16::from), 2)
        }

        /// The vendor id the rule matches (`vendor='0x1234'`), `None` for any.
        pub fn vendor(&self) -> Option<u16> {
            usb_id(self, "vendor")
        }

        pub fn set_vendor(&self, vendor: Option<u16>) {
            set_usb_id(self, "vendor", vendor, 4)
        }

        /// The product id the rule matches (`product='0xbeef'`), `None` for any.
        pub fn product(&self) -> Option<u16> {
            usb_id(self, "product")
        }

        pub fn set_product(&self, product: Option<u16>) {
            set_usb_id(self, "product", product, 4)
        }

        /// The device version the rule matches (`version='2.00'`), `None` for any.
        pub fn version(&self) -> Option<String> {
            self.node().attribute("version").filter(|v| v != "-1")
        }

        /// Sets the matched device version (`"2.00"`); `None` matches any version.
        pub fn set_version(&self, version: Option<&str>) {
            self.node().set_attribute("version", version)
        }

        /// Whether matching devices are allowed (`allow='yes'`).
        pub fn allow(&self) -> bool {
            self.node().bool_attribute("allow").unwrap_or(false)
        }

        pub fn set_allow(&self, allow: bool) {
            self.node().set_bool_attribute("allow", allow, crate::xml::BoolStyle::YesNo)
        }
    }
}

pub use usbdev::DomainRedirfilterUsbdev;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let filter = DomainRedirfilter::new();
        assert_eq!((filter.to_xml().as_str(), filter.usbdevs().len()), ("<redirfilter/>", 0));
        let rule = DomainRedirfilterUsbdev::new();
        rule.set_class(Some(8));
        rule.set_vendor(Some(0x1234));
        rule.set_product(Some(0xbeef));
        rule.set_version(Some("2.00"));
        rule.set_allow(true);
        filter.add_usbdev(&rule);
        filter.add_usbdev(&DomainRedirfilterUsbdev::new());
        assert_eq!(
            filter.to_xml(),
            "<redirfilter>\n  <usbdev class=\"0x08\" vendor=\"0x1234\" product=\"0xbeef\" version=\"2.00\" allow=\"yes\"/>\n  \
             <usbdev allow=\"no\"/>\n</redirfilter>"
        );
        rule.set_vendor(None);
        let rules = filter.usbdevs();
        assert_eq!(rules.len(), 2);
        assert_eq!(
            (rules[0].class(), rules[0].vendor(), rules[0].product(), rules[0].version().as_deref(), rules[0].allow()),
            (Some(8), None, Some(0xbeef), Some("2.00"), true)
        );
        assert_eq!((rules[1].class(), rules[1].version(), rules[1].allow()), (None, None, false));
    }

    #[test]
    fn parsed_rules_and_unknown_parts() {
        let filter = DomainRedirfilter::from_xml(
            "<redirfilter><!-- first --><usbdev class='-1' vendor='0x1234' version='-1' allow='yes' x='1'/><other/></redirfilter>",
        )
        .unwrap();
        let rules = filter.usbdevs();
        assert_eq!(rules.len(), 1);
        assert_eq!((rules[0].class(), rules[0].vendor(), rules[0].version(), rules[0].allow()), (None, Some(0x1234), None, true));
        rules[0].set_allow(false);
        assert_eq!(
            filter.to_xml(),
            "<redirfilter>\n  <!-- first -->\n  <usbdev class=\"-1\" vendor=\"0x1234\" version=\"-1\" x=\"1\" allow=\"no\"/>\n  <other/>\n</redirfilter>"
        );
    }
}
