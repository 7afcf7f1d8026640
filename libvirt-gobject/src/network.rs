//! `Network` (`GVirNetwork`) and `NetworkDhcpLease` (`GVirNetworkDHCPLease`).
//!
//! A connection lists its virtual networks with
//! [`Connection::fetch_networks`](crate::Connection::fetch_networks) and keeps one object per
//! network UUID. A lease is a copy of what libvirt reported when
//! [`Network::dhcp_leases`] was called.

use std::ffi::{c_void, CStr, CString};
use std::sync::OnceLock;

use glib::prelude::*;
use glib::subclass::prelude::*;
use virt::sys;

use crate::error::{failure, libvirt_failure, NetworkError};
use crate::handle_object::cstring;

/// The kind of address of a DHCP lease (`virIPAddrType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirIPAddrType")]
#[repr(i32)]
pub enum IpAddrType {
    #[enum_value(name = "GVIR_IP_ADDR_TYPE_IPV4", nick = "ipv4")]
    Ipv4 = 0,
    #[enum_value(name = "GVIR_IP_ADDR_TYPE_IPV6", nick = "ipv6")]
    Ipv6 = 1,
}

/// A default handler of a network signal slot in the class struct.
pub type NetworkSignalSlot = Option<unsafe extern "C" fn(*mut NetworkInstance)>;

