//! `DomainRng` (`GVirConfigDomainRng`): a random number generator device
//! (`<rng model='virtio'><backend model='…'>…</backend></rng>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A paravirtualized hardware random number generator (`<rng>`) and the host source
    /// of its entropy.
    pub struct DomainRng("GVirConfigDomainRng"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainRngImpl;
}

/// The device the guest sees (attribute `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainRngModel")]
pub enum DomainRngModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO", nick = "virtio")]
    Virtio,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO_TRANSITIONAL", nick = "virtio-transitional")]
    VirtioTransitional,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO_NON_TRANSITIONAL", nick = "virtio-non-transitional")]
    VirtioNonTransitional,
}

/// Where the entropy comes from (`<backend model='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainRngBackendModel")]
pub enum DomainRngBackendModel {
    /// A host file or device (`<backend model='random'>/dev/urandom</backend>`).
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_RNG_BACKEND_RANDOM", nick = "random")]
    Random,
    /// An Entropy Gathering Daemon reached through a character device.
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_RNG_BACKEND_EGD", nick = "egd")]
    Egd,
    /// The hypervisor's own generator.
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_RNG_BACKEND_BUILTIN", nick = "builtin")]
    Builtin,
}

impl Default for DomainRng {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainRng {
    /// A new `<rng model='virtio'/>` (the model is required).
    pub fn new() -> Self {
        let rng: DomainRng = ConfigObject::new_root("rng", Some(super::SCHEMA));
        rng.set_model(DomainRngModel::Virtio);
        rng
    }

    /// Parses an `<rng>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "rng", Some(super::SCHEMA))
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainRngModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainRngModel) {
        self.node().set_enum_attribute("model", model)
    }

    /// The backend's model, if there is a backend of a known model.
    pub fn backend_model(&self) -> Option<DomainRngBackendModel> {
        self.node().child_enum_attribute("backend", "model")
    }

    /// The host file of a `random` backend (its text), or the socket of an `egd` backend
    /// reached through a UNIX socket (`<source path='…'/>`).
    pub fn backend_path(&self) -> Option<String> {
        let backend = self.node().child("backend")?;
        match backend.enum_attribute("model")? {
            DomainRngBackendModel::Random => backend.text().filter(|t| !t.trim().is_empty()),
            DomainRngBackendModel::Egd => backend.child_attribute("source", "path"),
            DomainRngBackendModel::Builtin => None,
        }
    }

    /// The host of an `egd` backend reached over TCP (`<source host='…'/>`).
    pub fn backend_host(&self) -> Option<String> {
        self.node().descendant("backend/source")?.attribute("host")
    }

    /// The port of an `egd` backend reached over TCP (`<source service='…'/>`).
    pub fn backend_service(&self) -> Option<String> {
        self.node().descendant("backend/source")?.attribute("service")
    }

    /// Makes the backend `<backend model='random'>path</backend>` (replacing any backend);
    /// `None` leaves the file to the hypervisor's default.
    pub fn set_backend_random(&self, path: Option<&str>) {
        let backend = self.node().replace_child("backend");
        backend.set_enum_attribute("model", DomainRngBackendModel::Random);
        if let Some(path) = path {
            backend.set_content(path);
        }
    }

    /// Makes the backend an EGD daemon listening on the UNIX socket `path`
    /// (`<backend model='egd' type='unix'><source mode='connect' path='…'/></backend>`).
    pub fn set_backend_egd_unix(&self, path: &str) {
        let source = self.replace_egd_backend("unix");
        source.set_attribute("path", Some(path));
    }

    /// Makes the backend an EGD daemon listening on TCP `host`:`service`
    /// (`<backend model='egd' type='tcp'><source mode='connect' host='…' service='…'/>
    /// <protocol type='raw'/></backend>`).
    pub fn set_backend_egd_tcp(&self, host: &str, service: &str) {
        let source = self.replace_egd_backend("tcp");
        source.set_attribute("host", Some(host));
        source.set_attribute("service", Some(service));
        source.parent().expect("a child has a parent").append_child("protocol").set_attribute("type", Some("raw"));
    }

