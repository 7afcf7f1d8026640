//! `DomainVsock` (`GVirConfigDomainVsock`, libvirt-glib 6.0): a virtio socket device
//! (`<vsock model='virtio'>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A host–guest socket device (`<vsock>`).
    pub struct DomainVsock("GVirConfigDomainVsock"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainVsockImpl;
}

impl Default for DomainVsock {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainVsock {
    /// A new `<vsock model='virtio'/>`.
    pub fn new() -> Self {
        let vsock: DomainVsock = ConfigObject::new_root("vsock", None);
        vsock.node().set_attribute("model", Some("virtio"));
        vsock
    }

    /// Parses a `<vsock>` element (Rust only: the C library has no such constructor).
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "vsock", None)
    }

    /// The fixed context identifier, when one is set (`<cid address='…'/>`).
    pub fn cid_address(&self) -> Option<u32> {
        self.node().child("cid")?.u64_attribute("address").and_then(|a| u32::try_from(a).ok())
    }

    /// Gives the guest the fixed context identifier `address`: `<cid auto='no' address='…'/>`
    /// (replacing any `<cid>`).
    pub fn set_cid_address(&self, address: u32) {
        let cid = self.node().replace_child("cid");
        cid.set_attribute("auto", Some("no"));
        cid.set_u64_attribute("address", address.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let vsock = DomainVsock::new();
        assert_eq!(vsock.to_xml(), "<vsock model=\"virtio\"/>");
        assert_eq!(vsock.cid_address(), None);
        vsock.set_cid_address(3);
        vsock.set_cid_address(42);
        assert_eq!(vsock.to_xml(), "<vsock model=\"virtio\">\n  <cid auto=\"no\" address=\"42\"/>\n</vsock>");
        assert_eq!(vsock.cid_address(), Some(42));
        let parsed = DomainVsock::from_xml("<vsock model='virtio'><cid auto='yes'/><address type='pci'/></vsock>").unwrap();
        parsed.set_cid_address(7);
        assert_eq!(
            parsed.to_xml(),
            "<vsock model=\"virtio\">\n  <cid auto=\"no\" address=\"7\"/>\n  <address type=\"pci\"/>\n</vsock>"
        );
    }
}
