//! `DomainSnapshot` (`GVirDomainSnapshot`): one snapshot of a domain.
//!
//! A snapshot object wraps a libvirt snapshot reference (its `"handle"` property, the boxed
//! `GVirDomainSnapshotHandle` whose pointer is the `virDomainSnapshotPtr`). Domains list their
//! snapshots with [`Domain::fetch_snapshots`](crate::Domain::fetch_snapshots), which keeps the
//! object of every snapshot it already knows, and take new ones with
//! [`Domain::create_snapshot`](crate::Domain::create_snapshot).

use std::ffi::{c_char, c_void, CStr, CString};
use std::sync::OnceLock;

use gio::prelude::*;
use glib::subclass::prelude::*;
use libvirt_gconfig::ConfigObjectExt;
use virt::sys;

use crate::domain::off_thread;
use crate::error::{failure, libvirt_failure, DomainSnapshotError};
use crate::{DomainSnapshotDeleteFlags, DomainSnapshotRevertFlags};

extern "C" {
    #[link_name = "free"]
    fn libc_free(ptr: *mut c_void);
}

crate::handle::boxed_handle!(
    /// A reference to a libvirt domain snapshot (`GVirDomainSnapshotHandle`).
    DomainSnapshotHandle = "GVirDomainSnapshotHandle", sys::virDomainSnapshot, sys::virDomainSnapshotRef, sys::virDomainSnapshotFree
);

/// C layout of `GVirDomainSnapshot`: `{ GObject parent; gpointer priv; }`.
#[repr(C)]
pub struct DomainSnapshotInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// C layout of `GVirDomainSnapshotClass`: the parent class and padding.
#[repr(C)]
pub struct DomainSnapshotClass {
    parent_class: glib::gobject_ffi::GObjectClass,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for DomainSnapshotInstance {
    type Type = imp::DomainSnapshot;
}
unsafe impl ClassStruct for DomainSnapshotClass {
    type Type = imp::DomainSnapshot;
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct DomainSnapshot {
        pub(crate) handle: OnceLock<DomainSnapshotHandle>,
        pub(crate) name: OnceLock<Option<CString>>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for DomainSnapshot {
        const NAME: &'static str = "GVirDomainSnapshot";
        type Type = super::DomainSnapshot;
        type ParentType = glib::Object;
        type Instance = super::DomainSnapshotInstance;
        type Class = super::DomainSnapshotClass;
    }

    impl ObjectImpl for DomainSnapshot {
        fn properties() -> &'static [glib::ParamSpec] {
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| {
                vec![glib::ParamSpecBoxed::builder::<DomainSnapshotHandle>("handle")
                    .nick("Handle")
                    .blurb("The libvirt snapshot this object stands for")
                    .construct_only()
                    .build()]
            })
        }

        fn set_property(&self, _id: usize, value: &glib::Value, _pspec: &glib::ParamSpec) {
            if let Some(handle) = value.get::<Option<DomainSnapshotHandle>>().expect("a GVirDomainSnapshotHandle") {
                let _ = self.handle.set(handle);
            }
        }

        fn property(&self, _id: usize, _pspec: &glib::ParamSpec) -> glib::Value {
            self.handle.get().cloned().to_value()
        }
    }
}

glib::wrapper! {
    /// A snapshot of a domain: its disks, and its memory when it was running.
    pub struct DomainSnapshot(ObjectSubclass<imp::DomainSnapshot>);
}

// SAFETY: the state is in OnceLocks; libvirt snapshots are usable from any thread.
unsafe impl Send for DomainSnapshot {}
unsafe impl Sync for DomainSnapshot {}

/// A libvirt snapshot reference that may move to a worker thread.
struct Raw(DomainSnapshotHandle);

impl Raw {
    /// The snapshot's name, for error messages (libvirt keeps it even once deleted). Read it
    /// before the failing call: every libvirt call resets libvirt's last error.
    fn name(&self) -> String {
        // SAFETY: live snapshot; the name is owned by it.
        let name = unsafe { sys::virDomainSnapshotGetName(self.0.as_raw()) };
        if name.is_null() {
            return String::new();
        }
        // SAFETY: a NUL-terminated string owned by the snapshot.
        unsafe { CStr::from_ptr(name) }.to_string_lossy().into_owned()
    }
}

