//! `CapabilitiesCpuModel` (`GVirConfigCapabilitiesCpuModel`): a CPU's `<model>`.

use glib::prelude::*;

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// The model of a CPU (`<model>Skylake-Client</model>`).
    pub struct CapabilitiesCpuModel("GVirConfigCapabilitiesCpuModel"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesCpuModelImpl;
}

impl Default for CapabilitiesCpuModel {
    fn default() -> Self {
        Self::new()
    }
}

impl CapabilitiesCpuModel {
    /// An empty `<model/>`.
    pub fn new() -> CapabilitiesCpuModel {
        ConfigObject::new_root("model", None)
    }

    /// Parses a `<model>` element.
    pub fn from_xml(xml: &str) -> Result<CapabilitiesCpuModel, glib::Error> {
        ConfigObject::parse(xml, "model", None)
    }
}

/// What CPU models of every kind can do.
pub trait CapabilitiesCpuModelExt: IsA<CapabilitiesCpuModel> {
    /// The model's name (the element's text).
    fn name(&self) -> Option<String> {
        self.as_ref().node().text()
    }

    /// Sets the model's name; `None` empties the element.
    fn set_name(&self, name: Option<&str>) {
        self.as_ref().node().set_content(name.unwrap_or(""));
    }
}

impl<O: IsA<CapabilitiesCpuModel>> CapabilitiesCpuModelExt for O {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_is_the_text() {
        let m = CapabilitiesCpuModel::new();
        assert_eq!(m.to_xml(), "<model/>");
        assert_eq!(m.name(), None);
        m.set_name(Some("Haswell"));
        m.set_name(Some("a<b&c"));
        assert_eq!(m.to_xml(), "<model>a&lt;b&amp;c</model>");
        assert_eq!(m.name().as_deref(), Some("a<b&c"));
        m.set_name(None);
        assert_eq!(m.to_xml(), "<model/>");
        m.set_name(Some(""));
        assert_eq!(m.to_xml(), "<model/>");
        assert_eq!(m.name(), None);
    }

    #[test]
    fn parse_keeps_attributes() {
        let m = CapabilitiesCpuModel::from_xml("<model fallback='forbid'>Penryn</model>").unwrap();
        assert_eq!(m.name().as_deref(), Some("Penryn"));
        m.set_name(Some("Nehalem"));
        assert_eq!(m.to_xml(), "<model fallback=\"forbid\">Nehalem</model>");
    }
}
