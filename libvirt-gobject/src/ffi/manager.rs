//! The C ABI of `GVirManager`.

use std::ffi::{c_char, CStr};

use capi_support::{guard, object_list_full};
use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::{full, object_arg, str_arg, GObjectPtr};
use crate::{Connection, Manager};

#[no_mangle]
pub extern "C" fn gvir_manager_get_type() -> GType {
    Manager::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_manager_new() -> GObjectPtr {
    guard("gvir_manager_new", std::ptr::null_mut(), || full(Manager::new()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_manager_add_connection(man: GObjectPtr, conn: GObjectPtr) {
    const NAME: &CStr = c"gvir_manager_add_connection";
    let manager = object_arg!(man as Manager, NAME);
    let connection = object_arg!(conn as Connection, NAME);
    guard("gvir_manager_add_connection", (), || manager.add_connection(&connection))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_manager_remove_connection(man: GObjectPtr, conn: GObjectPtr) {
    const NAME: &CStr = c"gvir_manager_remove_connection";
    let manager = object_arg!(man as Manager, NAME);
    let connection = object_arg!(conn as Connection, NAME);
    guard("gvir_manager_remove_connection", (), || manager.remove_connection(&connection))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_manager_get_connections(man: GObjectPtr) -> *mut glib::ffi::GList {
    let manager = object_arg!(man as Manager, c"gvir_manager_get_connections", std::ptr::null_mut());
    guard("gvir_manager_get_connections", std::ptr::null_mut(), || object_list_full(manager.connections()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_manager_find_connection_by_uri(man: GObjectPtr, uri: *const c_char) -> GObjectPtr {
    const NAME: &CStr = c"gvir_manager_find_connection_by_uri";
    let manager = object_arg!(man as Manager, NAME, std::ptr::null_mut());
    let uri = str_arg!(uri, NAME, std::ptr::null_mut());
    guard("gvir_manager_find_connection_by_uri", std::ptr::null_mut(), || {
        manager.find_connection_by_uri(&uri).map_or(std::ptr::null_mut(), full)
    })
}
