//! `Domain` (`GVirDomain`): one libvirt domain (virtual machine).
//!
//! A domain object wraps a libvirt domain reference. Its [`Connection`](crate::Connection)
//! keeps one object per domain UUID and emits the lifecycle signals on it (`started`,
//! `stopped`, `suspended`, `resumed`, `pmsuspended`, with libvirt's event detail as the signal
//! detail, e.g. `stopped::destroyed`; and `updated`), so holding on to a domain object and
//! connecting to its signals is how a program follows a VM.
//!
//! Every method that talks to libvirt has a blocking form and an `async` form (`*_future`)
//! that runs the libvirt call on a worker thread and resumes on the caller's main context.

use std::ffi::{c_void, CString};
use std::sync::OnceLock;

use gio::prelude::*;
use glib::subclass::prelude::*;
use glib::translate::*;
use libvirt_gconfig::ConfigObjectExt;
use virt::sys;

use crate::error::{failure, libvirt_failure, DomainError};
use crate::{
    DomainDeleteFlags, DomainHandle, DomainRebootFlags, DomainShutdownFlags, DomainStartFlags, DomainState, DomainUpdateDeviceFlags,
    DomainXmlFlags,
};

/// C layout of `GVirDomain`: `{ GObject parent; gpointer priv; }`.
#[repr(C)]
pub struct DomainInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// A default handler of a domain signal in the class struct.
pub type DomainSignalSlot = Option<unsafe extern "C" fn(*mut DomainInstance)>;

/// C layout of `GVirDomainClass`: the parent class, one slot per signal, padding.
#[repr(C)]
pub struct DomainClass {
    pub parent_class: glib::gobject_ffi::GObjectClass,
    pub started: DomainSignalSlot,
    pub stopped: DomainSignalSlot,
    pub resumed: DomainSignalSlot,
    pub updated: DomainSignalSlot,
    pub suspended: DomainSignalSlot,
    pub pmsuspended: DomainSignalSlot,
    padding: [*mut c_void; 19],
}

unsafe impl InstanceStruct for DomainInstance {
    type Type = imp::Domain;
}

unsafe impl ClassStruct for DomainClass {
    type Type = imp::Domain;
}

/// What [`Domain::info`] reports (`virDomainInfo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DomainInfo {
    pub state: DomainState,
    /// The most memory the domain may use, in KiB.
    pub max_mem: u64,
    /// The memory the domain uses now, in KiB.
    pub memory: u64,
    pub n_virt_cpu: u16,
    /// CPU time used, in nanoseconds.
    pub cpu_time: u64,
}

/// Whether a domain runs, as far as the lifecycle events seen so far tell. The connection
/// keeps it so that an undefine does not have to ask libvirt whether the domain still runs
/// (`virDomainIsActive` on a domain the undefine removed fails, and the error costs ~25 k
/// instructions, half the event).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Activity {
    /// No event has told yet (a fetched domain, or one first seen through an event that does
    /// not say).
    Unknown = 0,
    Inactive = 1,
    Active = 2,
}

