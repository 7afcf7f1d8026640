//! The C ABI of connection authentication: `GVirConnectionCredential` and
//! `gvir_connection_set_auth_func` (beyond libvirt-glib, under `LIBVIRT_GOBJECT_RS_1.0`).

use std::ffi::{c_char, c_int, CStr};

use capi_support::guard;
use glib::ffi::{gboolean, gpointer, GDestroyNotify, GType, GFALSE};
use glib::prelude::*;
use glib::translate::*;

use super::{object_arg, opt_str, GObjectPtr};
use crate::{Connection, Credential, CredentialKind};

/// `GVirConnectionAuthFunc`.
pub(crate) type AuthFunc = Option<unsafe extern "C" fn(GObjectPtr, *mut glib::ffi::GList, gpointer) -> gboolean>;

#[no_mangle]
pub extern "C" fn gvir_connection_credential_get_type() -> GType {
    Credential::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_connection_credential_kind_get_type() -> GType {
    CredentialKind::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_credential_get_kind(cred: GObjectPtr) -> c_int {
    // 0 is no kind, as a C library's g_return_val_if_fail default would be.
    let credential = object_arg!(cred as Credential, c"gvir_connection_credential_get_kind", 0);
    credential.kind() as c_int
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_credential_get_prompt(cred: GObjectPtr) -> *const c_char {
    let credential = object_arg!(cred as Credential, c"gvir_connection_credential_get_prompt", std::ptr::null());
    credential.prompt_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_credential_get_challenge(cred: GObjectPtr) -> *const c_char {
    let credential = object_arg!(cred as Credential, c"gvir_connection_credential_get_challenge", std::ptr::null());
    credential.challenge_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_credential_get_default_result(cred: GObjectPtr) -> *const c_char {
    let credential = object_arg!(cred as Credential, c"gvir_connection_credential_get_default_result", std::ptr::null());
    credential.default_result_cstr().map_or(std::ptr::null(), CStr::as_ptr)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_credential_set_result(cred: GObjectPtr, result: *const c_char) {
    let credential = object_arg!(cred as Credential, c"gvir_connection_credential_set_result");
    let result = opt_str(result);
    guard("gvir_connection_credential_set_result", (), || credential.set_result(result.as_deref()))
}

/// A C handler: the function, its data, and what frees the data when the handler goes.
struct CHandler {
    func: unsafe extern "C" fn(GObjectPtr, *mut glib::ffi::GList, gpointer) -> gboolean,
    user_data: gpointer,
    notify: GDestroyNotify,
}

impl CHandler {
    fn call(&self, connection: &Connection, credentials: &[Credential]) -> bool {
        // The list and its elements are borrowed (transfer none).
        let mut list: *mut glib::ffi::GList = std::ptr::null_mut();
        // SAFETY: the credentials outlive the call; the list is freed after it.
        unsafe {
            for credential in credentials.iter().rev() {
                list = glib::ffi::g_list_prepend(list, credential.as_ptr() as gpointer);
            }
            let accepted = (self.func)(connection.as_ptr() as GObjectPtr, list, self.user_data);
            glib::ffi::g_list_free(list);
            accepted != GFALSE
        }
    }
}

impl Drop for CHandler {
    fn drop(&mut self) {
        if let Some(notify) = self.notify {
            // SAFETY: the caller gave `notify` to free `user_data` once the handler is dropped.
            unsafe { notify(self.user_data) }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_set_auth_func(conn: GObjectPtr, func: AuthFunc, user_data: gpointer, notify: GDestroyNotify) {
    let connection = object_arg!(conn as Connection, c"gvir_connection_set_auth_func");
    let handler = func.map(|func| CHandler { func, user_data, notify });
    guard("gvir_connection_set_auth_func", (), || match handler {
        Some(handler) => connection.set_auth_handler_any_thread(Some(Box::new(move |c, creds| handler.call(c, creds)))),
        None => {
            connection.set_auth_handler_any_thread(None);
            // Nothing will call the handler: its data is freed now.
            if let Some(notify) = notify {
                notify(user_data);
            }
        }
    })
}
