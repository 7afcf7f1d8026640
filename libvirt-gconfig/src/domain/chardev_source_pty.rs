//! `DomainChardevSourcePty` (`GVirConfigDomainChardevSourcePty`): a pseudo-terminal source.

use crate::domain::chardev_source;
use crate::ConfigObjectExt;

config_class! {
    /// A pseudo-terminal on the host (`type='pty'`); libvirt allocates it and reports its path
    /// in `<source path='/dev/pts/N'/>`.
    pub struct DomainChardevSourcePty("GVirConfigDomainChardevSourcePty"): crate::DomainChardevSource;
    parent structs: crate::domain::chardev_source::Instance, crate::domain::chardev_source::Class;
    extends: [crate::DomainChardevSource, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainChardevSourceImpl];
    subclass trait: DomainChardevSourcePtyImpl;
}

impl Default for DomainChardevSourcePty {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainChardevSourcePty {
    /// A new pty source (`<dummy type='pty'/>`, for [`crate::DomainChardevExt::set_source`]).
    pub fn new() -> Self {
        chardev_source::new_source("pty")
    }

    /// Parses a pty source: an element with `type='pty'`.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        chardev_source::parse_source(Some(xml.as_bytes()), "pty")
    }

    /// The pty's path (`<source path='…'/>`).
    pub fn path(&self) -> Option<String> {
        self.node().child("source").and_then(|s| s.attribute("path"))
    }

    /// Replaces `<source>` with `<source path='…'/>` (an empty `<source/>` for `None`).
    pub fn set_path(&self, path: Option<&str>) {
        self.node().replace_child("source").set_attribute("path", path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path() {
        let pty = DomainChardevSourcePty::new();
        assert_eq!(pty.path(), None);
        pty.set_path(Some("/dev/pts/3"));
        pty.set_path(Some("/dev/pts/4"));
        assert_eq!(pty.to_xml(), "<dummy type=\"pty\">\n  <source path=\"/dev/pts/4\"/>\n</dummy>");
        assert_eq!(pty.path().as_deref(), Some("/dev/pts/4"));
        let parsed = DomainChardevSourcePty::from_xml("<serial type='pty'><source path='/dev/pts/1'/></serial>").unwrap();
        assert_eq!(parsed.path().as_deref(), Some("/dev/pts/1"));
        assert!(DomainChardevSourcePty::from_xml("<serial type='file'/>").is_err());
    }
}
