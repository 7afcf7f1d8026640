//! The C ABI of `GVirStoragePool`, `GVirStorageVol`, their records, handles and enumerations,
//! and the storage-pool functions of connections.

use std::ffi::{c_char, CStr};
use std::sync::OnceLock;

use capi_support::{guard, object_list_full};
use gio::ffi::{GAsyncReadyCallback, GAsyncResult, GCancellable};
use glib::ffi::{gboolean, gpointer, GError, GType, GFALSE};
use glib::prelude::*;
use glib::translate::*;

use super::task::{finish, run_in_thread, Work};
use super::{boolean_or_error, cancellable_arg, full, object_arg, value_or_error, GObjectPtr};
use crate::{Connection, StoragePool, StoragePoolState, StorageVol, StorageVolResizeFlags, StorageVolType, Stream};

/// `struct _GVirStoragePoolInfo`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GVirStoragePoolInfo {
    pub state: i32,
    pub capacity: u64,
    pub allocation: u64,
    pub available: u64,
}

/// `struct _GVirStorageVolInfo`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GVirStorageVolInfo {
    pub type_: i32,
    pub capacity: u64,
    pub allocation: u64,
}

unsafe extern "C" fn pool_info_copy(ptr: gpointer) -> gpointer {
    glib::ffi::g_slice_copy(std::mem::size_of::<GVirStoragePoolInfo>(), ptr)
}
unsafe extern "C" fn pool_info_free(ptr: gpointer) {
    glib::ffi::g_slice_free1(std::mem::size_of::<GVirStoragePoolInfo>(), ptr)
}
unsafe extern "C" fn vol_info_copy(ptr: gpointer) -> gpointer {
    glib::ffi::g_slice_copy(std::mem::size_of::<GVirStorageVolInfo>(), ptr)
}
unsafe extern "C" fn vol_info_free(ptr: gpointer) {
    glib::ffi::g_slice_free1(std::mem::size_of::<GVirStorageVolInfo>(), ptr)
}
type Copy = unsafe extern "C" fn(gpointer) -> gpointer;
type Free = unsafe extern "C" fn(gpointer);

fn boxed(cell: &'static OnceLock<usize>, name: &'static CStr, copy: Copy, free: Free) -> GType {
    // SAFETY: registered once per name, with matching copy/free functions.
    *cell.get_or_init(|| unsafe { glib::gobject_ffi::g_boxed_type_register_static(name.as_ptr(), Some(copy), Some(free)) as usize })
        as GType
}

/// A slice-allocated copy of `value` (`transfer full` to C).
fn slice_new<T: std::marker::Copy>(value: T) -> *mut T {
    // SAFETY: copies size_of::<T>() bytes of plain data.
    unsafe { glib::ffi::g_slice_copy(std::mem::size_of::<T>(), &value as *const T as glib::ffi::gconstpointer) as *mut T }
}

#[no_mangle]
pub extern "C" fn gvir_storage_pool_info_get_type() -> GType {
    static T: OnceLock<usize> = OnceLock::new();
    boxed(&T, c"GVirStoragePoolInfo", pool_info_copy, pool_info_free)
}

#[no_mangle]
pub extern "C" fn gvir_storage_vol_info_get_type() -> GType {
    static T: OnceLock<usize> = OnceLock::new();
    boxed(&T, c"GVirStorageVolInfo", vol_info_copy, vol_info_free)
}

