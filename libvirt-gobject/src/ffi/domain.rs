use std::ffi::{c_char, CStr};

use capi_support::guard;
use gio::ffi::{GAsyncReadyCallback, GAsyncResult, GCancellable};
use glib::ffi::{gboolean, gpointer, GError, GType, GFALSE};
use glib::prelude::*;
use glib::subclass::prelude::*;
use glib::translate::*;
use libvirt_gconfig::ConfigObjectExt;

use super::records::{domain_info_full, GVirDomainInfo};
use super::task::{finish, finish_record, run_in_thread, run_record_in_thread, Work};
use super::{boolean_or_error, cancellable_arg, full, object_arg, str_arg, value_or_error, GObjectPtr};
use crate::{Domain, DomainDeleteFlags, DomainRebootFlags, DomainShutdownFlags, DomainStartFlags, DomainXmlFlags};

#[no_mangle]
pub extern "C" fn gvir_domain_get_type() -> GType {
    Domain::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_name(dom: GObjectPtr) -> *const c_char {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_name", std::ptr::null());
    match domain.imp().handle.get() {
        // The name is owned by libvirt's domain object, which lives as long as ours.
        Some(handle) => virt::sys::virDomainGetName(handle.as_ptr()),
        None => std::ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_uuid(dom: GObjectPtr) -> *const c_char {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_uuid", std::ptr::null());
    domain.uuid_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_id(dom: GObjectPtr, err: *mut *mut GError) -> i32 {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_id", -1);
    guard("gvir_domain_get_id", -1, || value_or_error(domain.id(), err, -1))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_persistent(dom: GObjectPtr) -> gboolean {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_persistent", GFALSE);
    domain.is_persistent().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_saved(dom: GObjectPtr) -> gboolean {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_saved", GFALSE);
    domain.is_saved().into_glib()
}

/// The blocking operations without an async form: `fn(dom, flags, err) -> gboolean`.
macro_rules! blocking_with_flags {
    ($name:ident, |$domain:ident, $flags:ident| $call:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(dom: GObjectPtr, $flags: u32, err: *mut *mut GError) -> gboolean {
            let $domain = object_arg!(dom as Domain, capi_support::c_name!($name), GFALSE);
            guard(stringify!($name), GFALSE, || boolean_or_error($call, err))
        }
    };
}

blocking_with_flags!(gvir_domain_stop, |domain, flags| domain.stop(flags));
blocking_with_flags!(gvir_domain_delete, |domain, flags| domain.delete(DomainDeleteFlags::from_bits_retain(flags)));
blocking_with_flags!(gvir_domain_shutdown, |domain, flags| domain.shutdown(DomainShutdownFlags::from_bits_retain(flags)));
blocking_with_flags!(gvir_domain_reboot, |domain, flags| domain.reboot(DomainRebootFlags::from_bits_retain(flags)));
blocking_with_flags!(gvir_domain_start, |domain, flags| domain.start(DomainStartFlags::from_bits_retain(flags)));
blocking_with_flags!(gvir_domain_wakeup, |domain, flags| domain.wakeup(flags));
blocking_with_flags!(gvir_domain_save, |domain, flags| domain.save(flags));

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_suspend(dom: GObjectPtr, err: *mut *mut GError) -> gboolean {
    let domain = object_arg!(dom as Domain, c"gvir_domain_suspend", GFALSE);
    guard("gvir_domain_suspend", GFALSE, || boolean_or_error(domain.suspend(), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_resume(dom: GObjectPtr, err: *mut *mut GError) -> gboolean {
    let domain = object_arg!(dom as Domain, c"gvir_domain_resume", GFALSE);
    guard("gvir_domain_resume", GFALSE, || boolean_or_error(domain.resume(), err))
}

/// Starts `work(domain)` on a worker thread for the `_async` function `tag`.
pub(super) unsafe fn domain_async<T: Send + 'static>(
    dom: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
    tag: usize,
    function: &CStr,
    work: impl FnOnce(&Domain) -> Result<T, glib::Error> + Send + 'static,
) {
    let domain = object_arg!(dom as Domain, function);
    let cancellable = cancellable_arg!(cancellable, function);
    let worker = (*domain).clone();
    let work: Work<T> = Box::new(move |_| work(&worker));
    run_in_thread(dom, cancellable.as_ref(), callback, user_data, tag, work, None)
}

/// The `_finish` of a `gboolean`-returning domain operation.
pub(super) unsafe fn domain_finish(dom: GObjectPtr, result: *mut GAsyncResult, tag: usize, err: *mut *mut GError, function: &CStr) -> gboolean {
    let _ = object_arg!(dom as Domain, function, GFALSE);
    finish::<()>(dom, result, tag, err, function).is_some().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_start_async(
    dom: GObjectPtr,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let flags = DomainStartFlags::from_bits_retain(flags);
    let tag = gvir_domain_start_async as *const () as usize;
    domain_async(dom, cancellable, callback, user_data, tag, c"gvir_domain_start_async", move |d| d.start(flags))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_start_finish(dom: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    domain_finish(dom, result, gvir_domain_start_async as *const () as usize, err, c"gvir_domain_start_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_resume_async(
    dom: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let tag = gvir_domain_resume_async as *const () as usize;
    domain_async(dom, cancellable, callback, user_data, tag, c"gvir_domain_resume_async", Domain::resume)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_resume_finish(dom: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    domain_finish(dom, result, gvir_domain_resume_async as *const () as usize, err, c"gvir_domain_resume_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_wakeup_async(
    dom: GObjectPtr,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let tag = gvir_domain_wakeup_async as *const () as usize;
    domain_async(dom, cancellable, callback, user_data, tag, c"gvir_domain_wakeup_async", move |d| d.wakeup(flags))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_wakeup_finish(dom: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    domain_finish(dom, result, gvir_domain_wakeup_async as *const () as usize, err, c"gvir_domain_wakeup_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_save_async(
    dom: GObjectPtr,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let tag = gvir_domain_save_async as *const () as usize;
    domain_async(dom, cancellable, callback, user_data, tag, c"gvir_domain_save_async", move |d| d.save(flags))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_save_finish(dom: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    domain_finish(dom, result, gvir_domain_save_async as *const () as usize, err, c"gvir_domain_save_finish")
}

/// The custom configuration argument of the save functions, as XML: `Ok(None)` for NULL,
/// `Err(())` after a critical for something that is not a `GVirConfigDomain`.
unsafe fn custom_conf_xml(custom_conf: GObjectPtr, function: &CStr) -> Result<Option<String>, ()> {
    if custom_conf.is_null() {
        return Ok(None);
    }
    match capi_support::object_arg::<libvirt_gconfig::Domain>(custom_conf, None, function, "custom_conf") {
        Some(conf) => Ok(Some(conf.to_xml())),
        None => Err(()),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_save_to_file(
    dom: GObjectPtr,
    filename: *mut c_char,
    custom_conf: GObjectPtr,
    flags: u32,
    err: *mut *mut GError,
) -> gboolean {
    const NAME: &CStr = c"gvir_domain_save_to_file";
    let domain = object_arg!(dom as Domain, NAME, GFALSE);
    let filename = str_arg!(filename, NAME, GFALSE).into_owned();
    let Ok(xml) = custom_conf_xml(custom_conf, NAME) else { return GFALSE };
    guard("gvir_domain_save_to_file", GFALSE, || boolean_or_error(domain.save_to_file_with_xml(filename, xml, flags), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_save_to_file_async(
    dom: GObjectPtr,
    filename: *mut c_char,
    custom_conf: GObjectPtr,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &CStr = c"gvir_domain_save_to_file_async";
    let filename = str_arg!(filename, NAME).into_owned();
    let Ok(xml) = custom_conf_xml(custom_conf, NAME) else { return };
    let tag = gvir_domain_save_to_file_async as *const () as usize;
    domain_async(dom, cancellable, callback, user_data, tag, NAME, move |d| d.save_to_file_with_xml(filename, xml, flags))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_save_to_file_finish(dom: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    domain_finish(dom, result, gvir_domain_save_to_file_async as *const () as usize, err, c"gvir_domain_save_to_file_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_info(dom: GObjectPtr, err: *mut *mut GError) -> *mut GVirDomainInfo {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_info", std::ptr::null_mut());
    guard("gvir_domain_get_info", std::ptr::null_mut(), || {
        value_or_error(domain.info().map(|info| domain_info_full(&info)), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_info_async(
    dom: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &CStr = c"gvir_domain_get_info_async";
    let _ = object_arg!(dom as Domain, NAME);
    let cancellable = cancellable_arg!(cancellable, NAME);
    let tag = gvir_domain_get_info_async as *const () as usize;
    run_record_in_thread(dom, cancellable.as_ref(), callback, user_data, tag, |domain: &Domain| {
        domain.info().map(|info| GVirDomainInfo::from(&info))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_info_finish(
    dom: GObjectPtr,
    result: *mut GAsyncResult,
    err: *mut *mut GError,
) -> *mut GVirDomainInfo {
    const NAME: &CStr = c"gvir_domain_get_info_finish";
    let _ = object_arg!(dom as Domain, NAME, std::ptr::null_mut());
    let tag = gvir_domain_get_info_async as *const () as usize;
    finish_record::<GVirDomainInfo>(dom, result, tag, err, NAME)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_get_config(dom: GObjectPtr, flags: u32, err: *mut *mut GError) -> GObjectPtr {
    let domain = object_arg!(dom as Domain, c"gvir_domain_get_config", std::ptr::null_mut());
    guard("gvir_domain_get_config", std::ptr::null_mut(), || {
        let config = domain.config(DomainXmlFlags::from_bits_retain(flags));
        value_or_error(config.map(full), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_set_config(domain: GObjectPtr, conf: GObjectPtr, err: *mut *mut GError) -> gboolean {
    let dom = object_arg!(domain as Domain, c"gvir_domain_set_config", GFALSE);
    let conf = object_arg!(conf as libvirt_gconfig::Domain, c"gvir_domain_set_config", GFALSE);
    guard("gvir_domain_set_config", GFALSE, || boolean_or_error(dom.set_config(&conf), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_set_time(
    dom: GObjectPtr,
    date_time: *mut glib::ffi::GDateTime,
    flags: u32,
    err: *mut *mut GError,
) -> gboolean {
    let domain = object_arg!(dom as Domain, c"gvir_domain_set_time", GFALSE);
    let time: Option<glib::DateTime> = from_glib_none(date_time);
    guard("gvir_domain_set_time", GFALSE, || boolean_or_error(domain.set_time(time.as_ref(), flags), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_set_time_async(
    dom: GObjectPtr,
    date_time: *mut glib::ffi::GDateTime,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let time: Option<glib::DateTime> = from_glib_none(date_time);
    let tag = gvir_domain_set_time_async as *const () as usize;
    domain_async(dom, cancellable, callback, user_data, tag, c"gvir_domain_set_time_async", move |d| {
        d.set_time(time.as_ref(), flags)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_set_time_finish(dom: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    domain_finish(dom, result, gvir_domain_set_time_async as *const () as usize, err, c"gvir_domain_set_time_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_open_graphics(dom: GObjectPtr, idx: u32, fd: i32, flags: u32, err: *mut *mut GError) -> gboolean {
    let domain = object_arg!(dom as Domain, c"gvir_domain_open_graphics", GFALSE);
    guard("gvir_domain_open_graphics", GFALSE, || {
        // The caller keeps its descriptor: libvirt duplicates what it needs.
        boolean_or_error(domain.open_graphics_raw(idx, fd, flags), err)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_open_graphics_fd(dom: GObjectPtr, idx: u32, flags: u32, err: *mut *mut GError) -> i32 {
    use std::os::fd::IntoRawFd;
    let domain = object_arg!(dom as Domain, c"gvir_domain_open_graphics_fd", -1);
    guard("gvir_domain_open_graphics_fd", -1, || {
        value_or_error(domain.open_graphics_fd(idx, flags).map(IntoRawFd::into_raw_fd), err, -1)
    })
}
