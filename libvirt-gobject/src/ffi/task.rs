//! `_async` / `_finish` pairs over `GTask`.
//!
//! The `_async` function builds a `GTask` (so the callback runs on the caller's thread-default
//! main context, and `g_task_is_valid` / cancellation behave as GIO programs expect) and runs
//! the blocking Rust call in GLib's thread pool. The value is returned as a boxed Rust value;
//! `_finish` takes it back out.
//!
//! `run_record_in_thread` / `finish_record` are the lean form for an operation on the task's
//! source object that yields a C record (`GVirDomainInfo`): the work is a function of the source
//! object alone (a zero-sized closure: no allocation, no extra reference — the task holds the
//! source), the worker writes the slice-allocated record the caller will own, and `_finish`
//! hands that very pointer over. A round trip then does what the C library's does, no more.

use std::any::Any;
use std::ffi::{c_void, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};

use gio::prelude::*;
use gio::ffi::{GAsyncReadyCallback, GAsyncResult, GCancellable, GTask};
use glib::ffi::{gpointer, GError};
use glib::gobject_ffi::GObject;
use glib::translate::*;

/// What runs on the worker thread: the blocking call, given the task's cancellable.
pub(crate) type Work<T> = Box<dyn FnOnce(Option<&gio::Cancellable>) -> Result<T, glib::Error> + Send>;

/// The caller's callback, with something to do just before it on the caller's context.
struct Completion {
    callback: GAsyncReadyCallback,
    user_data: gpointer,
    before: Box<dyn FnOnce(bool)>,
}

/// Runs `work` on a worker thread under a new `GTask` whose source is `source` and source tag
/// `tag` (the `_async` function); `callback` gets the result on the caller's thread-default
/// context. `before_callback(succeeded)` runs on that context just before `callback`.
///
/// # Safety
/// `source` must be a live GObject, `cancellable` NULL or a GCancellable, and `callback` /
/// `user_data` what the C caller passed.
pub(crate) unsafe fn run_in_thread<T: Send + 'static>(
    source: *mut c_void,
    cancellable: Option<&gio::Cancellable>,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
    tag: usize,
    work: Work<T>,
    before_callback: Option<Box<dyn FnOnce(bool)>>,
) {
    let (task_callback, task_user_data): (GAsyncReadyCallback, gpointer) = match before_callback {
        None => (callback, user_data),
        Some(before) => {
            let completion = Box::new(Completion { callback, user_data, before });
            (Some(complete), Box::into_raw(completion) as gpointer)
        }
    };
    let task = gio::ffi::g_task_new(source as *mut GObject, cancellable.to_glib_none().0, task_callback, task_user_data);
    gio::ffi::g_task_set_source_tag(task, tag as gpointer);
    let work: Box<Option<Work<T>>> = Box::new(Some(work));
    gio::ffi::g_task_set_task_data(task, Box::into_raw(work) as gpointer, Some(drop_box::<Option<Work<T>>>));
    gio::ffi::g_task_run_in_thread(task, Some(thread_func::<T>));
    glib::gobject_ffi::g_object_unref(task as *mut GObject);
}

unsafe extern "C" fn thread_func<T: Send + 'static>(
    task: *mut GTask,
    _source: *mut GObject,
    task_data: gpointer,
    cancellable: *mut GCancellable,
) {
    let slot = &mut *(task_data as *mut Option<Work<T>>);
    let Some(work) = slot.take() else { return };
    let cancellable: Option<gio::Cancellable> = from_glib_none(cancellable);
    // Like the blocking forms: nothing is done once the operation is cancelled.
    if let Some(Err(e)) = cancellable.as_ref().map(|c| c.set_error_if_cancelled()) {
        gio::ffi::g_task_return_error(task, e.into_glib_ptr());
        return;
    }
    let result = catch_unwind(AssertUnwindSafe(|| work(cancellable.as_ref())))
        .unwrap_or_else(|_| Err(glib::Error::new(gio::IOErrorEnum::Failed, "internal error: the libvirt call panicked")));
    match result {
        Ok(value) => gio::ffi::g_task_return_pointer(task, Box::into_raw(Box::new(value)) as gpointer, Some(drop_box::<T>)),
        Err(e) => gio::ffi::g_task_return_error(task, e.into_glib_ptr()),
    }
}

unsafe extern "C" fn complete(source: *mut GObject, result: *mut GAsyncResult, data: gpointer) {
    let completion = Box::from_raw(data as *mut Completion);
    let succeeded = gio::ffi::g_task_had_error(result as *mut GTask) == glib::ffi::GFALSE;
    let before = completion.before;
    capi_support::guard("GTask completion", (), move || before(succeeded));
    if let Some(callback) = completion.callback {
        callback(source, result, completion.user_data);
    }
}

unsafe extern "C" fn drop_box<T>(ptr: gpointer) {
    drop(Box::from_raw(ptr as *mut T));
}