    fn replace_egd_backend(&self, chardev_type: &str) -> crate::Node {
        let backend = self.node().replace_child("backend");
        backend.set_enum_attribute("model", DomainRngBackendModel::Egd);
        backend.set_attribute("type", Some(chardev_type));
        let source = backend.append_child("source");
        source.set_attribute("mode", Some("connect"));
        source
    }

    /// Makes the backend the hypervisor's built-in generator (`<backend model='builtin'/>`).
    pub fn set_backend_builtin(&self) {
        self.node().replace_child("backend").set_enum_attribute("model", DomainRngBackendModel::Builtin);
    }

    /// The most bytes the guest may read per period (`<rate bytes='…'/>`).
    pub fn rate_bytes(&self) -> Option<u64> {
        self.node().with_child("rate", |r| r.u64_attribute("bytes")).flatten()
    }

    /// The period of the rate limit, in milliseconds (`<rate period='…'/>`).
    pub fn rate_period(&self) -> Option<u64> {
        self.node().with_child("rate", |r| r.u64_attribute("period")).flatten()
    }

    /// Limits the guest to `bytes` per `period_ms` milliseconds (`<rate>`, replacing any;
    /// a period of 0 leaves it to the hypervisor, 1000 ms for QEMU); `bytes` 0 removes the
    /// limit.
    pub fn set_rate(&self, bytes: u64, period_ms: u64) {
        if bytes == 0 {
            return self.node().remove_children("rate");
        }
        let rate = self.node().replace_child("rate");
        rate.set_u64_attribute("bytes", bytes);
        if period_ms != 0 {
            rate.set_u64_attribute("period", period_ms);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let rng = DomainRng::new();
        assert_eq!(rng.to_xml(), "<rng model=\"virtio\"/>");
        assert_eq!((rng.backend_model(), rng.backend_path(), rng.rate_bytes()), (None, None, None));
        rng.set_backend_random(Some("/dev/urandom"));
        rng.set_rate(1024, 2000);
        assert_eq!(
            rng.to_xml(),
            "<rng model=\"virtio\">\n  <backend model=\"random\">/dev/urandom</backend>\n  <rate bytes=\"1024\" period=\"2000\"/>\n</rng>"
        );
        assert_eq!(rng.backend_model(), Some(DomainRngBackendModel::Random));
        assert_eq!(rng.backend_path().as_deref(), Some("/dev/urandom"));
        assert_eq!((rng.rate_bytes(), rng.rate_period()), (Some(1024), Some(2000)));
        rng.set_backend_egd_tcp("localhost", "1234");
        rng.set_rate(0, 0);
        rng.set_model(DomainRngModel::VirtioNonTransitional);
        assert_eq!(
            rng.to_xml(),
            "<rng model=\"virtio-non-transitional\">\n  <backend model=\"egd\" type=\"tcp\">\n    \
             <source mode=\"connect\" host=\"localhost\" service=\"1234\"/>\n    <protocol type=\"raw\"/>\n  </backend>\n</rng>"
        );
        assert_eq!((rng.backend_host().as_deref(), rng.backend_service().as_deref()), (Some("localhost"), Some("1234")));
        assert_eq!(rng.backend_path(), None);
        rng.set_backend_egd_unix("/run/egd.sock");
        assert_eq!(rng.backend_path().as_deref(), Some("/run/egd.sock"));
        rng.set_backend_builtin();
        assert_eq!(rng.to_xml(), "<rng model=\"virtio-non-transitional\">\n  <backend model=\"builtin\"/>\n</rng>");
    }

    #[test]
    fn unknown_parts_are_kept() {
        let rng = DomainRng::from_xml(
            "<rng model='virtio'><backend model='random'>/dev/random</backend><driver iommu='on'/><rate bytes='10'/></rng>",
        )
        .unwrap();
        assert_eq!(rng.backend_path().as_deref(), Some("/dev/random"));
        assert_eq!((rng.rate_bytes(), rng.rate_period()), (Some(10), None));
        rng.set_rate(20, 0);
        assert_eq!(
            rng.to_xml(),
            "<rng model=\"virtio\">\n  <backend model=\"random\">/dev/random</backend>\n  <driver iommu=\"on\"/>\n  <rate bytes=\"20\"/>\n</rng>"
        );
    }
}
