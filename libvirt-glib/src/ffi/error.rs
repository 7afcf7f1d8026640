use std::ffi::c_char;

use capi_support::{borrow_str, guard, new_gerror, set_gerror};
use glib_sys::{GError, GLogLevelFlags, GQuark};

use crate::message_with_last_error;

/// What the C library says when there is neither a message nor a libvirt error.
const NO_MESSAGE: &str = "(null)";

unsafe fn compose(message: *const c_char) -> String {
    let message = borrow_str(message);
    message_with_last_error(message.as_deref()).unwrap_or_else(|| NO_MESSAGE.to_owned())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_error_new_literal(domain: GQuark, code: i32, message: *const c_char) -> *mut GError {
    guard("gvir_error_new_literal", std::ptr::null_mut(), || new_gerror(domain, code, &compose(message)))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_set_error_literal(
    error: *mut *mut GError,
    domain: GQuark,
    code: i32,
    message: *const c_char,
) {
    if error.is_null() {
        return;
    }
    guard("gvir_set_error_literal", (), || set_gerror(error, domain, code, &compose(message)))
}

/// Called by `gvir_critical` / `gvir_warning` in `varargs.c` with the formatted text.
#[no_mangle]
pub unsafe extern "C" fn libvirt_glib_log_with_last_error(level: GLogLevelFlags, message: *const c_char) {
    guard("gvir_critical", (), || {
        let text = compose(message);
        if level & glib_sys::G_LOG_LEVEL_CRITICAL != 0 {
            capi_support::critical(None, &text)
        } else {
            capi_support::warning(None, &text)
        }
    })
}
