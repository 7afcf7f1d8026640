//! `DomainMemoryDevice` (`GVirConfigDomainMemoryDevice`): a memory device
//! (`<memory model='…'><target><size/><node/></target></memory>` under `<devices>`; not the
//! domain's `<memory>` total).

use crate::{ConfigObject, ConfigObjectExt, Node};

config_class! {
    /// A memory module plugged into the guest (`<memory>` under `<devices>`): a DIMM, an
    /// NVDIMM, virtio-pmem or virtio-mem.
    pub struct DomainMemoryDevice("GVirConfigDomainMemoryDevice"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainMemoryDeviceImpl;
}

/// The kind of memory module (attribute `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainMemoryDeviceModel")]
pub enum DomainMemoryDeviceModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_DIMM", nick = "dimm")]
    Dimm,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_NVDIMM", nick = "nvdimm")]
    Nvdimm,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_VIRTIO_PMEM", nick = "virtio-pmem")]
    VirtioPmem,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_VIRTIO_MEM", nick = "virtio-mem")]
    VirtioMem,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_SGX_EPC", nick = "sgx-epc")]
    SgxEpc,
}

/// How the module's host memory is mapped (attribute `access`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainMemoryDeviceAccess")]
pub enum DomainMemoryDeviceAccess {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_ACCESS_SHARED", nick = "shared")]
    Shared,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_ACCESS_PRIVATE", nick = "private")]
    Private,
}

/// Writes `kib` into the size element `node`: `<… unit='KiB'>kib</…>`.
pub(crate) fn set_kib(node: &Node, kib: u64) {
    node.set_attribute("unit", Some("KiB"));
    node.set_content(&kib.to_string());
}

impl Default for DomainMemoryDevice {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainMemoryDevice {
    /// A new `<memory model='dimm'/>` (the model is required).
    pub fn new() -> Self {
        let memory: DomainMemoryDevice = ConfigObject::new_root("memory", Some(super::SCHEMA));
        memory.set_model(DomainMemoryDeviceModel::Dimm);
        memory
    }

    /// Parses a `<memory>` device element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "memory", Some(super::SCHEMA))
    }

    /// The model, if set and known.
    pub fn model(&self) -> Option<DomainMemoryDeviceModel> {
        self.node().enum_attribute("model")
    }

    pub fn set_model(&self, model: DomainMemoryDeviceModel) {
        self.node().set_enum_attribute("model", model)
    }

    /// The access mode, if set and known.
    pub fn access(&self) -> Option<DomainMemoryDeviceAccess> {
        self.node().enum_attribute("access")
    }

    pub fn set_access(&self, access: DomainMemoryDeviceAccess) {
        self.node().set_enum_attribute("access", access)
    }

    /// The module's size in KiB (`<target><size unit='…'>`, converted), 0 when unset.
    pub fn target_size(&self) -> u64 {
        self.node().descendant("target/size").map_or(0, |size| crate::domain::memory_kib(&size))
    }

    /// Sets the module's size: `<target><size unit='KiB'>…</size></target>`.
    pub fn set_target_size(&self, kib: u64) {
        let target = self.node().ensure_child("target");
        set_kib(&target.ensure_child("size"), kib)
    }

    /// The guest NUMA node the module belongs to (`<target><node>`), if set.
    pub fn target_node(&self) -> Option<u32> {
        self.node().child("target")?.child_u64("node").and_then(|n| u32::try_from(n).ok())
    }

    /// Puts the module on guest NUMA node `node`.
    pub fn set_target_node(&self, node: u32) {
        self.node().ensure_child("target").set_child_u64("node", node.into())
    }

    /// The host file or device backing an NVDIMM or virtio-pmem module (`<source><path>`).
    pub fn source_path(&self) -> Option<String> {
        self.node().child("source")?.child_content("path")
    }

    /// Sets the host file backing the module (creating `<source>`); `None` removes `<path>`.
    pub fn set_source_path(&self, path: Option<&str>) {
        match path {
            Some(path) => self.node().ensure_child("source").set_child_content("path", Some(path)),
            None => {
                if let Some(source) = self.node().child("source") {
                    source.remove_children("path")
                }
            }
        }
    }

    /// The size of an NVDIMM's label area in KiB (`<target><label><size>`), 0 when unset.
    pub fn label_size(&self) -> u64 {
        self.node().descendant("target/label/size").map_or(0, |size| crate::domain::memory_kib(&size))
    }

    /// Sets the size of an NVDIMM's label area: `<target><label><size unit='KiB'>`.
    pub fn set_label_size(&self, kib: u64) {
        let label = self.node().ensure_child("target").ensure_child("label");
        set_kib(&label.ensure_child("size"), kib)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_and_parsed() {
        let memory = DomainMemoryDevice::new();
        assert_eq!(memory.to_xml(), "<memory model=\"dimm\"/>");
        assert_eq!((memory.access(), memory.target_size(), memory.target_node()), (None, 0, None));
        memory.set_model(DomainMemoryDeviceModel::Nvdimm);
        memory.set_access(DomainMemoryDeviceAccess::Shared);
        memory.set_target_size(524288);
        memory.set_target_node(1);
        memory.set_target_node(0);
        assert_eq!(
            memory.to_xml(),
            "<memory model=\"nvdimm\" access=\"shared\">\n  <target>\n    <size unit=\"KiB\">524288</size>\n    \
             <node>0</node>\n  </target>\n</memory>"
        );
        assert_eq!(memory.model(), Some(DomainMemoryDeviceModel::Nvdimm));
        assert_eq!(memory.access(), Some(DomainMemoryDeviceAccess::Shared));
        assert_eq!((memory.target_size(), memory.target_node()), (524288, Some(0)));
        assert_eq!((memory.source_path(), memory.label_size()), (None, 0));
        memory.set_source_path(Some("/tmp/nvdimm"));
        memory.set_label_size(128);
        assert_eq!((memory.source_path().as_deref(), memory.label_size()), (Some("/tmp/nvdimm"), 128));
        assert!(memory.to_xml().contains("<source>\n    <path>/tmp/nvdimm</path>\n  </source>"));
        assert!(memory.to_xml().contains("<label>\n      <size unit=\"KiB\">128</size>\n    </label>"));
        memory.set_source_path(None);
        assert_eq!(memory.source_path(), None);
        let parsed = DomainMemoryDevice::from_xml(
            "<memory model='virtio-mem'><source><pagesize unit='KiB'>2048</pagesize></source>\
             <target><size unit='GiB'>2</size><block unit='MiB'>2</block></target></memory>",
        )
        .unwrap();
        assert_eq!((parsed.target_size(), parsed.target_node()), (2 * 1024 * 1024, None));
        parsed.set_target_size(1024);
        assert_eq!(
            parsed.to_xml(),
            "<memory model=\"virtio-mem\">\n  <source>\n    <pagesize unit=\"KiB\">2048</pagesize>\n  </source>\n  \
             <target>\n    <size unit=\"KiB\">1024</size>\n    <block unit=\"MiB\">2</block>\n  </target>\n</memory>"
        );
    }
}
