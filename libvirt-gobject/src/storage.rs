//! `StoragePool` (`GVirStoragePool`) and `StorageVol` (`GVirStorageVol`).
//!
//! A connection lists its pools with [`Connection::fetch_storage_pools`](crate::Connection::fetch_storage_pools)
//! and keeps one object per pool UUID; a pool lists its volumes with [`StoragePool::refresh`]
//! and keeps one object per volume name. Both keep the existing objects across refreshes.
//! Every blocking call has a `*_future` form that runs it on a worker thread.

use std::ffi::{c_void, CStr, CString};
use std::sync::{Mutex, OnceLock};

use gio::prelude::*;
use glib::subclass::prelude::*;
use libvirt_gconfig::ConfigObjectExt;
use virt::sys;

use crate::domain::off_thread;
use crate::error::{failure, libvirt_failure, StoragePoolError, StorageVolError};
use crate::handle_object::cstring;

/// The state of a storage pool (`virStoragePoolState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirStoragePoolState")]
#[repr(i32)]
pub enum StoragePoolState {
    #[enum_value(name = "GVIR_STORAGE_POOL_STATE_INACTIVE", nick = "inactive")]
    Inactive = 0,
    #[enum_value(name = "GVIR_STORAGE_POOL_STATE_BUILDING", nick = "building")]
    Building = 1,
    #[enum_value(name = "GVIR_STORAGE_POOL_STATE_RUNNING", nick = "running")]
    Running = 2,
    #[enum_value(name = "GVIR_STORAGE_POOL_STATE_DEGRADED", nick = "degraded")]
    Degraded = 3,
    #[enum_value(name = "GVIR_STORAGE_POOL_STATE_INACCESSIBLE", nick = "inaccessible")]
    Inaccessible = 4,
}

impl StoragePoolState {
    fn from_raw(state: u32) -> StoragePoolState {
        match state {
            1 => Self::Building,
            2 => Self::Running,
            3 => Self::Degraded,
            4 => Self::Inaccessible,
            _ => Self::Inactive,
        }
    }
}

/// The kind of a storage volume (`virStorageVolType`; libvirt-glib calls it a type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirStorageVolType")]
#[repr(i32)]
pub enum StorageVolType {
    #[enum_value(name = "GVIR_STORAGE_VOL_STATE_FILE", nick = "file")]
    File = 0,
    #[enum_value(name = "GVIR_STORAGE_VOL_STATE_BLOCK", nick = "block")]
    Block = 1,
    #[enum_value(name = "GVIR_STORAGE_VOL_STATE_DIR", nick = "dir")]
    Dir = 2,
}

pub use crate::enums::StorageVolResizeFlags;

/// What [`StoragePool::info`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoragePoolInfo {
    pub state: StoragePoolState,
    /// Size in bytes.
    pub capacity: u64,
    /// Bytes allocated.
    pub allocation: u64,
    /// Bytes free.
    pub available: u64,
}

/// What [`StorageVol::info`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageVolInfo {
    pub type_: StorageVolType,
    /// Size in bytes.
    pub capacity: u64,
    /// Bytes allocated.
    pub allocation: u64,
}

