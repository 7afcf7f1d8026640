//! `DomainCpuModel` (`GVirConfigDomainCpuModel`): the `<model>` of a domain's CPU.

use crate::ConfigObject;

config_class! {
    /// The CPU model a domain asks for (`<model>Haswell</model>`); the name accessors are those
    /// of [`CapabilitiesCpuModelExt`](crate::CapabilitiesCpuModelExt).
    pub struct DomainCpuModel("GVirConfigDomainCpuModel"): crate::CapabilitiesCpuModel;
    parent structs: crate::capabilities::cpu_model::Instance, crate::capabilities::cpu_model::Class;
    extends: [crate::CapabilitiesCpuModel, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::CapabilitiesCpuModelImpl];
    subclass trait: DomainCpuModelImpl;
}

impl Default for DomainCpuModel {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainCpuModel {
    /// An empty `<model/>`.
    pub fn new() -> DomainCpuModel {
        ConfigObject::new_root("model", None)
    }

    /// Parses a `<model>` element.
    pub fn from_xml(xml: &str) -> Result<DomainCpuModel, glib::Error> {
        ConfigObject::parse(xml, "model", None)
    }
}
