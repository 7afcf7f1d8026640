//! The C ABI of the storage figures (our addition, `LIBVIRT_GOBJECT_RS_1.0`):
//! `GVirStorageVolFigures`, `GVirStoragePoolCommitment` and the functions returning them.

use std::ffi::CStr;
use std::sync::OnceLock;

use capi_support::guard;
use gio::ffi::{GAsyncReadyCallback, GAsyncResult, GCancellable};
use glib::ffi::{gboolean, gpointer, GError, GType};
use glib::translate::*;

use super::task::{finish, run_in_thread, Work};
use super::{cancellable_arg, object_arg, value_or_error, GObjectPtr};
use crate::{StoragePool, StoragePoolCommitment, StorageVol, StorageVolFigures};

/// `struct _GVirStorageVolFigures`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GVirStorageVolFigures {
    pub capacity: u64,
    pub length: u64,
    pub allocation: u64,
    pub commitment: i64,
    pub from_header: gboolean,
    pub external_data: gboolean,
    pub bitmaps_not_counted: gboolean,
    pub refcount_table_moves: gboolean,
}

/// `struct _GVirStoragePoolCommitment`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GVirStoragePoolCommitment {
    pub capacity: u64,
    pub allocation: u64,
    pub available: u64,
    pub volumes: u32,
    pub unbounded: u32,
    pub commitment: i64,
    pub growth: i64,
    pub overcommitted: gboolean,
}

/// `None` (unbounded) is -1 in C; sizes never reach `i64::MAX`.
fn bytes_or_unbounded(bytes: Option<u64>) -> i64 {
    bytes.map_or(-1, |b| i64::try_from(b).unwrap_or(i64::MAX))
}

fn vol_figures_full(f: &StorageVolFigures) -> *mut GVirStorageVolFigures {
    slice_new(GVirStorageVolFigures {
        capacity: f.capacity,
        length: f.length,
        allocation: f.allocation,
        commitment: bytes_or_unbounded(f.commitment),
        from_header: f.from_header.into_glib(),
        external_data: f.external_data.into_glib(),
        bitmaps_not_counted: f.bitmaps_not_counted.into_glib(),
        refcount_table_moves: f.refcount_table_moves.into_glib(),
    })
}

fn pool_commitment_full(c: &StoragePoolCommitment) -> *mut GVirStoragePoolCommitment {
    slice_new(GVirStoragePoolCommitment {
        capacity: c.capacity,
        allocation: c.allocation,
        available: c.available,
        volumes: c.volumes,
        unbounded: c.unbounded,
        commitment: bytes_or_unbounded(c.commitment),
        growth: bytes_or_unbounded(c.growth),
        overcommitted: c.is_overcommitted().into_glib(),
    })
}

/// A slice-allocated copy of `value` (`transfer full` to C).
fn slice_new<T: Copy>(value: T) -> *mut T {
    // SAFETY: copies size_of::<T>() bytes of plain data.
    unsafe { glib::ffi::g_slice_copy(std::mem::size_of::<T>(), &value as *const T as glib::ffi::gconstpointer) as *mut T }
}

unsafe extern "C" fn vol_figures_copy(ptr: gpointer) -> gpointer {
    glib::ffi::g_slice_copy(std::mem::size_of::<GVirStorageVolFigures>(), ptr)
}
unsafe extern "C" fn vol_figures_free(ptr: gpointer) {
    glib::ffi::g_slice_free1(std::mem::size_of::<GVirStorageVolFigures>(), ptr)
}
unsafe extern "C" fn pool_commitment_copy(ptr: gpointer) -> gpointer {
    glib::ffi::g_slice_copy(std::mem::size_of::<GVirStoragePoolCommitment>(), ptr)
}
unsafe extern "C" fn pool_commitment_free(ptr: gpointer) {
    glib::ffi::g_slice_free1(std::mem::size_of::<GVirStoragePoolCommitment>(), ptr)
}

