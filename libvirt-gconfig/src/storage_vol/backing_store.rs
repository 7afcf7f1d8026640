//! `StorageVolBackingStore` (`GVirConfigStorageVolBackingStore`): the `<backingStore>` of a
//! storage volume.

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// The image a copy-on-write volume is layered on (`<backingStore>`).
    pub struct StorageVolBackingStore("GVirConfigStorageVolBackingStore"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: StorageVolBackingStoreImpl;
}

impl Default for StorageVolBackingStore {
    fn default() -> Self {
        Self::new()
    }
}

impl StorageVolBackingStore {
    /// An empty `<backingStore/>` (no schema: it is part of a volume document).
    pub fn new() -> StorageVolBackingStore {
        ConfigObject::new_root("backingStore", None)
    }

    /// Parses a `<backingStore>` element.
    pub fn from_xml(xml: &str) -> Result<StorageVolBackingStore, glib::Error> {
        ConfigObject::parse(xml, "backingStore", None)
    }

    /// The path of the backing image (`<path>`).
    pub fn path(&self) -> Option<String> {
        self.node().child_content("path")
    }

    /// Sets the path of the backing image; `None` removes it.
    pub fn set_path(&self, path: Option<&str>) {
        self.node().set_first_child_content("path", path);
    }

    /// The format of the backing image (`<format type='…'/>`).
    pub fn format(&self) -> Option<String> {
        self.node().child_attribute("format", "type")
    }

    /// Sets the format of the backing image; the `<format>` element is replaced by one with
    /// just that type.
    pub fn set_format(&self, format: &str) {
        self.node().replace_child_with_attribute("format", "type", Some(format));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_through_setters() {
        let backing = StorageVolBackingStore::new();
        assert_eq!(backing.to_xml(), "<backingStore/>");
        assert_eq!((backing.path(), backing.format()), (None, None));
        backing.set_path(Some("/var/lib/base.img"));
        backing.set_format("raw");
        assert_eq!(backing.to_xml(), "<backingStore>\n  <path>/var/lib/base.img</path>\n  <format type=\"raw\"/>\n</backingStore>");
        backing.set_path(None);
        backing.set_path(Some("/b"));
        backing.set_format("qcow2");
        assert_eq!(backing.to_xml(), "<backingStore>\n  <format type=\"qcow2\"/>\n  <path>/b</path>\n</backingStore>");
        assert_eq!(backing.path().as_deref(), Some("/b"));
        assert_eq!(backing.format().as_deref(), Some("qcow2"));
    }

    #[test]
    fn parse_replaces_format_element() {
        let backing = StorageVolBackingStore::from_xml("<backingStore><path>/a</path><format type='raw' q='1'/></backingStore>").unwrap();
        backing.set_format("qcow2");
        assert_eq!(backing.to_xml(), "<backingStore>\n  <path>/a</path>\n  <format type=\"qcow2\"/>\n</backingStore>");
        assert!(StorageVolBackingStore::from_xml("<backingstore/>").is_err());
    }
}
