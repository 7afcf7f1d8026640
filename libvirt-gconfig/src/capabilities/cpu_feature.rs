//! `CapabilitiesCpuFeature` (`GVirConfigCapabilitiesCpuFeature`): a `<feature name='...'/>` of
//! a CPU.

use glib::prelude::*;

use crate::ConfigObjectExt;

config_class! {
    /// A feature of a CPU (`<feature name='vmx'/>`).
    pub struct CapabilitiesCpuFeature("GVirConfigCapabilitiesCpuFeature"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesCpuFeatureImpl;
}

/// What CPU features of every kind can do.
pub trait CapabilitiesCpuFeatureExt: IsA<CapabilitiesCpuFeature> {
    /// The feature's name (`name` attribute).
    fn name(&self) -> Option<String> {
        self.as_ref().node().attribute("name")
    }

    /// Sets the feature's name; `None` removes it.
    fn set_name(&self, name: Option<&str>) {
        self.as_ref().node().set_attribute("name", name);
    }
}

impl<O: IsA<CapabilitiesCpuFeature>> CapabilitiesCpuFeatureExt for O {}