#[no_mangle]
pub extern "C" fn gvir_storage_vol_figures_get_type() -> GType {
    static T: OnceLock<usize> = OnceLock::new();
    // SAFETY: registered once, with matching copy/free functions.
    *T.get_or_init(|| unsafe {
        glib::gobject_ffi::g_boxed_type_register_static(c"GVirStorageVolFigures".as_ptr(), Some(vol_figures_copy), Some(vol_figures_free))
            as usize
    }) as GType
}

#[no_mangle]
pub extern "C" fn gvir_storage_pool_commitment_get_type() -> GType {
    static T: OnceLock<usize> = OnceLock::new();
    // SAFETY: registered once, with matching copy/free functions.
    *T.get_or_init(|| unsafe {
        glib::gobject_ffi::g_boxed_type_register_static(
            c"GVirStoragePoolCommitment".as_ptr(),
            Some(pool_commitment_copy),
            Some(pool_commitment_free),
        ) as usize
    }) as GType
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_get_figures(vol: GObjectPtr, err: *mut *mut GError) -> *mut GVirStorageVolFigures {
    let vol = object_arg!(vol as StorageVol, c"gvir_storage_vol_get_figures", std::ptr::null_mut());
    guard("gvir_storage_vol_get_figures", std::ptr::null_mut(), || {
        value_or_error(vol.figures().map(|f| vol_figures_full(&f)), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_get_figures_async(
    vol: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &CStr = c"gvir_storage_vol_get_figures_async";
    let this = object_arg!(vol as StorageVol, NAME);
    let cancellable = cancellable_arg!(cancellable, NAME);
    let worker = (*this).clone();
    let work: Work<StorageVolFigures> = Box::new(move |_| worker.figures());
    let tag = gvir_storage_vol_get_figures_async as *const () as usize;
    run_in_thread(vol, cancellable.as_ref(), callback, user_data, tag, work, None)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_vol_get_figures_finish(
    vol: GObjectPtr,
    result: *mut GAsyncResult,
    err: *mut *mut GError,
) -> *mut GVirStorageVolFigures {
    const NAME: &CStr = c"gvir_storage_vol_get_figures_finish";
    let _ = object_arg!(vol as StorageVol, NAME, std::ptr::null_mut());
    let tag = gvir_storage_vol_get_figures_async as *const () as usize;
    finish::<StorageVolFigures>(vol, result, tag, err, NAME).map_or(std::ptr::null_mut(), |f| vol_figures_full(&f))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_commitment(
    pool: GObjectPtr,
    cancellable: *mut GCancellable,
    err: *mut *mut GError,
) -> *mut GVirStoragePoolCommitment {
    const NAME: &CStr = c"gvir_storage_pool_get_commitment";
    let pool = object_arg!(pool as StoragePool, NAME, std::ptr::null_mut());
    let cancellable = cancellable_arg!(cancellable, NAME, std::ptr::null_mut());
    guard("gvir_storage_pool_get_commitment", std::ptr::null_mut(), || {
        value_or_error(pool.commitment(cancellable.as_ref()).map(|c| pool_commitment_full(&c)), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_commitment_async(
    pool: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &CStr = c"gvir_storage_pool_get_commitment_async";
    let this = object_arg!(pool as StoragePool, NAME);
    let cancellable = cancellable_arg!(cancellable, NAME);
    let worker = (*this).clone();
    let work: Work<StoragePoolCommitment> = Box::new(move |c| worker.commitment(c));
    let tag = gvir_storage_pool_get_commitment_async as *const () as usize;
    run_in_thread(pool, cancellable.as_ref(), callback, user_data, tag, work, None)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_storage_pool_get_commitment_finish(
    pool: GObjectPtr,
    result: *mut GAsyncResult,
    err: *mut *mut GError,
) -> *mut GVirStoragePoolCommitment {
    const NAME: &CStr = c"gvir_storage_pool_get_commitment_finish";
    let _ = object_arg!(pool as StoragePool, NAME, std::ptr::null_mut());
    let tag = gvir_storage_pool_get_commitment_async as *const () as usize;
    finish::<StoragePoolCommitment>(pool, result, tag, err, NAME).map_or(std::ptr::null_mut(), |c| pool_commitment_full(&c))
}
