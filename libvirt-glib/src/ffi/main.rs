use std::ffi::c_char;

use capi_support::{guard, propagate_error};
use glib_sys::GError;

// The argument vector is accepted for compatibility: libvirt-glib has no options to strip.
#[no_mangle]
pub unsafe extern "C" fn gvir_init_check(_argc: *mut i32, _argv: *mut *mut *mut c_char, error: *mut *mut GError) -> i32 {
    guard("gvir_init_check", 0, || match crate::init() {
        Ok(()) => 1,
        Err(e) => {
            propagate_error(error, e.into());
            0
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_init(argc: *mut i32, argv: *mut *mut *mut c_char) {
    guard("gvir_init", (), || {
        if let Err(e) = crate::init() {
            // Like gtk_init(): a program that cannot initialise has nothing sensible to do.
            capi_support::critical(None, &format!("Could not initialize libvirt-glib: {e}"));
            std::process::exit(1);
        }
    });
    let _ = (argc, argv);
}
