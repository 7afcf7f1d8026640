//! Library initialisation: libvirt's global state and its error reporting.

use std::io::Write;
use std::sync::Once;

use virt::sys;

use crate::Error;

/// Environment variable that makes libvirt's errors visible on stderr as they happen.
const DEBUG_ENV: &str = "LIBVIRT_GLIB_DEBUG";

/// Initialises libvirt for use from GLib programs.
///
/// Safe to call any number of times from any thread. libvirt's default error handler prints
/// every error on stderr; it is replaced with one that logs them as GLib debug messages
/// (errors are reported as values instead), or prints them on stderr when
/// `LIBVIRT_GLIB_DEBUG` is set in the environment.
///
/// ```
/// libvirt_glib::init().expect("libvirt initialises");
/// ```
pub fn init() -> Result<(), Error> {
    static QUIET_ERRORS: Once = Once::new();
    QUIET_ERRORS.call_once(|| {
        // SAFETY: installs a plain function pointer; libvirt keeps no other reference.
        unsafe { sys::virSetErrorFunc(std::ptr::null_mut(), Some(report_libvirt_error)) };
    });
    // SAFETY: virInitialize is idempotent and thread-safe.
    if unsafe { sys::virInitialize() } < 0 {
        return Err(Error::last_or("Initialising libvirt"));
    }
    Ok(())
}

/// libvirt's error callback: every error becomes a GLib debug message (`G_MESSAGES_DEBUG=all`
/// shows them) in the default log domain, or a line on stderr under `LIBVIRT_GLIB_DEBUG`.
unsafe extern "C" fn report_libvirt_error(_data: *mut std::ffi::c_void, error: sys::virErrorPtr) {
    if error.is_null() || (*error).message.is_null() {
        return;
    }
    let message = std::ffi::CStr::from_ptr((*error).message).to_string_lossy();
    if std::env::var_os(DEBUG_ENV).is_some() {
        // Never `eprintln!`: it panics when stderr is closed, and this runs inside libvirt.
        let _ = writeln!(std::io::stderr(), "Error: {message}");
        return;
    }
    let text = format!("Error: {message}\0");
    glib::ffi::g_log(
        std::ptr::null(),
        glib::ffi::G_LOG_LEVEL_DEBUG,
        c"%s".as_ptr(),
        text.as_ptr() as *const std::ffi::c_char,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn init_is_idempotent() {
        super::init().unwrap();
        super::init().unwrap();
    }
}
