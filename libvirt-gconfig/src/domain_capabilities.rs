//! `DomainCapabilities` (`GVirConfigDomainCapabilities`): what a hypervisor offers domains of
//! one emulator, machine type and architecture (`<domainCapabilities>`, as
//! `virConnectGetDomainCapabilities()` returns it), and the classes of its parts.

use crate::child_objects;
use crate::ConfigObject;

pub mod os;

pub use os::{DomainCapabilitiesOs, DomainCapabilitiesOsExt, DomainCapabilitiesOsImpl, DomainCapabilitiesOsImplExt};

config_class! {
    /// The capabilities of a hypervisor for one kind of domain (`<domainCapabilities>`, schema
    /// `domaincaps.rng`).
    pub struct DomainCapabilities("GVirConfigDomainCapabilities"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainCapabilitiesImpl;
}

pub(crate) const SCHEMA: &str = "domaincaps.rng";

impl Default for DomainCapabilities {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainCapabilities {
    /// An empty `<domainCapabilities/>`.
    pub fn new() -> DomainCapabilities {
        ConfigObject::new_root("domainCapabilities", Some(SCHEMA))
    }

    /// Parses a `<domainCapabilities>` document.
    pub fn from_xml(xml: &str) -> Result<DomainCapabilities, glib::Error> {
        ConfigObject::parse(xml, "domainCapabilities", Some(SCHEMA))
    }

    /// What the hypervisor supports for booting (`<os>`).
    pub fn os(&self) -> Option<DomainCapabilitiesOs> {
        child_objects::child(self, "os")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ConfigObjectExt, DomainCapabilitiesOsExt, DomainOsFirmware};

    const KVM: &str = include_str!("../tests/data/domcapabilities-kvm.xml");

    fn firmwares(os_xml: &str) -> Vec<DomainOsFirmware> {
        let xml = format!("<domainCapabilities>{os_xml}</domainCapabilities>");
        DomainCapabilities::from_xml(&xml).unwrap().os().unwrap().firmwares()
    }

    #[test]
    fn empty() {
        let caps = DomainCapabilities::new();
        assert_eq!(caps.to_xml(), "<domainCapabilities/>");
        assert!(caps.os().is_none());
        assert!(caps.schema().unwrap().ends_with("/domaincaps.rng"));
        let e = DomainCapabilities::from_xml("<domain/>").unwrap_err();
        assert!(e.message().starts_with("XML data has no 'domainCapabilities' node"), "{}", e.message());
    }

    #[test]
    fn kvm_document() {
        let caps = DomainCapabilities::from_xml(KVM).unwrap();
        let os = caps.os().unwrap();
        assert_eq!(os.schema(), caps.schema());
        assert_eq!(os.firmwares(), [DomainOsFirmware::Bios, DomainOsFirmware::Efi]);
        // The loader's enums are not firmware lists.
        assert!(os.to_xml().contains("<enum name=\"readonly\">"));
    }

    #[test]
    fn firmware_lists_like_libvirt_glib() {
        use DomainOsFirmware::*;
        assert!(firmwares("<os/>").is_empty());
        assert!(firmwares("<os><enum name='firmware'/></os>").is_empty());
        assert!(firmwares("<os><enum name='x'><value>efi</value></enum><loader><enum name='firmware'><value>efi</value></enum></loader></os>").is_empty());
        // Every enum named 'firmware' counts; unknown values read as BIOS; empty values are skipped.
        assert_eq!(
            firmwares("<os><enum name='firmware'><value>efi</value><value>bogus</value><value/>text</enum><enum name='firmware'><value>bios</value><other>efi</other></enum></os>"),
            [Efi, Bios, Bios, Efi]
        );
        assert_eq!(firmwares("<os><enum name='firmware'><value><x>efi</x></value><value><![CDATA[efi]]></value></enum></os>"), [Bios, Efi]);
        assert_eq!(firmwares("<os/><os><enum name='firmware'><value>efi</value></enum></os>"), []);
    }
}
