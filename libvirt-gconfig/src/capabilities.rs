//! `Capabilities` (`GVirConfigCapabilities`): what a libvirt connection's host and hypervisor
//! can do (`<capabilities>`, as `virConnectGetCapabilities()` returns it), and the classes of its
//! parts.

use crate::child_objects;
use crate::ConfigObject;

pub mod cpu;
pub mod cpu_feature;
pub mod cpu_model;
pub mod cpu_topology;
pub mod guest;
pub mod guest_arch;
pub mod guest_domain;
pub mod guest_feature;
pub mod host;
pub mod host_secmodel;

pub use cpu::{CapabilitiesCpu, CapabilitiesCpuExt, CapabilitiesCpuImpl, CapabilitiesCpuImplExt};
pub use cpu_feature::{CapabilitiesCpuFeature, CapabilitiesCpuFeatureExt, CapabilitiesCpuFeatureImpl};
pub use cpu_model::{CapabilitiesCpuModel, CapabilitiesCpuModelExt, CapabilitiesCpuModelImpl};
pub use cpu_topology::{CapabilitiesCpuTopology, CapabilitiesCpuTopologyImpl};
pub use guest::{CapabilitiesGuest, CapabilitiesGuestImpl};
pub use guest_arch::{CapabilitiesGuestArch, CapabilitiesGuestArchImpl};
pub use guest_domain::{CapabilitiesGuestDomain, CapabilitiesGuestDomainImpl};
pub use guest_feature::{CapabilitiesGuestFeature, CapabilitiesGuestFeatureImpl};
pub use host::{CapabilitiesHost, CapabilitiesHostImpl};
pub use host_secmodel::{CapabilitiesHostSecModel, CapabilitiesHostSecModelImpl};