#[no_mangle]
pub extern "C" fn gvir_storage_pool_handle_get_type() -> GType {
    crate::StoragePoolHandle::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_storage_vol_handle_get_type() -> GType {
    crate::StorageVolHandle::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_storage_pool_get_type() -> GType {
    StoragePool::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_storage_vol_get_type() -> GType {
    StorageVol::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_storage_pool_state_get_type() -> GType {
    StoragePoolState::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_storage_vol_type_get_type() -> GType {
    StorageVolType::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_storage_vol_resize_flags_get_type() -> GType {
    StorageVolResizeFlags::static_type().into_glib()
}

// ---- GVirStoragePool ----

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_name(pool: GObjectPtr) -> *const c_char {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_get_name", std::ptr::null());
    pool.name_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_uuid(pool: GObjectPtr) -> *const c_char {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_get_uuid", std::ptr::null());
    pool.uuid_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_active(pool: GObjectPtr) -> gboolean {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_get_active", GFALSE);
    pool.is_active().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_persistent(pool: GObjectPtr) -> gboolean {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_get_persistent", GFALSE);
    pool.is_persistent().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_config(pool: GObjectPtr, flags: u32, err: *mut *mut GError) -> GObjectPtr {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_get_config", std::ptr::null_mut());
    guard("gvir_storage_pool_get_config", std::ptr::null_mut(), || value_or_error(pool.config(flags).map(full), err, std::ptr::null_mut()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_info(pool: GObjectPtr, err: *mut *mut GError) -> *mut GVirStoragePoolInfo {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_get_info", std::ptr::null_mut());
    guard("gvir_storage_pool_get_info", std::ptr::null_mut(), || {
        let info = pool.info().map(|i| {
            slice_new(GVirStoragePoolInfo { state: i.state.into_glib(), capacity: i.capacity, allocation: i.allocation, available: i.available })
        });
        value_or_error(info, err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_volumes(pool: GObjectPtr) -> *mut glib::ffi::GList {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_get_volumes", std::ptr::null_mut());
    guard("gvir_storage_pool_get_volumes", std::ptr::null_mut(), || object_list_full(pool.volumes()))
}

super::lookup_by_str!(gvir_storage_pool_get_volume(pool as StoragePool, name) => volume);

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_create_volume(pool: GObjectPtr, conf: GObjectPtr, err: *mut *mut GError) -> GObjectPtr {
    const NAME: &CStr = c"gvir_storage_pool_create_volume";
    let pool = object_arg!(pool as StoragePool, NAME, std::ptr::null_mut());
    let Some(conf) = capi_support::object_arg::<libvirt_gconfig::StorageVol>(conf, None, NAME, "conf") else {
        return std::ptr::null_mut();
    };
    guard("gvir_storage_pool_create_volume", std::ptr::null_mut(), || value_or_error(pool.create_volume(&conf).map(full), err, std::ptr::null_mut()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_autostart(pool: GObjectPtr, err: *mut *mut GError) -> gboolean {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_get_autostart", GFALSE);
    guard("gvir_storage_pool_get_autostart", GFALSE, || value_or_error(pool.autostart(), err, false).into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_set_autostart(pool: GObjectPtr, autostart: gboolean, err: *mut *mut GError) -> gboolean {
    let pool = object_arg!(pool as StoragePool, c"gvir_storage_pool_set_autostart", GFALSE);
    guard("gvir_storage_pool_set_autostart", GFALSE, || boolean_or_error(pool.set_autostart(autostart != GFALSE), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_refresh(pool: GObjectPtr, cancellable: *mut GCancellable, err: *mut *mut GError) -> gboolean {
    const NAME: &CStr = c"gvir_storage_pool_refresh";
    let pool = object_arg!(pool as StoragePool, NAME, GFALSE);
    let cancellable = cancellable_arg!(cancellable, NAME, GFALSE);
    guard("gvir_storage_pool_refresh", GFALSE, || boolean_or_error(pool.refresh(cancellable.as_ref()), err))
}

/// Starts `work(pool)` on a worker thread for the `_async` function `tag`.
unsafe fn pool_async(
    pool: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
    tag: usize,
    function: &CStr,
    work: impl FnOnce(&StoragePool, Option<&gio::Cancellable>) -> Result<(), glib::Error> + Send + 'static,
) {
    let this = object_arg!(pool as StoragePool, function);
    let cancellable = cancellable_arg!(cancellable, function);
    let worker = (*this).clone();
    let work: Work<()> = Box::new(move |c| work(&worker, c));
    run_in_thread(pool, cancellable.as_ref(), callback, user_data, tag, work, None)
}

unsafe fn pool_finish(pool: GObjectPtr, result: *mut GAsyncResult, tag: usize, err: *mut *mut GError, function: &CStr) -> gboolean {
    let _ = object_arg!(pool as StoragePool, function, GFALSE);
    finish::<()>(pool, result, tag, err, function).is_some().into_glib()
}

/// A blocking pool operation and its `_async`/`_finish` pair.
macro_rules! pool_operation {
    ($sync:ident, $async_:ident, $finish:ident, |$p:ident $(, $flags:ident)?| $call:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $sync(pool: GObjectPtr, $($flags: u32,)? err: *mut *mut GError) -> gboolean {
            let $p = object_arg!(pool as StoragePool, capi_support::c_name!($sync), GFALSE);
            guard(stringify!($sync), GFALSE, || boolean_or_error($call, err))
        }

        #[no_mangle]
        pub unsafe extern "C" fn $async_(
            pool: GObjectPtr,
            $($flags: u32,)?
            cancellable: *mut GCancellable,
            callback: GAsyncReadyCallback,
            user_data: gpointer,
        ) {
            let tag = $async_ as *const () as usize;
            pool_async(pool, cancellable, callback, user_data, tag, capi_support::c_name!($async_), move |$p, _| $call)
        }

        #[no_mangle]
        pub unsafe extern "C" fn $finish(pool: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
            pool_finish(pool, result, $async_ as *const () as usize, err, capi_support::c_name!($finish))
        }
    };
}

pool_operation!(gvir_storage_pool_build, gvir_storage_pool_build_async, gvir_storage_pool_build_finish, |p, flags| p.build(flags));
pool_operation!(gvir_storage_pool_start, gvir_storage_pool_start_async, gvir_storage_pool_start_finish, |p, flags| p.start(flags));
pool_operation!(gvir_storage_pool_delete, gvir_storage_pool_delete_async, gvir_storage_pool_delete_finish, |p, flags| p.delete(flags));
pool_operation!(gvir_storage_pool_stop, gvir_storage_pool_stop_async, gvir_storage_pool_stop_finish, |p| p.stop());
pool_operation!(gvir_storage_pool_undefine, gvir_storage_pool_undefine_async, gvir_storage_pool_undefine_finish, |p| p.undefine());

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_refresh_async(
    pool: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let tag = gvir_storage_pool_refresh_async as *const () as usize;
    pool_async(pool, cancellable, callback, user_data, tag, c"gvir_storage_pool_refresh_async", |p, c| p.refresh(c))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_refresh_finish(pool: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    pool_finish(pool, result, gvir_storage_pool_refresh_async as *const () as usize, err, c"gvir_storage_pool_refresh_finish")
}

// ---- GVirStorageVol ----

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_get_name(vol: GObjectPtr) -> *const c_char {
    let vol = object_arg!(vol as StorageVol, c"gvir_storage_vol_get_name", std::ptr::null());
    vol.name_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_get_path(vol: GObjectPtr, error: *mut *mut GError) -> *const c_char {
    let vol = object_arg!(vol as StorageVol, c"gvir_storage_vol_get_path", std::ptr::null());
    guard("gvir_storage_vol_get_path", std::ptr::null(), || value_or_error(vol.path_cstr().map(CStr::as_ptr), error, std::ptr::null()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_get_config(vol: GObjectPtr, flags: u32, err: *mut *mut GError) -> GObjectPtr {
    let vol = object_arg!(vol as StorageVol, c"gvir_storage_vol_get_config", std::ptr::null_mut());
    guard("gvir_storage_vol_get_config", std::ptr::null_mut(), || value_or_error(vol.config(flags).map(full), err, std::ptr::null_mut()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_get_info(vol: GObjectPtr, err: *mut *mut GError) -> *mut GVirStorageVolInfo {
    let vol = object_arg!(vol as StorageVol, c"gvir_storage_vol_get_info", std::ptr::null_mut());
    guard("gvir_storage_vol_get_info", std::ptr::null_mut(), || {
        let info = vol
            .info()
            .map(|i| slice_new(GVirStorageVolInfo { type_: i.type_.into_glib(), capacity: i.capacity, allocation: i.allocation }));
        value_or_error(info, err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_delete(vol: GObjectPtr, flags: u32, err: *mut *mut GError) -> gboolean {
    let vol = object_arg!(vol as StorageVol, c"gvir_storage_vol_delete", GFALSE);
    guard("gvir_storage_vol_delete", GFALSE, || boolean_or_error(vol.delete(flags), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_resize(vol: GObjectPtr, capacity: u64, flags: u32, err: *mut *mut GError) -> gboolean {
    let vol = object_arg!(vol as StorageVol, c"gvir_storage_vol_resize", GFALSE);
    guard("gvir_storage_vol_resize", GFALSE, || {
        boolean_or_error(vol.resize(capacity, StorageVolResizeFlags::from_bits_retain(flags)), err)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_download(
    vol: GObjectPtr,
    stream: GObjectPtr,
    offset: u64,
    length: u64,
    flags: u32,
    err: *mut *mut GError,
) -> gboolean {
    const NAME: &CStr = c"gvir_storage_vol_download";
    let vol = object_arg!(vol as StorageVol, NAME, GFALSE);
    let stream = object_arg!(stream as Stream, NAME, GFALSE);
    guard("gvir_storage_vol_download", GFALSE, || boolean_or_error(vol.download(&stream, offset, length, flags), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_upload(
    vol: GObjectPtr,
    stream: GObjectPtr,
    offset: u64,
    length: u64,
    flags: u32,
    err: *mut *mut GError,
) -> gboolean {
    const NAME: &CStr = c"gvir_storage_vol_upload";
    let vol = object_arg!(vol as StorageVol, NAME, GFALSE);
    let stream = object_arg!(stream as Stream, NAME, GFALSE);
    guard("gvir_storage_vol_upload", GFALSE, || boolean_or_error(vol.upload(&stream, offset, length, flags), err))
}

// ---- GVirConnection ----

super::connection::connection_fetch!(
    fetch_storage_pools: gvir_connection_fetch_storage_pools, gvir_connection_fetch_storage_pools_async, gvir_connection_fetch_storage_pools_finish
);

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_storage_pools(conn: GObjectPtr) -> *mut glib::ffi::GList {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_storage_pools", std::ptr::null_mut());
    guard("gvir_connection_get_storage_pools", std::ptr::null_mut(), || object_list_full(connection.storage_pools()))
}

super::lookup_by_str!(gvir_connection_get_storage_pool(conn as Connection, uuid) => storage_pool);

super::lookup_by_str!(gvir_connection_find_storage_pool_by_name(conn as Connection, name) => find_storage_pool_by_name);

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_create_storage_pool(
    conn: GObjectPtr,
    conf: GObjectPtr,
    flags: u32,
    err: *mut *mut GError,
) -> GObjectPtr {
    const NAME: &CStr = c"gvir_connection_create_storage_pool";
    let connection = object_arg!(conn as Connection, NAME, std::ptr::null_mut());
    let Some(conf) = capi_support::object_arg::<libvirt_gconfig::StoragePool>(conf, None, NAME, "conf") else {
        return std::ptr::null_mut();
    };
    guard("gvir_connection_create_storage_pool", std::ptr::null_mut(), || {
        value_or_error(connection.create_storage_pool(&conf, flags).map(full), err, std::ptr::null_mut())
    })
}
