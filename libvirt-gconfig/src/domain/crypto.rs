//! `DomainCrypto` (`GVirConfigDomainCrypto`): a cryptographic accelerator device
//! (`<crypto model='virtio' type='qemu'><backend model='…' queues='…'/></crypto>`, libvirt
//! 9.0 and later; the schema of older libvirts does not know it).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A paravirtualized crypto device (`<crypto>`) and the host implementation behind it.
    pub struct DomainCrypto("GVirConfigDomainCrypto"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainCryptoImpl;
}

/// The device the guest sees (attribute `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainCryptoModel")]
pub enum DomainCryptoModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CRYPTO_MODEL_VIRTIO", nick = "virtio")]
    Virtio,
}

/// Who implements the device (attribute `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainCryptoType")]
pub enum DomainCryptoType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CRYPTO_TYPE_QEMU", nick = "qemu")]
    Qemu,
}

/// The host implementation of the algorithms (`<backend model='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainCryptoBackendModel")]
pub enum DomainCryptoBackendModel {
    /// QEMU's own implementation.
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CRYPTO_BACKEND_BUILTIN", nick = "builtin")]
    Builtin,
    /// The Linux kernel crypto API.
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CRYPTO_BACKEND_LKCF", nick = "lkcf")]
    Lkcf,
}

impl Default for DomainCrypto {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainCrypto {
    /// A new `<crypto model='virtio' type='qemu'/>` (both are required).
    pub fn new() -> Self {
        let crypto: DomainCrypto = ConfigObject::new_root("crypto", Some(super::SCHEMA));
        crypto.set_model(DomainCryptoModel::Virtio);
        crypto.set_crypto_type(DomainCryptoType::Qemu);
        crypto
    }

    /// Parses a `<crypto>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "crypto", Some(super::SCHEMA))
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainCryptoModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainCryptoModel) {
        self.node().set_enum_attribute("model", model)
    }

    /// The type, if set and known.
    pub fn crypto_type(&self) -> Option<DomainCryptoType> {
        self.node().enum_attribute("type")
    }

    pub fn set_crypto_type(&self, crypto_type: DomainCryptoType) {
        self.node().set_enum_attribute("type", crypto_type)
    }

    /// The backend's model, if there is a backend of a known model.
    pub fn backend_model(&self) -> Option<DomainCryptoBackendModel> {
        self.node().child_enum_attribute("backend", "model")
    }

    /// Sets the backend's model (creating `<backend>`; its queues stay).
    pub fn set_backend_model(&self, model: DomainCryptoBackendModel) {
        self.node().ensure_child("backend").set_enum_attribute("model", model)
    }

    /// The number of queues of the backend (`<backend queues='…'/>`), if set.
    pub fn backend_queues(&self) -> Option<u32> {
        self.node().with_child("backend", |b| b.u64_attribute("queues")).flatten().and_then(|q| u32::try_from(q).ok())
    }

    pub fn set_backend_queues(&self, queues: u32) {
        self.node().ensure_child("backend").set_u64_attribute("queues", queues.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let crypto = DomainCrypto::new();
        assert_eq!(crypto.to_xml(), "<crypto model=\"virtio\" type=\"qemu\"/>");
        assert_eq!((crypto.backend_model(), crypto.backend_queues()), (None, None));
        crypto.set_backend_model(DomainCryptoBackendModel::Lkcf);
        crypto.set_backend_queues(2);
        crypto.set_backend_model(DomainCryptoBackendModel::Builtin);
        assert_eq!(crypto.to_xml(), "<crypto model=\"virtio\" type=\"qemu\">\n  <backend queues=\"2\" model=\"builtin\"/>\n</crypto>");
        assert_eq!(
            (crypto.model(), crypto.crypto_type(), crypto.backend_model(), crypto.backend_queues()),
            (Some(DomainCryptoModel::Virtio), Some(DomainCryptoType::Qemu), Some(DomainCryptoBackendModel::Builtin), Some(2))
        );
        let parsed = DomainCrypto::from_xml("<crypto model='virtio-x' type='qemu'><alias name='c'/></crypto>").unwrap();
        assert_eq!(parsed.model(), None);
        parsed.set_model(DomainCryptoModel::Virtio);
        assert_eq!(parsed.to_xml(), "<crypto type=\"qemu\" model=\"virtio\">\n  <alias name=\"c\"/>\n</crypto>");
    }
}
