//! Support for the `ffi` modules that export the C ABI.
//!
//! Every exported function has the same shape: check its arguments the way a C GLib library
//! does ([`return_val_if_fail!`] prints the same critical as `g_return_val_if_fail` and returns
//! a default), convert, call the Rust core, convert back. [`guard`] keeps Rust panics from
//! crossing into C, where they would abort the host process.

use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

pub use glib_sys;

/// Prints the `CRITICAL` that `g_return_if_fail` prints when `expression` does not hold in
/// `function`, under `log_domain` (`None` for the default domain).
pub fn return_if_fail_warning(log_domain: Option<&CStr>, function: &CStr, expression: &CStr) {
    // SAFETY: all three are valid NUL-terminated strings for the duration of the call.
    unsafe {
        glib_sys::g_return_if_fail_warning(
            log_domain.map_or(std::ptr::null(), CStr::as_ptr),
            function.as_ptr(),
            expression.as_ptr(),
        )
    }
}

/// `g_return_val_if_fail` for exported functions: when `$cond` is false, prints the same
/// critical as GLib's macro (naming `$func` and the expression) and returns `$val`.
///
/// ```ignore
/// return_val_if_fail!(None, "gvir_foo", !ptr.is_null(), std::ptr::null_mut());
/// ```
#[macro_export]
macro_rules! return_val_if_fail {
    ($domain:expr, $func:literal, $cond:expr, $val:expr) => {
        if !($cond) {
            $crate::return_if_fail_warning(
                $domain,
                // A C-string literal built from the literal function name.
                unsafe { ::std::ffi::CStr::from_bytes_with_nul_unchecked(concat!($func, "\0").as_bytes()) },
                unsafe {
                    ::std::ffi::CStr::from_bytes_with_nul_unchecked(concat!(stringify!($cond), "\0").as_bytes())
                },
            );
            return $val;
        }
    };
}

/// The name of the enclosing exported function as a `&CStr`, from its identifier.
#[macro_export]
macro_rules! c_name {
    ($function:ident) => {
        // SAFETY: an identifier never contains NUL and the literal ends with one.
        unsafe { ::std::ffi::CStr::from_bytes_with_nul_unchecked(concat!(stringify!($function), "\0").as_bytes()) }
    };
}

/// `g_return_if_fail` for exported functions returning nothing.
#[macro_export]
macro_rules! return_if_fail {
    ($domain:expr, $func:literal, $cond:expr) => {
        $crate::return_val_if_fail!($domain, $func, $cond, ())
    };
}

/// Runs `body`; if it panics, reports a critical under `function`'s name and returns `fallback`
/// instead of letting the unwind reach C (which would abort the process).
pub fn guard<R>(function: &str, fallback: R, body: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(value) => value,
        Err(payload) => {
            let reason = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            critical(None, &format!("{function}: internal error: {reason}"));
            fallback
        }
    }
}

/// Logs `message` at level `CRITICAL` under `log_domain`.
pub fn critical(log_domain: Option<&CStr>, message: &str) {
    log(log_domain, glib_sys::G_LOG_LEVEL_CRITICAL, message)
}

/// Logs `message` at level `WARNING` under `log_domain`.
pub fn warning(log_domain: Option<&CStr>, message: &str) {
    log(log_domain, glib_sys::G_LOG_LEVEL_WARNING, message)
}

fn log(log_domain: Option<&CStr>, level: glib_sys::GLogLevelFlags, message: &str) {
    let message = to_cstring(message);
    // SAFETY: "%s" with one valid C string argument.
    unsafe {
        glib_sys::g_log(
            log_domain.map_or(std::ptr::null(), CStr::as_ptr),
            level,
            c"%s".as_ptr(),
            message.as_ptr(),
        )
    }
}

/// A C string for `s`; interior NULs (which C cannot represent) end the string early.
pub fn to_cstring(s: &str) -> CString {
    let bytes = s.as_bytes();
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).expect("no interior NUL after truncation")
}

