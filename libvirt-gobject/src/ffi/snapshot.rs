//! The C ABI of `GVirDomainSnapshot` and of the domain's snapshot functions.

use std::ffi::{c_char, CStr};

use capi_support::{guard, object_list_full};
use gio::ffi::{GAsyncReadyCallback, GAsyncResult, GCancellable};
use glib::ffi::{gboolean, gpointer, GError, GType, GFALSE, GTRUE};
use glib::prelude::*;
use glib::translate::*;
use libvirt_gconfig::ConfigObjectExt;

use super::domain::{domain_async, domain_finish};
use super::task::{finish, run_in_thread, Work};
use super::{boolean_or_error, cancellable_arg, full, object_arg, value_or_error, GObjectPtr};
use crate::{
    Domain, DomainSnapshot, DomainSnapshotCreateFlags, DomainSnapshotDeleteFlags, DomainSnapshotHandle, DomainSnapshotListFlags,
    DomainSnapshotRevertFlags,
};

#[no_mangle]
pub extern "C" fn gvir_domain_snapshot_get_type() -> GType {
    DomainSnapshot::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_snapshot_handle_get_type() -> GType {
    DomainSnapshotHandle::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_snapshot_delete_flags_get_type() -> GType {
    DomainSnapshotDeleteFlags::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_snapshot_revert_flags_get_type() -> GType {
    DomainSnapshotRevertFlags::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_get_name(snapshot: GObjectPtr) -> *const c_char {
    let snapshot = object_arg!(snapshot as DomainSnapshot, c"gvir_domain_snapshot_get_name", std::ptr::null());
    snapshot.name_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_get_config(snapshot: GObjectPtr, flags: u32, err: *mut *mut GError) -> GObjectPtr {
    let snapshot = object_arg!(snapshot as DomainSnapshot, c"gvir_domain_snapshot_get_config", std::ptr::null_mut());
    guard("gvir_domain_snapshot_get_config", std::ptr::null_mut(), || {
        value_or_error(snapshot.config(flags).map(full), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_set_config(snapshot: GObjectPtr, conf: GObjectPtr, err: *mut *mut GError) -> gboolean {
    const NAME: &CStr = c"gvir_domain_snapshot_set_config";
    let snapshot = object_arg!(snapshot as DomainSnapshot, NAME, GFALSE);
    let conf = object_arg!(conf as libvirt_gconfig::DomainSnapshot, NAME, GFALSE);
    guard("gvir_domain_snapshot_set_config", GFALSE, || boolean_or_error(snapshot.set_config(&conf), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_get_is_current(
    snapshot: GObjectPtr,
    flags: u32,
    is_current: *mut gboolean,
    err: *mut *mut GError,
) -> gboolean {
    let snapshot = object_arg!(snapshot as DomainSnapshot, c"gvir_domain_snapshot_get_is_current", GFALSE);
    guard("gvir_domain_snapshot_get_is_current", GFALSE, || match snapshot.is_current(flags) {
        Ok(current) => {
            if !is_current.is_null() {
                *is_current = current.into_glib();
            }
            GTRUE
        }
        Err(e) => boolean_or_error(Err(e), err),
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_delete(snapshot: GObjectPtr, flags: u32, err: *mut *mut GError) -> gboolean {
    let snapshot = object_arg!(snapshot as DomainSnapshot, c"gvir_domain_snapshot_delete", GFALSE);
    let flags = DomainSnapshotDeleteFlags::from_bits_retain(flags);
    guard("gvir_domain_snapshot_delete", GFALSE, || boolean_or_error(snapshot.delete(flags), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_revert_to(snapshot: GObjectPtr, flags: u32, err: *mut *mut GError) -> gboolean {
    let snapshot = object_arg!(snapshot as DomainSnapshot, c"gvir_domain_snapshot_revert_to", GFALSE);
    let flags = DomainSnapshotRevertFlags::from_bits_retain(flags);
    guard("gvir_domain_snapshot_revert_to", GFALSE, || boolean_or_error(snapshot.revert_to(flags), err))
}

/// Starts `work(snapshot)` on a worker thread for the `_async` function `tag`.
unsafe fn snapshot_async(
    ptr: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
    tag: usize,
    function: &CStr,
    work: impl FnOnce(&DomainSnapshot) -> Result<(), glib::Error> + Send + 'static,
) {
    let snapshot = object_arg!(ptr as DomainSnapshot, function);
    let cancellable = cancellable_arg!(cancellable, function);
    let worker = (*snapshot).clone();
    let work: Work<()> = Box::new(move |_| work(&worker));
    run_in_thread(ptr, cancellable.as_ref(), callback, user_data, tag, work, None)
}

unsafe fn snapshot_finish(ptr: GObjectPtr, result: *mut GAsyncResult, tag: usize, err: *mut *mut GError, function: &CStr) -> gboolean {
    let _ = object_arg!(ptr as DomainSnapshot, function, GFALSE);
    finish::<()>(ptr, result, tag, err, function).is_some().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_delete_async(
    snapshot: GObjectPtr,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let flags = DomainSnapshotDeleteFlags::from_bits_retain(flags);
    let tag = gvir_domain_snapshot_delete_async as *const () as usize;
    snapshot_async(snapshot, cancellable, callback, user_data, tag, c"gvir_domain_snapshot_delete_async", move |s| s.delete(flags))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_delete_finish(snapshot: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    let tag = gvir_domain_snapshot_delete_async as *const () as usize;
    snapshot_finish(snapshot, result, tag, err, c"gvir_domain_snapshot_delete_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_revert_to_async(
    snapshot: GObjectPtr,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let flags = DomainSnapshotRevertFlags::from_bits_retain(flags);
    let tag = gvir_domain_snapshot_revert_to_async as *const () as usize;
    snapshot_async(snapshot, cancellable, callback, user_data, tag, c"gvir_domain_snapshot_revert_to_async", move |s| s.revert_to(flags))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_snapshot_revert_to_finish(
    snapshot: GObjectPtr,
    result: *mut GAsyncResult,
    err: *mut *mut GError,
) -> gboolean {
    let tag = gvir_domain_snapshot_revert_to_async as *const () as usize;
    snapshot_finish(snapshot, result, tag, err, c"gvir_domain_snapshot_revert_to_finish")
}

/// The XML of an optional `GVirConfigDomainSnapshot *` argument, or `Err` after a critical.
unsafe fn snapshot_conf_xml(custom_conf: GObjectPtr, function: &CStr) -> Result<Option<String>, ()> {
    if custom_conf.is_null() {
        return Ok(None);
    }
    match capi_support::object_arg::<libvirt_gconfig::DomainSnapshot>(custom_conf, None, function, "custom_conf") {
        Some(conf) => Ok(Some(conf.to_xml())),
        None => Err(()),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_create_snapshot(dom: GObjectPtr, custom_conf: GObjectPtr, flags: u32, err: *mut *mut GError) -> GObjectPtr {
    const NAME: &CStr = c"gvir_domain_create_snapshot";
    let domain = object_arg!(dom as Domain, NAME, std::ptr::null_mut());
    let Ok(xml) = snapshot_conf_xml(custom_conf, NAME) else { return std::ptr::null_mut() };
    let flags = DomainSnapshotCreateFlags::from_bits_retain(flags);
    guard("gvir_domain_create_snapshot", std::ptr::null_mut(), || {
        value_or_error(domain.create_snapshot_with_xml(xml, flags).map(full), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_create_snapshot_async(
    dom: GObjectPtr,
    custom_conf: GObjectPtr,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &CStr = c"gvir_domain_create_snapshot_async";
    let Ok(xml) = snapshot_conf_xml(custom_conf, NAME) else { return };
    let flags = DomainSnapshotCreateFlags::from_bits_retain(flags);
    let tag = gvir_domain_create_snapshot_async as *const () as usize;
    domain_async(dom, cancellable, callback, user_data, tag, NAME, move |d| d.create_snapshot_with_xml(xml, flags))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_create_snapshot_finish(dom: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> GObjectPtr {
    const NAME: &CStr = c"gvir_domain_create_snapshot_finish";
    let _ = object_arg!(dom as Domain, NAME, std::ptr::null_mut());
    let tag = gvir_domain_create_snapshot_async as *const () as usize;
    finish::<DomainSnapshot>(dom, result, tag, err, NAME).map_or(std::ptr::null_mut(), full)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_fetch_snapshots(
    dom: GObjectPtr,
    list_flags: u32,
    cancellable: *mut GCancellable,
    err: *mut *mut GError,
) -> gboolean {
    const NAME: &CStr = c"gvir_domain_fetch_snapshots";
    let domain = object_arg!(dom as Domain, NAME, GFALSE);
    let cancellable = cancellable_arg!(cancellable, NAME, GFALSE);
    let flags = DomainSnapshotListFlags::from_bits_retain(list_flags);
    guard("gvir_domain_fetch_snapshots", GFALSE, || boolean_or_error(domain.fetch_snapshots(flags, cancellable.as_ref()), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_fetch_snapshots_async(
    dom: GObjectPtr,
    list_flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &CStr = c"gvir_domain_fetch_snapshots_async";
    let domain = object_arg!(dom as Domain, NAME);
    let cancellable = cancellable_arg!(cancellable, NAME);
    let flags = DomainSnapshotListFlags::from_bits_retain(list_flags);
    let worker = (*domain).clone();
    let work: Work<()> = Box::new(move |c| worker.fetch_snapshots(flags, c));
    let tag = gvir_domain_fetch_snapshots_async as *const () as usize;
    run_in_thread(dom, cancellable.as_ref(), callback, user_data, tag, work, None)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_fetch_snapshots_finish(dom: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    let tag = gvir_domain_fetch_snapshots_async as *const () as usize;
    domain_finish(dom, result, tag, err, c"gvir_domain_fetch_snapshots_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_snapshots(dom: GObjectPtr) -> *mut glib::ffi::GList {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_snapshots", std::ptr::null_mut());
    guard("gvir_domain_get_snapshots", std::ptr::null_mut(), || object_list_full(domain.snapshots()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_has_current_snapshot(
    dom: GObjectPtr,
    flags: u32,
    has_current_snapshot: *mut gboolean,
    err: *mut *mut GError,
) -> gboolean {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_has_current_snapshot", GFALSE);
    guard("gvir_domain_get_has_current_snapshot", GFALSE, || match domain.has_current_snapshot(flags) {
        Ok(has) => {
            if !has_current_snapshot.is_null() {
                *has_current_snapshot = has.into_glib();
            }
            GTRUE
        }
        Err(e) => boolean_or_error(Err(e), err),
    })
}
