use std::ffi::c_char;

use capi_support::{guard, propagate_error};
use glib::ffi::GError;

// The argument vector is accepted for compatibility: there are no options to strip.
#[no_mangle]
pub unsafe extern "C" fn gvir_init_object_check(_argc: *mut i32, _argv: *mut *mut *mut c_char, err: *mut *mut GError) -> i32 {
    guard("gvir_init_object_check", 0, || match crate::init() {
        Ok(()) => 1,
        Err(e) => {
            propagate_error(err, e);
            0
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_init_object(_argc: *mut i32, _argv: *mut *mut *mut c_char) {
    guard("gvir_init_object", (), || {
        if let Err(e) = crate::init() {
            // Like gtk_init(): a program that cannot initialise has nothing sensible to do.
            capi_support::critical(None, &format!("Could not initialize libvirt-gobject: {}", e.message()));
            std::process::exit(1);
        }
    })
}
