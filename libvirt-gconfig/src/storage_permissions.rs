//! `StoragePermissions` (`GVirConfigStoragePermissions`): the `<permissions>` of a storage
//! pool's or volume's target.

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Ownership, mode and security label of a pool or volume target (`<permissions>`).
    pub struct StoragePermissions("GVirConfigStoragePermissions"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: StoragePermissionsImpl;
}

impl Default for StoragePermissions {
    fn default() -> Self {
        Self::new()
    }
}

impl StoragePermissions {
    /// An empty `<permissions/>` (no schema: it is part of a pool or volume document).
    pub fn new() -> StoragePermissions {
        ConfigObject::new_root("permissions", None)
    }

    /// Parses a `<permissions>` element.
    pub fn from_xml(xml: &str) -> Result<StoragePermissions, glib::Error> {
        ConfigObject::parse(xml, "permissions", None)
    }

    fn number(&self, name: &str) -> u32 {
        // A C `guint` from strtoull's result: the value is truncated, as in libvirt-glib.
        self.node().child_c_u64(name).unwrap_or(0) as u32
    }

    /// The file mode bits (`<mode>`); 0 when unset. The text is read as C reads numbers, so
    /// libvirt's octal `0755` gives 0o755.
    pub fn mode(&self) -> u32 {
        self.number("mode")
    }

    /// Sets the file mode bits. As libvirt-glib does, the value is written in decimal
    /// (`0o755` becomes `<mode>493</mode>`).
    pub fn set_mode(&self, mode: u32) {
        self.node().set_child_u64("mode", mode.into());
    }

    /// The owning user id (`<owner>`); 0 when unset.
    pub fn owner(&self) -> u32 {
        self.number("owner")
    }

    pub fn set_owner(&self, owner: u32) {
        self.node().set_child_u64("owner", owner.into());
    }

    /// The owning group id (`<group>`); 0 when unset.
    pub fn group(&self) -> u32 {
        self.number("group")
    }

    pub fn set_group(&self, group: u32) {
        self.node().set_child_u64("group", group.into());
    }

    /// The security label (`<label>`), e.g. an SELinux context.
    pub fn label(&self) -> Option<String> {
        self.node().child_content("label")
    }

    /// Sets the security label; `None` removes it.
    pub fn set_label(&self, label: Option<&str>) {
        self.node().set_first_child_content("label", label);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_through_setters() {
        let perms = StoragePermissions::new();
        assert_eq!((perms.mode(), perms.owner(), perms.group(), perms.label()), (0, 0, 0, None));
        perms.set_mode(0o755);
        perms.set_owner(107);
        perms.set_group(0);
        perms.set_label(Some("system_u:object_r:virt_image_t:s0"));
        assert_eq!(
            perms.to_xml(),
            "<permissions>\n  <mode>493</mode>\n  <owner>107</owner>\n  <group>0</group>\n  \
             <label>system_u:object_r:virt_image_t:s0</label>\n</permissions>"
        );
        assert_eq!((perms.mode(), perms.owner(), perms.group()), (0o755, 107, 0));
        perms.set_owner(42);
        perms.set_label(None);
        assert_eq!(perms.to_xml(), "<permissions>\n  <mode>493</mode>\n  <owner>42</owner>\n  <group>0</group>\n</permissions>");
        assert_eq!(perms.schema(), None);
    }

    #[test]
    fn numbers_read_as_c_does() {
        let perms = StoragePermissions::from_xml(
            "<permissions><mode>0755</mode><owner>-1</owner><group>abc</group><label>l</label></permissions>",
        )
        .unwrap();
        assert_eq!(perms.mode(), 0o755);
        assert_eq!(perms.owner(), u32::MAX);
        assert_eq!(perms.group(), 0);
        assert_eq!(perms.label().as_deref(), Some("l"));
        assert!(StoragePermissions::from_xml("<perms/>").is_err());
    }
}
