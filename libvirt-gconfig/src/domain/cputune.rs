//! `DomainCputune` (`GVirConfigDomainCputune`): CPU scheduling of a domain (`<cputune>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// CPU scheduling of a domain (`<cputune>`): its share, bandwidth and vCPU pinning.
    pub struct DomainCputune("GVirConfigDomainCputune"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainCputuneImpl;
}

impl Default for DomainCputune {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainCputune {
    /// A new, empty `<cputune/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("cputune", None)
    }

    /// Parses a `<cputune>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "cputune", None)
    }

    /// The CPU time share relative to other domains (`<shares>`).
    pub fn shares(&self) -> Option<u64> {
        self.node().child_u64("shares")
    }

    pub fn set_shares(&self, shares: u64) {
        self.node().set_child_u64("shares", shares)
    }

    /// The enforcement period of each vCPU, in microseconds (`<period>`).
    pub fn period(&self) -> Option<u64> {
        self.node().child_u64("period")
    }

    pub fn set_period(&self, period: u64) {
        self.node().set_child_u64("period", period)
    }

    /// The bandwidth of each vCPU per period, in microseconds (`<quota>`); negative means
    /// unlimited.
    pub fn quota(&self) -> Option<i64> {
        self.node().child_content("quota").and_then(|q| q.trim().parse().ok())
    }

    pub fn set_quota(&self, quota: i64) {
        self.node().set_child_content("quota", Some(&quota.to_string()))
    }

    fn vcpupin_node(&self, vcpu: u32) -> Option<crate::Node> {
        let vcpu = vcpu.to_string();
        self.node().children().find(|c| c.name_is("vcpupin") && c.attribute_is("vcpu", &vcpu))
    }

    /// The host CPUs vCPU `vcpu` is pinned to (`<vcpupin vcpu='N' cpuset='…'/>`).
    pub fn vcpupin(&self, vcpu: u32) -> Option<String> {
        self.vcpupin_node(vcpu)?.attribute("cpuset")
    }

    /// Pins vCPU `vcpu` to the host CPUs `cpuset` (`1-3,^2`), updating its `<vcpupin>` or
    /// appending one; `None` removes the pinning.
    pub fn set_vcpupin(&self, vcpu: u32, cpuset: Option<&str>) {
        match (self.vcpupin_node(vcpu), cpuset) {
            (Some(pin), Some(cpuset)) => pin.set_attribute("cpuset", Some(cpuset)),
            (Some(pin), None) => pin.detach(),
            (None, Some(cpuset)) => {
                let pin = self.node().append_child("vcpupin");
                pin.set_u64_attribute("vcpu", vcpu.into());
                pin.set_attribute("cpuset", Some(cpuset));
            }
            (None, None) => {}
        }
    }
}
