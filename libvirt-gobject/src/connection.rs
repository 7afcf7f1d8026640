//! `Connection` (`GVirConnection`): a connection to a libvirt driver and its domains.
//!
//! A connection is made with a URI and opened (blocking, or `*_future` on a worker thread).
//! It keeps one [`Domain`] object per domain UUID: [`Connection::fetch_domains`] lists them
//! all; from then on libvirt's lifecycle events keep the set true (new domains are added,
//! undefined or stopped transient ones removed), and each event is re-emitted as a signal on
//! the domain object (`started::booted`, …) and, for additions and removals, on the
//! connection (`domain-added`, `domain-removed`).
//!
//! Events need libvirt's event loop on a GLib main context ([`crate::init`] registers it on
//! the default context); their signals are emitted on the thread that iterates that context.

use std::collections::VecDeque;
use std::ffi::{c_int, c_void, CStr, CString};
use std::sync::{Mutex, MutexGuard, OnceLock};

use gio::prelude::*;
use glib::subclass::prelude::*;
use glib::translate::*;
use libvirt_gconfig::ConfigObjectExt;
use virt::sys;

use crate::domain::{off_thread, Activity, DomainInstance, Persistence};
use crate::domain_cache::{DomainCache, UuidKey};
use crate::error::{connection_failure, failure, libvirt_failure, ConnectionError};
use crate::signals::ResolvedSignal;
use crate::stream::StreamInstance;
use crate::{ConnectionHandle, Domain, DomainStartFlags};

/// C layout of `GVirConnection`: `{ GObject parent; gpointer priv; }`.
#[repr(C)]
pub struct ConnectionInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// C layout of `GVirConnectionClass`: the parent class, the signal slots, the stream factory,
/// padding.
#[repr(C)]
pub struct ConnectionClass {
    pub parent_class: glib::gobject_ffi::GObjectClass,
    pub connection_opened: Option<unsafe extern "C" fn(*mut ConnectionInstance)>,
    pub connection_closed: Option<unsafe extern "C" fn(*mut ConnectionInstance)>,
    pub domain_added: Option<unsafe extern "C" fn(*mut ConnectionInstance, *mut DomainInstance)>,
    pub domain_removed: Option<unsafe extern "C" fn(*mut ConnectionInstance, *mut DomainInstance)>,
    pub stream_new: Option<unsafe extern "C" fn(*mut ConnectionInstance, glib::ffi::gpointer) -> *mut StreamInstance>,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for ConnectionInstance {
    type Type = imp::Connection;
}

unsafe impl ClassStruct for ConnectionClass {
    type Type = imp::Connection;
}

/// What [`Connection::node_info`] reports about the host (`virNodeInfo`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeInfo {
    /// The CPU model (at most 31 bytes, as libvirt reports it).
    pub model: String,
    /// Memory, in KiB.
    pub memory: u64,
    pub cpus: u32,
    /// Expected CPU frequency in MHz (0 when unknown).
    pub mhz: u32,
    pub nodes: u32,
    pub sockets: u32,
    pub cores: u32,
    pub threads: u32,
}

/// Everything about an open connection, behind one lock.
#[derive(Default)]
pub(crate) struct State {
    pub(crate) handle: Option<virt::connect::Connect>,
    read_only: bool,
    /// The domains by UUID.
    domains: DomainCache,
    /// libvirt's id for our lifecycle event callback.
    lifecycle_callback: Option<c_int>,
    /// The number of our close callback registered on `handle` (see `connection_lost`).
    close_callback: Option<usize>,
    /// Counts the changes events made to the set of domains...
    membership_changes: u64,
    /// ...and the latest of them, `(change number, UUID, whether the domain is now there)`, so
    /// a listing made meanwhile on another thread can be brought up to date.
    membership_log: VecDeque<(u64, UuidKey, bool)>,
    /// Whether a listing made on this handle (so after our lifecycle callback was registered)
    /// has been installed in the cache: from then on every running domain is cached or has a
    /// start event still to come, which lets a domain first seen being defined count as
    /// stopped (see `on_lifecycle_event`).
    listed: bool,
}

/// How many membership changes are remembered for listings in progress.
const MEMBERSHIP_LOG: usize = 256;

impl State {
    /// Takes the open connection (handle, subscriptions, domains) out, leaving it closed.
    pub(crate) fn take_open_state(&mut self) -> crate::connection_lost::OpenState {
        // The next handle's events come before any listing of its own.
        self.listed = false;
        crate::connection_lost::OpenState {
            handle: self.handle.take(),
            lifecycle_callback: self.lifecycle_callback.take(),
            close_callback: std::mem::take(&mut self.close_callback),
            domains: std::mem::take(&mut self.domains),
        }
    }

    fn record_membership(&mut self, uuid: UuidKey, present: bool) {
        self.membership_changes += 1;
        self.membership_log.push_back((self.membership_changes, uuid, present));
        if self.membership_log.len() > MEMBERSHIP_LOG {
            self.membership_log.pop_front();
        }
    }

    /// Whether every change made after change `since` is still in the log.
    fn log_covers(&self, since: u64) -> bool {
        self.membership_changes == since || self.membership_log.front().is_some_and(|(first, _, _)| *first <= since + 1)
    }
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct Connection {
        pub(crate) uri: OnceLock<CString>,
        pub(crate) state: Mutex<State>,
        pub(crate) storage_pools: Mutex<Vec<crate::StoragePool>>,
        pub(crate) networks: Mutex<Vec<crate::Network>>,
        pub(crate) interfaces: Mutex<Vec<crate::Interface>>,
        pub(crate) auth: crate::auth::AuthSlot,
        /// The streams made on this connection, failed when libvirt closes it.
        pub(crate) streams: Mutex<Vec<std::sync::Weak<crate::stream::Core>>>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for Connection {
        const NAME: &'static str = "GVirConnection";
        type Type = super::Connection;
        type ParentType = glib::Object;
        type Instance = super::ConnectionInstance;
        type Class = super::ConnectionClass;

        fn class_init(klass: &mut Self::Class) {
            use std::mem::offset_of;
            let itype = klass.parent_class.g_type_class.g_type;
            let first = glib::SignalFlags::RUN_FIRST;
            let domain = [Domain::static_type()];
            let register = crate::signals::register_with_class_slot;
            register(itype, c"connection-opened", first, offset_of!(ConnectionClass, connection_opened), &[]);
            register(itype, c"connection-closed", first, offset_of!(ConnectionClass, connection_closed), &[]);
            register(itype, c"domain-added", first, offset_of!(ConnectionClass, domain_added), &domain);
            register(itype, c"domain-removed", first, offset_of!(ConnectionClass, domain_removed), &domain);
            klass.stream_new = Some(super::default_stream_new);
        }
    }

    impl ObjectImpl for Connection {
        fn properties() -> &'static [glib::ParamSpec] {
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| {
                vec![
                    glib::ParamSpecString::builder("uri")
                        .nick("URI")
                        .blurb("The libvirt URI the connection opens")
                        .construct_only()
                        .build(),
                    glib::ParamSpecBoxed::builder::<ConnectionHandle>("handle")
                        .nick("Handle")
                        .blurb("The libvirt connection, while open")
                        .construct_only()
                        .build(),
                ]
            })
        }

        fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
            match pspec.name() {
                "uri" => {
                    if let Some(uri) = value.get::<Option<String>>().expect("a string") {
                        let _ = self.uri.set(cstring(&uri));
                    }
                }
                "handle" => {
                    if let Some(handle) = value.get::<Option<ConnectionHandle>>().expect("a GVirConnectionHandle") {
                        self.state().handle = Some(handle.connect());
                    }
                }
                _ => unreachable!("GObject checks property names"),
            }
        }

        fn property(&self, _id: usize, pspec: &glib::ParamSpec) -> glib::Value {
            match pspec.name() {
                "uri" => self.obj().uri().to_value(),
                "handle" => self.state().handle.as_ref().map(ConnectionHandle::new).to_value(),
                _ => unreachable!("GObject checks property names"),
            }
        }

        fn constructed(&self) {
            self.parent_constructed();
            // Made around a connection someone else opened: treat it as opened here.
            let handle = self.state().handle.clone();
            if let Some(handle) = handle {
                self.obj().adopt(handle, false, false);
            }
        }

        fn dispose(&self) {
            let taken = self.state().take_open_state();
            taken.release();
        }
    }

    impl ConnectionImpl for Connection {}

    impl Connection {
        pub(crate) fn state(&self) -> MutexGuard<'_, State> {
            // The state stays consistent even if a panic poisoned the lock.
            self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
        }
    }
}

/// The arguments of `virConnectGetDomainCapabilities`, in a form a worker thread can take.
pub(crate) struct DomainCapabilitiesQuery {
    emulatorbin: Option<String>,
    arch: Option<String>,
    machine: Option<String>,
    virttype: Option<String>,
    flags: u32,
}

impl DomainCapabilitiesQuery {
    pub(crate) fn new(emulatorbin: Option<&str>, arch: Option<&str>, machine: Option<&str>, virttype: Option<&str>, flags: u32) -> Self {
        let c = |s: Option<&str>| s.map(str::to_owned);
        DomainCapabilitiesQuery { emulatorbin: c(emulatorbin), arch: c(arch), machine: c(machine), virttype: c(virttype), flags }
    }
}

fn cstring(s: &str) -> CString {
    CString::new(s.replace('\0', "")).expect("NULs removed")
}

glib::wrapper! {
    /// A connection to a libvirt driver (`qemu:///system`, `test:///default`, …).
    pub struct Connection(ObjectSubclass<imp::Connection>);
}

/// Implemented by subclasses of [`Connection`]: the default handlers of its signals.
pub trait ConnectionImpl: ObjectImpl + ObjectSubclass<Type: IsA<Connection>> {
    fn connection_opened(&self) {
        self.parent_connection_opened()
    }
    fn connection_closed(&self) {
        self.parent_connection_closed()
    }
    fn domain_added(&self, domain: &Domain) {
        self.parent_domain_added(domain)
    }
    fn domain_removed(&self, domain: &Domain) {
        self.parent_domain_removed(domain)
    }
}

/// Chaining up from [`ConnectionImpl`] methods.
pub trait ConnectionImplExt: ConnectionImpl {
    fn parent_connection_opened(&self) {
        // SAFETY: the parent class of a Connection subclass is a ConnectionClass, whose slots
        // hold NULL or handlers of the right signature.
        unsafe {
            if let Some(f) = parent_class::<Self>().connection_opened {
                f(self_ptr(self))
            }
        }
    }
    fn parent_connection_closed(&self) {
        // SAFETY: as above.
        unsafe {
            if let Some(f) = parent_class::<Self>().connection_closed {
                f(self_ptr(self))
            }
        }
    }
    fn parent_domain_added(&self, domain: &Domain) {
        // SAFETY: as above.
        unsafe {
            if let Some(f) = parent_class::<Self>().domain_added {
                f(self_ptr(self), domain.as_ptr())
            }
        }
    }
    fn parent_domain_removed(&self, domain: &Domain) {
        // SAFETY: as above.
        unsafe {
            if let Some(f) = parent_class::<Self>().domain_removed {
                f(self_ptr(self), domain.as_ptr())
            }
        }
    }
}

impl<T: ConnectionImpl> ConnectionImplExt for T {}

unsafe fn parent_class<T: ConnectionImpl>() -> &'static ConnectionClass {
    &*(T::type_data().as_ref().parent_class() as *const ConnectionClass)
}

fn self_ptr<T: ConnectionImpl>(imp: &T) -> *mut ConnectionInstance {
    // SAFETY: T's instances are Connections.
    unsafe { imp.obj().unsafe_cast_ref::<Connection>().as_ptr() }
}

unsafe extern "C" fn opened_trampoline<T: ConnectionImpl>(ptr: *mut ConnectionInstance) {
    (*(ptr as *mut T::Instance)).imp().connection_opened()
}

unsafe extern "C" fn closed_trampoline<T: ConnectionImpl>(ptr: *mut ConnectionInstance) {
    (*(ptr as *mut T::Instance)).imp().connection_closed()
}

unsafe extern "C" fn added_trampoline<T: ConnectionImpl>(ptr: *mut ConnectionInstance, domain: *mut DomainInstance) {
    let domain: glib::translate::Borrowed<Domain> = from_glib_borrow(domain as *mut <Domain as ObjectType>::GlibType);
    (*(ptr as *mut T::Instance)).imp().domain_added(&domain)
}

unsafe extern "C" fn removed_trampoline<T: ConnectionImpl>(ptr: *mut ConnectionInstance, domain: *mut DomainInstance) {
    let domain: glib::translate::Borrowed<Domain> = from_glib_borrow(domain as *mut <Domain as ObjectType>::GlibType);
    (*(ptr as *mut T::Instance)).imp().domain_removed(&domain)
}

unsafe impl<T: ConnectionImpl> IsSubclassable<T> for Connection {
    fn class_init(class: &mut glib::Class<Self>) {
        Self::parent_class_init::<T>(class);
        let klass = class.as_mut();
        klass.connection_opened = Some(opened_trampoline::<T>);
        klass.connection_closed = Some(closed_trampoline::<T>);
        klass.domain_added = Some(added_trampoline::<T>);
        klass.domain_removed = Some(removed_trampoline::<T>);
    }
}