impl DomainSnapshot {
    /// The object around libvirt snapshot `handle`.
    pub fn new(handle: &DomainSnapshotHandle) -> DomainSnapshot {
        glib::Object::builder().property("handle", handle).build()
    }

    /// The object for `raw`, adopting the reference the caller owns.
    ///
    /// # Safety
    /// `raw` must be a live snapshot whose reference the caller hands over.
    pub(crate) unsafe fn adopt(raw: sys::virDomainSnapshotPtr) -> DomainSnapshot {
        let handle = DomainSnapshotHandle::from_raw_none(raw);
        sys::virDomainSnapshotFree(raw);
        DomainSnapshot::new(&handle)
    }

    /// The libvirt handle, when the object has one.
    pub fn handle(&self) -> Option<DomainSnapshotHandle> {
        self.imp().handle.get().cloned()
    }

    fn raw(&self) -> Result<Raw, glib::Error> {
        self.handle()
            .map(Raw)
            .ok_or_else(|| failure(DomainSnapshotError::Failed, "The snapshot object has no libvirt handle"))
    }

    /// The snapshot's name.
    pub fn name(&self) -> Option<String> {
        self.name_cstr().map(|s| s.to_string_lossy().into_owned())
    }

    /// The name as a C string the object owns (read from libvirt once).
    pub(crate) fn name_cstr(&self) -> Option<&CStr> {
        self.imp()
            .name
            .get_or_init(|| {
                let handle = self.imp().handle.get()?;
                // SAFETY: live snapshot; libvirt returns a string it owns, or NULL.
                let name = unsafe { sys::virDomainSnapshotGetName(handle.as_raw()) };
                (!name.is_null()).then(|| unsafe { CStr::from_ptr(name) }.to_owned())
            })
            .as_deref()
    }

    /// The snapshot's configuration; `flags` are `virDomainSnapshotXMLFlags`.
    pub fn config(&self, flags: u32) -> Result<libvirt_gconfig::DomainSnapshot, glib::Error> {
        let raw = self.raw()?;
        // SAFETY: live snapshot; libvirt returns a malloc'd string, or NULL.
        let xml = unsafe { take_string(sys::virDomainSnapshotGetXMLDesc(raw.0.as_raw(), flags)) }
            .ok_or_else(|| libvirt_failure(DomainSnapshotError::Failed, "Unable to get domain_snapshot XML config"))?;
        libvirt_gconfig::DomainSnapshot::from_xml(&xml)
    }

    /// Replaces the snapshot's metadata (its description, …) with `conf`, which must describe
    /// this snapshot (libvirt redefines the snapshot of that name).
    pub fn set_config(&self, conf: &libvirt_gconfig::DomainSnapshot) -> Result<(), glib::Error> {
        self.set_config_with_xml(&conf.to_xml())
    }

    pub(crate) fn set_config_with_xml(&self, xml: &str) -> Result<(), glib::Error> {
        let raw = self.raw()?;
        let what = format!("Failed to create snapshot `{}' from XML definition", raw.name());
        let xml = CString::new(xml).map_err(|_| failure(DomainSnapshotError::Failed, &what))?;
        // SAFETY: live snapshot; the domain pointer is borrowed from it. The redefined
        // snapshot libvirt returns is a new reference, freed at once.
        unsafe {
            let domain = sys::virDomainSnapshotGetDomain(raw.0.as_raw());
            let redefined = sys::virDomainSnapshotCreateXML(domain, xml.as_ptr(), sys::VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE);
            if redefined.is_null() {
                return Err(libvirt_failure(DomainSnapshotError::Failed, &what));
            }
            sys::virDomainSnapshotFree(redefined);
        }
        Ok(())
    }

    /// Whether this is the domain's current snapshot; `flags` are libvirt's (none yet).
    pub fn is_current(&self, flags: u32) -> Result<bool, glib::Error> {
        let raw = self.raw()?;
        // Read before the call: any libvirt call resets libvirt's last error.
        let what = format!("Could not determine if `{}' is the current snapshot", raw.name());
        // SAFETY: live snapshot.
        match unsafe { sys::virDomainSnapshotIsCurrent(raw.0.as_raw(), flags) } {
            r if r < 0 => Err(libvirt_failure(DomainSnapshotError::Failed, &what)),
            r => Ok(r == 1),
        }
    }

    /// Deletes the snapshot (and, as `flags` say, its descendants).
    pub fn delete(&self, flags: DomainSnapshotDeleteFlags) -> Result<(), glib::Error> {
        delete_blocking(self.raw()?, flags)
    }

