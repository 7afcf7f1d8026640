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
        None
    } else {
        Some(CStr::from_ptr(ptr).to_string_lossy())
    }
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

#[cfg(test)]
mod tests {
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