/// C layout of `GVirNetwork`: `{ GObject parent; gpointer priv; }`.
#[repr(C)]
pub struct NetworkInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// C layout of `GVirNetworkClass`: the parent class, the `started`/`stopped` slots (libvirt-glib
/// declares them but registers no signals), padding.
#[repr(C)]
pub struct NetworkClass {
    pub parent_class: glib::gobject_ffi::GObjectClass,
    pub started: NetworkSignalSlot,
    pub stopped: NetworkSignalSlot,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for NetworkInstance {
    type Type = imp::Network;
}
unsafe impl ClassStruct for NetworkClass {
    type Type = imp::Network;
}

/// C layout of `GVirNetworkDHCPLease`.
#[repr(C)]
pub struct NetworkDhcpLeaseInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// C layout of `GVirNetworkDHCPLeaseClass`: `{ GObjectClass parent_class; gpointer padding[7]; }`.
#[repr(C)]
pub struct NetworkDhcpLeaseClass {
    parent_class: glib::gobject_ffi::GObjectClass,
    padding: [*mut c_void; 7],
}

unsafe impl InstanceStruct for NetworkDhcpLeaseInstance {
    type Type = imp::NetworkDhcpLease;
}
unsafe impl ClassStruct for NetworkDhcpLeaseClass {
    type Type = imp::NetworkDhcpLease;
}

/// What a lease holds (copied from libvirt's `virNetworkDHCPLease`).
#[derive(Debug, Clone, Default)]
pub(crate) struct LeaseData {
    pub iface: Option<CString>,
    pub expiry_time: i64,
    pub ip_type: i32,
    pub mac: Option<CString>,
    pub iaid: Option<CString>,
    pub ip: Option<CString>,
    pub prefix: u32,
    pub hostname: Option<CString>,
    pub client_id: Option<CString>,
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct Network {
        pub(crate) handle: OnceLock<virt::network::Network>,
        pub(crate) name: OnceLock<CString>,
        pub(crate) uuid: OnceLock<CString>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for Network {
        const NAME: &'static str = "GVirNetwork";
        type Type = super::Network;
        type ParentType = glib::Object;
        type Instance = super::NetworkInstance;
        type Class = super::NetworkClass;
    }

    #[derive(Default)]
    pub struct NetworkDhcpLease {
        pub(crate) data: OnceLock<LeaseData>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for NetworkDhcpLease {
        const NAME: &'static str = "GVirNetworkDHCPLease";
        type Type = super::NetworkDhcpLease;
        type ParentType = glib::Object;
        type Instance = super::NetworkDhcpLeaseInstance;
        type Class = super::NetworkDhcpLeaseClass;
    }

    impl ObjectImpl for NetworkDhcpLease {}
}

glib::wrapper! {
    /// A libvirt virtual network.
    pub struct Network(ObjectSubclass<imp::Network>);
}

glib::wrapper! {
    /// A DHCP lease handed out on a virtual network.
    pub struct NetworkDhcpLease(ObjectSubclass<imp::NetworkDhcpLease>);
}

// SAFETY: the state is in OnceLocks; libvirt networks may be used from any thread.
unsafe impl Send for Network {}
unsafe impl Sync for Network {}
unsafe impl Send for NetworkDhcpLease {}
unsafe impl Sync for NetworkDhcpLease {}

crate::handle_object::named_handle_object!(
    Network, imp Network,
    handle virt::network::Network, boxed crate::NetworkHandle, ref sys::virNetworkRef,
    blurb "The libvirt network",
    no_handle failure(NetworkError::Failed, "The network object has no libvirt handle")
);

impl Network {
    /// The network's configuration.
    pub fn config(&self, flags: u32) -> Result<libvirt_gconfig::Network, glib::Error> {
        let xml = self
            .require_handle()?
            .xml_desc(flags)
            .map_err(|_| libvirt_failure(NetworkError::Failed, "Unable to get network XML config"))?;
        libvirt_gconfig::Network::from_xml(&xml)
    }

    /// The DHCP leases of the network (of the interface with MAC address `mac`, if given).
    pub fn dhcp_leases(&self, mac: Option<&str>, flags: u32) -> Result<Vec<NetworkDhcpLease>, glib::Error> {
        let handle = self.require_handle()?;
        let mac = mac.map(cstring);
        let mut leases: *mut sys::virNetworkDHCPLeasePtr = std::ptr::null_mut();
        // SAFETY: the network is alive; libvirt fills `leases` with `n` leases we free below.
        unsafe {
            let n = sys::virNetworkGetDHCPLeases(
                handle.as_ptr(),
                mac.as_ref().map_or(std::ptr::null(), |m| m.as_ptr()),
                &mut leases,
                flags,
            );
            if n < 0 {
                return Err(libvirt_failure(NetworkError::Failed, "Unable to get network DHCP leases"));
            }
            let copy = |p: *mut std::ffi::c_char| if p.is_null() { None } else { Some(CStr::from_ptr(p).to_owned()) };
            let mut out = Vec::with_capacity(n as usize);
            for i in 0..n as usize {
                let lease = *leases.add(i);
                let l = &*lease;
                out.push(NetworkDhcpLease::new(LeaseData {
                    iface: copy(l.iface),
                    expiry_time: l.expirytime,
                    ip_type: l.type_,
                    mac: copy(l.mac),
                    iaid: copy(l.iaid),
                    ip: copy(l.ipaddr),
                    prefix: l.prefix,
                    hostname: copy(l.hostname),
                    client_id: copy(l.clientid),
                }));
                sys::virNetworkDHCPLeaseFree(lease);
            }
            if !leases.is_null() {
                libc_free(leases as *mut c_void);
            }
            Ok(out)
        }
    }
}

extern "C" {
    #[link_name = "free"]
    fn libc_free(ptr: *mut c_void);
}

impl NetworkDhcpLease {
    fn new(data: LeaseData) -> NetworkDhcpLease {
        let lease: NetworkDhcpLease = glib::Object::new();
        let _ = lease.imp().data.set(data);
        lease
    }

    #[cfg_attr(not(feature = "capi"), allow(dead_code))]
    pub(crate) fn data(&self) -> &LeaseData {
        static EMPTY: OnceLock<LeaseData> = OnceLock::new();
        self.imp().data.get().unwrap_or_else(|| EMPTY.get_or_init(LeaseData::default))
    }

    fn text(s: &Option<CString>) -> Option<String> {
        s.as_ref().map(|c| c.to_string_lossy().into_owned())
    }

    /// The network interface the lease was given on.
    pub fn iface(&self) -> Option<String> {
        Self::text(&self.data().iface)
    }
    /// When the lease expires, in seconds since the epoch.
    pub fn expiry_time(&self) -> i64 {
        self.data().expiry_time
    }
    /// libvirt's `virIPAddrType` of the address (0: IPv4, 1: IPv6).
    pub fn ip_type(&self) -> i32 {
        self.data().ip_type
    }
    pub fn mac(&self) -> Option<String> {
        Self::text(&self.data().mac)
    }
    /// The IAID (DHCPv6 only).
    pub fn iaid(&self) -> Option<String> {
        Self::text(&self.data().iaid)
    }
    pub fn ip(&self) -> Option<String> {
        Self::text(&self.data().ip)
    }
    pub fn prefix(&self) -> u32 {
        self.data().prefix
    }
    pub fn hostname(&self) -> Option<String> {
        Self::text(&self.data().hostname)
    }
    pub fn client_id(&self) -> Option<String> {
        Self::text(&self.data().client_id)
    }
}