const NOT_OPEN: &str = "Connection is not open";
/// libvirt-glib words it this way for the hypervisor queries.
const NOT_OPENED: &str = "Connection is not opened";

/// The default `stream_new` class slot: a plain [`Stream`](crate::Stream) for the handle.
unsafe extern "C" fn default_stream_new(_conn: *mut ConnectionInstance, handle: glib::ffi::gpointer) -> *mut StreamInstance {
    let raw = crate::stream::RawStream::adopt(handle as virt::sys::virStreamPtr);
    let stream = crate::Stream::for_raw(&raw);
    // The caller keeps its reference.
    std::mem::forget(raw);
    stream.into_glib_ptr()
}

impl Connection {
    /// A new libvirt stream on this connection, made by the class's `stream_new` slot (so a
    /// subclass may supply its own [`Stream`](crate::Stream) subclass). `None` when the
    /// connection is not open or libvirt cannot make a stream. `flags` are libvirt's
    /// `virStreamFlags` (1: non-blocking). Reads and writes through the input and output
    /// streams, `receive_all`/`send_all` and the sparse transfers block either way;
    /// [`Stream::receive`](crate::Stream::receive) and [`send`](crate::Stream::send) of a
    /// non-blocking stream fail with `G_IO_ERROR_WOULD_BLOCK` instead. (The C function
    /// `gvir_connection_get_stream` always adds 1, as libvirt-glib does.)
    pub fn stream(&self, flags: u32) -> Option<crate::Stream> {
        let handle = self.handle()?;
        // SAFETY: the connection is alive; the new stream's reference is adopted.
        let raw = unsafe {
            let st = virt::sys::virStreamNew(handle.as_ptr(), flags);
            if st.is_null() {
                return None;
            }
            crate::stream::RawStream::adopt(st)
        };
        // SAFETY: every GVirConnection's class struct is a ConnectionClass; the slot returns a
        // new (full) reference or NULL.
        unsafe {
            let instance = self.as_ptr() as *mut glib::gobject_ffi::GTypeInstance;
            let klass = &*((*instance).g_class as *const ConnectionClass);
            let make = klass.stream_new?;
            let stream = make(self.as_ptr(), raw.as_ptr() as glib::ffi::gpointer);
            if stream.is_null() {
                return None;
            }
            let stream: crate::Stream = from_glib_full(stream as *mut <crate::stream::imp::Stream as ObjectSubclass>::Instance);
            if let Ok(core) = stream.core() {
                core.set_nonblocking(flags & virt::sys::VIR_STREAM_NONBLOCK != 0);
                // The test driver is the one whose streams libvirt runs in this process.
                let driver = virt::sys::virConnectGetType(handle.as_ptr());
                core.set_in_process(!driver.is_null() && std::ffi::CStr::from_ptr(driver).to_bytes() == b"TEST");
                self.track_stream(core);
            }
            Some(stream)
        }
    }

    /// Lists the storage pools (keeping the objects of pools already known, by UUID).
    pub fn fetch_storage_pools(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        self.fetch_keeping_known(
            cancellable,
            |handle| handle.list_all_storage_pools(0),
            "Unable to fetch list of pools",
            &self.imp().storage_pools,
            |pool| pool.uuid_string().unwrap_or_default(),
            |known, uuid| known.uuid() == *uuid,
            crate::StoragePool::for_handle,
        )
    }