/// Borrows a C string as UTF-8 text (invalid sequences replaced); `None` for NULL.
///
/// # Safety
/// `ptr` must be NULL or a valid NUL-terminated string that outlives the result.
pub unsafe fn borrow_str<'a>(ptr: *const c_char) -> Option<std::borrow::Cow<'a, str>> {
    if ptr.is_null() {
        return None;
    }
    // `to_string_lossy` checks UTF-8 chunk by chunk; `to_str`'s check is quicker for the
    // usual valid text (same result).
    let text = CStr::from_ptr(ptr);
    Some(match text.to_str() {
        Ok(valid) => std::borrow::Cow::Borrowed(valid),
        Err(_) => text.to_string_lossy(),
    })
}

/// A newly allocated `GError` (caller owns it).
pub fn new_gerror(domain: glib_sys::GQuark, code: i32, message: &str) -> *mut glib_sys::GError {
    let message = to_cstring(message);
    // SAFETY: g_error_new_literal copies the message.
    unsafe { glib_sys::g_error_new_literal(domain, code, message.as_ptr()) }
}

/// Stores a new error in `dest` like `g_set_error_literal`: nothing when `dest` is NULL, a
/// warning (not an overwrite) when `*dest` is already set.
///
/// # Safety
/// `dest` must be NULL or point to a `GError *` that is NULL or a valid error.
pub unsafe fn set_gerror(dest: *mut *mut glib_sys::GError, domain: glib_sys::GQuark, code: i32, message: &str) {
    if dest.is_null() {
        return;
    }
    let message = to_cstring(message);
    glib_sys::g_set_error_literal(dest, domain, code, message.as_ptr());
}

/// Hands a Rust `glib::Error` to C through a `GError **` out-parameter.
///
/// # Safety
/// As for [`set_gerror`].
pub unsafe fn propagate_error(dest: *mut *mut glib_sys::GError, error: glib::Error) {
    use glib::translate::IntoGlibPtr;
    if dest.is_null() {
        return;
    }
    let raw: *mut glib_sys::GError = error.into_glib_ptr();
    glib_sys::g_propagate_error(dest, raw);
}