config_class! {
    /// The capabilities of a host and its hypervisors (`<capabilities>`, schema
    /// `capability.rng`).
    pub struct Capabilities("GVirConfigCapabilities"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesImpl;
}

pub(crate) const SCHEMA: &str = "capability.rng";

impl Default for Capabilities {
    fn default() -> Self {
        Self::new()
    }
}

impl Capabilities {
    /// An empty `<capabilities/>`.
    pub fn new() -> Capabilities {
        ConfigObject::new_root("capabilities", Some(SCHEMA))
    }

    /// Parses a `<capabilities>` document.
    pub fn from_xml(xml: &str) -> Result<Capabilities, glib::Error> {
        ConfigObject::parse(xml, "capabilities", Some(SCHEMA))
    }

    /// The host part (`<host>`), if there is one.
    pub fn host(&self) -> Option<CapabilitiesHost> {
        child_objects::child(self, "host")
    }

    /// The guest kinds the hypervisors can run (`<guest>` elements), in document order.
    pub fn guests(&self) -> Vec<CapabilitiesGuest> {
        child_objects::children(self, "guest")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ConfigObjectExt, DomainOsType, DomainVirtType};

    const TEST_DRIVER: &str = include_str!("../tests/data/capabilities-test.xml");
    const KVM_HOST: &str = include_str!("../tests/data/capabilities-kvm.xml");

    #[test]
    fn empty_capabilities() {
        let caps = Capabilities::new();
        assert_eq!(caps.to_xml(), "<capabilities/>");
        assert!(caps.host().is_none());
        assert!(caps.guests().is_empty());
        assert!(caps.schema().unwrap().ends_with("/capability.rng"));
        let e = Capabilities::from_xml("<domain/>").unwrap_err();
        assert_eq!(e.message(), "XML data has no 'capabilities' node (its root element is 'domain')");
    }

    #[test]
    fn test_driver_document() {
        let caps = Capabilities::from_xml(TEST_DRIVER).unwrap();
        let host = caps.host().unwrap();
        assert_eq!(host.uuid(), None);
        assert_eq!(host.schema(), caps.schema());
        let cpu = host.cpu().unwrap();
        assert_eq!(cpu.arch().as_deref(), Some("i686"));
        // `<features><pae/></features>` of the test driver are not `<feature>` elements.
        assert!(cpu.features().is_empty());
        assert!(cpu.topology().is_none());
        assert!(cpu.model().is_none());
        let secmodels = host.secmodels();
        assert_eq!(secmodels.len(), 1);
        assert_eq!(secmodels[0].model().as_deref(), Some("testSecurity"));
        assert_eq!(secmodels[0].doi(), None, "an empty <doi></doi> has no value");
        let guests = caps.guests();
        assert_eq!(guests.len(), 2);
        assert_eq!(guests[0].os_type(), DomainOsType::Hvm);
        assert_eq!(guests[1].os_type(), DomainOsType::Xen);
        let arch = guests[0].arch().unwrap();
        assert_eq!(arch.name().as_deref(), Some("i686"));
        assert_eq!(arch.emulator().as_deref(), Some("/usr/bin/test-hv"));
        let domains = arch.domains();
        assert_eq!(domains.len(), 1);
        assert_eq!(domains[0].virt_type(), DomainVirtType::Test);
        assert_eq!(domains[0].emulator(), None);
        let names: Vec<_> = guests[0].features().iter().map(|f| f.name()).collect();
        assert_eq!(names, ["pae", "nonpae"]);
    }

    #[test]
    fn kvm_host_document() {
        let caps = Capabilities::from_xml(KVM_HOST).unwrap();
        let host = caps.host().unwrap();
        assert_eq!(host.uuid().as_deref(), Some("4c4c4544-0035-3010-8043-b4c04f4e5931"));
        let cpu = host.cpu().unwrap();
        assert_eq!(cpu.arch().as_deref(), Some("x86_64"));
        assert_eq!(cpu.model().and_then(|m| m.name()).as_deref(), Some("Skylake-Client-IBRS"));
        let topology = cpu.topology().unwrap();
        assert_eq!((topology.sockets(), topology.cores(), topology.threads()), (1, 4, 2));
        let features: Vec<_> = cpu.features().iter().map(|f| f.name()).collect();
        assert_eq!(features, [Some("ds".into()), Some("acpi".into()), Some("ss".into()), Some("vmx".into())]);
        let models: Vec<_> = host.secmodels().iter().map(|s| (s.model(), s.doi())).collect();
        assert_eq!(
            models,
            [(Some("selinux".into()), Some("0".into())), (Some("dac".into()), Some("0".into()))]
        );

        let guests = caps.guests();
        assert_eq!(guests.len(), 3);
        let arch = guests[0].arch().unwrap();
        assert_eq!(arch.name().as_deref(), Some("x86_64"));
        let domains: Vec<_> = arch.domains().iter().map(|d| (d.virt_type(), d.emulator())).collect();
        assert_eq!(
            domains,
            [(DomainVirtType::Qemu, None), (DomainVirtType::Kvm, Some("/usr/libexec/qemu-kvm".into()))]
        );
        let features: Vec<_> = guests[0].features().iter().map(|f| f.name()).collect();
        assert_eq!(features, ["acpi", "apic", "cpuselection", "deviceboot", "disksnapshot"]);
        assert_eq!(guests[1].arch().unwrap().name().as_deref(), Some("aarch64"));
        assert_eq!(guests[2].os_type(), DomainOsType::Exe);
        assert_eq!(guests[2].arch().unwrap().emulator(), None);
        assert_eq!(guests[2].arch().unwrap().domains()[0].virt_type(), DomainVirtType::Lxc);
        assert!(guests[2].features().is_empty());
    }

    #[test]
    fn missing_and_unknown_values_get_libvirt_glib_defaults() {
        let caps = Capabilities::from_xml(
            "<capabilities><host/><guest><os_type>weird</os_type><arch><domain/><domain type='bogus'/></arch></guest><guest/></capabilities>",
        )
        .unwrap();
        let host = caps.host().unwrap();
        assert!(host.cpu().is_none());
        assert!(host.secmodels().is_empty());
        let guests = caps.guests();
        assert_eq!(guests[0].os_type(), DomainOsType::Linux);
        assert_eq!(guests[1].os_type(), DomainOsType::Linux);
        assert!(guests[1].arch().is_none());
        let arch = guests[0].arch().unwrap();
        assert_eq!(arch.name(), None);
        assert!(arch.domains().iter().all(|d| d.virt_type() == DomainVirtType::Qemu));
    }

    #[test]
    fn parts_view_the_same_document() {
        let caps = Capabilities::from_xml(KVM_HOST).unwrap();
        let topology = caps.host().unwrap().cpu().unwrap().topology().unwrap();
        topology.set_threads(1);
        drop(caps);
        // The part keeps the document alive and edits it in place.
        assert_eq!(topology.to_xml(), "<topology sockets=\"1\" dies=\"1\" cores=\"4\" threads=\"1\"/>");
    }

    #[test]
    fn round_trip_keeps_what_the_api_does_not_know() {
        let caps = Capabilities::from_xml(KVM_HOST).unwrap();
        caps.host().unwrap().cpu().unwrap().topology().unwrap().set_cores(8);
        let out = caps.to_xml();
        for kept in [
            "<!-- a comment between features -->",
            "<migration_features>",
            "<baselabel type=\"kvm\">+107:+107</baselabel>",
            "<machine canonical=\"pc-q35-8.2\" maxCpus=\"1024\">q35</machine>",
            "<counter name=\"tsc\" frequency=\"2112000000\" scaling=\"no\"/>",
        ] {
            assert!(out.contains(kept), "{kept} missing from {out}");
        }
        assert!(out.contains("<topology sockets=\"1\" dies=\"1\" threads=\"2\" cores=\"8\"/>"), "{out}");
    }
}
