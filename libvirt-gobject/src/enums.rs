//! The enumerations and flag sets of domains, with the GTypes libvirt-glib registers for them.
//!
//! libvirt-glib registers `GVirDomainStartFlags` as a flags type but the other flag sets
//! (delete, XML, shutdown, reboot) as plain enumerations; C and introspection users see the
//! same types here. In Rust all flag sets are `bitflags`, whose `bits()` are libvirt's values.

use glib::translate::IntoGlib;


/// The state of a domain (`virDomainState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirDomainState")]
#[repr(i32)]
pub enum DomainState {
    #[enum_value(name = "GVIR_DOMAIN_STATE_NONE", nick = "none")]
    None = 0,
    #[enum_value(name = "GVIR_DOMAIN_STATE_RUNNING", nick = "running")]
    Running = 1,
    #[enum_value(name = "GVIR_DOMAIN_STATE_BLOCKED", nick = "blocked")]
    Blocked = 2,
    #[enum_value(name = "GVIR_DOMAIN_STATE_PAUSED", nick = "paused")]
    Paused = 3,
    #[enum_value(name = "GVIR_DOMAIN_STATE_SHUTDOWN", nick = "shutdown")]
    Shutdown = 4,
    #[enum_value(name = "GVIR_DOMAIN_STATE_SHUTOFF", nick = "shutoff")]
    Shutoff = 5,
    #[enum_value(name = "GVIR_DOMAIN_STATE_CRASHED", nick = "crashed")]
    Crashed = 6,
    #[enum_value(name = "GVIR_DOMAIN_STATE_PMSUSPENDED", nick = "pmsuspended")]
    Pmsuspended = 7,
}

impl DomainState {
    /// The state for libvirt's `virDomainState` value; states newer than this library are
    /// reported as [`DomainState::None`].
    pub fn from_raw(state: u32) -> DomainState {
        match state {
            1 => DomainState::Running,
            2 => DomainState::Blocked,
            3 => DomainState::Paused,
            4 => DomainState::Shutdown,
            5 => DomainState::Shutoff,
            6 => DomainState::Crashed,
            7 => DomainState::Pmsuspended,
            _ => DomainState::None,
        }
    }

    /// libvirt's `virDomainState` value.
    pub fn to_raw(self) -> i32 {
        self.into_glib()
    }
}

/// How to start a domain (`virDomainCreateFlags`).
#[glib::flags(name = "GVirDomainStartFlags")]
pub enum DomainStartFlags {
    #[flags_value(name = "GVIR_DOMAIN_START_NONE", nick = "none")]
    NONE = 0,
    /// Leave the domain paused once started.
    #[flags_value(name = "GVIR_DOMAIN_START_PAUSED", nick = "paused")]
    PAUSED = 1,
    /// Destroy the domain when the connection that started it closes.
    #[flags_value(name = "GVIR_DOMAIN_START_AUTODESTROY", nick = "autodestroy")]
    AUTODESTROY = 2,
    /// Restore from a managed save image without using the host's file cache.
    #[flags_value(name = "GVIR_DOMAIN_START_BYPASS_CACHE", nick = "bypass-cache")]
    BYPASS_CACHE = 4,
    /// Boot afresh, discarding any managed save image.
    #[flags_value(name = "GVIR_DOMAIN_START_FORCE_BOOT", nick = "force-boot")]
    FORCE_BOOT = 8,
}

/// Registers enumeration type `name` with `values` (value, C name, nick; every string ending in
/// a NUL). Unlike `glib::Enum`, several members may share a value, as in libvirt-glib.
fn register_enum(name: &'static str, values: &[(i32, &'static str, &'static str)]) -> glib::ffi::GType {
    let mut table: Vec<glib::gobject_ffi::GEnumValue> = values
        .iter()
        .map(|&(value, c_name, nick)| glib::gobject_ffi::GEnumValue {
            value,
            value_name: c_name.as_ptr() as *const std::ffi::c_char,
            value_nick: nick.as_ptr() as *const std::ffi::c_char,
        })
        .collect();
    table.push(glib::gobject_ffi::GEnumValue { value: 0, value_name: std::ptr::null(), value_nick: std::ptr::null() });
    // GLib keeps the table for the life of the process.
    let table: &'static mut [glib::gobject_ffi::GEnumValue] = Box::leak(table.into_boxed_slice());
    // SAFETY: NUL-terminated static strings, a terminated table that is never freed; called
    // once per name (the callers' OnceLock).
    unsafe { glib::gobject_ffi::g_enum_register_static(name.as_ptr() as *const std::ffi::c_char, table.as_ptr()) }
}