/// Whether a domain has a persistent definition, as far as its connection knows: libvirt's
/// answer the first time an event needed it, kept true by the define and undefine events since.
/// A start and a stop each need it (a transient domain appears, or is gone), and asking libvirt
/// costs a call that formats the UUID for its debug log — ~25 k instructions when the domain is
/// already gone and the call fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Persistence {
    Unknown = 0,
    Persistent = 1,
    Transient = 2,
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct Domain {
        pub(crate) handle: OnceLock<virt::domain::Domain>,
        /// The UUID's 36 characters and a NUL, inline (one heap block less per domain).
        pub(crate) uuid: OnceLock<[u8; 37]>,
        /// Whether the domain runs, as its connection's lifecycle events last said (an
        /// [`Activity`](super::Activity); it fits in the struct's padding).
        pub(crate) activity: std::sync::atomic::AtomicU8,
        /// Whether the domain has a persistent definition, as far as the connection knows (a
        /// [`Persistence`](super::Persistence); also in the padding).
        pub(crate) persistence: std::sync::atomic::AtomicU8,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for Domain {
        const NAME: &'static str = "GVirDomain";
        type Type = super::Domain;
        type ParentType = glib::Object;
        type Instance = super::DomainInstance;
        type Class = super::DomainClass;

        fn class_init(klass: &mut Self::Class) {
            use std::mem::offset_of;
            let itype = klass.parent_class.g_type_class.g_type;
            let detailed = glib::SignalFlags::RUN_LAST
                | glib::SignalFlags::NO_RECURSE
                | glib::SignalFlags::NO_HOOKS
                | glib::SignalFlags::DETAILED;
            let plain = glib::SignalFlags::RUN_LAST | glib::SignalFlags::NO_RECURSE | glib::SignalFlags::NO_HOOKS;
            let register = crate::signals::register_with_class_slot;
            register(itype, c"started", detailed, offset_of!(DomainClass, started), &[]);
            register(itype, c"stopped", detailed, offset_of!(DomainClass, stopped), &[]);
            register(itype, c"resumed", detailed, offset_of!(DomainClass, resumed), &[]);
            register(itype, c"updated", plain, offset_of!(DomainClass, updated), &[]);
            register(itype, c"suspended", detailed, offset_of!(DomainClass, suspended), &[]);
            register(itype, c"pmsuspended", detailed, offset_of!(DomainClass, pmsuspended), &[]);
        }
    }

    impl ObjectImpl for Domain {
        fn properties() -> &'static [glib::ParamSpec] {
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| {
                vec![
                    glib::ParamSpecBoxed::builder::<DomainHandle>("handle")
                        .nick("Handle")
                        .blurb("The libvirt domain this object stands for")
                        .construct_only()
                        .build(),
                    glib::ParamSpecBoolean::builder("persistent")
                        .nick("Persistent")
                        .blurb("Whether the domain has a persistent definition")
                        .read_only()
                        .build(),
                ]
            })
        }

        fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
            match pspec.name() {
                "handle" => {
                    if let Some(handle) = value.get::<Option<DomainHandle>>().expect("a GVirDomainHandle") {
                        let _ = self.handle.set(handle.domain());
                    }
                }
                _ => unreachable!("GObject checks property names"),
            }
        }

        fn property(&self, _id: usize, pspec: &glib::ParamSpec) -> glib::Value {
            match pspec.name() {
                "handle" => self.handle.get().map(DomainHandle::new).to_value(),
                "persistent" => self.obj().is_persistent().to_value(),
                _ => unreachable!("GObject checks property names"),
            }
        }

        fn constructed(&self) {
            self.parent_constructed();
            if let Some(handle) = self.handle.get() {
                match crate::domain_cache::UuidKey::of_domain(handle) {
                    Some(key) => {
                        let _ = self.uuid.set(key.text());
                    }
                    None => crate::error::log_warning(&format!("Failed to get domain UUID: {}", virt::error::Error::last_error())),
                }
            }
        }
    }

    impl DomainImpl for Domain {}
}

/// A C string of `s` (which never holds NUL: UUIDs and libvirt names are plain text).
fn capi_cstring(s: &str) -> CString {
    CString::new(s.replace('\0', "")).expect("NULs removed")
}

glib::wrapper! {
    /// A libvirt domain (virtual machine), kept up to date by its connection.
    pub struct Domain(ObjectSubclass<imp::Domain>);
}

/// Implemented by subclasses of [`Domain`]: the default handlers of its signals.
pub trait DomainImpl: ObjectImpl + ObjectSubclass<Type: IsA<Domain>> {
    fn started(&self) {
        self.parent_signal_slot(|class| class.started)
    }
    fn stopped(&self) {
        self.parent_signal_slot(|class| class.stopped)
    }
    fn resumed(&self) {
        self.parent_signal_slot(|class| class.resumed)
    }
    fn updated(&self) {
        self.parent_signal_slot(|class| class.updated)
    }
    fn suspended(&self) {
        self.parent_signal_slot(|class| class.suspended)
    }
    fn pmsuspended(&self) {
        self.parent_signal_slot(|class| class.pmsuspended)
    }
}

/// Chaining up from [`DomainImpl`] methods.
pub trait DomainImplExt: DomainImpl {
    /// Runs the parent class's default handler in the slot `slot` picks, if it has one.
    fn parent_signal_slot(&self, slot: impl Fn(&DomainClass) -> DomainSignalSlot) {
        // SAFETY: the parent class of a Domain subclass is a DomainClass (or a subclass of it),
        // and its slots hold NULL or handlers taking a GVirDomain.
        unsafe {
            let data = Self::type_data();
            let parent = &*(data.as_ref().parent_class() as *const DomainClass);
            if let Some(handler) = slot(parent) {
                handler(self.obj().unsafe_cast_ref::<Domain>().as_ptr())
            }
        }
    }
}