/// C layout shared by `GVirStoragePool` and `GVirStorageVol`: `{ GObject parent; gpointer priv; }`.
#[repr(C)]
pub struct StorageInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// C layout shared by their class structs: `{ GObjectClass parent_class; gpointer padding[20]; }`.
#[repr(C)]
pub struct StorageClass {
    parent_class: glib::gobject_ffi::GObjectClass,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for StorageInstance {
    type Type = imp::StoragePool;
}
unsafe impl ClassStruct for StorageClass {
    type Type = imp::StoragePool;
}

/// Same layouts, for the volume type.
#[repr(C)]
pub struct StorageVolInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

#[repr(C)]
pub struct StorageVolClass {
    parent_class: glib::gobject_ffi::GObjectClass,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for StorageVolInstance {
    type Type = imp::StorageVol;
}
unsafe impl ClassStruct for StorageVolClass {
    type Type = imp::StorageVol;
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct StoragePool {
        pub(crate) handle: OnceLock<virt::storage_pool::StoragePool>,
        pub(crate) name: OnceLock<CString>,
        pub(crate) uuid: OnceLock<CString>,
        pub(crate) volumes: Mutex<Vec<super::StorageVol>>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for StoragePool {
        const NAME: &'static str = "GVirStoragePool";
        type Type = super::StoragePool;
        type ParentType = glib::Object;
        type Instance = super::StorageInstance;
        type Class = super::StorageClass;
    }

    #[derive(Default)]
    pub struct StorageVol {
        pub(crate) handle: OnceLock<virt::storage_vol::StorageVol>,
        pub(crate) name: OnceLock<CString>,
        pub(crate) path: OnceLock<CString>,
        pub(crate) pool: glib::WeakRef<super::StoragePool>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for StorageVol {
        const NAME: &'static str = "GVirStorageVol";
        type Type = super::StorageVol;
        type ParentType = glib::Object;
        type Instance = super::StorageVolInstance;
        type Class = super::StorageVolClass;
    }

    impl ObjectImpl for StorageVol {
        fn properties() -> &'static [glib::ParamSpec] {
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| {
                vec![
                    glib::ParamSpecBoxed::builder::<crate::StorageVolHandle>("handle")
                        .nick("Handle")
                        .blurb("The libvirt storage volume")
                        .construct_only()
                        .build(),
                    glib::ParamSpecObject::builder::<super::StoragePool>("pool")
                        .nick("Storage pool")
                        .blurb("The pool the volume is in")
                        .construct_only()
                        .build(),
                ]
            })
        }

        fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
            match pspec.name() {
                "handle" => {
                    if let Some(handle) = value.get::<Option<crate::StorageVolHandle>>().expect("a GVirStorageVolHandle") {
                        // SAFETY: the handle holds a live volume; the new reference is adopted.
                        let vol = unsafe {
                            sys::virStorageVolRef(handle.as_raw());
                            virt::storage_vol::StorageVol::from_ptr(handle.as_raw())
                        };
                        let _ = self.name.set(cstring(&vol.name().unwrap_or_default()));
                        let _ = self.handle.set(vol);
                    }
                }
                _ => self.pool.set(value.get::<Option<super::StoragePool>>().expect("a GVirStoragePool").as_ref()),
            }
        }

        fn property(&self, _id: usize, pspec: &glib::ParamSpec) -> glib::Value {
            match pspec.name() {
                // SAFETY: from_raw_none takes its own reference to the live volume.
                "handle" => self.handle.get().map(|h| unsafe { crate::StorageVolHandle::from_raw_none(h.as_ptr()) }).to_value(),
                _ => self.pool.upgrade().to_value(),
            }
        }
    }
}

glib::wrapper! {
    /// A libvirt storage pool and the volumes it holds.
    pub struct StoragePool(ObjectSubclass<imp::StoragePool>);
}

glib::wrapper! {
    /// A libvirt storage volume.
    pub struct StorageVol(ObjectSubclass<imp::StorageVol>);
}

// SAFETY: the state is in OnceLocks and a Mutex; libvirt objects may be used from any thread.
unsafe impl Send for StoragePool {}
unsafe impl Sync for StoragePool {}
unsafe impl Send for StorageVol {}
unsafe impl Sync for StorageVol {}

crate::handle_object::named_handle_object!(
    StoragePool, imp StoragePool,
    handle virt::storage_pool::StoragePool, boxed crate::StoragePoolHandle, ref sys::virStoragePoolRef,
    blurb "The libvirt storage pool",
    no_handle failure(StoragePoolError::Failed, "The pool object has no libvirt handle")
);

impl StoragePool {
    /// Whether the pool is running.
    pub fn is_active(&self) -> bool {
        self.imp().handle.get().is_some_and(|h| h.is_active().unwrap_or(false))
    }

    /// Whether the pool has a persistent definition.
    pub fn is_persistent(&self) -> bool {
        self.imp().handle.get().is_some_and(|h| h.is_persistent().unwrap_or(false))
    }

    /// The pool's configuration.
    pub fn config(&self, flags: u32) -> Result<libvirt_gconfig::StoragePool, glib::Error> {
        let xml = self
            .require_handle()?
            .xml_desc(flags)
            .map_err(|_| libvirt_failure(StoragePoolError::Failed, "Unable to get storage_pool XML config"))?;
        libvirt_gconfig::StoragePool::from_xml(&xml)
    }

    /// The pool's state and sizes.
    pub fn info(&self) -> Result<StoragePoolInfo, glib::Error> {
        let info = self
            .require_handle()?
            .info()
            .map_err(|_| libvirt_failure(StoragePoolError::Failed, "Unable to get storage pool info"))?;
        Ok(StoragePoolInfo {
            state: StoragePoolState::from_raw(info.state),
            capacity: info.capacity,
            allocation: info.allocation,
            available: info.available,
        })
    }

