//! The C ABI of `libvirt-gobject-1.0`: thin wrappers over the Rust API.
//!
//! Each function checks its arguments as the C library does (a critical and a default return
//! on a wrong type or a NULL that is not allowed), converts, and calls the Rust core inside a
//! panic guard. `_async` functions run the blocking Rust call under a `GTask` on a worker
//! thread (see `task.rs`); `_finish` functions propagate its result.

use std::ffi::{c_char, c_void, CStr};

use glib::prelude::*;
use glib::translate::*;

mod connection;
mod connection_auth;
mod device;
mod domain;
mod main;
mod network;
mod objects;
mod manager;
mod records;
mod snapshot;
mod storage;
mod storage_figures;
mod stream;
mod stream_sparse;
mod task;

/// Any GObject pointer crossing the C boundary; its type is checked at run time.
pub(crate) type GObjectPtr = *mut c_void;

/// Borrows the object argument `$ptr` as `$ty`, or returns `$default` after the critical
/// `g_return_val_if_fail (GVIR_IS_…(ptr))` prints.
macro_rules! object_arg {
    ($ptr:ident as $ty:ty, $func:expr) => {
        object_arg!($ptr as $ty, $func, ())
    };
    ($ptr:ident as $ty:ty, $func:expr, $default:expr) => {
        match capi_support::object_arg::<$ty>($ptr, None, $func, stringify!($ptr)) {
            Some(object) => object,
            None => return $default,
        }
    };
}
pub(crate) use object_arg;

/// Borrows the string argument `$ptr`, or returns `$default` after a critical when it is NULL.
macro_rules! str_arg {
    ($ptr:ident, $func:expr) => {
        str_arg!($ptr, $func, ())
    };
    ($ptr:ident, $func:expr, $default:expr) => {
        match capi_support::borrow_str($ptr) {
            Some(s) => s,
            None => {
                capi_support::return_if_fail_warning(None, $func, &capi_support::to_cstring(concat!(stringify!($ptr), " != NULL")));
                return $default;
            }
        }
    };
}
pub(crate) use str_arg;

/// Borrows an optional `GCancellable *` argument, or returns `$default` after a critical when it
/// is not NULL and not a cancellable.
macro_rules! cancellable_arg {
    ($ptr:ident, $func:expr) => {
        cancellable_arg!($ptr, $func, ())
    };
    ($ptr:ident, $func:expr, $default:expr) => {
        match crate::ffi::cancellable($ptr as *mut std::ffi::c_void, $func) {
            Ok(cancellable) => cancellable,
            Err(()) => return $default,
        }
    };
}
pub(crate) use cancellable_arg;

/// A C lookup `$func(obj, arg)` returning `obj.$method(arg)` as a new reference, or NULL (after
/// a critical when `obj` is not a `$ty` or `arg` is NULL; the parameter names are the C ones).
macro_rules! lookup_by_str {
    ($func:ident($obj:ident as $ty:ty, $arg:ident) => $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($obj: $crate::ffi::GObjectPtr, $arg: *const std::ffi::c_char) -> $crate::ffi::GObjectPtr {
            const NAME: &std::ffi::CStr = capi_support::c_name!($func);
            let object = $crate::ffi::object_arg!($obj as $ty, NAME, std::ptr::null_mut());
            let $arg = $crate::ffi::str_arg!($arg, NAME, std::ptr::null_mut());
            object.$method(&$arg).map_or(std::ptr::null_mut(), $crate::ffi::full)
        }
    };
}
pub(crate) use lookup_by_str;

pub(crate) unsafe fn cancellable(ptr: *mut c_void, function: &CStr) -> Result<Option<gio::Cancellable>, ()> {
    if ptr.is_null() {
        return Ok(None);
    }
    let is_cancellable = glib::gobject_ffi::g_type_check_instance_is_a(
        ptr as *mut glib::gobject_ffi::GTypeInstance,
        gio::Cancellable::static_type().into_glib(),
    ) != glib::ffi::GFALSE;
    if !is_cancellable {
        capi_support::return_if_fail_warning(None, function, c"cancellable == NULL || G_IS_CANCELLABLE(cancellable)");
        return Err(());
    }
    Ok(Some(from_glib_none(ptr as *mut gio::ffi::GCancellable)))
}

/// Hands a new reference to C (`transfer full`).
pub(crate) fn full<T: IsA<glib::Object>>(object: T) -> GObjectPtr {
    let object: glib::Object = object.upcast();
    let ptr: *mut glib::gobject_ffi::GObject = object.into_glib_ptr();
    ptr as GObjectPtr
}

/// `TRUE`, or `FALSE` with `error` set.
pub(crate) unsafe fn boolean_or_error(result: Result<(), glib::Error>, error: *mut *mut glib::ffi::GError) -> glib::ffi::gboolean {
    match result {
        Ok(()) => glib::ffi::GTRUE,
        Err(e) => {
            capi_support::propagate_error(error, e);
            glib::ffi::GFALSE
        }
    }
}

/// The value, or `default` with `error` set.
pub(crate) unsafe fn value_or_error<T>(result: Result<T, glib::Error>, error: *mut *mut glib::ffi::GError, default: T) -> T {
    match result {
        Ok(value) => value,
        Err(e) => {
            capi_support::propagate_error(error, e);
            default
        }
    }
}

/// An optional C string argument.
pub(crate) unsafe fn opt_str<'a>(ptr: *const c_char) -> Option<std::borrow::Cow<'a, str>> {
    capi_support::borrow_str(ptr)
}
