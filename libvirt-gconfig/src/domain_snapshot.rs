//! `DomainSnapshot` (`GVirConfigDomainSnapshot`): a `<domainsnapshot>` document, and the class
//! of its disks.

use glib::prelude::*;

use crate::child_objects;
use crate::xml::XmlEnum;
use crate::{ConfigObject, ConfigObjectExt, Domain};

pub mod disk;

pub use disk::{DomainSnapshotDisk, DomainSnapshotDiskImpl};

config_class! {
    /// A snapshot of a domain (`<domainsnapshot>`, schema `domainsnapshot.rng`): what to
    /// snapshot when creating one, or what libvirt recorded about an existing one.
    pub struct DomainSnapshot("GVirConfigDomainSnapshot"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainSnapshotImpl;
}

/// The state the domain was in when the snapshot was taken (`<state>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[repr(i32)]
#[enum_type(name = "GVirConfigDomainSnapshotDomainState")]
pub enum DomainSnapshotDomainState {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_NOSTATE", nick = "nostate")]
    Nostate = 0,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_RUNNING", nick = "running")]
    Running = 1,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_BLOCKED", nick = "blocked")]
    Blocked = 2,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_PAUSED", nick = "paused")]
    Paused = 3,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_SHUTDOWN", nick = "shutdown")]
    Shutdown = 4,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_SHUTOFF", nick = "shutoff")]
    Shutoff = 5,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_CRASHED", nick = "crashed")]
    Crashed = 6,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_PMSUSPENDED", nick = "pmsuspended")]
    Pmsuspended = 7,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_DISK_SNAPSHOT", nick = "disk-snapshot")]
    DiskSnapshot = 100,
}

/// Whether and how the snapshot saves the domain's memory (`<memory snapshot='…'>`).
///
/// libvirt spells [`DomainSnapshotMemoryState::None`] `no` in XML; that is what is written
/// (libvirt-glib writes `none`, which libvirt rejects), and both spellings are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainSnapshotMemoryState")]
pub enum DomainSnapshotMemoryState {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_NONE", nick = "none")]
    None,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_INTERNAL", nick = "internal")]
    Internal,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_EXTERNAL", nick = "external")]
    External,
}

impl DomainSnapshotMemoryState {
    fn xml_value(self) -> String {
        match self {
            DomainSnapshotMemoryState::None => "no".to_owned(),
            other => other.nick(),
        }
    }

    fn from_xml_value(value: &str) -> Option<Self> {
        match value {
            "no" => Some(DomainSnapshotMemoryState::None),
            other => Self::from_nick(other),
        }
    }
}

pub(crate) const SCHEMA: &str = "domainsnapshot.rng";

impl Default for DomainSnapshot {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSnapshot {
    /// An empty `<domainsnapshot/>`.
    pub fn new() -> DomainSnapshot {
        ConfigObject::new_root("domainsnapshot", Some(SCHEMA))
    }

    /// Parses a `<domainsnapshot>` document.
    pub fn from_xml(xml: &str) -> Result<DomainSnapshot, glib::Error> {
        ConfigObject::parse(xml, "domainsnapshot", Some(SCHEMA))
    }

    pub fn name(&self) -> Option<String> {
        self.node().child_content("name")
    }

    /// Sets the snapshot's name; `None` removes it (libvirt then picks one).
    pub fn set_name(&self, name: Option<&str>) {
        self.node().set_child_content("name", name);
    }

    pub fn description(&self) -> Option<String> {
        self.node().child_content("description")
    }

    /// Sets the free-form description; `None` removes it.
    pub fn set_description(&self, description: Option<&str>) {
        self.node().set_child_content("description", description);
    }

    /// How the memory is saved; [`DomainSnapshotMemoryState::None`] when unset or unknown.
    pub fn memory_state(&self) -> DomainSnapshotMemoryState {
        self.node()
            .child("memory")
            .and_then(|m| m.attribute("snapshot"))
            .and_then(|v| DomainSnapshotMemoryState::from_xml_value(&v))
            .unwrap_or(DomainSnapshotMemoryState::None)
    }

    pub fn set_memory_state(&self, state: DomainSnapshotMemoryState) {
        self.node().ensure_child("memory").set_attribute("snapshot", Some(&state.xml_value()));
    }

    /// The file an external memory snapshot is saved to (`<memory file='…'>`).
    pub fn memory_file(&self) -> Option<String> {
        self.node().child("memory").and_then(|m| m.attribute("file"))
    }

    /// Sets the memory file; `None` removes it (an empty `<memory/>` stays, as with
    /// libvirt-glib).
    pub fn set_memory_file(&self, filename: Option<&str>) {
        self.node().ensure_child("memory").set_attribute("file", filename);
    }

    /// When the snapshot was taken, in seconds since the epoch (`<creationTime>`), 0 when
    /// unknown.
    pub fn creation_time(&self) -> i64 {
        self.node().child_content("creationTime").map(|t| c_strtoll(&t)).unwrap_or(0)
    }

    /// The domain's state when the snapshot was taken;
    /// [`DomainSnapshotDomainState::Nostate`] when unset or unknown.
    pub fn state(&self) -> DomainSnapshotDomainState {
        self.node().child_enum("state").unwrap_or(DomainSnapshotDomainState::Nostate)
    }

    /// The name of the parent snapshot (`<parent><name>…</name></parent>`), if any.
    pub fn parent(&self) -> Option<String> {
        self.node().child("parent").and_then(|p| p.child_content("name"))
    }

    /// The definition of the domain when the snapshot was taken (`<domain>`). It is part of
    /// this document: changes made through it change the snapshot.
    pub fn domain(&self) -> Option<Domain> {
        child_objects::child(self, "domain")
    }

    /// The snapshot's disks: every element under the first `<disks>`, in document order. As
    /// with libvirt-glib, these objects have no schema of their own.
    pub fn disks(&self) -> Vec<DomainSnapshotDisk> {
        match self.node().child("disks") {
            Some(disks) => disks.children().map(|node| ConfigObject::for_node(&node, None)).collect(),
            None => Vec::new(),
        }
    }

    /// Replaces the disks with `disks` (their elements move into a new `<disks>`, placed after
    /// the other children as with libvirt-glib); an empty slice removes `<disks>`.
    pub fn set_disks(&self, disks: &[DomainSnapshotDisk]) {
        let node = self.node();
        node.remove_children("disks");
        if disks.is_empty() {
            return;
        }
        let container = node.append_child("disks");
        for disk in disks {
            child_objects::attach(&container, disk);
        }
    }

    /// Appends `disk` to `<disks>` (created when missing). Its element moves into this
    /// snapshot's document: later changes made through `disk` change this snapshot.
    pub fn add_disk(&self, disk: &impl IsA<DomainSnapshotDisk>) {
        child_objects::attach(&self.node().ensure_child("disks"), disk.as_ref());
    }
}

/// A number as libvirt-glib reads it: C's `strtoll(text, NULL, 0)` (leading blanks, a sign,
/// `0x` hex or `0` octal, digits up to the first other character; 0 when there are none).
fn c_strtoll(text: &str) -> i64 {
    let Ok(text) = std::ffi::CString::new(text) else { return 0 };
    // SAFETY: a valid NUL-terminated string; no end pointer is asked for.
    unsafe { glib::ffi::g_ascii_strtoll(text.as_ptr(), std::ptr::null_mut(), 0) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DomainDiskFormat, DomainDiskSnapshotType};

    const TEST_DRIVER: &str = include_str!("../tests/data/snapshot-test.xml");

    #[test]
    fn empty_snapshot() {
        let s = DomainSnapshot::new();
        assert_eq!(s.to_xml(), "<domainsnapshot/>");
        assert!(s.schema().unwrap().ends_with("/domainsnapshot.rng"));
        assert_eq!((s.name(), s.description(), s.memory_file(), s.parent()), (None, None, None, None));
        assert_eq!(s.memory_state(), DomainSnapshotMemoryState::None);
        assert_eq!(s.state(), DomainSnapshotDomainState::Nostate);
        assert_eq!(s.creation_time(), 0);
        assert!(s.domain().is_none() && s.disks().is_empty());
        assert!(DomainSnapshot::from_xml("<snapshot/>").unwrap_err().message().starts_with("XML data has no 'domainsnapshot' node"));
    }

    #[test]
    fn builds_like_libvirt_glib() {
        let s = DomainSnapshot::new();
        s.set_name(Some("snap"));
        s.set_description(Some("d1"));
        s.set_memory_state(DomainSnapshotMemoryState::External);
        s.set_memory_file(Some("/var/mem"));
        s.set_memory_state(DomainSnapshotMemoryState::Internal);
        let disk = DomainSnapshotDisk::new();
        disk.set_source_file(Some("/a.qcow2"));
        disk.set_driver_format(DomainDiskFormat::Qcow2);
        disk.set_snapshot_type(DomainDiskSnapshotType::External);
        disk.set_source_file(Some("/b.qcow2"));
        disk.set_driver_format(DomainDiskFormat::Raw);
        s.add_disk(&disk);
        let disk = DomainSnapshotDisk::new();
        disk.set_snapshot_type(DomainDiskSnapshotType::No);
        s.add_disk(&disk);
        s.set_name(Some("snap2"));
        s.set_description(Some("d2"));
        assert_eq!(
            s.to_xml(),
            "<domainsnapshot>\n  <name>snap2</name>\n  <description>d2</description>\n  <memory file=\"/var/mem\" snapshot=\"internal\"/>\n  <disks>\n    <disk snapshot=\"external\">\n      <source file=\"/b.qcow2\"/>\n      <driver type=\"raw\"/>\n    </disk>\n    <disk snapshot=\"no\"/>\n  </disks>\n</domainsnapshot>"
        );
        assert_eq!(s.memory_state(), DomainSnapshotMemoryState::Internal);
        assert_eq!(s.memory_file().as_deref(), Some("/var/mem"));
        let disks = s.disks();
        assert_eq!(disks.len(), 2);
        assert_eq!(disks[0].source_file().as_deref(), Some("/b.qcow2"));
        assert_eq!(disks[0].schema(), None);

        let mut reversed = disks.clone();
        reversed.reverse();
        s.set_disks(&reversed);
        assert!(s.to_xml().contains("<disks>\n    <disk snapshot=\"no\"/>\n    <disk snapshot=\"external\">"), "{}", s.to_xml());
        s.set_disks(&[]);
        s.set_memory_file(None);
        s.set_name(None);
        s.set_description(None);
        assert_eq!(s.to_xml(), "<domainsnapshot>\n  <memory snapshot=\"internal\"/>\n</domainsnapshot>");
        // The disks removed from the document stay usable.
        assert_eq!(disks[1].to_xml(), "<disk snapshot=\"no\"/>");
    }

    #[test]
    fn memory_state_none_is_written_as_libvirt_spells_it() {
        let s = DomainSnapshot::new();
        s.set_memory_state(DomainSnapshotMemoryState::None);
        assert_eq!(s.to_xml(), "<domainsnapshot>\n  <memory snapshot=\"no\"/>\n</domainsnapshot>");
        assert_eq!(s.memory_state(), DomainSnapshotMemoryState::None);
        let old = DomainSnapshot::from_xml("<domainsnapshot><memory snapshot='none'/></domainsnapshot>").unwrap();
        assert_eq!(old.memory_state(), DomainSnapshotMemoryState::None);
        let ext = DomainSnapshot::from_xml("<domainsnapshot><memory snapshot='external'/></domainsnapshot>").unwrap();
        assert_eq!(ext.memory_state(), DomainSnapshotMemoryState::External);
        let fresh = DomainSnapshot::new();
        fresh.set_memory_file(None);
        assert_eq!(fresh.to_xml(), "<domainsnapshot>\n  <memory/>\n</domainsnapshot>");
    }

    #[test]
    fn test_driver_document() {
        let s = DomainSnapshot::from_xml(TEST_DRIVER).unwrap();
        assert_eq!(s.name().as_deref(), Some("snap2"));
        assert_eq!(s.description().as_deref(), Some("second"));
        assert_eq!(s.state(), DomainSnapshotDomainState::Running);
        assert!(s.creation_time() > 1_600_000_000);
        assert_eq!(s.memory_state(), DomainSnapshotMemoryState::Internal);
        assert_eq!(s.parent().as_deref(), Some("snap1"));
        let domain = s.domain().unwrap();
        assert_eq!(domain.name().as_deref(), Some("test"));
        assert_eq!(domain.schema(), s.schema());
        let disks = s.disks();
        assert_eq!(disks.len(), 1);
        assert_eq!(disks[0].name().as_deref(), Some("vda"));
        assert_eq!(disks[0].snapshot_type(), DomainDiskSnapshotType::Internal);
        // Editing the embedded domain edits the snapshot document.
        domain.set_name(Some("renamed"));
        assert!(s.to_xml().contains("<name>renamed</name>"));
        assert!(s.to_xml().contains("<memballoon model=\"virtio\">"));
    }

    #[test]
    fn unusual_values() {
        let s = DomainSnapshot::from_xml(
            "<domainsnapshot><state>weird</state><creationTime>abc</creationTime><memory snapshot='bad' file='/f'/><parent/><disks><disk/><!-- c -->t<disk name='x' snapshot='external' type='file'><source file='/s'/><driver type='vmdk'/></disk><other/></disks><disks><disk name='ignored'/></disks></domainsnapshot>",
        )
        .unwrap();
        assert_eq!(s.state(), DomainSnapshotDomainState::Nostate);
        assert_eq!(s.creation_time(), 0);
        assert_eq!(s.memory_state(), DomainSnapshotMemoryState::None);
        assert_eq!(s.memory_file().as_deref(), Some("/f"));
        assert_eq!(s.parent(), None);
        let disks: Vec<_> = s.disks().iter().map(|d| (d.name(), d.snapshot_type(), d.source_file(), d.driver_format())).collect();
        assert_eq!(
            disks,
            [
                (None, DomainDiskSnapshotType::No, None, DomainDiskFormat::Raw),
                (Some("x".into()), DomainDiskSnapshotType::External, Some("/s".into()), DomainDiskFormat::Vmdk),
                (None, DomainDiskSnapshotType::No, None, DomainDiskFormat::Raw),
            ]
        );
        let s = DomainSnapshot::from_xml("<domainsnapshot><state>disk-snapshot</state><creationTime>-5</creationTime><parent><name>p</name></parent></domainsnapshot>").unwrap();
        assert_eq!((s.state(), s.creation_time(), s.parent().as_deref()), (DomainSnapshotDomainState::DiskSnapshot, -5, Some("p")));
    }

    #[test]
    fn creation_time_reads_like_strtoll() {
        for (text, value) in [("12", 12), (" 12abc", 12), ("0x10", 16), ("010", 8), ("-5", -5), ("+7", 7), ("", 0), ("x", 0), ("99999999999999999999", i64::MAX)] {
            assert_eq!(c_strtoll(text), value, "{text:?}");
        }
    }

    #[test]
    fn add_disk_appends_to_existing_disks() {
        let s = DomainSnapshot::from_xml("<domainsnapshot><disks/><x/></domainsnapshot>").unwrap();
        s.add_disk(&DomainSnapshotDisk::new());
        assert_eq!(s.to_xml(), "<domainsnapshot>\n  <disks>\n    <disk/>\n  </disks>\n  <x/>\n</domainsnapshot>");
        let s = DomainSnapshot::from_xml("<domainsnapshot><disks><disk name='a'/></disks><x/></domainsnapshot>").unwrap();
        s.set_disks(&[DomainSnapshotDisk::new()]);
        assert_eq!(s.to_xml(), "<domainsnapshot>\n  <x/>\n  <disks>\n    <disk/>\n  </disks>\n</domainsnapshot>");
    }
}
