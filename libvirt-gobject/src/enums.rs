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

/// Declares a Rust flag set and the enumeration GType libvirt-glib registers for it (whose
/// members are the flags plus a zero "none" member).
macro_rules! enum_registered_flags {
    (
        $(#[doc = $doc:tt])*
        pub struct $name:ident($gtype_name:literal, $holder:ident, none: $none_name:literal) {
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

        /// The enumeration type C and introspection users see for the flag set.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, glib::Enum)]
        #[enum_type(name = $gtype_name)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        enum $holder {
            #[enum_value(name = $none_name, nick = "none")]
            NONE = 0,
            $( #[enum_value(name = $c_name, nick = $nick)] $flag = $value, )*
        }

        impl glib::prelude::StaticType for $name {
            fn static_type() -> glib::Type {
                <$holder as glib::prelude::StaticType>::static_type()
            }
        }
    };
}

enum_registered_flags! {
    /// What to remove along with a domain's definition (`virDomainUndefineFlagsValues`).
    pub struct DomainDeleteFlags("GVirDomainDeleteFlags", DomainDeleteFlagsType, none: "GVIR_DOMAIN_DELETE_NONE") {
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
    /// What to include in a domain's XML description (`virDomainXMLFlags`).
    pub struct DomainXmlFlags("GVirDomainXMLFlags", DomainXmlFlagsType, none: "GVIR_DOMAIN_XML_NONE") {
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
    pub struct DomainShutdownFlags("GVirDomainShutdownFlags", DomainShutdownFlagsType, none: "GVIR_DOMAIN_SHUTDOWN_NONE") {
        /// Press the virtual ACPI power button.
        ACPI_POWER_BTN = 1, "GVIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN", "acpi-power-btn";
        /// Ask the guest agent.
        GUEST_AGENT = 2, "GVIR_DOMAIN_SHUTDOWN_GUEST_AGENT", "guest-agent";
    }
}

enum_registered_flags! {
    /// How to ask a domain to reboot (`virDomainRebootFlagValues`).
    pub struct DomainRebootFlags("GVirDomainRebootFlags", DomainRebootFlagsType, none: "GVIR_DOMAIN_REBOOT_NONE") {
        /// Press the virtual ACPI power button.
        ACPI_POWER_BTN = 1, "GVIR_DOMAIN_REBOOT_ACPI_POWER_BTN", "acpi-power-btn";
        /// Ask the guest agent.
        GUEST_AGENT = 2, "GVIR_DOMAIN_REBOOT_GUEST_AGENT", "guest-agent";
    }
}
