//! `DomainBlkiotune` (`GVirConfigDomainBlkiotune`): block I/O tuning of a domain
//! (`<blkiotune>`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Block I/O tuning of a domain (`<blkiotune>`).
    pub struct DomainBlkiotune("GVirConfigDomainBlkiotune"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainBlkiotuneImpl;
}

impl Default for DomainBlkiotune {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainBlkiotune {
    /// A new, empty `<blkiotune/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("blkiotune", None)
    }

    /// Parses a `<blkiotune>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "blkiotune", None)
    }

    /// The domain's overall I/O weight, 100 to 1000 (`<weight>`).
    pub fn weight(&self) -> Option<u32> {
        self.node().child_u64("weight").map(|w| w as u32)
    }

    pub fn set_weight(&self, weight: u32) {
        self.node().set_child_u64("weight", weight.into())
    }
}
