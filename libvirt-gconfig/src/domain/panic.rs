//! `DomainPanic` (`GVirConfigDomainPanic`): a guest panic notifier (`<panic model='…'/>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A device through which the guest reports a kernel panic to the host (`<panic>`).
    pub struct DomainPanic("GVirConfigDomainPanic"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainPanicImpl;
}

/// The panic device (attribute `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainPanicModel")]
pub enum DomainPanicModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_PANIC_MODEL_ISA", nick = "isa")]
    Isa,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_PANIC_MODEL_PSERIES", nick = "pseries")]
    Pseries,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_PANIC_MODEL_HYPERV", nick = "hyperv")]
    Hyperv,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_PANIC_MODEL_S390", nick = "s390")]
    S390,
}

impl Default for DomainPanic {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainPanic {
    /// A new `<panic/>` (the hypervisor picks the model for the machine).
    pub fn new() -> Self {
        ConfigObject::new_root("panic", Some(super::SCHEMA))
    }

    /// Parses a `<panic>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "panic", Some(super::SCHEMA))
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainPanicModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainPanicModel) {
        self.node().set_enum_attribute("model", model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let panic = DomainPanic::new();
        assert_eq!((panic.to_xml().as_str(), panic.model()), ("<panic/>", None));
        panic.set_model(DomainPanicModel::Hyperv);
        assert_eq!(panic.to_xml(), "<panic model=\"hyperv\"/>");
        assert_eq!(panic.model(), Some(DomainPanicModel::Hyperv));
        let parsed = DomainPanic::from_xml("<panic model='isa'><address type='isa' iobase='0x505'/></panic>").unwrap();
        assert_eq!(parsed.model(), Some(DomainPanicModel::Isa));
        parsed.set_model(DomainPanicModel::S390);
        assert_eq!(parsed.to_xml(), "<panic model=\"s390\">\n  <address type=\"isa\" iobase=\"0x505\"/>\n</panic>");
    }
}