    /// [`Connection::fetch_storage_pools`] on a worker thread.
    pub async fn fetch_storage_pools_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.fetch_storage_pools(None)).await
    }

    /// The storage pools the last fetch found (or that were created since).
    pub fn storage_pools(&self) -> Vec<crate::StoragePool> {
        self.imp().storage_pools.lock().unwrap().clone()
    }

    /// The storage pool with UUID `uuid`.
    pub fn storage_pool(&self, uuid: &str) -> Option<crate::StoragePool> {
        self.imp().storage_pools.lock().unwrap().iter().find(|p| p.uuid() == uuid).cloned()
    }

    /// The storage pool called `name`.
    pub fn find_storage_pool_by_name(&self, name: &str) -> Option<crate::StoragePool> {
        self.imp().storage_pools.lock().unwrap().iter().find(|p| p.name() == name).cloned()
    }

    /// Defines a storage pool from `conf` (it is not started).
    pub fn create_storage_pool(&self, conf: &libvirt_gconfig::StoragePool, flags: u32) -> Result<crate::StoragePool, glib::Error> {
        let handle = self.require_handle("Connection is not open")?;
        let xml = CString::new(conf.to_xml().replace('\0', "")).expect("NULs removed");
        // SAFETY: the connection is alive; a new pool reference is adopted.
        let pool = unsafe {
            let ptr = sys::virStoragePoolDefineXML(handle.as_ptr(), xml.as_ptr(), flags);
            if ptr.is_null() {
                return Err(libvirt_failure(ConnectionError::Failed, "Failed to create storage pool"));
            }
            virt::storage_pool::StoragePool::from_ptr(ptr)
        };
        let pool = crate::StoragePool::for_handle(pool);
        self.imp().storage_pools.lock().unwrap().push(pool.clone());
        Ok(pool)
    }

    /// Lists the virtual networks (keeping the objects of networks already known, by UUID).
    pub fn fetch_networks(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        self.fetch_keeping_known(
            cancellable,
            |handle| handle.list_all_networks(0),
            "Unable to fetch list of networks",
            &self.imp().networks,
            |net| net.uuid_string().unwrap_or_default(),
            |known, uuid| known.uuid() == *uuid,
            crate::Network::for_handle,
        )
    }

    /// [`Connection::fetch_networks`] on a worker thread.
    pub async fn fetch_networks_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.fetch_networks(None)).await
    }

    /// The networks the last fetch found.
    pub fn networks(&self) -> Vec<crate::Network> {
        self.imp().networks.lock().unwrap().clone()
    }

    /// The network with UUID `uuid`.
    pub fn network(&self, uuid: &str) -> Option<crate::Network> {
        self.imp().networks.lock().unwrap().iter().find(|n| n.uuid() == uuid).cloned()
    }

    /// The network called `name`.
    pub fn find_network_by_name(&self, name: &str) -> Option<crate::Network> {
        self.imp().networks.lock().unwrap().iter().find(|n| n.name() == name).cloned()
    }

    /// Lists the host's network interfaces (keeping the objects of those already known, by
    /// name).
    pub fn fetch_interfaces(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        self.fetch_keeping_known(
            cancellable,
            |handle| handle.list_all_interfaces(0),
            "Unable to fetch list of interfaces",
            &self.imp().interfaces,
            |iface| iface.name().ok(),
            |known, name| name.is_some() && known.name() == *name,
            // SAFETY: the interface is alive; the new object takes its own reference.
            |iface| crate::Interface::for_raw(unsafe { iface.as_ptr() }),
        )
    }

    /// The shared body of the `fetch_*` methods: lists libvirt objects with `list`, then
    /// replaces the objects in `known` by one per listed object, reusing the object already
    /// known under the same key (so references and signal handlers survive a refresh) and
    /// making the others with `make`. The old list is dropped after the lock is released.
    #[allow(clippy::too_many_arguments)]
    fn fetch_keeping_known<L, O: Clone, K>(
        &self,
        cancellable: Option<&gio::Cancellable>,
        list: impl FnOnce(&virt::connect::Connect) -> Result<Vec<L>, virt::error::Error>,
        list_failed: &str,
        known: &Mutex<Vec<O>>,
        key_of: impl Fn(&L) -> K,
        has_key: impl Fn(&O, &K) -> bool,
        make: impl Fn(L) -> O,
    ) -> Result<(), glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        let handle = self.require_handle("Connection is not open")?;
        let listed = list(&handle).map_err(|_| connection_failure(&handle, list_failed))?;
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        let old = std::mem::take(&mut *known.lock().unwrap());
        let fresh: Vec<O> = listed
            .into_iter()
            .map(|item| {
                let key = key_of(&item);
                old.iter().find(|o| has_key(o, &key)).cloned().unwrap_or_else(|| make(item))
            })
            .collect();
        *known.lock().unwrap() = fresh;
        drop(old);
        Ok(())
    }

    /// [`Connection::fetch_interfaces`] on a worker thread.
    pub async fn fetch_interfaces_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.fetch_interfaces(None)).await
    }

    /// The interfaces the last fetch found.
    pub fn interfaces(&self) -> Vec<crate::Interface> {
        self.imp().interfaces.lock().unwrap().clone()
    }

    /// The interface called `name`.
    pub fn interface(&self, name: &str) -> Option<crate::Interface> {
        self.imp().interfaces.lock().unwrap().iter().find(|i| i.name().as_deref() == Some(name)).cloned()
    }

    /// The interface with MAC address `mac`.
    pub fn find_interface_by_mac(&self, mac: &str) -> Option<crate::Interface> {
        self.imp().interfaces.lock().unwrap().iter().find(|i| i.mac().as_deref() == Some(mac)).cloned()
    }

    /// A closed connection to `uri`.
    pub fn new(uri: &str) -> Connection {
        glib::Object::builder().property("uri", uri).build()
    }

    /// A closed connection to libvirt's default URI (which libvirt picks on opening).
    pub fn with_default_uri() -> Connection {
        glib::Object::new()
    }

    /// The URI; for a connection made without one, the URI libvirt chose once it is open.
    pub fn uri(&self) -> Option<String> {
        self.uri_cstr().map(|u| u.to_string_lossy().into_owned())
    }

    pub(crate) fn uri_cstr(&self) -> Option<&CStr> {
        self.imp().uri.get().map(|u| u.as_c_str())
    }

    /// The libvirt connection while open, for calls this API does not wrap.
    pub fn handle(&self) -> Option<virt::connect::Connect> {
        self.imp().state().handle.clone()
    }

    fn require_handle(&self, message: &str) -> Result<virt::connect::Connect, glib::Error> {
        self.handle().ok_or_else(|| failure(ConnectionError::Failed, message))
    }

    pub fn is_open(&self) -> bool {
        self.imp().state().handle.is_some()
    }

    /// Whether the connection was opened read-only.
    pub fn is_read_only(&self) -> bool {
        self.imp().state().read_only
    }

    /// Opens the connection and emits `connection-opened`.
    pub fn open(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        self.open_blocking(false, None, cancellable)?;
        self.emit_opened();
        Ok(())
    }

    /// Opens the connection for queries only, and emits `connection-opened`.
    pub fn open_read_only(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        self.open_blocking(true, None, cancellable)?;
        self.emit_opened();
        Ok(())
    }

    /// [`Connection::open`] on a worker thread; `connection-opened` is emitted on the
    /// caller's context.
    pub async fn open_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        self.open_off_thread(false, cancellable).await
    }

    /// [`Connection::open_read_only`] on a worker thread.
    pub async fn open_read_only_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        self.open_off_thread(true, cancellable).await
    }

    async fn open_off_thread(&self, read_only: bool, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        let worker_cancellable = cancellable.cloned();
        let caller = glib::MainContext::ref_thread_default();
        off_thread(cancellable, move || this.open_blocking(read_only, Some(&caller), worker_cancellable.as_ref())).await?;
        self.emit_opened();
        Ok(())
    }

    /// Everything [`Connection::open`] does but emitting the signal (which the async forms
    /// emit on the caller's thread). An authentication handler runs on `caller`, or on this
    /// thread when `None`.
    pub(crate) fn open_blocking(
        &self,
        read_only: bool,
        caller: Option<&glib::MainContext>,
        cancellable: Option<&gio::Cancellable>,
    ) -> Result<(), glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        if self.is_open() {
            return Err(self.already_open());
        }
        let uri = self.uri();
        let handle = crate::auth::open_handle(self, uri.as_deref(), read_only, caller, cancellable)?;
        if !self.adopt(handle, read_only, true) {
            return Err(self.already_open());
        }
        Ok(())
    }

    fn already_open(&self) -> glib::Error {
        let uri = self.uri();
        failure(ConnectionError::Failed, &format!("Connection {} is already open", uri.as_deref().unwrap_or("(null)")))
    }

    /// Makes `handle` this connection's libvirt connection: learns the URI if there was none,
    /// subscribes to domain events and starts an empty domain cache. Returns false (and
    /// releases `handle`) if another open won the race.
    fn adopt(&self, handle: virt::connect::Connect, read_only: bool, fresh: bool) -> bool {
        if self.imp().uri.get().is_none() {
            if let Ok(uri) = handle.uri() {
                let _ = self.imp().uri.set(cstring(&uri));
            }
        }
        let callback = self.register_events(&handle);
        let close_callback = self.watch_for_close(&handle);
        let mut state = self.imp().state();
        if fresh && state.handle.is_some() {
            drop(state);
            let loser = crate::connection_lost::OpenState {
                handle: Some(handle),
                lifecycle_callback: callback,
                close_callback,
                domains: DomainCache::default(),
            };
            loser.release();
            return false;
        }
        state.handle = Some(handle);
        state.read_only = read_only;
        state.lifecycle_callback = callback;
        state.close_callback = close_callback;
        state.listed = false;
        let previous = std::mem::take(&mut state.domains);
        drop(state);
        drop(previous);
        true
    }

    fn emit_opened(&self) {
        self.emit_by_name::<()>("connection-opened", &[]);
    }

    /// Closes the connection, forgets its domains and emits `connection-closed`.
    pub fn close(&self) {
        let taken = self.imp().state().take_open_state();
        taken.release();
        self.emit_by_name::<()>("connection-closed", &[]);
    }

    /// Lists the domains of the connection into its cache (see [`Connection::domains`]).
    /// Domain objects already known are kept, so signal handlers on them stay connected.
    pub fn fetch_domains(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let handle = self.require_handle(NOT_OPEN)?;
        // Events that changed the set of domains while the listing was made are applied on top
        // of it; should there be more of them than the log keeps, the listing is made again.
        for attempt in 0.. {
            if let Some(c) = cancellable {
                c.set_error_if_cancelled()?;
            }
            let changes_before = self.imp().state().membership_changes;
            let listed = handle
                .list_all_domains(0)
                .map_err(|_| connection_failure(&handle, "Failed to fetch list of domains"))?;
            let mut listed_uuids = Vec::with_capacity(listed.len());
            for domain in listed {
                let key = UuidKey::of_domain(&domain)
                    .ok_or_else(|| libvirt_failure(ConnectionError::Failed, "Failed to fetch list of domains"))?;
                listed_uuids.push((key, domain));
            }
            // The objects we already have, taken under the lock; new ones are made (and, below,
            // released) without it.
            let known: Vec<Option<Domain>> = {
                let state = self.imp().state();
                listed_uuids.iter().map(|(key, _)| state.domains.get(key).cloned()).collect()
            };
            let found: Vec<(UuidKey, Domain)> = listed_uuids
                .into_iter()
                .zip(known)
                .map(|((key, handle), known)| {
                    let object = known.unwrap_or_else(|| Domain::for_handle_with_key(handle, key));
                    (key, object)
                })
                .collect();
            let mut state = self.imp().state();
            if !state.log_covers(changes_before) && attempt < 3 {
                continue;
            }
            // Closed (or closed and reopened) meanwhile: this listing belongs to no one.
            if state.handle.as_ref().map(|h| unsafe { h.as_ptr() }) != Some(unsafe { handle.as_ptr() }) {
                return Ok(());
            }
            let mut unused = Vec::new();
            let mut fresh = Vec::with_capacity(found.len());
            for (uuid, object) in found {
                // An event may have cached an object for this domain since the snapshot.
                match state.domains.get(&uuid) {
                    Some(cached) if *cached != object => {
                        fresh.push((uuid, cached.clone()));
                        unused.push(object);
                    }
                    _ => fresh.push((uuid, object)),
                }
            }
            let mut fresh = DomainCache::from_entries(fresh);
            let since_listing = state.membership_log.iter().filter(|(number, _, _)| *number > changes_before);
            for (_, uuid, present) in since_listing {
                let replaced = match (present, state.domains.get(uuid)) {
                    (true, Some(cached)) => fresh.insert(*uuid, cached.clone()),
                    _ => fresh.remove(uuid),
                };
                unused.extend(replaced);
            }
            let previous = std::mem::replace(&mut state.domains, fresh);
            state.listed = true;
            drop(state);
            drop((previous, unused));
            return Ok(());
        }
        unreachable!("the loop returns")
    }

    /// [`Connection::fetch_domains`] on a worker thread.
    pub async fn fetch_domains_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        let worker_cancellable = cancellable.cloned();
        off_thread(cancellable, move || this.fetch_domains(worker_cancellable.as_ref())).await
    }

    /// The domains known to the connection (fetched, or learnt from events), in no
    /// particular order.
    pub fn domains(&self) -> Vec<Domain> {
        self.imp().state().domains.values().cloned().collect()
    }

    /// The domain with UUID `uuid`, if known.
    pub fn domain(&self, uuid: &str) -> Option<Domain> {
        let state = self.imp().state();
        UuidKey::parse(uuid).and_then(|key| state.domains.get(&key).cloned())
    }

    /// The known domain running with id `id`.
    pub fn find_domain_by_id(&self, id: i32) -> Option<Domain> {
        self.domains().into_iter().find(|d| d.handle().and_then(|h| h.id()).is_some_and(|i| i as i32 == id))
    }

    /// The known domain named `name`.
    pub fn find_domain_by_name(&self, name: &str) -> Option<Domain> {
        self.domains().into_iter().find(|d| d.name() == name)
    }

    /// The name of the hypervisor driver (`QEMU`, `TEST`, …).
    pub fn hypervisor_name(&self) -> Result<String, glib::Error> {
        let handle = self.require_handle(NOT_OPENED)?;
        handle.driver_type().map_err(|_| libvirt_failure(ConnectionError::Failed, "Unable to get hypervisor name"))
    }

    /// The hypervisor's version, as `major * 1,000,000 + minor * 1,000 + release`.
    pub fn version(&self) -> Result<u64, glib::Error> {
        let handle = self.require_handle(NOT_OPENED)?;
        let mut version: std::ffi::c_ulong = 0;
        // SAFETY: live connection, valid out-parameter.
        if unsafe { sys::virConnectGetVersion(handle.as_ptr(), &mut version) } < 0 {
            return Err(libvirt_failure(ConnectionError::Failed, "Unable to get hypervisor version"));
        }
        Ok(version as u64)
    }

    /// The host's CPUs and memory.
    pub fn node_info(&self) -> Result<NodeInfo, glib::Error> {
        const WHAT: &str = "Unable to get node info";
        let handle = self.require_handle(&format!("{WHAT}: {NOT_OPEN}"))?;
        let info = handle.node_info().map_err(|_| libvirt_failure(ConnectionError::Failed, WHAT))?;
        Ok(NodeInfo {
            model: info.model,
            memory: info.memory,
            cpus: info.cpus,
            mhz: info.mhz,
            nodes: info.nodes,
            sockets: info.sockets,
            cores: info.cores,
            threads: info.threads,
        })
    }

    /// The capabilities of the host and its hypervisor (`virConnectGetCapabilities`).
    pub fn capabilities(&self) -> Result<libvirt_gconfig::Capabilities, glib::Error> {
        libvirt_gconfig::Capabilities::from_xml(&self.capabilities_xml()?)
    }

    /// [`Connection::capabilities`] with the libvirt call on a worker thread.
    pub async fn capabilities_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<libvirt_gconfig::Capabilities, glib::Error> {
        let this = self.clone();
        let xml = off_thread(cancellable, move || this.capabilities_xml()).await?;
        libvirt_gconfig::Capabilities::from_xml(&xml)
    }

    /// The capabilities document as libvirt gives it (what a worker thread can hand back:
    /// configuration objects are made on the caller's thread).
    pub(crate) fn capabilities_xml(&self) -> Result<String, glib::Error> {
        const WHAT: &str = "Unable to get capabilities";
        let handle = self.require_handle(&format!("{WHAT}: {NOT_OPEN}"))?;
        handle.capabilities().map_err(|_| libvirt_failure(ConnectionError::Failed, WHAT))
    }

    /// What the hypervisor supports for domains made with the emulator `emulatorbin`,
    /// architecture `arch`, machine type `machine` and virtualization type `virttype` (each
    /// `None` for libvirt's default); `flags` are libvirt's (none yet).
    pub fn domain_capabilities(
        &self,
        emulatorbin: Option<&str>,
        arch: Option<&str>,
        machine: Option<&str>,
        virttype: Option<&str>,
        flags: u32,
    ) -> Result<libvirt_gconfig::DomainCapabilities, glib::Error> {
        let query = DomainCapabilitiesQuery::new(emulatorbin, arch, machine, virttype, flags);
        libvirt_gconfig::DomainCapabilities::from_xml(&self.domain_capabilities_xml(query)?)
    }

    /// [`Connection::domain_capabilities`] with the libvirt call on a worker thread.
    pub async fn domain_capabilities_future(
        &self,
        emulatorbin: Option<&str>,
        arch: Option<&str>,
        machine: Option<&str>,
        virttype: Option<&str>,
        flags: u32,
        cancellable: Option<&gio::Cancellable>,
    ) -> Result<libvirt_gconfig::DomainCapabilities, glib::Error> {
        let this = self.clone();
        let query = DomainCapabilitiesQuery::new(emulatorbin, arch, machine, virttype, flags);
        let xml = off_thread(cancellable, move || this.domain_capabilities_xml(query)).await?;
        libvirt_gconfig::DomainCapabilities::from_xml(&xml)
    }

    /// The domain capabilities document for `query`, as libvirt gives it.
    pub(crate) fn domain_capabilities_xml(&self, query: DomainCapabilitiesQuery) -> Result<String, glib::Error> {
        const WHAT: &str = "Unable to get domain capabilities";
        let handle = self.require_handle(&format!("{WHAT}: {NOT_OPEN}"))?;
        let q = &query;
        handle
            .domain_capabilities(q.emulatorbin.as_deref(), q.arch.as_deref(), q.machine.as_deref(), q.virttype.as_deref(), q.flags)
            .map_err(|_| libvirt_failure(ConnectionError::Failed, WHAT))
    }

    /// Defines a persistent domain from `conf` (without starting it).
    pub fn create_domain(&self, conf: &libvirt_gconfig::Domain) -> Result<Domain, glib::Error> {
        const WHAT: &str = "Failed to create domain";
        let handle = self.require_handle(&format!("{WHAT}: {NOT_OPEN}"))?;
        let defined = handle.define_domain_xml(&conf.to_xml()).map_err(|_| libvirt_failure(ConnectionError::Failed, WHAT))?;
        self.cached_object_for(&defined, WHAT)
    }

    /// Creates and starts a transient domain from `conf` (it disappears once stopped).
    pub fn start_domain(&self, conf: &libvirt_gconfig::Domain, flags: DomainStartFlags) -> Result<Domain, glib::Error> {
        const WHAT: &str = "Failed to create domain";
        let handle = self.require_handle(&format!("{WHAT}: {NOT_OPEN}"))?;
        let started = handle
            .create_domain_xml(&conf.to_xml(), flags.bits())
            .map_err(|_| libvirt_failure(ConnectionError::Failed, WHAT))?;
        self.cached_object_for(&started, WHAT)
    }

    /// Restores a domain saved with [`Domain::save_to_file`] and starts it, optionally with
    /// `custom_conf` replacing the configuration stored in the image. `flags` are
    /// `virDomainSaveRestoreFlags`.
    pub fn restore_domain_from_file(
        &self,
        filename: &str,
        custom_conf: Option<&libvirt_gconfig::Domain>,
        flags: u32,
    ) -> Result<(), glib::Error> {
        self.restore_domain_from_file_with_xml(filename.to_owned(), custom_conf.map(|c| c.to_xml()), flags)
    }

    /// [`Connection::restore_domain_from_file`] on a worker thread.
    pub async fn restore_domain_from_file_future(
        &self,
        filename: &str,
        custom_conf: Option<&libvirt_gconfig::Domain>,
        flags: u32,
        cancellable: Option<&gio::Cancellable>,
    ) -> Result<(), glib::Error> {
        let this = self.clone();
        let (filename, xml) = (filename.to_owned(), custom_conf.map(|c| c.to_xml()));
        off_thread(cancellable, move || this.restore_domain_from_file_with_xml(filename, xml, flags)).await
    }

    /// [`Connection::restore_domain_from_file`] with the configuration in XML form.
    pub(crate) fn restore_domain_from_file_with_xml(&self, filename: String, xml: Option<String>, flags: u32) -> Result<(), glib::Error> {
        const WHAT: &str = "Unable to restore domain";
        let handle = self.require_handle(&format!("{WHAT}: {NOT_OPEN}"))?;
        let filename = CString::new(filename).map_err(|_| failure(ConnectionError::Failed, WHAT))?;
        let xml = xml.map(CString::new).transpose().map_err(|_| failure(ConnectionError::Failed, WHAT))?;
        // SAFETY: live connection, NUL-terminated strings that outlive the call.
        let ret = unsafe {
            sys::virDomainRestoreFlags(handle.as_ptr(), filename.as_ptr(), xml.as_ref().map_or(std::ptr::null(), |x| x.as_ptr()), flags)
        };
        if ret < 0 {
            return Err(libvirt_failure(ConnectionError::Failed, WHAT));
        }
        Ok(())
    }

    /// The cached object of `domain`, made and cached now if it is new.
    fn cached_object_for(&self, domain: &virt::domain::Domain, what: &str) -> Result<Domain, glib::Error> {
        let key = UuidKey::of_domain(domain).ok_or_else(|| libvirt_failure(ConnectionError::Failed, what))?;
        if let Some(cached) = self.imp().state().domains.get(&key) {
            return Ok(cached.clone());
        }
        // Made without the lock held; dropped after it if an event cached one meanwhile.
        let candidate = Domain::for_handle_with_key(domain.clone(), key);
        let mut state = self.imp().state();
        if let Some(cached) = state.domains.get(&key) {
            return Ok(cached.clone());
        }
        state.domains.insert(key, candidate.clone());
        state.record_membership(key, true);
        Ok(candidate.clone())
    }

    /// Calls `f` once the connection is open.
    pub fn connect_connection_opened<F: Fn(&Connection) + Send + Sync + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect("connection-opened", false, move |values| {
            f(&values[0].get::<Connection>().expect("a Connection"));
            None
        })
    }

    /// Calls `f` when the connection is closed.
    pub fn connect_connection_closed<F: Fn(&Connection) + Send + Sync + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect("connection-closed", false, move |values| {
            f(&values[0].get::<Connection>().expect("a Connection"));
            None
        })
    }

    /// Calls `f` when a domain is defined, or a transient one started.
    pub fn connect_domain_added<F: Fn(&Connection, &Domain) + Send + Sync + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect("domain-added", false, move |values| {
            f(&values[0].get::<Connection>().expect("a Connection"), &values[1].get::<Domain>().expect("a Domain"));
            None
        })
    }

    /// Calls `f` when a domain is undefined, or a transient one stopped.
    pub fn connect_domain_removed<F: Fn(&Connection, &Domain) + Send + Sync + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect("domain-removed", false, move |values| {
            f(&values[0].get::<Connection>().expect("a Connection"), &values[1].get::<Domain>().expect("a Domain"));
            None
        })
    }

    // The `_local` forms take handlers that are not `Send` (a GTK application's); see
    // `Domain::connect_started_local` for the thread they must live on.

    /// [`Connection::connect_connection_opened`] for a handler that is not `Send`.
    pub fn connect_connection_opened_local<F: Fn(&Connection) + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect_local("connection-opened", false, move |values| {
            f(&values[0].get::<Connection>().expect("a Connection"));
            None
        })
    }

    /// [`Connection::connect_connection_closed`] for a handler that is not `Send`.
    pub fn connect_connection_closed_local<F: Fn(&Connection) + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect_local("connection-closed", false, move |values| {
            f(&values[0].get::<Connection>().expect("a Connection"));
            None
        })
    }

    /// [`Connection::connect_domain_added`] for a handler that is not `Send`.
    pub fn connect_domain_added_local<F: Fn(&Connection, &Domain) + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect_local("domain-added", false, move |values| {
            f(&values[0].get::<Connection>().expect("a Connection"), &values[1].get::<Domain>().expect("a Domain"));
            None
        })
    }

    /// [`Connection::connect_domain_removed`] for a handler that is not `Send`.
    pub fn connect_domain_removed_local<F: Fn(&Connection, &Domain) + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect_local("domain-removed", false, move |values| {
            f(&values[0].get::<Connection>().expect("a Connection"), &values[1].get::<Domain>().expect("a Domain"));
            None
        })
    }

    fn register_events(&self, handle: &virt::connect::Connect) -> Option<c_int> {
        let weak = Box::into_raw(Box::new(self.downgrade()));
        // SAFETY: libvirt calls `lifecycle_event` with the lifecycle signature for this event id
        // (its documented use of VIR_DOMAIN_EVENT_CALLBACK), and frees `weak` with `free_weak`
        // once the callback is deregistered.
        let id = unsafe {
            let callback: unsafe extern "C" fn(sys::virConnectPtr, sys::virDomainPtr, c_int, c_int, *mut c_void) -> c_int =
                lifecycle_event;
            sys::virConnectDomainEventRegisterAny(
                handle.as_ptr(),
                std::ptr::null_mut(),
                sys::VIR_DOMAIN_EVENT_ID_LIFECYCLE as c_int,
                Some(std::mem::transmute::<
                    unsafe extern "C" fn(sys::virConnectPtr, sys::virDomainPtr, c_int, c_int, *mut c_void) -> c_int,
                    unsafe extern "C" fn(sys::virConnectPtr, sys::virDomainPtr, *mut c_void),
                >(callback)),
                weak as *mut c_void,
                Some(free_weak),
            )
        };
        if id < 0 {
            // libvirt did not take `weak` (whether it would free it is not specified: leak the
            // few bytes rather than risk a double free).
            crate::error::log_warning("Failed to register domain events, ignoring");
            return None;
        }
        Some(id)
    }

    /// Follows one lifecycle event of domain `handle` (see the module documentation).
    /// `handle` is borrowed from libvirt for the duration of the callback. Every libvirt call
    /// on it costs a UUID formatting for libvirt's debug log, so only the calls this event
    /// needs are made, and a reference is taken only for a new object.
    fn on_lifecycle_event(&self, handle: &virt::domain::Domain, event: u32, detail: u32) {
        use sys::*;
        let Some(key) = UuidKey::of_domain(handle) else {
            crate::error::log_warning("Failed to get the UUID of a domain with an event");
            return;
        };
        let (cached, listed) = {
            let state = self.imp().state();
            if state.handle.is_none() {
                return;
            }
            (state.domains.get(&key).cloned(), state.listed)
        };
        // Persistence matters for a stop (a transient domain is gone) and a boot (a transient
        // domain appears). libvirt is asked the first time only; its answer is kept below.
        let needs_persistence = event == VIR_DOMAIN_EVENT_STOPPED
            || (event == VIR_DOMAIN_EVENT_STARTED && detail == VIR_DOMAIN_EVENT_STARTED_BOOTED);
        let mut asked = None;
        let persistent = needs_persistence
            && match cached.as_ref().map_or(Persistence::Unknown, Domain::persistence) {
                Persistence::Persistent => true,
                Persistence::Transient => false,
                Persistence::Unknown => {
                    // A failure means the domain is gone (so transient, and dropped below):
                    // nothing to remember.
                    asked = handle.is_persistent().ok();
                    asked.unwrap_or(false)
                }
            };
        // Whether the event means the domain no longer exists for this connection. An undefined
        // domain that still runs stays (it is transient now); whether it runs is what the
        // events said last, and libvirt is asked only when they have not said.
        let gone = match event {
            VIR_DOMAIN_EVENT_UNDEFINED => {
                detail == VIR_DOMAIN_EVENT_UNDEFINED_REMOVED
                    && match cached.as_ref().map_or(Activity::Unknown, Domain::activity) {
                        Activity::Active => false,
                        Activity::Inactive => true,
                        Activity::Unknown => !handle.is_active().unwrap_or(false),
                    }
            }
            VIR_DOMAIN_EVENT_STOPPED => !persistent,
            _ => false,
        };

        let (domain, inserted) = match cached {
            Some(domain) => (domain, false),
            // An event about a domain that is already gone changes nothing we know of.
            None if gone => return,
            None => {
                // Made without the lock held; dropped after it if another thread won.
                let candidate = Domain::for_handle_with_key(handle.clone(), key);
                let mut state = self.imp().state();
                match state.domains.get(&key) {
                    Some(domain) => (domain.clone(), false),
                    None => {
                        state.domains.insert(key, candidate.clone());
                        state.record_membership(key, true);
                        (candidate.clone(), true)
                    }
                }
            }
        };

        match event {
            VIR_DOMAIN_EVENT_STARTED | VIR_DOMAIN_EVENT_SUSPENDED | VIR_DOMAIN_EVENT_RESUMED | VIR_DOMAIN_EVENT_PMSUSPENDED => {
                domain.set_activity(Activity::Active)
            }
            VIR_DOMAIN_EVENT_STOPPED => domain.set_activity(Activity::Inactive),
            // A domain new to a connection that has listed its domains, defined: it is not
            // running. (Defining a running transient domain also says ADDED, but such a domain
            // is cached already — it was listed, or its start event came first.) Before a
            // listing, a running domain may be unknown to us, so nothing is assumed.
            VIR_DOMAIN_EVENT_DEFINED if inserted && listed && detail == VIR_DOMAIN_EVENT_DEFINED_ADDED => {
                domain.set_activity(Activity::Inactive)
            }
            // Other events (crashed, shutdown requested, undefined, updated) do not change it.
            _ => {}
        }
        // libvirt's answer holds until a define or an undefine event changes it. (An answer
        // given after such an event happened is followed by that event, which sets the same.)
        if let Some(persistent) = asked {
            domain.set_persistence(if persistent { Persistence::Persistent } else { Persistence::Transient });
        }
        match event {
            VIR_DOMAIN_EVENT_DEFINED => domain.set_persistence(Persistence::Persistent),
            VIR_DOMAIN_EVENT_UNDEFINED if detail == VIR_DOMAIN_EVENT_UNDEFINED_REMOVED => {
                domain.set_persistence(Persistence::Transient)
            }
            _ => {}
        }

        let signals = EventSignals::get();
        let added = inserted
            || (event == VIR_DOMAIN_EVENT_DEFINED && detail == VIR_DOMAIN_EVENT_DEFINED_ADDED)
            || (event == VIR_DOMAIN_EVENT_STARTED && detail == VIR_DOMAIN_EVENT_STARTED_BOOTED && !persistent);
        if added {
            signals.domain_added.emit_with_object(self, &domain);
        }

        match event {
            VIR_DOMAIN_EVENT_DEFINED if detail != VIR_DOMAIN_EVENT_DEFINED_ADDED => signals.updated.emit(&domain, None),
            VIR_DOMAIN_EVENT_STARTED => signals.started.emit(&domain, Some(detail)),
            VIR_DOMAIN_EVENT_SUSPENDED => signals.suspended.emit(&domain, Some(detail)),
            VIR_DOMAIN_EVENT_RESUMED => signals.resumed.emit(&domain, Some(detail)),
            VIR_DOMAIN_EVENT_STOPPED => signals.stopped.emit(&domain, Some(detail)),
            VIR_DOMAIN_EVENT_PMSUSPENDED => signals.pmsuspended.emit(&domain, Some(detail)),
            _ => {}
        }

        if gone {
            let removed = {
                let mut state = self.imp().state();
                let removed = state.domains.remove(&key);
                if removed.is_some() {
                    state.record_membership(key, false);
                }
                removed
            };
            if let Some(domain) = removed {
                signals.domain_removed.emit_with_object(self, &domain);
            }
        }
    }
}

