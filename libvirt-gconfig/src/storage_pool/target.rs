//! `StoragePoolTarget` (`GVirConfigStoragePoolTarget`): the `<target>` of a storage pool.

use crate::child::{child_object, set_child_object};
use crate::{ConfigObject, ConfigObjectExt, StoragePermissions};

config_class! {
    /// Where a pool appears on the host (`<target>`): a path and its permissions.
    pub struct StoragePoolTarget("GVirConfigStoragePoolTarget"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: StoragePoolTargetImpl;
}

impl Default for StoragePoolTarget {
    fn default() -> Self {
        Self::new()
    }
}

impl StoragePoolTarget {
    /// An empty `<target/>` (no schema: it is part of a pool document).
    pub fn new() -> StoragePoolTarget {
        ConfigObject::new_root("target", None)
    }

    /// Parses a `<target>` element.
    pub fn from_xml(xml: &str) -> Result<StoragePoolTarget, glib::Error> {
        ConfigObject::parse(xml, "target", None)
    }

    /// The directory or device path of the pool (`<path>`).
    pub fn path(&self) -> Option<String> {
        self.node().child_content("path")
    }

    /// Sets the path; `None` removes it.
    pub fn set_path(&self, path: Option<&str>) {
        self.node().set_first_child_content("path", path);
    }

    /// The permissions of the target path; a view of this document.
    pub fn permissions(&self) -> Option<StoragePermissions> {
        child_object(self, "permissions")
    }

    /// Makes `permissions` the target's permissions (its element moves into this document,
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
        let target = StoragePoolTarget::new();
        assert!(target.permissions().is_none() && target.path().is_none());
        target.set_path(Some("/dev/vg0"));
        let perms = StoragePermissions::new();
        perms.set_owner(107);
        target.set_permissions(Some(&perms));
        assert_eq!(
            target.to_xml(),
            "<target>\n  <path>/dev/vg0</path>\n  <permissions>\n    <owner>107</owner>\n  </permissions>\n</target>"
        );
        assert_eq!(target.path().as_deref(), Some("/dev/vg0"));
        assert_eq!(target.permissions().unwrap().owner(), 107);
        target.set_permissions(None);
        target.set_path(None);
        assert_eq!(target.to_xml(), "<target/>");
    }

    #[test]
    fn new_permissions_replace_all_and_go_last() {
        let target = StoragePoolTarget::from_xml(
            "<target><permissions><mode>1</mode></permissions><path>/x</path><permissions><mode>2</mode></permissions></target>",
        )
        .unwrap();
        target.set_permissions(Some(&StoragePermissions::new()));
        assert_eq!(target.to_xml(), "<target>\n  <path>/x</path>\n  <permissions/>\n</target>");
    }
}
