//! `CapabilitiesHost` (`GVirConfigCapabilitiesHost`): the `<host>` part of the capabilities.

use crate::child_objects;
use crate::ConfigObjectExt;

use super::{CapabilitiesCpu, CapabilitiesHostSecModel};

config_class! {
    /// The host machine (`<host>`): its UUID, CPU and security models.
    pub struct CapabilitiesHost("GVirConfigCapabilitiesHost"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesHostImpl;
}

impl CapabilitiesHost {
    /// The host's UUID (`<uuid>`).
    pub fn uuid(&self) -> Option<String> {
        self.node().child_content("uuid")
    }

    /// The host CPU (`<cpu>`).
    pub fn cpu(&self) -> Option<CapabilitiesCpu> {
        child_objects::child(self, "cpu")
    }

    /// The security models the host enforces (`<secmodel>` elements), in document order.
    pub fn secmodels(&self) -> Vec<CapabilitiesHostSecModel> {
        child_objects::children(self, "secmodel")
    }
}