/// The check a C library would name in its critical for an argument of GType `type_name`:
/// `GVirConfigDomainDisk` → `GVIR_CONFIG_IS_DOMAIN_DISK`, `GVirDomain` → `GVIR_IS_DOMAIN`.
pub fn type_check_macro(type_name: &str) -> String {
    let (prefix, rest) = match type_name.strip_prefix("GVirConfig") {
        Some(rest) => ("GVIR_CONFIG_IS_", rest),
        None => ("GVIR_IS_", type_name.strip_prefix("GVir").unwrap_or(type_name)),
    };
    let mut out = String::from(prefix);
    for (i, c) in rest.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// Borrows the C argument `ptr` as a `T` if it is one; otherwise prints the critical
/// `g_return_val_if_fail(GVIR_..._IS_X(arg))` would and returns `None`.
///
/// # Safety
/// `ptr` must be NULL or point to a GTypeInstance.
pub unsafe fn object_arg<T>(
    ptr: *mut std::ffi::c_void,
    log_domain: Option<&CStr>,
    function: &CStr,
    arg_name: &str,
) -> Option<glib::translate::Borrowed<T>>
where
    T: glib::prelude::ObjectType + glib::translate::FromGlibPtrBorrow<*mut T::GlibType>,
{
    use glib::translate::IntoGlib;
    let type_ = T::static_type();
    let ok = !ptr.is_null()
        && glib::gobject_ffi::g_type_check_instance_is_a(ptr as *mut _, type_.into_glib()) != glib_sys::GFALSE;
    if !ok {
        let check = to_cstring(&format!("{}({arg_name})", type_check_macro(type_.name())));
        return_if_fail_warning(log_domain, function, &check);
        return None;
    }
    Some(glib::translate::from_glib_borrow(ptr as *mut T::GlibType))
}

/// Returns `value` to C as a borrowed `const char *` that the object keeps alive: until the same
/// getter (`key`) returns a different value on the same object, or the object is finalized.
/// C getters of libvirt-glib return strings the object owns; this gives the same contract
/// without pointing into the DOM (so the string also survives later DOM edits).
pub fn borrowed_string_for<T: glib::prelude::ObjectType>(object: &T, key: &str, value: Option<String>) -> *const c_char {
    use glib::prelude::ObjectExt;
    let Some(value) = value else { return std::ptr::null() };
    let key = format!("capi-string:{key}");
    // SAFETY: the data under this key is only ever a CString set here.
    unsafe {
        if let Some(kept) = object.data::<CString>(&key) {
            if kept.as_ref().to_bytes() == value.as_bytes() {
                return kept.as_ref().as_ptr();
            }
        }
        object.set_data(&key, to_cstring(&value));
        object.data::<CString>(&key).expect("just set").as_ref().as_ptr()
    }
}

/// A `GList` of new references to `objects` (`transfer full`: the caller frees the list and
/// unrefs each element).
pub fn object_list_full<T: glib::prelude::IsA<glib::Object>>(objects: Vec<T>) -> *mut glib_sys::GList {
    use glib::translate::IntoGlibPtr;
    let mut list: *mut glib_sys::GList = std::ptr::null_mut();
    for object in objects.into_iter().rev() {
        let object: glib::Object = glib::prelude::Cast::upcast(object);
        let raw: *mut glib::gobject_ffi::GObject = object.into_glib_ptr();
        // SAFETY: prepending to a list we own.
        list = unsafe { glib_sys::g_list_prepend(list, raw as *mut _) };
    }
    list
}

/// The elements of a C `GList` of objects that are `T`s (others are skipped after a critical).
///
/// # Safety
/// `list` must be NULL or a valid `GList` whose data are GObjects.
pub unsafe fn object_list_borrow<T>(list: *const glib_sys::GList, function: &CStr) -> Vec<T>
where
    T: glib::prelude::ObjectType + glib::translate::FromGlibPtrNone<*mut T::GlibType>,
{
    use glib::translate::IntoGlib;
    let mut out = Vec::new();
    let mut node = list;
    while !node.is_null() {
        let data = (*node).data;
        if !data.is_null() && glib::gobject_ffi::g_type_check_instance_is_a(data as *mut _, T::static_type().into_glib()) != 0 {
            out.push(glib::translate::from_glib_none(data as *mut T::GlibType));
        } else {
            let check = to_cstring(&format!("{}(list element)", type_check_macro(T::static_type().name())));
            return_if_fail_warning(None, function, &check);
        }
        node = (*node).next;
    }
    out
}

/// A newly allocated C string (`g_free` it), or NULL.
pub fn gstring(value: Option<&str>) -> *mut c_char {
    match value {
        // SAFETY: g_strdup copies the bytes.
        Some(v) => unsafe { glib_sys::g_strdup(to_cstring(v).as_ptr()) },
        None => std::ptr::null_mut(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn check_macro_names() {
        assert_eq!(super::type_check_macro("GVirConfigDomainDisk"), "GVIR_CONFIG_IS_DOMAIN_DISK");
        assert_eq!(super::type_check_macro("GVirDomain"), "GVIR_IS_DOMAIN");
    }

    use super::*;

    #[test]
    fn guard_turns_panic_into_fallback() {
        let value = guard("test_fn", 7, || -> i32 { panic!("boom") });
        assert_eq!(value, 7);
        assert_eq!(guard("test_fn", 7, || 3), 3);
    }

    #[test]
    fn cstring_truncates_at_interior_nul() {
        assert_eq!(to_cstring("ab\0cd").as_bytes(), b"ab");
    }
}