impl<T: DomainImpl> DomainImplExt for T {}

macro_rules! domain_slot_trampoline {
    ($name:ident, $method:ident) => {
        unsafe extern "C" fn $name<T: DomainImpl>(ptr: *mut DomainInstance) {
            let instance = &*(ptr as *mut T::Instance);
            instance.imp().$method()
        }
    };
}

domain_slot_trampoline!(started_trampoline, started);
domain_slot_trampoline!(stopped_trampoline, stopped);
domain_slot_trampoline!(resumed_trampoline, resumed);
domain_slot_trampoline!(updated_trampoline, updated);
domain_slot_trampoline!(suspended_trampoline, suspended);
domain_slot_trampoline!(pmsuspended_trampoline, pmsuspended);

unsafe impl<T: DomainImpl> IsSubclassable<T> for Domain {
    fn class_init(class: &mut glib::Class<Self>) {
        Self::parent_class_init::<T>(class);
        let klass = class.as_mut();
        klass.started = Some(started_trampoline::<T>);
        klass.stopped = Some(stopped_trampoline::<T>);
        klass.resumed = Some(resumed_trampoline::<T>);
        klass.updated = Some(updated_trampoline::<T>);
        klass.suspended = Some(suspended_trampoline::<T>);
        klass.pmsuspended = Some(pmsuspended_trampoline::<T>);
    }
}

/// Runs `work` on a worker thread and waits for it without blocking the caller's main context.
/// As with a `GTask`, a cancellation seen before the work starts or after it ends wins.
pub(crate) async fn off_thread<T, F>(cancellable: Option<&gio::Cancellable>, work: F) -> Result<T, glib::Error>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, glib::Error> + Send + 'static,
{
    if let Some(c) = cancellable {
        c.set_error_if_cancelled()?;
    }
    let result = gio::spawn_blocking(work).await.unwrap_or_else(|_| {
        Err(glib::Error::new(gio::IOErrorEnum::Failed, "internal error: the libvirt call panicked"))
    });
    if let Some(c) = cancellable {
        c.set_error_if_cancelled()?;
    }
    result
}

impl Domain {
    /// The object for libvirt domain `handle` (not yet registered with its connection), whose
    /// UUID the caller already knows as `key`. The handle
    /// is stored directly rather than through the construct property: every copy of a
    /// `GVirDomainHandle` is a libvirt call, and libvirt formats the domain's UUID for its debug
    /// log on each call — this is the path of every event and every fetched domain.
    pub(crate) fn for_handle_with_key(handle: virt::domain::Domain, key: crate::domain_cache::UuidKey) -> Domain {
        let domain: Domain = glib::Object::new();
        let _ = domain.imp().handle.set(handle);
        let _ = domain.imp().uuid.set(key.text());
        domain
    }

    /// Whether the domain runs, as the events seen so far tell.
    pub(crate) fn activity(&self) -> Activity {
        match self.imp().activity.load(std::sync::atomic::Ordering::Relaxed) {
            1 => Activity::Inactive,
            2 => Activity::Active,
            _ => Activity::Unknown,
        }
    }

