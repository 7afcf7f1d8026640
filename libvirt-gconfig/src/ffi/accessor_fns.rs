//! The shapes most exported accessors have, as generic functions: check the object argument
//! (a critical and a default return when it is not a `T`), run the Rust accessor inside the
//! panic guard, convert the result.
//!
//! ```ignore
//! #[no_mangle]
//! pub unsafe extern "C" fn gvir_config_capabilities_host_get_uuid(host: GObjectPtr) -> *const c_char {
//!     string_getter::<CapabilitiesHost>(host, c"gvir_config_capabilities_host_get_uuid", "host", |h| h.uuid())
//! }
//! ```

use std::ffi::{c_char, CStr};

use glib::prelude::*;
use glib::translate::{Borrowed, FromGlibPtrBorrow};

use super::{full, GObjectPtr};

/// The object argument `ptr` (named `arg` in the C declaration) as a `T`, or `None` after the
/// critical `g_return_val_if_fail(GVIR_CONFIG_IS_…(arg), …)` prints.
pub(crate) unsafe fn object<T>(ptr: GObjectPtr, function: &CStr, arg: &str) -> Option<Borrowed<T>>
where
    T: ObjectType + FromGlibPtrBorrow<*mut T::GlibType>,
{
    capi_support::object_arg::<T>(ptr, None, function, arg)
}

/// `const gchar *get(obj)`: a string the object keeps (transfer none), NULL when absent.
pub(crate) unsafe fn string_getter<T>(
    ptr: GObjectPtr,
    function: &CStr,
    arg: &str,
    get: impl FnOnce(&T) -> Option<String>,
) -> *const c_char
where
    T: ObjectType + FromGlibPtrBorrow<*mut T::GlibType>,
{
    let Some(object) = object::<T>(ptr, function, arg) else { return std::ptr::null() };
    let name = function.to_string_lossy();
    capi_support::guard(&name, std::ptr::null(), || capi_support::borrowed_string_for(&*object, &name, get(&object)))
}

/// A getter of a plain value (number, enum as `int`), `default` on a bad argument.
pub(crate) unsafe fn value_getter<T, R>(ptr: GObjectPtr, function: &CStr, arg: &str, default: R, get: impl FnOnce(&T) -> R) -> R
where
    T: ObjectType + FromGlibPtrBorrow<*mut T::GlibType>,
    R: Copy,
{
    let Some(object) = object::<T>(ptr, function, arg) else { return default };
    capi_support::guard(&function.to_string_lossy(), default, || get(&object))
}

/// A setter (or any function returning nothing).
pub(crate) unsafe fn setter<T>(ptr: GObjectPtr, function: &CStr, arg: &str, set: impl FnOnce(&T))
where
    T: ObjectType + FromGlibPtrBorrow<*mut T::GlibType>,
{
    let Some(object) = object::<T>(ptr, function, arg) else { return };
    capi_support::guard(&function.to_string_lossy(), (), || set(&object))
}

/// A getter returning an object (transfer full), NULL when absent.
pub(crate) unsafe fn object_getter<T, O>(ptr: GObjectPtr, function: &CStr, arg: &str, get: impl FnOnce(&T) -> Option<O>) -> GObjectPtr
where
    T: ObjectType + FromGlibPtrBorrow<*mut T::GlibType>,
    O: IsA<glib::Object>,
{
    let Some(object) = object::<T>(ptr, function, arg) else { return std::ptr::null_mut() };
    capi_support::guard(&function.to_string_lossy(), std::ptr::null_mut(), || get(&object).map_or(std::ptr::null_mut(), full))
}

/// A getter returning a `GList` of objects (transfer full), NULL when empty.
pub(crate) unsafe fn list_getter<T, O>(
    ptr: GObjectPtr,
    function: &CStr,
    arg: &str,
    get: impl FnOnce(&T) -> Vec<O>,
) -> *mut glib::ffi::GList
where
    T: ObjectType + FromGlibPtrBorrow<*mut T::GlibType>,
    O: IsA<glib::Object>,
{
    let Some(object) = object::<T>(ptr, function, arg) else { return std::ptr::null_mut() };
    capi_support::guard(&function.to_string_lossy(), std::ptr::null_mut(), || capi_support::object_list_full(get(&object)))
}

/// An enum value from C, or `None` after a critical naming `what` when it is not one.
pub(crate) fn enum_arg<E: crate::xml::XmlEnum>(value: i32, function: &CStr, what: &CStr) -> Option<E> {
    let parsed = crate::xml::enum_from_int::<E>(value);
    if parsed.is_none() {
        capi_support::return_if_fail_warning(None, function, what);
    }
    parsed
}