/// The signals libvirt's lifecycle events turn into, resolved once (see `ResolvedSignal`).
struct EventSignals {
    domain_added: ResolvedSignal,
    domain_removed: ResolvedSignal,
    updated: ResolvedSignal,
    started: ResolvedSignal,
    suspended: ResolvedSignal,
    resumed: ResolvedSignal,
    stopped: ResolvedSignal,
    pmsuspended: ResolvedSignal,
}

impl EventSignals {
    fn get() -> &'static EventSignals {
        static SIGNALS: OnceLock<EventSignals> = OnceLock::new();
        SIGNALS.get_or_init(|| {
            let (connection, domain) = (Connection::static_type(), Domain::static_type());
            // The signal details are libvirt's event details (`virDomainEvent*DetailType`), in
            // libvirt's order; a detail newer than these tables is emitted without one.
            EventSignals {
                domain_added: ResolvedSignal::new(connection, c"domain-added", &[]),
                domain_removed: ResolvedSignal::new(connection, c"domain-removed", &[]),
                updated: ResolvedSignal::new(domain, c"updated", &[]),
                started: ResolvedSignal::new(domain, c"started", &[c"booted", c"migrated", c"restored", c"from-snapshot", c"wakeup"]),
                suspended: ResolvedSignal::new(
                    domain,
                    c"suspended",
                    &[c"paused", c"migrated", c"ioerror", c"watchdog", c"restored", c"from-snapshot"],
                ),
                resumed: ResolvedSignal::new(domain, c"resumed", &[c"unpaused", c"migrated", c"from-snapshot"]),
                stopped: ResolvedSignal::new(
                    domain,
                    c"stopped",
                    &[c"shutdown", c"destroyed", c"crashed", c"migrated", c"saved", c"failed", c"from-snapshot"],
                ),
                pmsuspended: ResolvedSignal::new(domain, c"pmsuspended", &[c"memory", c"disk"]),
            }
        })
    }
}