    /// Has libvirt rescan the pool (`virStoragePoolRefresh`: volumes made or removed behind its
    /// back), then lists the pool's volumes again (keeping the objects of volumes it already knew).
    pub fn refresh(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        let handle = self.require_handle()?;
        handle
            .refresh(0)
            .map_err(|_| libvirt_failure(StoragePoolError::Failed, "Unable to refresh storage pool"))?;
        let listed = handle
            .list_all_volumes(0)
            .map_err(|_| libvirt_failure(StoragePoolError::Failed, "Unable to fetch list of volumes"))?;
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        let old = std::mem::take(&mut *self.imp().volumes.lock().unwrap());
        let mut fresh = Vec::with_capacity(listed.len());
        for vol in listed {
            let name = vol.name().unwrap_or_default();
            match old.iter().find(|v| v.name() == name) {
                Some(known) => fresh.push(known.clone()),
                None => fresh.push(StorageVol::for_handle(vol, self)),
            }
        }
        *self.imp().volumes.lock().unwrap() = fresh;
        drop(old);
        Ok(())
    }

    /// [`StoragePool::refresh`] on a worker thread.
    pub async fn refresh_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.refresh(None)).await
    }

    /// The volumes the last refresh found.
    pub fn volumes(&self) -> Vec<StorageVol> {
        self.imp().volumes.lock().unwrap().clone()
    }

    /// The volume called `name`, among those the last refresh found.
    pub fn volume(&self, name: &str) -> Option<StorageVol> {
        self.imp().volumes.lock().unwrap().iter().find(|v| v.name() == name).cloned()
    }

    /// Creates a volume from `conf` in this pool.
    pub fn create_volume(&self, conf: &libvirt_gconfig::StorageVol) -> Result<StorageVol, glib::Error> {
        let handle = self.require_handle()?;
        let vol = virt::storage_vol::StorageVol::create_xml(handle, &conf.to_xml(), 0)
            .map_err(|_| libvirt_failure(StoragePoolError::Failed, "Failed to create volume"))?;
        let vol = StorageVol::for_handle(vol, self);
        self.imp().volumes.lock().unwrap().push(vol.clone());
        Ok(vol)
    }

    pub fn build(&self, flags: u32) -> Result<(), glib::Error> {
        self.require_handle()?.build(flags).map_err(|_| libvirt_failure(StoragePoolError::Failed, "Failed to build storage pool"))
    }

    pub fn start(&self, flags: u32) -> Result<(), glib::Error> {
        self.require_handle()?.create(flags).map_err(|_| libvirt_failure(StoragePoolError::Failed, "Failed to start storage pool"))
    }

    pub fn stop(&self) -> Result<(), glib::Error> {
        self.require_handle()?.destroy().map_err(|_| libvirt_failure(StoragePoolError::Failed, "Failed to stop storage pool"))
    }

    pub fn undefine(&self) -> Result<(), glib::Error> {
        self.require_handle()?.undefine().map_err(|_| libvirt_failure(StoragePoolError::Failed, "Failed to undefine storage pool"))
    }

    /// Deletes the pool's underlying storage (its directory, its disk), not its definition.
    pub fn delete(&self, flags: u32) -> Result<(), glib::Error> {
        self.require_handle()?.delete(flags).map_err(|_| libvirt_failure(StoragePoolError::Failed, "Failed to delete storage pool"))
    }

    pub fn autostart(&self) -> Result<bool, glib::Error> {
        self.require_handle()?
            .autostart()
            .map_err(|_| libvirt_failure(StoragePoolError::Failed, "Failed to get autostart flag"))
    }

    pub fn set_autostart(&self, autostart: bool) -> Result<(), glib::Error> {
        self.require_handle()?
            .set_autostart(autostart)
            .map(|_| ())
            .map_err(|_| libvirt_failure(StoragePoolError::Failed, "Failed to set autostart flag"))
    }

    pub async fn build_future(&self, flags: u32, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.build(flags)).await
    }

    pub async fn start_future(&self, flags: u32, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.start(flags)).await
    }

    pub async fn stop_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.stop()).await
    }

    pub async fn undefine_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.undefine()).await
    }

    pub async fn delete_future(&self, flags: u32, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.delete(flags)).await
    }

    pub(crate) fn forget_volume(&self, vol: &StorageVol) {
        self.imp().volumes.lock().unwrap().retain(|v| v != vol);
    }
}