    /// [`DomainSnapshot::delete`] on a worker thread.
    pub async fn delete_future(&self, flags: DomainSnapshotDeleteFlags, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let raw = self.raw()?;
        off_thread(cancellable, move || delete_blocking(raw, flags)).await
    }

    /// Brings the domain back to the state of this snapshot.
    pub fn revert_to(&self, flags: DomainSnapshotRevertFlags) -> Result<(), glib::Error> {
        revert_blocking(self.raw()?, flags)
    }

    /// [`DomainSnapshot::revert_to`] on a worker thread.
    pub async fn revert_to_future(&self, flags: DomainSnapshotRevertFlags, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let raw = self.raw()?;
        off_thread(cancellable, move || revert_blocking(raw, flags)).await
    }
}

fn delete_blocking(raw: Raw, flags: DomainSnapshotDeleteFlags) -> Result<(), glib::Error> {
    let what = format!("Unable to delete snapshot `{}'", raw.name());
    // SAFETY: live snapshot.
    if unsafe { sys::virDomainSnapshotDelete(raw.0.as_raw(), flags.bits()) } < 0 {
        return Err(libvirt_failure(DomainSnapshotError::Failed, &what));
    }
    Ok(())
}

fn revert_blocking(raw: Raw, flags: DomainSnapshotRevertFlags) -> Result<(), glib::Error> {
    let what = format!("Failed to revert to snapshot `{}'", raw.name());
    // SAFETY: live snapshot.
    if unsafe { sys::virDomainRevertToSnapshot(raw.0.as_raw(), flags.bits()) } < 0 {
        return Err(libvirt_failure(DomainSnapshotError::Failed, &what));
    }
    Ok(())
}

/// Takes a string libvirt allocated (NULL: `None`) and frees it.
unsafe fn take_string(ptr: *mut c_char) -> Option<String> {
    if ptr.is_null() {
        return None;
    }
    let s = CStr::from_ptr(ptr).to_string_lossy().into_owned();
    libc_free(ptr as *mut c_void);
    Some(s)
}

impl crate::Domain {
    /// Takes a snapshot of the domain as `custom_conf` describes (name, description, disks;
    /// libvirt picks everything left out, all of it when there is no configuration).
    pub fn create_snapshot(
        &self,
        custom_conf: Option<&libvirt_gconfig::DomainSnapshot>,
        flags: crate::DomainSnapshotCreateFlags,
    ) -> Result<DomainSnapshot, glib::Error> {
        self.create_snapshot_with_xml(custom_conf.map(|c| c.to_xml()), flags)
    }

    /// [`Domain::create_snapshot`](crate::Domain::create_snapshot) with the configuration in
    /// XML form (configuration objects stay on their thread).
    pub(crate) fn create_snapshot_with_xml(
        &self,
        xml: Option<String>,
        flags: crate::DomainSnapshotCreateFlags,
    ) -> Result<DomainSnapshot, glib::Error> {
        let handle = self.require_handle()?;
        let what = format!("Unable to create snapshot of {}", self.name());
        // libvirt needs a description; an empty one lets it choose everything.
        let xml = CString::new(xml.unwrap_or_else(|| "<domainsnapshot/>".to_owned()))
            .map_err(|_| failure(crate::DomainError::Failed, &what))?;
        // SAFETY: live domain, a C string; the result is a new reference, adopted.
        let snapshot = unsafe {
            let raw = sys::virDomainSnapshotCreateXML(handle.as_ptr(), xml.as_ptr(), flags.bits());
            if raw.is_null() {
                return Err(libvirt_failure(crate::DomainError::Failed, &what));
            }
            DomainSnapshot::adopt(raw)
        };
        let mut cache = self.snapshot_cache().lock().unwrap_or_else(|e| e.into_inner());
        match cache.iter().find(|s| s.name_cstr() == snapshot.name_cstr()) {
            Some(existing) => Ok(existing.clone()),
            None => {
                cache.push(snapshot.clone());
                Ok(snapshot)
            }
        }
    }

    /// [`Domain::create_snapshot`](crate::Domain::create_snapshot) on a worker thread.
    pub async fn create_snapshot_future(
        &self,
        custom_conf: Option<&libvirt_gconfig::DomainSnapshot>,
        flags: crate::DomainSnapshotCreateFlags,
        cancellable: Option<&gio::Cancellable>,
    ) -> Result<DomainSnapshot, glib::Error> {
        let this = self.clone();
        let xml = custom_conf.map(|c| c.to_xml());
        off_thread(cancellable, move || this.create_snapshot_with_xml(xml, flags)).await
    }

