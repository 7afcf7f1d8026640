//! The C ABI of `libvirt-gconfig-1.0`: thin wrappers over the Rust API.
//!
//! Each function checks its arguments as the C library does (a critical and a default return
//! on a wrong type or a NULL that is not allowed), converts, and calls the Rust core inside a
//! panic guard. Object arguments arrive as untyped pointers and are checked at run time.

use std::ffi::{c_char, c_void};

use glib::prelude::*;
use glib::translate::*;

#[macro_use]
mod accessors;
mod accessor_fns;
mod capabilities;
mod domain;
mod domain_capabilities;
mod domain_cpu;
mod domain_device;
mod domain_os;
mod domain_snapshot;
mod domain_graphics;
mod domain_input;
mod domain_interface;
mod domain_sound;
mod domain_video;
mod domain_vsock;
mod object;
mod device_accessors;
mod domain_address;
mod domain_controller;
mod domain_disk;
mod domain_filesys;
mod domain_hostdev;
mod domain_memballoon;
mod domain_smartcard;

/// Any GObject pointer crossing the C boundary; its type is checked at run time.
pub(crate) type GObjectPtr = *mut c_void;

/// Borrows the object argument `$ptr` as `$ty`, or returns `$default` after a critical.
macro_rules! object_arg {
    ($ptr:ident as $ty:ty, $func:expr, ()) => {
        match capi_support::object_arg::<$ty>($ptr, None, $func, stringify!($ptr)) {
            Some(object) => object,
            None => return,
        }
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

/// Hands a new reference to C (`transfer full`).
pub(crate) fn full<T: IsA<glib::Object>>(object: T) -> GObjectPtr {
    let object: glib::Object = object.upcast();
    let ptr: *mut glib::gobject_ffi::GObject = object.into_glib_ptr();
    ptr as GObjectPtr
}

/// Hands a `Result` of a constructor to C: the object, or NULL with `error` set.
pub(crate) unsafe fn full_or_error<T: IsA<glib::Object>>(
    result: Result<T, glib::Error>,
    error: *mut *mut glib::ffi::GError,
) -> GObjectPtr {
    match result {
        Ok(object) => full(object),
        Err(e) => {
            capi_support::propagate_error(error, e);
            std::ptr::null_mut()
        }
    }
}

/// An optional C string argument.
pub(crate) unsafe fn opt_str<'a>(ptr: *const c_char) -> Option<std::borrow::Cow<'a, str>> {
    capi_support::borrow_str(ptr)
}
