//! `StorageVolTarget` (`GVirConfigStorageVolTarget`): the `<target>` of a storage volume.

use crate::child::{child_object, set_child_object};
use crate::{ConfigObject, ConfigObjectExt, StoragePermissions};

config_class! {
    /// How a volume is stored (`<target>`): its file format, format options and permissions.
    pub struct StorageVolTarget("GVirConfigStorageVolTarget"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: StorageVolTargetImpl;
}

/// Optional features of a volume's image format (qcow2), under `<features>`.
#[glib::flags(name = "GVirConfigStorageVolTargetFeatures")]
pub enum StorageVolTargetFeatures {
    /// Lazy refcounts (qcow2 v3).
    #[flags_value(name = "GVIR_CONFIG_STORAGE_VOL_TARGET_FEATURE_LAZY_REFCOUNT", nick = "refcount")]
    LAZY_REFCOUNT = 1 << 0,
}

/// The element libvirt-glib writes for lazy refcounts. (libvirt's schema and its own output
/// spell it `lazy_refcounts`; both spellings are read.)
const LAZY_REFCOUNT_ELEMENT: &str = "lazy_refcount";

impl Default for StorageVolTarget {
    fn default() -> Self {
        Self::new()
    }
}

impl StorageVolTarget {
    /// An empty `<target/>` (no schema: it is part of a volume document).
    pub fn new() -> StorageVolTarget {
        ConfigObject::new_root("target", None)
    }

    /// Parses a `<target>` element.
    pub fn from_xml(xml: &str) -> Result<StorageVolTarget, glib::Error> {
        ConfigObject::parse(xml, "target", None)
    }

    /// Where the volume is (`<path>`); libvirt fills it in.
    pub fn path(&self) -> Option<String> {
        self.node().child_content("path")
    }

    /// The image format (`<format type='…'/>`: `raw`, `qcow2`, …).
    pub fn format(&self) -> Option<String> {
        self.node().child_attribute("format", "type")
    }

    /// Sets the image format; the `<format>` element is replaced by one with just that type.
    pub fn set_format(&self, format: &str) {
        self.node().replace_child_with_attribute("format", "type", Some(format));
    }

    /// The qcow2 compatibility level (`<compat>`: `0.10`, `1.1`).
    pub fn compat(&self) -> Option<String> {
        self.node().child_content("compat")
    }

    /// Sets the qcow2 compatibility level; `None` removes it.
    pub fn set_compat(&self, compat: Option<&str>) {
        self.node().set_first_child_content("compat", compat);
    }

    /// The features listed under `<features>`.
    pub fn features(&self) -> StorageVolTargetFeatures {
        let mut features = StorageVolTargetFeatures::empty();
        if let Some(list) = self.node().child("features") {
            if list.children().any(|c| c.name() == LAZY_REFCOUNT_ELEMENT || c.name() == "lazy_refcounts") {
                features |= StorageVolTargetFeatures::LAZY_REFCOUNT;
            }
        }
        features
    }

    /// Turns features on. As in libvirt-glib, `<features>` is rewritten to hold exactly the
    /// given features when there is at least one; with none, nothing changes.
    pub fn set_features(&self, features: StorageVolTargetFeatures) {
        if features.contains(StorageVolTargetFeatures::LAZY_REFCOUNT) {
            self.node().replace_child("features").append_child(LAZY_REFCOUNT_ELEMENT);
        }
    }

    /// The permissions of the volume; a view of this document.
    pub fn permissions(&self) -> Option<StoragePermissions> {
        child_object(self, "permissions")
    }

    /// Makes `permissions` the volume's permissions (its element moves into this document,
    /// replacing any `<permissions>`, placed last); `None` removes them.
    pub fn set_permissions(&self, permissions: Option<&StoragePermissions>) {
        set_child_object(self, "permissions", permissions);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_through_setters() {
        let target = StorageVolTarget::new();
        assert_eq!(target.to_xml(), "<target/>");
        target.set_features(StorageVolTargetFeatures::empty());
        assert_eq!(target.to_xml(), "<target/>");
        assert_eq!(target.features(), StorageVolTargetFeatures::empty());
        target.set_format("qcow2");
        target.set_compat(Some("1.1"));
        target.set_features(StorageVolTargetFeatures::LAZY_REFCOUNT);
        target.set_permissions(Some(&StoragePermissions::new()));
        assert_eq!(
            target.to_xml(),
            "<target>\n  <format type=\"qcow2\"/>\n  <compat>1.1</compat>\n  <features>\n    <lazy_refcount/>\n  </features>\n  <permissions/>\n</target>"
        );
        target.set_compat(None);
        target.set_format("raw");
        target.set_permissions(None);
        target.set_features(StorageVolTargetFeatures::empty());
        assert_eq!(target.to_xml(), "<target>\n  <format type=\"raw\"/>\n  <features>\n    <lazy_refcount/>\n  </features>\n</target>");
        assert_eq!(target.features(), StorageVolTargetFeatures::LAZY_REFCOUNT);
    }

    #[test]
    fn edits_of_parsed_elements() {
        let target = StorageVolTarget::from_xml(
            "<target><path>/p</path><format type='qcow2' x='1'/><compat>0.10</compat>\
             <features><lazy_refcounts/><other/></features><permissions><mode>0644</mode></permissions></target>",
        )
        .unwrap();
        assert_eq!(target.features(), StorageVolTargetFeatures::LAZY_REFCOUNT);
        assert_eq!(target.permissions().unwrap().mode(), 0o644);
        target.set_format("raw");
        target.set_compat(Some("1.1"));
        target.set_features(StorageVolTargetFeatures::LAZY_REFCOUNT);
        target.set_permissions(Some(&StoragePermissions::new()));
        assert_eq!(
            target.to_xml(),
            "<target>\n  <path>/p</path>\n  <format type=\"raw\"/>\n  <compat>1.1</compat>\n  <features>\n    <lazy_refcount/>\n  </features>\n  <permissions/>\n</target>"
        );
    }
}
