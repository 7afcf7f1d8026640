//! `DomainNumatune` (`GVirConfigDomainNumatune`): NUMA placement of a domain's memory
//! (`<numatune>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// NUMA placement of a domain's memory (`<numatune>`).
    pub struct DomainNumatune("GVirConfigDomainNumatune"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainNumatuneImpl;
}

/// How strictly memory is placed on the nodes of the nodeset (`<memory mode='…'>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainNumatuneMemoryMode")]
pub enum DomainNumatuneMemoryMode {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_STRICT", nick = "strict")]
    Strict,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_PREFERRED", nick = "preferred")]
    Preferred,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_INTERLEAVE", nick = "interleave")]
    Interleave,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_RESTRICTIVE", nick = "restrictive")]
    Restrictive,
}

impl Default for DomainNumatune {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainNumatune {
    /// A new, empty `<numatune/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("numatune", None)
    }

    /// Parses a `<numatune>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "numatune", None)
    }

    /// The placement mode of the domain's memory, if set and known.
    pub fn memory_mode(&self) -> Option<DomainNumatuneMemoryMode> {
        self.node().child_enum_attribute("memory", "mode")
    }

    /// Sets the mode (in place when `<memory>` has one: the other attributes keep their order).
    pub fn set_memory_mode(&self, mode: DomainNumatuneMemoryMode) {
        use crate::xml::XmlEnum;
        let memory = self.node().ensure_child("memory");
        if memory.attribute("mode").is_some() {
            memory.set_attribute_in_place("mode", mode.nick_str());
        } else {
            memory.set_attribute("mode", Some(mode.nick_str()));
        }
    }

    /// The host NUMA nodes the memory is placed on (`<memory nodeset='…'>`).
    pub fn memory_nodeset(&self) -> Option<String> {
        self.node().child_attribute("memory", "nodeset")
    }

    /// Sets the nodeset (`0-1,^3`); `None` removes it.
    pub fn set_memory_nodeset(&self, nodeset: Option<&str>) {
        self.node().set_child_attribute("memory", "nodeset", nodeset);
    }
}