    /// Records what an event told about whether the domain runs. Only the thread dispatching
    /// the connection's events writes it, so no ordering with other memory is needed.
    pub(crate) fn set_activity(&self, activity: Activity) {
        self.imp().activity.store(activity as u8, std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether the domain has a persistent definition, as far as the connection knows.
    pub(crate) fn persistence(&self) -> Persistence {
        match self.imp().persistence.load(std::sync::atomic::Ordering::Relaxed) {
            1 => Persistence::Persistent,
            2 => Persistence::Transient,
            _ => Persistence::Unknown,
        }
    }

    /// Records what libvirt or an event told about the domain's persistence (written by the
    /// thread dispatching the connection's events only, like the activity).
    pub(crate) fn set_persistence(&self, persistence: Persistence) {
        self.imp().persistence.store(persistence as u8, std::sync::atomic::Ordering::Relaxed)
    }

    /// The libvirt domain, for calls this API does not wrap.
    pub fn handle(&self) -> Option<virt::domain::Domain> {
        self.imp().handle.get().cloned()
    }

    /// The libvirt handle, borrowed: a copy (`virDomainRef`) is a libvirt call, which formats
    /// the UUID for libvirt's debug log, so calls made on this thread use it in place.
    pub(crate) fn require_handle(&self) -> Result<&virt::domain::Domain, glib::Error> {
        self.imp().handle.get().ok_or_else(|| failure(DomainError::Failed, "The domain object has no libvirt handle"))
    }

    /// Starts a screenshot of monitor `monitor_id` into `stream` (read it from the stream's
    /// input stream); returns the image's MIME type.
    pub fn screenshot(&self, stream: &crate::Stream, monitor_id: u32, flags: u32) -> Result<String, glib::Error> {
        let handle = self.require_handle()?;
        let st = stream.handle_ptr().ok_or_else(|| failure(DomainError::Failed, "The stream has no libvirt stream"))?;
        // SAFETY: domain and stream are alive; libvirt returns a malloc'd string or NULL.
        unsafe {
            let mime = sys::virDomainScreenshot(handle.as_ptr(), st, monitor_id, flags);
            if mime.is_null() {
                return Err(libvirt_failure(DomainError::Failed, "Unable to take a screenshot"));
            }
            let text = std::ffi::CStr::from_ptr(mime).to_string_lossy().into_owned();
            libc_free(mime as *mut c_void);
            Ok(text)
        }
    }

    /// Connects `stream` to the domain's console `devname` (the first console when `None`).
    pub fn open_console(&self, stream: &crate::Stream, devname: Option<&str>, flags: u32) -> Result<(), glib::Error> {
        let handle = self.require_handle()?;
        let st = stream.handle_ptr().ok_or_else(|| failure(DomainError::Failed, "The stream has no libvirt stream"))?;
        let devname = devname.map(capi_cstring);
        // SAFETY: domain and stream are alive; devname is NULL or a C string.
        let r = unsafe {
            sys::virDomainOpenConsole(handle.as_ptr(), devname.as_ref().map_or(std::ptr::null(), |d| d.as_ptr()), st, flags)
        };
        if r < 0 {
            return Err(libvirt_failure(DomainError::Failed, "Unable to open console"));
        }
        Ok(())
    }

    /// The domain's name.
    pub fn name(&self) -> String {
        self.imp().handle.get().and_then(|h| h.name().ok()).unwrap_or_default()
    }

    /// The domain's UUID, in its usual text form.
    pub fn uuid(&self) -> String {
        self.uuid_cstr().map(|u| u.to_string_lossy().into_owned()).unwrap_or_default()
    }

    /// The UUID as a C string the object owns (for the C ABI).
    #[cfg_attr(not(feature = "capi"), allow(dead_code))]
    pub(crate) fn uuid_cstr(&self) -> Option<&std::ffi::CStr> {
        self.imp().uuid.get().and_then(|u| std::ffi::CStr::from_bytes_until_nul(u).ok())
    }

    /// The domain's id while it runs; an error when it is not running.
    pub fn id(&self) -> Result<i32, glib::Error> {
        let handle = self.require_handle()?;
        match handle.id() {
            Some(id) => Ok(id as i32),
            None => Err(libvirt_failure(DomainError::Failed, "Unable to get ID for domain")),
        }
    }

    /// Whether the domain has a persistent definition (survives being stopped).
    pub fn is_persistent(&self) -> bool {
        self.imp().handle.get().is_some_and(|h| h.is_persistent().unwrap_or(false))
    }

    /// Whether the domain has a managed save image (see [`Domain::save`]).
    pub fn is_saved(&self) -> bool {
        self.imp().handle.get().is_some_and(|h| h.has_managed_save(0).unwrap_or(false))
    }

    /// Starts (boots) the domain.
    pub fn start(&self, flags: DomainStartFlags) -> Result<(), glib::Error> {
        start_blocking(self.require_handle()?, flags)
    }

    /// [`Domain::start`] on a worker thread.
    pub async fn start_future(&self, flags: DomainStartFlags, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let handle = self.require_handle()?.clone();
        off_thread(cancellable, move || start_blocking(&handle, flags)).await
    }

    /// Resumes the paused domain.
    pub fn resume(&self) -> Result<(), glib::Error> {
        resume_blocking(self.require_handle()?)
    }

    /// [`Domain::resume`] on a worker thread.
    pub async fn resume_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let handle = self.require_handle()?.clone();
        off_thread(cancellable, move || resume_blocking(&handle)).await
    }

    /// Wakes the domain up from power-management suspension; `flags` are libvirt's (none yet).
    pub fn wakeup(&self, flags: u32) -> Result<(), glib::Error> {
        wakeup_blocking(self.require_handle()?, flags)
    }

    /// [`Domain::wakeup`] on a worker thread.
    pub async fn wakeup_future(&self, flags: u32, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let handle = self.require_handle()?.clone();
        off_thread(cancellable, move || wakeup_blocking(&handle, flags)).await
    }

    /// Stops the domain at once (pulls the plug); `flags` are `virDomainDestroyFlagsValues`.
    pub fn stop(&self, flags: u32) -> Result<(), glib::Error> {
        let handle = self.require_handle()?;
        let result = if flags == 0 { handle.destroy() } else { handle.destroy_flags(flags) };
        result.map_err(|_| libvirt_failure(DomainError::Failed, "Unable to stop domain"))
    }

    /// Removes the domain's persistent definition.
    pub fn delete(&self, flags: DomainDeleteFlags) -> Result<(), glib::Error> {
        let handle = self.require_handle()?;
        let result = if flags.is_empty() { handle.undefine() } else { handle.undefine_flags(flags.bits()) };
        result.map_err(|_| libvirt_failure(DomainError::Failed, "Unable to delete domain"))
    }

    /// Asks the guest to shut down.
    pub fn shutdown(&self, flags: DomainShutdownFlags) -> Result<(), glib::Error> {
        let handle = self.require_handle()?;
        let result = if flags.is_empty() { handle.shutdown() } else { handle.shutdown_flags(flags.bits()) };
        result.map_err(|_| libvirt_failure(DomainError::Failed, "Unable to shutdown domain"))
    }

    /// Asks the guest to reboot.
    pub fn reboot(&self, flags: DomainRebootFlags) -> Result<(), glib::Error> {
        let handle = self.require_handle()?;
        handle.reboot(flags.bits()).map_err(|_| libvirt_failure(DomainError::Failed, "Unable to reboot domain"))
    }

    /// Pauses the domain.
    pub fn suspend(&self) -> Result<(), glib::Error> {
        let handle = self.require_handle()?;
        handle.suspend().map_err(|_| libvirt_failure(DomainError::Failed, "Unable to suspend domain"))
    }

    /// Saves the domain's memory to a libvirt-managed image and stops it; the next
    /// [`Domain::start`] restores it. `flags` are `virDomainSaveRestoreFlags`.
    pub fn save(&self, flags: u32) -> Result<(), glib::Error> {
        save_blocking(self.require_handle()?, flags)
    }

    /// [`Domain::save`] on a worker thread.
    pub async fn save_future(&self, flags: u32, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let handle = self.require_handle()?.clone();
        off_thread(cancellable, move || save_blocking(&handle, flags)).await
    }

    /// Saves the domain's memory to `filename` and stops it, optionally replacing its
    /// configuration in the image with `custom_conf`.
    pub fn save_to_file(
        &self,
        filename: &str,
        custom_conf: Option<&libvirt_gconfig::Domain>,
        flags: u32,
    ) -> Result<(), glib::Error> {
        self.save_to_file_with_xml(filename.to_owned(), custom_conf.map(|c| c.to_xml()), flags)
    }

    /// [`Domain::save_to_file`] with the custom configuration already in XML form (what a
    /// worker thread can be given: configuration objects stay on their thread).
    pub(crate) fn save_to_file_with_xml(&self, filename: String, xml: Option<String>, flags: u32) -> Result<(), glib::Error> {
        save_to_file_blocking(self.require_handle()?, filename, xml, flags)
    }

    /// [`Domain::save_to_file`] on a worker thread.
    pub async fn save_to_file_future(
        &self,
        filename: &str,
        custom_conf: Option<&libvirt_gconfig::Domain>,
        flags: u32,
        cancellable: Option<&gio::Cancellable>,
    ) -> Result<(), glib::Error> {
        let handle = self.require_handle()?.clone();
        let (filename, xml) = (filename.to_owned(), custom_conf.map(|c| c.to_xml()));
        off_thread(cancellable, move || save_to_file_blocking(&handle, filename, xml, flags)).await
    }

    /// Sets the guest's clock to `time` (through the guest agent), or, for `None`, makes the
    /// guest resynchronise its clock from its RTC. `flags` are `virDomainSetTimeFlags`.
    pub fn set_time(&self, time: Option<&glib::DateTime>, flags: u32) -> Result<(), glib::Error> {
        let (seconds, nanoseconds, flags) = time_arguments(time, flags);
        set_time_blocking(self.require_handle()?, seconds, nanoseconds, flags)
    }

    /// [`Domain::set_time`] on a worker thread.
    pub async fn set_time_future(
        &self,
        time: Option<&glib::DateTime>,
        flags: u32,
        cancellable: Option<&gio::Cancellable>,
    ) -> Result<(), glib::Error> {
        let handle = self.require_handle()?.clone();
        let (seconds, nanoseconds, flags) = time_arguments(time, flags);
        off_thread(cancellable, move || set_time_blocking(&handle, seconds, nanoseconds, flags)).await
    }

    /// Hands the already-connected socket `fd` to the hypervisor as a client of graphical
    /// display `index` (VNC, SPICE); `flags` are `virDomainOpenGraphicsFlags`.
    pub fn open_graphics(&self, index: u32, fd: std::os::fd::BorrowedFd<'_>, flags: u32) -> Result<(), glib::Error> {
        use std::os::fd::AsRawFd;
        self.open_graphics_raw(index, fd.as_raw_fd(), flags)
    }

    /// [`Domain::open_graphics`] with whatever descriptor C passed (libvirt checks it).
    pub(crate) fn open_graphics_raw(&self, index: u32, fd: std::os::fd::RawFd, flags: u32) -> Result<(), glib::Error> {
        let handle = self.require_handle()?;
        handle
            .open_graphics(index, fd, flags)
            .map_err(|_| libvirt_failure(DomainError::Failed, "Unable to open graphics"))
    }

    /// Asks the hypervisor for a socket connected to graphical display `index`.
    pub fn open_graphics_fd(&self, index: u32, flags: u32) -> Result<std::os::fd::OwnedFd, glib::Error> {
        use std::os::fd::FromRawFd;
        let handle = self.require_handle()?;
        // SAFETY: live domain; a positive result is a new descriptor the caller owns.
        let fd = unsafe { sys::virDomainOpenGraphicsFD(handle.as_ptr(), index, flags) };
        if fd <= 0 {
            return Err(libvirt_failure(DomainError::Failed, "Unable to open graphics"));
        }
        // SAFETY: see above.
        Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) })
    }

    /// The domain's state, memory, CPUs and CPU time.
    pub fn info(&self) -> Result<DomainInfo, glib::Error> {
        info_blocking(self.require_handle()?)
    }

    /// [`Domain::info`] on a worker thread.
    pub async fn info_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<DomainInfo, glib::Error> {
        let handle = self.require_handle()?.clone();
        off_thread(cancellable, move || info_blocking(&handle)).await
    }

    /// The domain's configuration (its XML description as a configuration object).
    pub fn config(&self, flags: DomainXmlFlags) -> Result<libvirt_gconfig::Domain, glib::Error> {
        let handle = self.require_handle()?;
        let xml = handle
            .xml_desc(flags.bits())
            .map_err(|_| libvirt_failure(DomainError::Failed, "Unable to get domain XML config"))?;
        libvirt_gconfig::Domain::from_xml(&xml)
    }

    /// Replaces the domain's persistent definition with `conf`.
    ///
    /// `conf` must describe this domain: when it names another UUID nothing is defined and an
    /// error is returned; when it has no UUID it is taken as this domain's.
    pub fn set_config(&self, conf: &libvirt_gconfig::Domain) -> Result<(), glib::Error> {
        const WHAT: &str = "Failed to set domain configuration";
        let handle = self.require_handle()?;
        let own_uuid = self.uuid();
        let xml = match conf.uuid() {
            Some(uuid) if !uuid.eq_ignore_ascii_case(&own_uuid) => {
                return Err(failure(
                    DomainError::Failed,
                    &format!("{WHAT}: the configuration is for domain {uuid}, not {own_uuid}"),
                ));
            }
            Some(_) => conf.to_xml(),
            None => {
                let copy = libvirt_gconfig::Domain::from_xml(&conf.to_xml())?;
                copy.set_uuid(Some(&own_uuid));
                copy.to_xml()
            }
        };
        let connection = handle.connect().map_err(|_| libvirt_failure(DomainError::Failed, WHAT))?;
        let defined = connection.define_domain_xml(&xml).map_err(|_| libvirt_failure(DomainError::Failed, WHAT))?;
        match defined.uuid_string() {
            Ok(uuid) if uuid == own_uuid => Ok(()),
            _ => Err(failure(DomainError::Failed, WHAT)),
        }
    }

    /// The domain's disks and network interfaces, from its current configuration (other
    /// kinds of device have no class here and are left out).
    pub fn devices(&self) -> Result<Vec<crate::DomainDevice>, glib::Error> {
        let config = self.config(DomainXmlFlags::empty())?;
        Ok(config.devices().iter().filter_map(|device| crate::DomainDevice::for_config(self, device)).collect())
    }

    /// Changes the device `device` describes (matched by libvirt on its address, target,
    /// …) in the running domain, its persistent definition, or both, as `flags` say.
    pub fn update_device(&self, device: &libvirt_gconfig::DomainDevice, flags: DomainUpdateDeviceFlags) -> Result<(), glib::Error> {
        self.update_device_with_xml(&device.to_xml(), flags)
    }

    /// [`Domain::update_device`] with the device in XML form.
    pub(crate) fn update_device_with_xml(&self, xml: &str, flags: DomainUpdateDeviceFlags) -> Result<(), glib::Error> {
        let handle = self.require_handle()?;
        handle
            .update_device_flags(xml, flags.bits())
            .map_err(|_| libvirt_failure(DomainError::Failed, "Failed to update device"))
    }

    /// Calls `f` when the domain starts; `detail` narrows it to one of libvirt's reasons
    /// (`booted`, `migrated`, `restored`, `from-snapshot`, `wakeup`).
    pub fn connect_started<F: Fn(&Domain) + Send + Sync + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle("started", detail, f)
    }

    /// Calls `f` when the domain stops (`shutdown`, `destroyed`, `crashed`, `migrated`,
    /// `saved`, `failed`, `from-snapshot`).
    pub fn connect_stopped<F: Fn(&Domain) + Send + Sync + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle("stopped", detail, f)
    }

    /// Calls `f` when the domain resumes (`unpaused`, `migrated`, `from-snapshot`).
    pub fn connect_resumed<F: Fn(&Domain) + Send + Sync + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle("resumed", detail, f)
    }

    /// Calls `f` when the domain is paused (`paused`, `migrated`, `ioerror`, `watchdog`,
    /// `restored`, `from-snapshot`).
    pub fn connect_suspended<F: Fn(&Domain) + Send + Sync + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle("suspended", detail, f)
    }

    /// Calls `f` when the guest suspends itself (`memory`, `disk`).
    pub fn connect_pmsuspended<F: Fn(&Domain) + Send + Sync + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle("pmsuspended", detail, f)
    }

    /// Calls `f` when the domain's persistent definition changes.
    pub fn connect_updated<F: Fn(&Domain) + Send + Sync + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle("updated", None, f)
    }

    fn connect_lifecycle<F: Fn(&Domain) + Send + Sync + 'static>(&self, name: &str, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect(&detailed_signal(name, detail), false, move |values| {
            f(&values[0].get::<Domain>().expect("signal emitted on a Domain"));
            None
        })
    }

    // The `_local` forms take handlers that are not `Send` (a GTK application's, holding
    // widgets). libvirt's events are dispatched on the default main context, so the signals
    // are emitted on the thread that runs it; a handler connected here must live on that thread
    // (GLib panics otherwise rather than run it elsewhere).

    /// [`Domain::connect_started`] for a handler that is not `Send`.
    pub fn connect_started_local<F: Fn(&Domain) + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle_local("started", detail, f)
    }

    /// [`Domain::connect_stopped`] for a handler that is not `Send`.
    pub fn connect_stopped_local<F: Fn(&Domain) + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle_local("stopped", detail, f)
    }

    /// [`Domain::connect_resumed`] for a handler that is not `Send`.
    pub fn connect_resumed_local<F: Fn(&Domain) + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle_local("resumed", detail, f)
    }

    /// [`Domain::connect_suspended`] for a handler that is not `Send`.
    pub fn connect_suspended_local<F: Fn(&Domain) + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle_local("suspended", detail, f)
    }

    /// [`Domain::connect_pmsuspended`] for a handler that is not `Send`.
    pub fn connect_pmsuspended_local<F: Fn(&Domain) + 'static>(&self, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle_local("pmsuspended", detail, f)
    }

    /// [`Domain::connect_updated`] for a handler that is not `Send`.
    pub fn connect_updated_local<F: Fn(&Domain) + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect_lifecycle_local("updated", None, f)
    }

    fn connect_lifecycle_local<F: Fn(&Domain) + 'static>(&self, name: &str, detail: Option<&str>, f: F) -> glib::SignalHandlerId {
        self.connect_local(&detailed_signal(name, detail), false, move |values| {
            f(&values[0].get::<Domain>().expect("signal emitted on a Domain"));
            None
        })
    }
}

