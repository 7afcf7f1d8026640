//! `DomainLaunchSecurity` (`GVirConfigDomainLaunchSecurity`): confidential-computing launch
//! settings of a domain (`<launchSecurity>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Confidential-computing launch settings (`<launchSecurity type='sev'>`, `sev-snp`,
    /// `s390-pv`, `tdx`).
    pub struct DomainLaunchSecurity("GVirConfigDomainLaunchSecurity"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainLaunchSecurityImpl;
}

impl Default for DomainLaunchSecurity {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainLaunchSecurity {
    /// A new, empty `<launchSecurity/>` (set its type).
    pub fn new() -> Self {
        ConfigObject::new_root("launchSecurity", None)
    }

    /// Parses a `<launchSecurity>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "launchSecurity", None)
    }

    /// The technology (`type`: `sev`, `sev-snp`, `s390-pv`, `tdx`).
    pub fn security_type(&self) -> Option<String> {
        self.node().attribute("type")
    }

    pub fn set_security_type(&self, security_type: Option<&str>) {
        self.node().set_attribute("type", security_type)
    }

    /// The guest policy (`<policy>`, hexadecimal in the document).
    pub fn policy(&self) -> Option<u64> {
        self.node().child_c_u64("policy")
    }

    /// Sets the policy, written as libvirt writes it (`0x0033`).
    pub fn set_policy(&self, policy: u64) {
        self.node().set_child_content("policy", Some(&format!("{policy:#06x}")))
    }

    /// The position of the C-bit in guest page table entries (`<cbitpos>`, SEV).
    pub fn cbitpos(&self) -> Option<u32> {
        self.node().child_u64("cbitpos").map(|v| v as u32)
    }

    pub fn set_cbitpos(&self, cbitpos: u32) {
        self.node().set_child_u64("cbitpos", cbitpos.into())
    }

    /// How many physical address bits encryption costs (`<reducedPhysBits>`, SEV).
    pub fn reduced_phys_bits(&self) -> Option<u32> {
        self.node().child_u64("reducedPhysBits").map(|v| v as u32)
    }

    pub fn set_reduced_phys_bits(&self, bits: u32) {
        self.node().set_child_u64("reducedPhysBits", bits.into())
    }
}
