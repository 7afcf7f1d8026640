//! `DomainCpuFeature` (`GVirConfigDomainCpuFeature`): a `<feature>` of a domain's CPU, with the
//! policy libvirt applies to it.

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A CPU feature a domain asks for or refuses (`<feature policy='require' name='vmx'/>`).
    pub struct DomainCpuFeature("GVirConfigDomainCpuFeature"): crate::CapabilitiesCpuFeature;
    parent structs: crate::capabilities::cpu_feature::Instance, crate::capabilities::cpu_feature::Class;
    extends: [crate::CapabilitiesCpuFeature, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::CapabilitiesCpuFeatureImpl];
    subclass trait: DomainCpuFeatureImpl;
}

/// What libvirt does with a CPU feature (`policy` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainCpuFeaturePolicy")]
pub enum DomainCpuFeaturePolicy {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORCE", nick = "force")]
    Force,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_REQUIRE", nick = "require")]
    Require,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_OPTIONAL", nick = "optional")]
    Optional,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_DISABLE", nick = "disable")]
    Disable,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORBID", nick = "forbid")]
    Forbid,
}

impl Default for DomainCpuFeature {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainCpuFeature {
    /// An empty `<feature/>`.
    pub fn new() -> DomainCpuFeature {
        ConfigObject::new_root("feature", None)
    }

    /// Parses a `<feature>` element.
    pub fn from_xml(xml: &str) -> Result<DomainCpuFeature, glib::Error> {
        ConfigObject::parse(xml, "feature", None)
    }

    /// The policy; [`DomainCpuFeaturePolicy::Require`] (libvirt's default) when absent or
    /// unknown.
    pub fn policy(&self) -> DomainCpuFeaturePolicy {
        self.node().enum_attribute("policy").unwrap_or(DomainCpuFeaturePolicy::Require)
    }

    pub fn set_policy(&self, policy: DomainCpuFeaturePolicy) {
        self.node().set_enum_attribute("policy", policy);
    }
}