/// Declares a Rust flag set and the enumeration GType libvirt-glib registers for it (whose
/// members are the flags, after a zero member when the C enumeration has one).
macro_rules! enum_registered_flags {
    (
        $(#[doc = $doc:tt])*
        pub struct $name:ident($gtype_name:literal) {
            zero: $zero_name:literal, $zero_nick:literal;
            $( $(#[doc = $vdoc:tt])* $flag:ident = $value:literal, $c_name:literal, $nick:literal; )*
        }
    ) => {
        enum_registered_flags! {
            @zero [(0, concat!($zero_name, "\0"), concat!($zero_nick, "\0")),]
            $(#[doc = $doc])*
            pub struct $name($gtype_name) {
                $( $(#[doc = $vdoc])* $flag = $value, $c_name, $nick; )*
            }
        }
    };
    (
        $(#[doc = $doc:tt])*
        pub struct $name:ident($gtype_name:literal) {
            $( $(#[doc = $vdoc:tt])* $flag:ident = $value:literal, $c_name:literal, $nick:literal; )*
        }
    ) => {
        enum_registered_flags! {
            @zero []
            $(#[doc = $doc])*
            pub struct $name($gtype_name) {
                $( $(#[doc = $vdoc])* $flag = $value, $c_name, $nick; )*
            }
        }
    };
    (
        @zero [$($zero:tt)*]
        $(#[doc = $doc:tt])*
        pub struct $name:ident($gtype_name:literal) {
            $( $(#[doc = $vdoc:tt])* $flag:ident = $value:literal, $c_name:literal, $nick:literal; )*
        }
    ) => {
        glib::bitflags::bitflags! {
            $(#[doc = $doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
            pub struct $name: u32 {
                $( $(#[doc = $vdoc])* const $flag = $value; )*
            }
        }

        impl glib::prelude::StaticType for $name {
            fn static_type() -> glib::Type {
                static TYPE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
                let gtype = *TYPE.get_or_init(|| {
                    register_enum(
                        concat!($gtype_name, "\0"),
                        &[
                            $($zero)*
                            $( ($value, concat!($c_name, "\0"), concat!($nick, "\0")), )*
                        ],
                    ) as usize
                });
                // SAFETY: a registered GType.
                unsafe { glib::translate::from_glib(gtype as glib::ffi::GType) }
            }
        }
    };
}

enum_registered_flags! {
    /// What to remove along with a domain's definition (`virDomainUndefineFlagsValues`).
    pub struct DomainDeleteFlags("GVirDomainDeleteFlags") {
        zero: "GVIR_DOMAIN_DELETE_NONE", "none";
        /// Also remove the managed save image.
        SAVED_STATE = 1, "GVIR_DOMAIN_DELETE_SAVED_STATE", "saved-state";
        /// Also remove snapshot metadata.
        SNAPSHOTS_METADATA = 2, "GVIR_DOMAIN_DELETE_SNAPSHOTS_METADATA", "snapshots-metadata";
        /// Also remove the NVRAM file.
        REMOVE_NVRAM = 4, "GVIR_DOMAIN_DELETE_REMOVE_NVRAM", "remove-nvram";
        /// Keep the NVRAM file.
        KEEP_NVRAM = 8, "GVIR_DOMAIN_DELETE_KEEP_NVRAM", "keep-nvram";
    }
}

enum_registered_flags! {
    /// How to resize a storage volume (`virStorageVolResizeFlags`). An enumeration type to C,
    /// as in libvirt-glib.
    pub struct StorageVolResizeFlags("GVirStorageVolResizeFlags") {
        zero: "GVIR_STORAGE_VOL_RESIZE_NONE", "none";
        /// Allocate the new size too.
        ALLOCATE = 1, "GVIR_STORAGE_VOL_RESIZE_ALLOCATE", "allocate";
        /// The size is added to the current one.
        DELTA = 2, "GVIR_STORAGE_VOL_RESIZE_DELTA", "delta";
        /// Shrinking is allowed.
        SHRINK = 4, "GVIR_STORAGE_VOL_RESIZE_SHRINK", "shrink";
    }
}

enum_registered_flags! {
    /// What to include in a domain's XML description (`virDomainXMLFlags`).
    pub struct DomainXmlFlags("GVirDomainXMLFlags") {
        zero: "GVIR_DOMAIN_XML_NONE", "none";
        /// Include security-sensitive information (passwords).
        SECURE = 1, "GVIR_DOMAIN_XML_SECURE", "secure";
        /// The persistent definition rather than the running configuration.
        INACTIVE = 2, "GVIR_DOMAIN_XML_INACTIVE", "inactive";
        /// Update the guest CPU description from the host's.
        UPDATE_CPU = 4, "GVIR_DOMAIN_XML_UPDATE_CPU", "update-cpu";
    }
}

enum_registered_flags! {
    /// How to ask a domain to shut down (`virDomainShutdownFlagValues`).
    pub struct DomainShutdownFlags("GVirDomainShutdownFlags") {
        zero: "GVIR_DOMAIN_SHUTDOWN_NONE", "none";
        /// Press the virtual ACPI power button.
        ACPI_POWER_BTN = 1, "GVIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN", "acpi-power-btn";
        /// Ask the guest agent.
        GUEST_AGENT = 2, "GVIR_DOMAIN_SHUTDOWN_GUEST_AGENT", "guest-agent";
    }
}

enum_registered_flags! {
    /// How to ask a domain to reboot (`virDomainRebootFlagValues`).
    pub struct DomainRebootFlags("GVirDomainRebootFlags") {
        zero: "GVIR_DOMAIN_REBOOT_NONE", "none";
        /// Press the virtual ACPI power button.
        ACPI_POWER_BTN = 1, "GVIR_DOMAIN_REBOOT_ACPI_POWER_BTN", "acpi-power-btn";
        /// Ask the guest agent.
        GUEST_AGENT = 2, "GVIR_DOMAIN_REBOOT_GUEST_AGENT", "guest-agent";
    }
}

enum_registered_flags! {
    /// Which definition a device update affects (`virDomainModificationImpact`); empty means
    /// the current one (the live one of a running domain).
    pub struct DomainUpdateDeviceFlags("GVirDomainUpdateDeviceFlags") {
        zero: "GVIR_DOMAIN_UPDATE_DEVICE_CURRENT", "current";
        /// The running domain.
        LIVE = 1, "GVIR_DOMAIN_UPDATE_DEVICE_LIVE", "live";
        /// The persistent definition.
        CONFIG = 2, "GVIR_DOMAIN_UPDATE_DEVICE_CONFIG", "config";
    }
}

enum_registered_flags! {
    /// How to take a snapshot (`virDomainSnapshotCreateFlags`).
    pub struct DomainSnapshotCreateFlags("GVirDomainSnapshotCreateFlags") {
        zero: "GVIR_DOMAIN_SNAPSHOT_NONE", "none";
        /// Restore the metadata of an existing snapshot.
        REDEFINE = 1, "GVIR_DOMAIN_SNAPSHOT_REDEFINE", "redefine";
        /// Make the redefined snapshot the current one.
        CURRENT = 2, "GVIR_DOMAIN_SNAPSHOT_CURRENT", "current";
        /// Keep no metadata for the snapshot.
        NO_METADATA = 4, "GVIR_DOMAIN_SNAPSHOT_NO_METADATA", "no-metadata";
        /// Stop the domain once the snapshot is taken.
        HALT = 8, "GVIR_DOMAIN_SNAPSHOT_HALT", "halt";
        /// Snapshot the disks only.
        DISK_ONLY = 16, "GVIR_DOMAIN_SNAPSHOT_DISK_ONLY", "disk-only";
        /// Reuse existing external files.
        REUSE_EXT = 32, "GVIR_DOMAIN_SNAPSHOT_REUSE_EXT", "reuse-ext";
        /// Freeze the guest's file systems through the guest agent.
        QUIESCE = 64, "GVIR_DOMAIN_SNAPSHOT_QUIESCE", "quiesce";
        /// All disks or none.
        ATOMIC = 128, "GVIR_DOMAIN_SNAPSHOT_ATOMIC", "atomic";
    }
}

enum_registered_flags! {
    /// Which snapshots to list (`virDomainSnapshotListFlags`); empty means all of them.
    /// `DESCENDANTS` and `ROOTS` share a value, as in libvirt (its meaning depends on the call).
    pub struct DomainSnapshotListFlags("GVirDomainSnapshotListFlags") {
        zero: "GVIR_DOMAIN_SNAPSHOT_LIST_ALL", "all";
        /// The descendants of a snapshot (when listing a snapshot's children).
        DESCENDANTS = 1, "GVIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS", "descendants";
        /// Snapshots without a parent (when listing a domain's snapshots).
        ROOTS = 1, "GVIR_DOMAIN_SNAPSHOT_LIST_ROOTS", "roots";
        METADATA = 2, "GVIR_DOMAIN_SNAPSHOT_LIST_METADATA", "metadata";
        LEAVES = 4, "GVIR_DOMAIN_SNAPSHOT_LIST_LEAVES", "leaves";
        NO_LEAVES = 8, "GVIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES", "no-leaves";
        NO_METADATA = 16, "GVIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA", "no-metadata";
        INACTIVE = 32, "GVIR_DOMAIN_SNAPSHOT_LIST_INACTIVE", "inactive";
        ACTIVE = 64, "GVIR_DOMAIN_SNAPSHOT_LIST_ACTIVE", "active";
        DISK_ONLY = 128, "GVIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY", "disk-only";
        INTERNAL = 256, "GVIR_DOMAIN_SNAPSHOT_LIST_INTERNAL", "internal";
        EXTERNAL = 512, "GVIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL", "external";
    }
}

enum_registered_flags! {
    /// What to delete along with a snapshot (`virDomainSnapshotDeleteFlags`).
    pub struct DomainSnapshotDeleteFlags("GVirDomainSnapshotDeleteFlags") {
        /// Its descendants too.
        CHILDREN = 1, "GVIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN", "children";
        /// Only libvirt's metadata, not the saved state.
        METADATA_ONLY = 2, "GVIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY", "metadata-only";
        /// Only its descendants, keeping the snapshot itself.
        CHILDREN_ONLY = 4, "GVIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY", "children-only";
    }
}

enum_registered_flags! {
    /// How to revert a domain to a snapshot (`virDomainSnapshotRevertFlags`).
    pub struct DomainSnapshotRevertFlags("GVirDomainSnapshotRevertFlags") {
        /// Leave the domain running afterwards.
        RUNNING = 1, "GVIR_DOMAIN_SNAPSHOT_REVERT_RUNNING", "running";
        /// Leave the domain paused afterwards.
        PAUSED = 2, "GVIR_DOMAIN_SNAPSHOT_REVERT_PAUSED", "paused";
        /// Revert even when that is risky (e.g. the configurations are incompatible).
        FORCE = 4, "GVIR_DOMAIN_SNAPSHOT_REVERT_FORCE", "force";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use glib::prelude::*;

    #[test]
    fn flag_sets_have_the_gtypes_c_sees() {
        assert!(DomainStartFlags::static_type().is_a(glib::Type::FLAGS));
        for (gtype, name, members) in [
            (DomainDeleteFlags::static_type(), "GVirDomainDeleteFlags", 5),
            (DomainXmlFlags::static_type(), "GVirDomainXMLFlags", 4),
            (DomainUpdateDeviceFlags::static_type(), "GVirDomainUpdateDeviceFlags", 3),
            (DomainSnapshotListFlags::static_type(), "GVirDomainSnapshotListFlags", 12),
            (DomainSnapshotDeleteFlags::static_type(), "GVirDomainSnapshotDeleteFlags", 3),
            (DomainSnapshotRevertFlags::static_type(), "GVirDomainSnapshotRevertFlags", 3),
        ] {
            assert!(gtype.is_a(glib::Type::ENUM), "{name}");
            assert_eq!(gtype.name(), name);
            let class = glib::EnumClass::with_type(gtype).unwrap();
            assert_eq!(class.values().len(), members, "{name}");
        }
        let list = glib::EnumClass::with_type(DomainSnapshotListFlags::static_type()).unwrap();
        assert_eq!(list.value_by_nick("roots").unwrap().value(), 1);
        assert_eq!(list.value_by_nick("descendants").unwrap().value(), 1);
        assert_eq!(DomainState::from_raw(42), DomainState::None);
        assert_eq!(DomainState::from_raw(3).to_raw(), 3);
    }
}