/// `name::detail`, or `name` without a detail.
fn detailed_signal(name: &str, detail: Option<&str>) -> String {
    match detail {
        Some(detail) => format!("{name}::{detail}"),
        None => name.to_owned(),
    }
}

fn start_blocking(handle: &virt::domain::Domain, flags: DomainStartFlags) -> Result<(), glib::Error> {
    let result = if flags.is_empty() { handle.create() } else { handle.create_with_flags(flags.bits()) };
    result.map_err(|_| libvirt_failure(DomainError::Failed, "Unable to start domain"))
}

fn resume_blocking(handle: &virt::domain::Domain) -> Result<(), glib::Error> {
    handle.resume().map_err(|_| libvirt_failure(DomainError::Failed, "Unable to resume domain"))
}

fn wakeup_blocking(handle: &virt::domain::Domain, flags: u32) -> Result<(), glib::Error> {
    handle.pm_wakeup(flags).map_err(|_| libvirt_failure(DomainError::Failed, "Unable to wakeup domain"))
}

fn save_blocking(handle: &virt::domain::Domain, flags: u32) -> Result<(), glib::Error> {
    handle.managed_save(flags).map_err(|_| libvirt_failure(DomainError::Failed, "Unable to save domain"))
}

fn save_to_file_blocking(handle: &virt::domain::Domain, filename: String, xml: Option<String>, flags: u32) -> Result<(), glib::Error> {
    const WHAT: &str = "Unable to save domain to file";
    let filename = CString::new(filename).map_err(|_| failure(DomainError::Failed, WHAT))?;
    let xml = xml.map(CString::new).transpose().map_err(|_| failure(DomainError::Failed, WHAT))?;
    // SAFETY: live domain, NUL-terminated strings that outlive the call.
    let ret = unsafe {
        sys::virDomainSaveFlags(handle.as_ptr(), filename.as_ptr(), xml.as_ref().map_or(std::ptr::null(), |x| x.as_ptr()), flags)
    };
    if ret < 0 {
        return Err(libvirt_failure(DomainError::Failed, WHAT));
    }
    Ok(())
}

