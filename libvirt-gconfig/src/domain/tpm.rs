//! `DomainTpm` (`GVirConfigDomainTpm`): a TPM device (`<tpm model='…'><backend type='…'/></tpm>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A trusted platform module (`<tpm>`), backed by the host's TPM or an emulator.
    pub struct DomainTpm("GVirConfigDomainTpm"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainTpmImpl;
}

/// The TPM interface the guest sees (attribute `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainTpmModel")]
pub enum DomainTpmModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_TIS", nick = "tpm-tis")]
    Tis,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_CRB", nick = "tpm-crb")]
    Crb,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_SPAPR", nick = "tpm-spapr")]
    Spapr,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TPM_MODEL_SPAPR_TPM_PROXY", nick = "spapr-tpm-proxy")]
    SpaprProxy,
}

/// Where the TPM lives on the host (`<backend type='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainTpmBackendType")]
pub enum DomainTpmBackendType {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TPM_BACKEND_PASSTHROUGH", nick = "passthrough")]
    Passthrough,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TPM_BACKEND_EMULATOR", nick = "emulator")]
    Emulator,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_TPM_BACKEND_EXTERNAL", nick = "external")]
    External,
}

impl Default for DomainTpm {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainTpm {
    /// A new, empty `<tpm/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("tpm", Some(super::SCHEMA))
    }

    /// Parses a `<tpm>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "tpm", Some(super::SCHEMA))
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainTpmModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainTpmModel) {
        self.node().set_enum_attribute("model", model)
    }

    /// The backend's type, if there is a backend of a known type.
    pub fn backend_type(&self) -> Option<DomainTpmBackendType> {
        self.node().child_enum_attribute("backend", "type")
    }

    /// Sets the backend's type (creating `<backend>`); its other settings stay.
    pub fn set_backend_type(&self, backend_type: DomainTpmBackendType) {
        self.node().ensure_child("backend").set_enum_attribute("type", backend_type)
    }

    /// The TPM version the backend provides (`<backend version='2.0'>`).
    pub fn backend_version(&self) -> Option<String> {
        self.node().child_attribute("backend", "version")
    }

    /// Sets the TPM version (`"1.2"` or `"2.0"`); `None` removes it (libvirt then picks one).
    pub fn set_backend_version(&self, version: Option<&str>) {
        self.node().set_child_attribute("backend", "version", version);
    }

    /// The host TPM of a passthrough backend (`<backend><device path='…'/></backend>`).
    pub fn device_path(&self) -> Option<String> {
        self.node().descendant("backend/device")?.attribute("path")
    }

    /// Sets the host TPM a passthrough backend uses; `None` removes `<device>`.
    pub fn set_device_path(&self, path: Option<&str>) {
        let backend = self.node().ensure_child("backend");
        match path {
            Some(path) => backend.replace_child_with_attribute("device", "path", Some(path)),
            None => return backend.remove_children("device"),
        };
    }

    /// The socket of an external backend (`<backend type='external'><source path='…'/>`).
    pub fn source_path(&self) -> Option<String> {
        self.node().descendant("backend/source")?.attribute("path")
    }

    /// Makes the backend reach an external software TPM on the UNIX socket `path`
    /// (`<source type='unix' mode='connect' path='…'/>`, replacing any `<source>`); `None`
    /// removes `<source>`.
    pub fn set_source_path(&self, path: Option<&str>) {
        let backend = self.node().ensure_child("backend");
        let Some(path) = path else { return backend.remove_children("source") };
        let source = backend.replace_child("source");
        source.set_attribute("type", Some("unix"));
        source.set_attribute("mode", Some("connect"));
        source.set_attribute("path", Some(path));
    }

    /// Whether an emulator backend keeps its state when the domain is undefined
    /// (`<backend persistent_state='yes'>`), if set.
    pub fn persistent_state(&self) -> Option<bool> {
        self.node().with_child("backend", |b| b.bool_attribute("persistent_state")).flatten()
    }

    pub fn set_persistent_state(&self, persistent: bool) {
        self.node().ensure_child("backend").set_bool_attribute("persistent_state", persistent, crate::xml::BoolStyle::YesNo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let tpm = DomainTpm::new();
        assert_eq!(tpm.to_xml(), "<tpm/>");
        assert_eq!((tpm.model(), tpm.backend_type(), tpm.backend_version(), tpm.device_path()), (None, None, None, None));
        tpm.set_model(DomainTpmModel::Crb);
        tpm.set_backend_type(DomainTpmBackendType::Passthrough);
        tpm.set_device_path(Some("/dev/tpm1"));
        tpm.set_device_path(Some("/dev/tpm0"));
        tpm.set_backend_version(Some("2.0"));
        assert_eq!(
            tpm.to_xml(),
            "<tpm model=\"tpm-crb\">\n  <backend type=\"passthrough\" version=\"2.0\">\n    <device path=\"/dev/tpm0\"/>\n  </backend>\n</tpm>"
        );
        assert_eq!(tpm.model(), Some(DomainTpmModel::Crb));
        assert_eq!(tpm.backend_type(), Some(DomainTpmBackendType::Passthrough));
        assert_eq!(tpm.backend_version().as_deref(), Some("2.0"));
        assert_eq!(tpm.device_path().as_deref(), Some("/dev/tpm0"));
        tpm.set_device_path(None);
        tpm.set_backend_version(None);
        assert_eq!(tpm.to_xml(), "<tpm model=\"tpm-crb\">\n  <backend type=\"passthrough\"/>\n</tpm>");
        tpm.set_backend_type(DomainTpmBackendType::External);
        tpm.set_source_path(Some("/run/swtpm.sock"));
        assert_eq!(
            tpm.to_xml(),
            "<tpm model=\"tpm-crb\">\n  <backend type=\"external\">\n    \
             <source type=\"unix\" mode=\"connect\" path=\"/run/swtpm.sock\"/>\n  </backend>\n</tpm>"
        );
        assert_eq!(tpm.source_path().as_deref(), Some("/run/swtpm.sock"));
        tpm.set_source_path(None);
        assert_eq!((tpm.source_path(), tpm.persistent_state()), (None, None));
        tpm.set_persistent_state(true);
        assert_eq!(tpm.persistent_state(), Some(true));
    }

    #[test]
    fn unknown_parts_are_kept() {
        let tpm = DomainTpm::from_xml(
            "<tpm model='tpm-x'><backend type='emulator' version='2.0'><encryption secret='s'/></backend><alias name='tpm0'/></tpm>",
        )
        .unwrap();
        assert_eq!(tpm.model(), None);
        assert_eq!(tpm.backend_type(), Some(DomainTpmBackendType::Emulator));
        tpm.set_model(DomainTpmModel::Tis);
        assert_eq!(
            tpm.to_xml(),
            "<tpm model=\"tpm-tis\">\n  <backend type=\"emulator\" version=\"2.0\">\n    <encryption secret=\"s\"/>\n  </backend>\n  <alias name=\"tpm0\"/>\n</tpm>"
        );
    }
}