/// The pointer a task started with source `source` and tag `tag` returned, or NULL with `error`
/// set (or a critical, for a result that is not such a task).
///
/// # Safety
/// `result` must be NULL or a GAsyncResult.
unsafe fn propagate(source: *mut c_void, result: *mut GAsyncResult, tag: usize, error: *mut *mut GError, function: &CStr) -> gpointer {
    let valid = !result.is_null()
        && gio::ffi::g_task_is_valid(result, source as *mut GObject) != glib::ffi::GFALSE
        && gio::ffi::g_task_get_source_tag(result as *mut GTask) as usize == tag;
    if !valid {
        capi_support::return_if_fail_warning(None, function, c"g_task_is_valid(result, source_object)");
        return std::ptr::null_mut();
    }
    let mut task_error: *mut GError = std::ptr::null_mut();
    let value = gio::ffi::g_task_propagate_pointer(result as *mut GTask, &mut task_error);
    if !task_error.is_null() {
        if error.is_null() {
            glib::ffi::g_error_free(task_error);
        } else {
            glib::ffi::g_propagate_error(error, task_error);
        }
        return std::ptr::null_mut();
    }
    value
}

/// The value of a task started by `run_in_thread` with source `source` and tag `tag`, or
/// `None` with `error` set (or a critical, for a result that is not such a task).
///
/// # Safety
/// `result` must be NULL or a GAsyncResult; the `T` must be the one the `_async` function with
/// `tag` returns.
pub(crate) unsafe fn finish<T: Any>(
    source: *mut c_void,
    result: *mut GAsyncResult,
    tag: usize,
    error: *mut *mut GError,
    function: &CStr,
) -> Option<T> {
    let value = propagate(source, result, tag, error, function);
    if value.is_null() {
        return None;
    }
    Some(*Box::from_raw(value as *mut T))
}

/// Runs `work(source)` on a worker thread under a new `GTask` (source `source`, source tag
/// `tag`); on success the task's value is a slice-allocated copy of the record `work` made,
/// which `finish_record` gives to the caller (`transfer full`, freed with `g_slice_free` /
/// `g_boxed_free` like the C library's records).
///
/// `work` should capture nothing (`Domain::info`, a closure over no variables): it is kept as
/// the task's data in a `Box`, which for a zero-sized value allocates nothing.
///
/// # Safety
/// `source` must be a live instance of `S`, `cancellable` NULL or a GCancellable, and
/// `callback` / `user_data` what the C caller passed.
pub(crate) unsafe fn run_record_in_thread<S, R, F>(
    source: *mut c_void,
    cancellable: Option<&gio::Cancellable>,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
    tag: usize,
    work: F,
) where
    S: glib::prelude::ObjectType,
    R: Copy + 'static,
    F: Fn(&S) -> Result<R, glib::Error> + Send + Sync + 'static,
{
    let task = gio::ffi::g_task_new(source as *mut GObject, cancellable.to_glib_none().0, callback, user_data);
    gio::ffi::g_task_set_source_tag(task, tag as gpointer);
    gio::ffi::g_task_set_task_data(task, Box::into_raw(Box::new(work)) as gpointer, Some(drop_box::<F>));
    gio::ffi::g_task_run_in_thread(task, Some(record_thread_func::<S, R, F>));
    glib::gobject_ffi::g_object_unref(task as *mut GObject);
}

unsafe extern "C" fn record_thread_func<S, R, F>(task: *mut GTask, source: *mut GObject, task_data: gpointer, cancellable: *mut GCancellable)
where
    S: glib::prelude::ObjectType,
    R: Copy + 'static,
    F: Fn(&S) -> Result<R, glib::Error> + Send + Sync + 'static,
{
    // Like the blocking forms: nothing is done once the operation is cancelled.
    let mut cancelled: *mut GError = std::ptr::null_mut();
    if !cancellable.is_null() && gio::ffi::g_cancellable_set_error_if_cancelled(cancellable, &mut cancelled) != glib::ffi::GFALSE {
        gio::ffi::g_task_return_error(task, cancelled);
        return;
    }
    let work = &*(task_data as *const F);
    // The task holds a reference on its source object until it is finalized, after this.
    let source: glib::translate::Borrowed<glib::Object> = from_glib_borrow(source);
    // `run_record_in_thread`'s caller made the task with an `S` as source.
    let source = source.unsafe_cast_ref::<S>();
    let result = catch_unwind(AssertUnwindSafe(|| work(source)))
        .unwrap_or_else(|_| Err(glib::Error::new(gio::IOErrorEnum::Failed, "internal error: the libvirt call panicked")));
    match result {
        Ok(record) => {
            let copy = glib::ffi::g_slice_copy(std::mem::size_of::<R>(), &record as *const R as glib::ffi::gconstpointer);
            gio::ffi::g_task_return_pointer(task, copy, Some(super::records::slice_free::<R>))
        }
        Err(e) => gio::ffi::g_task_return_error(task, e.into_glib_ptr()),
    }
}

/// The record of a task started by `run_record_in_thread` with source `source` and tag `tag`
/// (the caller's to free), or NULL with `error` set (or a critical, for a result that is not
/// such a task).
///
/// # Safety
/// `result` must be NULL or a GAsyncResult; `R` must be the record the `_async` function with
/// `tag` makes.
pub(crate) unsafe fn finish_record<R>(
    source: *mut c_void,
    result: *mut GAsyncResult,
    tag: usize,
    error: *mut *mut GError,
    function: &CStr,
) -> *mut R {
    propagate(source, result, tag, error, function) as *mut R
}