impl StorageVol {
    fn for_handle(handle: virt::storage_vol::StorageVol, pool: &StoragePool) -> StorageVol {
        // SAFETY: from_raw_none takes its own reference to the live volume.
        let handle = unsafe { crate::StorageVolHandle::from_raw_none(handle.as_ptr()) };
        glib::Object::builder().property("handle", handle).property("pool", pool).build()
    }

    /// The libvirt volume, for calls this API does not wrap.
    pub fn handle(&self) -> Option<virt::storage_vol::StorageVol> {
        self.imp().handle.get().cloned()
    }

    fn require_handle(&self) -> Result<&virt::storage_vol::StorageVol, glib::Error> {
        self.imp().handle.get().ok_or_else(|| failure(StorageVolError::Failed, "The volume object has no libvirt handle"))
    }

    pub fn name(&self) -> String {
        self.name_cstr().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }

    pub(crate) fn name_cstr(&self) -> Option<&CStr> {
        self.imp().name.get().map(|n| n.as_c_str())
    }

    /// The volume's path on the host.
    pub fn path(&self) -> Result<String, glib::Error> {
        Ok(self.path_cstr()?.to_string_lossy().into_owned())
    }

    pub(crate) fn path_cstr(&self) -> Result<&CStr, glib::Error> {
        if let Some(path) = self.imp().path.get() {
            return Ok(path.as_c_str());
        }
        let path = self
            .require_handle()?
            .path()
            .map_err(|_| libvirt_failure(StorageVolError::Failed, "Failed to get storage_vol path"))?;
        Ok(self.imp().path.get_or_init(|| cstring(&path)).as_c_str())
    }

    pub fn config(&self, flags: u32) -> Result<libvirt_gconfig::StorageVol, glib::Error> {
        let xml = self
            .require_handle()?
            .xml_desc(flags)
            .map_err(|_| libvirt_failure(StorageVolError::Failed, "Unable to get storage_vol XML config"))?;
        libvirt_gconfig::StorageVol::from_xml(&xml)
    }

    pub fn info(&self) -> Result<StorageVolInfo, glib::Error> {
        let info = self
            .require_handle()?
            .info()
            .map_err(|_| libvirt_failure(StorageVolError::Failed, "Unable to get storage vol info"))?;
        let type_ = match info.kind {
            1 => StorageVolType::Block,
            2 => StorageVolType::Dir,
            _ => StorageVolType::File,
        };
        Ok(StorageVolInfo { type_, capacity: info.capacity, allocation: info.allocation })
    }

    /// Deletes the volume (and forgets it in its pool).
    pub fn delete(&self, flags: u32) -> Result<(), glib::Error> {
        self.require_handle()?
            .delete(flags)
            .map_err(|_| libvirt_failure(StorageVolError::Failed, "Unable to delete storage volume"))?;
        if let Some(pool) = self.imp().pool.upgrade() {
            pool.forget_volume(self);
        }
        Ok(())
    }

    pub fn resize(&self, capacity: u64, flags: StorageVolResizeFlags) -> Result<(), glib::Error> {
        self.require_handle()?
            .resize(capacity, flags.bits())
            .map_err(|_| libvirt_failure(StorageVolError::Failed, "Unable to resize volume storage"))
    }

    /// Starts sending `length` bytes of the volume from `offset` into `stream` (0: to the end).
    pub fn download(&self, stream: &crate::Stream, offset: u64, length: u64, flags: u32) -> Result<(), glib::Error> {
        let vol = self.require_handle()?;
        let st = stream.handle_ptr().ok_or_else(|| failure(StorageVolError::Failed, "The stream has no libvirt stream"))?;
        // SAFETY: volume and stream are alive.
        if unsafe { sys::virStorageVolDownload(vol.as_ptr(), st, offset, length, flags) } < 0 {
            return Err(libvirt_failure(StorageVolError::Failed, "Unable to download volume storage"));
        }
        Ok(())
    }

    /// Starts writing what `stream` carries into the volume at `offset` (`length` bytes, 0:
    /// all of it).
    pub fn upload(&self, stream: &crate::Stream, offset: u64, length: u64, flags: u32) -> Result<(), glib::Error> {
        let vol = self.require_handle()?;
        let st = stream.handle_ptr().ok_or_else(|| failure(StorageVolError::Failed, "The stream has no libvirt stream"))?;
        // SAFETY: volume and stream are alive.
        if unsafe { sys::virStorageVolUpload(vol.as_ptr(), st, offset, length, flags) } < 0 {
            return Err(libvirt_failure(StorageVolError::Failed, "Unable to upload to stream"));
        }
        Ok(())
    }
}