/// libvirt's arguments for setting the clock to `time`, or syncing it when there is none.
fn time_arguments(time: Option<&glib::DateTime>, flags: u32) -> (i64, u32, u32) {
    match time {
        Some(time) => (time.to_unix(), time.microsecond() as u32 * 1000, flags),
        None => (0, 0, flags | sys::VIR_DOMAIN_TIME_SYNC),
    }
}

fn set_time_blocking(handle: &virt::domain::Domain, seconds: i64, nanoseconds: u32, flags: u32) -> Result<(), glib::Error> {
    // SAFETY: live domain, plain values.
    if unsafe { sys::virDomainSetTime(handle.as_ptr(), seconds, nanoseconds, flags) } < 0 {
        return Err(libvirt_failure(DomainError::Failed, "Unable to set domain time"));
    }
    Ok(())
}

fn info_blocking(handle: &virt::domain::Domain) -> Result<DomainInfo, glib::Error> {
    // SAFETY: virDomainGetInfo fills the struct we pass; it is plain data.
    let mut raw: sys::virDomainInfo = unsafe { std::mem::zeroed() };
    if unsafe { sys::virDomainGetInfo(handle.as_ptr(), &mut raw) } < 0 {
        return Err(libvirt_failure(DomainError::Failed, "Unable to get domain info"));
    }
    Ok(DomainInfo {
        state: DomainState::from_raw(raw.state as u32),
        max_mem: raw.maxMem as u64,
        memory: raw.memory as u64,
        n_virt_cpu: raw.nrVirtCpu,
        cpu_time: raw.cpuTime as u64,
    })
}

extern "C" {
    #[link_name = "free"]
    fn libc_free(ptr: *mut c_void);
}