pub(crate) fn deregister_events(handle: &virt::connect::Connect, callback: Option<c_int>) {
    if let Some(id) = callback {
        // SAFETY: `id` was returned by virConnectDomainEventRegisterAny on this connection.
        unsafe { sys::virConnectDomainEventDeregisterAny(handle.as_ptr(), id) };
    }
}

unsafe extern "C" fn lifecycle_event(
    _conn: sys::virConnectPtr,
    domain: sys::virDomainPtr,
    event: c_int,
    detail: c_int,
    opaque: *mut c_void,
) -> c_int {
    let weak = &*(opaque as *const glib::WeakRef<Connection>);
    let Some(connection) = weak.upgrade() else { return 0 };
    // Borrowed: libvirt keeps `domain` alive for the duration of the call, and dropping a
    // `virt` handle would release a reference we do not own. A new object clones it (a
    // reference of its own).
    let handle = std::mem::ManuallyDrop::new(virt::domain::Domain::from_ptr(domain));
    let run = std::panic::AssertUnwindSafe(|| connection.on_lifecycle_event(&handle, event as u32, detail as u32));
    if std::panic::catch_unwind(run).is_err() {
        crate::error::log_critical("internal error while handling a domain event");
    }
    0
}

unsafe extern "C" fn free_weak(opaque: *mut c_void) {
    drop(Box::from_raw(opaque as *mut glib::WeakRef<Connection>));
}
