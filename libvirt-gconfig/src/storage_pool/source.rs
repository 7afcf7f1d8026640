//! `StoragePoolSource` (`GVirConfigStoragePoolSource`): the `<source>` of a storage pool.

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// Where a pool's storage comes from (`<source>`): a host, a device, a volume group, …
    pub struct StoragePoolSource("GVirConfigStoragePoolSource"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: StoragePoolSourceImpl;
}

impl Default for StoragePoolSource {
    fn default() -> Self {
        Self::new()
    }
}

impl StoragePoolSource {
    /// An empty `<source/>` (no schema: it is part of a pool document).
    pub fn new() -> StoragePoolSource {
        ConfigObject::new_root("source", None)
    }

    /// Parses a `<source>` element.
    pub fn from_xml(xml: &str) -> Result<StoragePoolSource, glib::Error> {
        ConfigObject::parse(xml, "source", None)
    }

    /// The SCSI host adapter (`<adapter name='…'/>`).
    pub fn adapter(&self) -> Option<String> {
        self.node().child_attribute("adapter", "name")
    }

    /// Sets the adapter name. The `<adapter>` element is replaced by one with just that name.
    pub fn set_adapter(&self, adapter: &str) {
        self.node().replace_child_with_attribute("adapter", "name", Some(adapter));
    }

    /// The path of the (first) source device (`<device path='…'/>`).
    pub fn device_path(&self) -> Option<String> {
        self.node().child_attribute("device", "path")
    }

    /// Sets the path of the first `<device>`; its other attributes and children (free extents)
    /// stay.
    pub fn set_device_path(&self, device_path: &str) {
        self.node().set_child_attribute("device", "path", Some(device_path));
    }

    /// The source directory, read from `<directory path='…'/>` as libvirt-glib does (libvirt
    /// itself spells the element `<dir>`, which this does not read).
    pub fn directory(&self) -> Option<String> {
        self.node().child_attribute("directory", "path")
    }

    /// Sets the source directory, written as libvirt-glib writes it: `<directory path='…'/>`.
    pub fn set_directory(&self, directory: &str) {
        self.node().replace_child_with_attribute("directory", "path", Some(directory));
    }

    /// The format of the source (`<format type='…'/>`: `lvm2`, `nfs`, `gpt`, …).
    pub fn format(&self) -> Option<String> {
        self.node().child_attribute("format", "type")
    }

    pub fn set_format(&self, format: &str) {
        self.node().replace_child_with_attribute("format", "type", Some(format));
    }

    /// The host serving the storage (`<host name='…'/>`).
    pub fn host(&self) -> Option<String> {
        self.node().child_attribute("host", "name")
    }

    /// Sets the host name. The `<host>` element is replaced (a `port` there is dropped).
    pub fn set_host(&self, host: &str) {
        self.node().replace_child_with_attribute("host", "name", Some(host));
    }

    /// The source name (`<name>`), e.g. a volume group.
    pub fn name(&self) -> Option<String> {
        self.node().child_content("name")
    }

    /// Sets the source name; `None` removes it.
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_first_child_content("name", name);
    }

    /// The product name of the source device (`<product name='…'/>`).
    pub fn product(&self) -> Option<String> {
        self.node().child_attribute("product", "name")
    }

    pub fn set_product(&self, product: &str) {
        self.node().replace_child_with_attribute("product", "name", Some(product));
    }

    /// The vendor name of the source device (`<vendor name='…'/>`).
    pub fn vendor(&self) -> Option<String> {
        self.node().child_attribute("vendor", "name")
    }

    pub fn set_vendor(&self, vendor: &str) {
        self.node().replace_child_with_attribute("vendor", "name", Some(vendor));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_through_setters() {
        let source = StoragePoolSource::new();
        assert_eq!(source.to_xml(), "<source/>");
        assert_eq!(source.schema(), None);
        source.set_adapter("host0");
        source.set_device_path("/dev/sda");
        source.set_directory("/var/lib");
        source.set_format("lvm2");
        source.set_host("nfs.example.com");
        source.set_name(Some("vg0"));
        source.set_product("Disk");
        source.set_vendor("ACME");
        assert_eq!(
            source.to_xml(),
            "<source>
  <adapter name=\"host0\"/>
  <device path=\"/dev/sda\"/>
  <directory path=\"/var/lib\"/>
  <format type=\"lvm2\"/>
  <host name=\"nfs.example.com\"/>
  <name>vg0</name>
  <product name=\"Disk\"/>
  <vendor name=\"ACME\"/>
</source>"
        );
        assert_eq!(source.adapter().as_deref(), Some("host0"));
        assert_eq!(source.device_path().as_deref(), Some("/dev/sda"));
        assert_eq!(source.directory().as_deref(), Some("/var/lib"));
        assert_eq!(source.format().as_deref(), Some("lvm2"));
        assert_eq!(source.host().as_deref(), Some("nfs.example.com"));
        assert_eq!(source.name().as_deref(), Some("vg0"));
        assert_eq!(source.product().as_deref(), Some("Disk"));
        assert_eq!(source.vendor().as_deref(), Some("ACME"));
        source.set_name(None);
        assert_eq!(source.name(), None);
        assert!(!source.to_xml().contains("<name>"));
    }

    #[test]
    fn edits_of_parsed_elements() {
        let source = StoragePoolSource::from_xml(
            "<source><adapter type='fc_host' name='x' wwnn='1'><k/></adapter>\
             <device path='/dev/a' q='1'><freeExtent start='0' end='1'/></device><device path='/dev/b'/>\
             <dir path='/d'/><host name='h' port='1'/><format type='lvm2' q='1'/>\
             <vendor name='V' q='1'/><product name='P' q='1'/><name q='1'>n<k/></name></source>",
        )
        .unwrap();
        assert_eq!(source.device_path().as_deref(), Some("/dev/a"));
        assert_eq!(source.directory(), None, "libvirt's <dir> is not read");
        assert_eq!(source.name().as_deref(), Some("n"));
        source.set_adapter("A");
        source.set_device_path("B");
        source.set_directory("C");
        source.set_host("D");
        source.set_format("E");
        source.set_vendor("F");
        source.set_product("G");
        source.set_name(Some("H"));
        assert_eq!(
            source.to_xml(),
            "<source>
  <adapter name=\"A\"/>
  <device q=\"1\" path=\"B\">
    <freeExtent start=\"0\" end=\"1\"/>
  </device>
  <device path=\"/dev/b\"/>
  <dir path=\"/d\"/>
  <host name=\"D\"/>
  <format type=\"E\"/>
  <vendor name=\"F\"/>
  <product name=\"G\"/>
  <name>H</name>
  <directory path=\"C\"/>
</source>"
        );
        assert!(StoragePoolSource::from_xml("<foo/>").is_err());
    }
}
