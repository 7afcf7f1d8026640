//! `DomainIommu` (`GVirConfigDomainIommu`): an IOMMU device
//! (`<iommu model='…'><driver intremap='on' …/></iommu>`).

use crate::xml::BoolStyle;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// The guest's I/O memory management unit (`<iommu>`).
    pub struct DomainIommu("GVirConfigDomainIommu"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainIommuImpl;
}

/// The emulated IOMMU (attribute `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainIommuModel")]
pub enum DomainIommuModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_IOMMU_MODEL_INTEL", nick = "intel")]
    Intel,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_IOMMU_MODEL_SMMUV3", nick = "smmuv3")]
    Smmuv3,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_IOMMU_MODEL_VIRTIO", nick = "virtio")]
    Virtio,
}

impl Default for DomainIommu {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainIommu {
    /// A new `<iommu model='intel'/>` (the model is required).
    pub fn new() -> Self {
        let iommu: DomainIommu = ConfigObject::new_root("iommu", Some(super::SCHEMA));
        iommu.set_model(DomainIommuModel::Intel);
        iommu
    }

    /// Parses an `<iommu>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "iommu", Some(super::SCHEMA))
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainIommuModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainIommuModel) {
        self.node().set_enum_attribute("model", model)
    }

    /// An on/off attribute of `<driver>`: `None` when absent or neither `on` nor `off`.
    fn driver_switch(&self, name: &str) -> Option<bool> {
        self.node().with_child("driver", |d| d.bool_attribute(name)).flatten()
    }

    fn set_driver_switch(&self, name: &str, on: bool) {
        self.node().ensure_child("driver").set_bool_attribute(name, on, BoolStyle::OnOff)
    }

    /// Whether interrupt remapping is on (`<driver intremap='on'/>`), if set.
    pub fn driver_intremap(&self) -> Option<bool> {
        self.driver_switch("intremap")
    }

    pub fn set_driver_intremap(&self, on: bool) {
        self.set_driver_switch("intremap", on)
    }

    /// Whether VT-d caching mode is on (`<driver caching_mode='on'/>`), if set.
    pub fn driver_caching_mode(&self) -> Option<bool> {
        self.driver_switch("caching_mode")
    }

    pub fn set_driver_caching_mode(&self, on: bool) {
        self.set_driver_switch("caching_mode", on)
    }

    /// Whether extended interrupt mode is on (`<driver eim='on'/>`), if set.
    pub fn driver_eim(&self) -> Option<bool> {
        self.driver_switch("eim")
    }

    pub fn set_driver_eim(&self, on: bool) {
        self.set_driver_switch("eim", on)
    }

    /// Whether the device IOTLB is on (`<driver iotlb='on'/>`), if set.
    pub fn driver_iotlb(&self) -> Option<bool> {
        self.driver_switch("iotlb")
    }

    pub fn set_driver_iotlb(&self, on: bool) {
        self.set_driver_switch("iotlb", on)
    }

    /// The guest address width in bits (`<driver aw_bits='…'/>`), if set.
    pub fn driver_aw_bits(&self) -> Option<u8> {
        self.node().with_child("driver", |d| d.u64_attribute("aw_bits")).flatten().and_then(|b| u8::try_from(b).ok())
    }

    pub fn set_driver_aw_bits(&self, bits: u8) {
        self.node().ensure_child("driver").set_u64_attribute("aw_bits", bits.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let iommu = DomainIommu::new();
        assert_eq!(iommu.to_xml(), "<iommu model=\"intel\"/>");
        assert_eq!((iommu.driver_intremap(), iommu.driver_aw_bits()), (None, None));
        iommu.set_driver_intremap(true);
        iommu.set_driver_caching_mode(true);
        iommu.set_driver_eim(false);
        iommu.set_driver_iotlb(true);
        iommu.set_driver_aw_bits(48);
        assert_eq!(
            iommu.to_xml(),
            "<iommu model=\"intel\">\n  <driver intremap=\"on\" caching_mode=\"on\" eim=\"off\" iotlb=\"on\" aw_bits=\"48\"/>\n</iommu>"
        );
        assert_eq!(
            (iommu.driver_intremap(), iommu.driver_caching_mode(), iommu.driver_eim(), iommu.driver_iotlb(), iommu.driver_aw_bits()),
            (Some(true), Some(true), Some(false), Some(true), Some(48))
        );
        let parsed = DomainIommu::from_xml("<iommu model='virtio'><driver iotlb='off' x='y'/><address type='pci'/></iommu>").unwrap();
        assert_eq!((parsed.model(), parsed.driver_iotlb()), (Some(DomainIommuModel::Virtio), Some(false)));
        parsed.set_model(DomainIommuModel::Smmuv3);
        parsed.set_driver_iotlb(true);
        assert_eq!(parsed.to_xml(), "<iommu model=\"smmuv3\">\n  <driver x=\"y\" iotlb=\"on\"/>\n  <address type=\"pci\"/>\n</iommu>");
    }
}
