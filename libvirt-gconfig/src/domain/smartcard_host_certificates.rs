//! `DomainSmartcardHostCertificates` (`GVirConfigDomainSmartcardHostCertificates`): the guest
//! gets a virtual smartcard made of three certificates of the host's NSS database
//! (`<smartcard mode='host-certificates'>`).

use super::subtype;
use crate::ConfigObjectExt;

config_class! {
    /// A smartcard in `host-certificates` mode: three `<certificate>` names and an optional
    /// `<database>` directory.
    pub struct DomainSmartcardHostCertificates("GVirConfigDomainSmartcardHostCertificates"): crate::DomainSmartcard;
    parent structs: crate::domain::smartcard::Instance, crate::domain::smartcard::Class;
    extends: [crate::DomainSmartcard, crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl, crate::DomainSmartcardImpl];
    subclass trait: DomainSmartcardHostCertificatesImpl;
}

impl Default for DomainSmartcardHostCertificates {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSmartcardHostCertificates {
    /// A new `<smartcard mode='host-certificates'/>`.
    pub fn new() -> DomainSmartcardHostCertificates {
        subtype::new_with_attribute("smartcard", "mode", "host-certificates")
    }

    /// Parses a `<smartcard>` element, which must have `mode='host-certificates'`.
    pub fn from_xml(xml: &str) -> Result<DomainSmartcardHostCertificates, glib::Error> {
        Self::from_xml_opt(Some(xml.as_bytes()))
    }

    pub(crate) fn from_xml_opt(xml: Option<&[u8]>) -> Result<DomainSmartcardHostCertificates, glib::Error> {
        subtype::parse_with_attribute(xml, "smartcard", "mode", "host-certificates")
    }

    /// The NSS database directory (`<database>`).
    pub fn database(&self) -> Option<String> {
        self.node().child_content("database")
    }

    /// Sets the NSS database directory; `None` removes it (libvirt then uses its default).
    pub fn set_database(&self, path: Option<&str>) {
        self.node().set_child_content("database", path);
    }

    /// The certificate names, in order.
    pub fn certificates(&self) -> Vec<String> {
        self.node().children().filter(|c| c.name_is("certificate")).map(|c| c.text().unwrap_or_default()).collect()
    }

    /// Replaces the `<certificate>` elements with one per name given (`None`s are skipped).
    /// They go where the first old one was, or else before `<database>` (libvirt wants them
    /// first), or at the end.
    pub fn set_certificates(&self, cert1: Option<&str>, cert2: Option<&str>, cert3: Option<&str>) {
        let node = self.node();
        let old: Vec<crate::Node> = node.children().filter(|c| c.name_is("certificate")).collect();
        let anchor = old.first().cloned().or_else(|| node.child("database"));
        for name in [cert1, cert2, cert3].into_iter().flatten() {
            let cert = match &anchor {
                Some(anchor) => node.insert_child_before(anchor, "certificate"),
                None => node.append_child("certificate"),
            };
            cert.set_content(name);
        }
        for cert in old {
            cert.detach();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificates_then_database() {
        let s = DomainSmartcardHostCertificates::new();
        assert_eq!(s.to_xml(), "<smartcard mode=\"host-certificates\"/>");
        s.set_database(Some("/db"));
        s.set_certificates(Some("a"), Some("b"), Some("c&"));
        assert_eq!(
            s.to_xml(),
            "<smartcard mode=\"host-certificates\">\n  <certificate>a</certificate>\n  <certificate>b</certificate>\n  \
             <certificate>c&amp;</certificate>\n  <database>/db</database>\n</smartcard>"
        );
        assert_eq!(s.certificates(), vec!["a", "b", "c&"]);
        s.set_database(Some("/db2"));
        s.set_certificates(Some("d"), None, Some("f"));
        assert_eq!(
            s.to_xml(),
            "<smartcard mode=\"host-certificates\">\n  <certificate>d</certificate>\n  <certificate>f</certificate>\n  \
             <database>/db2</database>\n</smartcard>"
        );
        s.set_database(None);
        assert_eq!(s.database(), None);
        assert_eq!(
            s.to_xml(),
            "<smartcard mode=\"host-certificates\">\n  <certificate>d</certificate>\n  <certificate>f</certificate>\n</smartcard>"
        );
    }

    #[test]
    fn parse_and_replace_in_place() {
        let s = DomainSmartcardHostCertificates::from_xml(
            "<smartcard mode='host-certificates'><x/><certificate>1</certificate><certificate>2</certificate><certificate>3</certificate><database>z</database></smartcard>",
        )
        .unwrap();
        assert_eq!(s.certificates(), vec!["1", "2", "3"]);
        assert_eq!(s.database().as_deref(), Some("z"));
        s.set_certificates(Some("d"), Some("e"), Some("f"));
        assert_eq!(
            s.to_xml(),
            "<smartcard mode=\"host-certificates\">\n  <x/>\n  <certificate>d</certificate>\n  <certificate>e</certificate>\n  \
             <certificate>f</certificate>\n  <database>z</database>\n</smartcard>"
        );
        assert!(DomainSmartcardHostCertificates::from_xml("<smartcard mode='host'/>").is_err());
    }
}
