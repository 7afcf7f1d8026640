//! `CapabilitiesGuest` (`GVirConfigCapabilitiesGuest`): a `<guest>` of the capabilities.

use crate::child_objects;
use crate::{ConfigObjectExt, DomainOsType};

use super::{CapabilitiesGuestArch, CapabilitiesGuestFeature};

config_class! {
    /// A kind of guest the host can run (`<guest>`): an OS type on one architecture.
    pub struct CapabilitiesGuest("GVirConfigCapabilitiesGuest"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesGuestImpl;
}

impl CapabilitiesGuest {
    /// The OS type (`<os_type>`); [`DomainOsType::Linux`] when absent or unknown, as in
    /// libvirt-glib.
    pub fn os_type(&self) -> DomainOsType {
        self.node().child_enum("os_type").unwrap_or(DomainOsType::Linux)
    }

    /// The architecture (`<arch>`).
    pub fn arch(&self) -> Option<CapabilitiesGuestArch> {
        child_objects::child(self, "arch")
    }

    /// The guest features (the elements under `<features>`), in document order.
    pub fn features(&self) -> Vec<CapabilitiesGuestFeature> {
        match self.node().child("features") {
            Some(features) => child_objects::all_children(self, &features),
            None => Vec::new(),
        }
    }
}