    /// Lists the domain's snapshots that `list_flags` select; [`Domain::snapshots`](crate::Domain::snapshots)
    /// then returns them. Snapshots already known keep their object.
    pub fn fetch_snapshots(
        &self,
        list_flags: crate::DomainSnapshotListFlags,
        cancellable: Option<&gio::Cancellable>,
    ) -> Result<(), glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        let handle = self.require_handle()?;
        let what = format!("Unable to fetch snapshots of {}", self.name());
        let mut list: *mut sys::virDomainSnapshotPtr = std::ptr::null_mut();
        // SAFETY: live domain; libvirt fills `list` with `n` new references in a malloc'd array.
        let fresh: Vec<DomainSnapshot> = unsafe {
            let n = sys::virDomainListAllSnapshots(handle.as_ptr(), &mut list, list_flags.bits());
            if n < 0 {
                return Err(libvirt_failure(crate::DomainError::Failed, &what));
            }
            let fresh = (0..n as usize).map(|i| DomainSnapshot::adopt(*list.add(i))).collect();
            libc_free(list as *mut c_void);
            fresh
        };
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        let mut cache = self.snapshot_cache().lock().unwrap_or_else(|e| e.into_inner());
        let kept: Vec<DomainSnapshot> = fresh
            .into_iter()
            .map(|new| cache.iter().find(|old| old.name_cstr() == new.name_cstr()).cloned().unwrap_or(new))
            .collect();
        *cache = kept;
        Ok(())
    }

    /// [`Domain::fetch_snapshots`](crate::Domain::fetch_snapshots) on a worker thread.
    pub async fn fetch_snapshots_future(
        &self,
        list_flags: crate::DomainSnapshotListFlags,
        cancellable: Option<&gio::Cancellable>,
    ) -> Result<(), glib::Error> {
        let this = self.clone();
        let worker_cancellable = cancellable.cloned();
        off_thread(cancellable, move || this.fetch_snapshots(list_flags, worker_cancellable.as_ref())).await
    }

    /// The snapshots of the last fetch, and those created since, in libvirt's order.
    pub fn snapshots(&self) -> Vec<DomainSnapshot> {
        self.snapshot_cache().lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Whether the domain has a current snapshot; `flags` are libvirt's (none yet).
    pub fn has_current_snapshot(&self, flags: u32) -> Result<bool, glib::Error> {
        let handle = self.require_handle()?;
        // SAFETY: live domain.
        match unsafe { sys::virDomainHasCurrentSnapshot(handle.as_ptr(), flags) } {
            r if r < 0 => Err(libvirt_failure(crate::DomainError::Failed, "Unable to check if domain has current snapshot")),
            r => Ok(r == 1),
        }
    }
}

/// The snapshot objects a domain keeps: those of its last `fetch_snapshots`, plus those created
/// since.
type SnapshotCache = std::sync::Mutex<Vec<DomainSnapshot>>;

impl crate::Domain {
    /// The domain's snapshot cache, made on first use and kept as object data: most domains
    /// never list snapshots, and a field would cost every cached domain its size (the target is
    /// memory per cached domain ≤ the reference's).
    fn snapshot_cache(&self) -> &SnapshotCache {
        static KEY: std::sync::OnceLock<glib::Quark> = std::sync::OnceLock::new();
        // Two threads must not both make the cache: the loser's would be dropped while in use.
        static MAKING: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let key = *KEY.get_or_init(|| glib::Quark::from_str("libvirt-glib-rs-snapshots"));
        // SAFETY: only this function touches the data under `key`, always as a SnapshotCache;
        // it is set once and never replaced or stolen, so it lives as long as the object, which
        // outlives the returned borrow of `self`.
        unsafe {
            if let Some(cache) = self.qdata::<SnapshotCache>(key) {
                return &*cache.as_ptr();
            }
            let _making = MAKING.lock().unwrap_or_else(|e| e.into_inner());
            if self.qdata::<SnapshotCache>(key).is_none() {
                self.set_qdata(key, SnapshotCache::default());
            }
            &*self.qdata::<SnapshotCache>(key).expect("just set").as_ptr()
        }
    }
}
