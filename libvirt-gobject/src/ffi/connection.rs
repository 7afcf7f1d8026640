use std::ffi::{c_char, c_ulong};

use capi_support::{gstring, guard, object_list_full};
use gio::ffi::{GAsyncReadyCallback, GAsyncResult, GCancellable};
use glib::ffi::{gboolean, gpointer, GError, GType, GFALSE};
use glib::prelude::*;
use glib::translate::*;

use super::records::{node_info_full, GVirNodeInfo};
use super::task::{finish, run_in_thread};
use super::{boolean_or_error, cancellable_arg, full, object_arg, opt_str, str_arg, value_or_error, GObjectPtr};
use crate::{Connection, DomainStartFlags};

#[no_mangle]
pub extern "C" fn gvir_connection_get_type() -> GType {
    Connection::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_new(uri: *const c_char) -> GObjectPtr {
    guard("gvir_connection_new", std::ptr::null_mut(), || {
        let connection: Connection = glib::Object::builder().property("uri", opt_str(uri).as_deref()).build();
        full(connection)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_open(conn: GObjectPtr, cancellable: *mut GCancellable, err: *mut *mut GError) -> gboolean {
    let connection = object_arg!(conn as Connection, c"gvir_connection_open", GFALSE);
    let cancellable = cancellable_arg!(cancellable, c"gvir_connection_open", GFALSE);
    guard("gvir_connection_open", GFALSE, || boolean_or_error(connection.open(cancellable.as_ref()), err))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_open_read_only(
    conn: GObjectPtr,
    cancellable: *mut GCancellable,
    err: *mut *mut GError,
) -> gboolean {
    let connection = object_arg!(conn as Connection, c"gvir_connection_open_read_only", GFALSE);
    let cancellable = cancellable_arg!(cancellable, c"gvir_connection_open_read_only", GFALSE);
    guard("gvir_connection_open_read_only", GFALSE, || {
        boolean_or_error(connection.open_read_only(cancellable.as_ref()), err)
    })
}

/// Opens on a worker thread; `connection-opened` is emitted on the caller's context just
/// before the callback runs.
unsafe fn open_async(
    conn: GObjectPtr,
    read_only: bool,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
    tag: usize,
    function: &std::ffi::CStr,
) {
    let connection = object_arg!(conn as Connection, function);
    let cancellable = cancellable_arg!(cancellable, function);
    let worker = (*connection).clone();
    let signaller = (*connection).clone();
    // An authentication handler runs on the context the callback will run on.
    let caller = glib::MainContext::ref_thread_default();
    run_in_thread(
        conn,
        cancellable.as_ref(),
        callback,
        user_data,
        tag,
        Box::new(move |cancellable| worker.open_blocking(read_only, Some(&caller), cancellable)),
        Some(Box::new(move |succeeded| {
            if succeeded {
                signaller.emit_by_name::<()>("connection-opened", &[]);
            }
        })),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_open_async(
    conn: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let tag = gvir_connection_open_async as *const () as usize;
    open_async(conn, false, cancellable, callback, user_data, tag, c"gvir_connection_open_async")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_open_finish(conn: GObjectPtr, result: *mut GAsyncResult, err: *mut *mut GError) -> gboolean {
    connection_finish(conn, result, gvir_connection_open_async as *const () as usize, err, c"gvir_connection_open_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_open_read_only_async(
    conn: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    let tag = gvir_connection_open_read_only_async as *const () as usize;
    open_async(conn, true, cancellable, callback, user_data, tag, c"gvir_connection_open_read_only_async")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_open_read_only_finish(
    conn: GObjectPtr,
    result: *mut GAsyncResult,
    err: *mut *mut GError,
) -> gboolean {
    let tag = gvir_connection_open_read_only_async as *const () as usize;
    connection_finish(conn, result, tag, err, c"gvir_connection_open_read_only_finish")
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_is_open(conn: GObjectPtr) -> gboolean {
    let connection = object_arg!(conn as Connection, c"gvir_connection_is_open", GFALSE);
    connection.is_open().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_is_read_only(conn: GObjectPtr) -> gboolean {
    let connection = object_arg!(conn as Connection, c"gvir_connection_is_read_only", GFALSE);
    connection.is_read_only().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_close(conn: GObjectPtr) {
    let connection = object_arg!(conn as Connection, c"gvir_connection_close");
    guard("gvir_connection_close", (), || connection.close())
}

/// The `_finish` of a `GVirConnection` operation that returns nothing: `TRUE`, or `FALSE` with
/// `err` set.
pub(crate) unsafe fn connection_finish(
    conn: GObjectPtr,
    result: *mut GAsyncResult,
    tag: usize,
    err: *mut *mut GError,
    function: &std::ffi::CStr,
) -> gboolean {
    let _ = object_arg!(conn as Connection, function, GFALSE);
    finish::<()>(conn, result, tag, err, function).is_some().into_glib()
}

/// A `GVirConnection` fetch method (a blocking call taking a cancellable) as its three C
/// functions: the blocking one, `_async` (the method on a worker thread) and `_finish`.
macro_rules! connection_fetch {
    ($method:ident: $sync:ident, $async_:ident, $finish:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $sync(
            conn: $crate::ffi::GObjectPtr,
            cancellable: *mut gio::ffi::GCancellable,
            err: *mut *mut glib::ffi::GError,
        ) -> glib::ffi::gboolean {
            const NAME: &std::ffi::CStr = capi_support::c_name!($sync);
            let connection = $crate::ffi::object_arg!(conn as $crate::Connection, NAME, glib::ffi::GFALSE);
            let cancellable = $crate::ffi::cancellable_arg!(cancellable, NAME, glib::ffi::GFALSE);
            capi_support::guard(stringify!($sync), glib::ffi::GFALSE, || {
                $crate::ffi::boolean_or_error(connection.$method(cancellable.as_ref()), err)
            })
        }

        #[no_mangle]
        pub unsafe extern "C" fn $async_(
            conn: $crate::ffi::GObjectPtr,
            cancellable: *mut gio::ffi::GCancellable,
            callback: gio::ffi::GAsyncReadyCallback,
            user_data: glib::ffi::gpointer,
        ) {
            const NAME: &std::ffi::CStr = capi_support::c_name!($async_);
            let connection = $crate::ffi::object_arg!(conn as $crate::Connection, NAME);
            let cancellable = $crate::ffi::cancellable_arg!(cancellable, NAME);
            let worker = (*connection).clone();
            let work: $crate::ffi::task::Work<()> = Box::new(move |c| worker.$method(c));
            let tag = $async_ as *const () as usize;
            $crate::ffi::task::run_in_thread(conn, cancellable.as_ref(), callback, user_data, tag, work, None)
        }

        #[no_mangle]
        pub unsafe extern "C" fn $finish(
            conn: $crate::ffi::GObjectPtr,
            result: *mut gio::ffi::GAsyncResult,
            err: *mut *mut glib::ffi::GError,
        ) -> glib::ffi::gboolean {
            let tag = $async_ as *const () as usize;
            $crate::ffi::connection::connection_finish(conn, result, tag, err, capi_support::c_name!($finish))
        }
    };
}
pub(crate) use connection_fetch;

connection_fetch!(fetch_domains: gvir_connection_fetch_domains, gvir_connection_fetch_domains_async, gvir_connection_fetch_domains_finish);

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_uri(conn: GObjectPtr) -> *const c_char {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_uri", std::ptr::null());
    // The URI is set once and kept for the object's lifetime.
    connection.uri_cstr().map_or(std::ptr::null(), |u| u.as_ptr())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_hypervisor_name(conn: GObjectPtr, err: *mut *mut GError) -> *mut c_char {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_hypervisor_name", std::ptr::null_mut());
    guard("gvir_connection_get_hypervisor_name", std::ptr::null_mut(), || {
        match connection.hypervisor_name() {
            Ok(name) => gstring(Some(&name)),
            Err(e) => value_or_error(Err(e), err, std::ptr::null_mut()),
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_version(conn: GObjectPtr, err: *mut *mut GError) -> c_ulong {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_version", 0);
    guard("gvir_connection_get_version", 0, || value_or_error(connection.version().map(|v| v as c_ulong), err, 0))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_node_info(conn: GObjectPtr, err: *mut *mut GError) -> *mut GVirNodeInfo {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_node_info", std::ptr::null_mut());
    guard("gvir_connection_get_node_info", std::ptr::null_mut(), || {
        value_or_error(connection.node_info().map(|info| node_info_full(&info)), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_domains(conn: GObjectPtr) -> *mut glib::ffi::GList {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_domains", std::ptr::null_mut());
    guard("gvir_connection_get_domains", std::ptr::null_mut(), || object_list_full(connection.domains()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_domain(conn: GObjectPtr, uuid: *const c_char) -> GObjectPtr {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_domain", std::ptr::null_mut());
    let uuid = str_arg!(uuid, c"gvir_connection_get_domain", std::ptr::null_mut());
    guard("gvir_connection_get_domain", std::ptr::null_mut(), || {
        connection.domain(&uuid).map_or(std::ptr::null_mut(), full)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_find_domain_by_id(conn: GObjectPtr, id: i32) -> GObjectPtr {
    let connection = object_arg!(conn as Connection, c"gvir_connection_find_domain_by_id", std::ptr::null_mut());
    guard("gvir_connection_find_domain_by_id", std::ptr::null_mut(), || {
        connection.find_domain_by_id(id).map_or(std::ptr::null_mut(), full)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_find_domain_by_name(conn: GObjectPtr, name: *const c_char) -> GObjectPtr {
    let connection = object_arg!(conn as Connection, c"gvir_connection_find_domain_by_name", std::ptr::null_mut());
    let name = str_arg!(name, c"gvir_connection_find_domain_by_name", std::ptr::null_mut());
    guard("gvir_connection_find_domain_by_name", std::ptr::null_mut(), || {
        connection.find_domain_by_name(&name).map_or(std::ptr::null_mut(), full)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_create_domain(conn: GObjectPtr, conf: GObjectPtr, err: *mut *mut GError) -> GObjectPtr {
    let connection = object_arg!(conn as Connection, c"gvir_connection_create_domain", std::ptr::null_mut());
    let conf = object_arg!(conf as libvirt_gconfig::Domain, c"gvir_connection_create_domain", std::ptr::null_mut());
    guard("gvir_connection_create_domain", std::ptr::null_mut(), || {
        value_or_error(connection.create_domain(&conf).map(full), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_start_domain(
    conn: GObjectPtr,
    conf: GObjectPtr,
    flags: u32,
    err: *mut *mut GError,
) -> GObjectPtr {
    let connection = object_arg!(conn as Connection, c"gvir_connection_start_domain", std::ptr::null_mut());
    let conf = object_arg!(conf as libvirt_gconfig::Domain, c"gvir_connection_start_domain", std::ptr::null_mut());
    guard("gvir_connection_start_domain", std::ptr::null_mut(), || {
        let flags = DomainStartFlags::from_bits_retain(flags);
        value_or_error(connection.start_domain(&conf, flags).map(full), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_restore_domain_from_file(
    conn: GObjectPtr,
    filename: *mut c_char,
    custom_conf: GObjectPtr,
    flags: u32,
    err: *mut *mut GError,
) -> gboolean {
    const NAME: &std::ffi::CStr = c"gvir_connection_restore_domain_from_file";
    let connection = object_arg!(conn as Connection, NAME, GFALSE);
    let filename = str_arg!(filename, NAME, GFALSE);
    let xml = match custom_conf.is_null() {
        true => None,
        false => Some(object_arg!(custom_conf as libvirt_gconfig::Domain, NAME, GFALSE)),
    };
    guard("gvir_connection_restore_domain_from_file", GFALSE, || {
        let xml = xml.map(|c| libvirt_gconfig::ConfigObjectExt::to_xml(&*c));
        boolean_or_error(connection.restore_domain_from_file_with_xml(filename.into_owned(), xml, flags), err)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_restore_domain_from_file_async(
    conn: GObjectPtr,
    filename: *mut c_char,
    custom_conf: GObjectPtr,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &std::ffi::CStr = c"gvir_connection_restore_domain_from_file_async";
    let connection = object_arg!(conn as Connection, NAME);
    let filename = str_arg!(filename, NAME).into_owned();
    let xml = match custom_conf.is_null() {
        true => None,
        false => Some(libvirt_gconfig::ConfigObjectExt::to_xml(&*object_arg!(custom_conf as libvirt_gconfig::Domain, NAME))),
    };
    let cancellable = cancellable_arg!(cancellable, NAME);
    let worker = (*connection).clone();
    run_in_thread(
        conn,
        cancellable.as_ref(),
        callback,
        user_data,
        gvir_connection_restore_domain_from_file_async as *const () as usize,
        Box::new(move |_| worker.restore_domain_from_file_with_xml(filename, xml, flags)),
        None,
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_restore_domain_from_file_finish(
    conn: GObjectPtr,
    result: *mut GAsyncResult,
    err: *mut *mut GError,
) -> gboolean {
    const NAME: &std::ffi::CStr = c"gvir_connection_restore_domain_from_file_finish";
    let _ = object_arg!(conn as Connection, NAME, GFALSE);
    let tag = gvir_connection_restore_domain_from_file_async as *const () as usize;
    finish::<()>(conn, result, tag, err, NAME).is_some().into_glib()
}

/// NULL after the critical libvirt-glib prints when a connection that is not open is asked
/// about its capabilities; `None` when it is open.
unsafe fn require_open(connection: &Connection, function: &std::ffi::CStr) -> Option<GObjectPtr> {
    if connection.is_open() {
        return None;
    }
    capi_support::return_if_fail_warning(None, function, c"conn->priv->conn");
    Some(std::ptr::null_mut())
}

/// Parses the document a capabilities task returned, on the caller's thread.
unsafe fn parsed<T: IsA<glib::Object>>(
    xml: Option<String>,
    parse: impl FnOnce(&str) -> Result<T, glib::Error>,
    err: *mut *mut GError,
) -> GObjectPtr {
    match xml {
        Some(xml) => value_or_error(parse(&xml).map(full), err, std::ptr::null_mut()),
        None => std::ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_capabilities(conn: GObjectPtr, err: *mut *mut GError) -> GObjectPtr {
    const NAME: &std::ffi::CStr = c"gvir_connection_get_capabilities";
    let connection = object_arg!(conn as Connection, NAME, std::ptr::null_mut());
    if let Some(null) = require_open(&connection, NAME) {
        return null;
    }
    guard("gvir_connection_get_capabilities", std::ptr::null_mut(), || {
        value_or_error(connection.capabilities().map(full), err, std::ptr::null_mut())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_capabilities_async(
    conn: GObjectPtr,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &std::ffi::CStr = c"gvir_connection_get_capabilities_async";
    let connection = object_arg!(conn as Connection, NAME);
    let cancellable = cancellable_arg!(cancellable, NAME);
    let worker = (*connection).clone();
    let tag = gvir_connection_get_capabilities_async as *const () as usize;
    run_in_thread(conn, cancellable.as_ref(), callback, user_data, tag, Box::new(move |_| worker.capabilities_xml()), None)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_capabilities_finish(
    conn: GObjectPtr,
    result: *mut GAsyncResult,
    err: *mut *mut GError,
) -> GObjectPtr {
    const NAME: &std::ffi::CStr = c"gvir_connection_get_capabilities_finish";
    let _ = object_arg!(conn as Connection, NAME, std::ptr::null_mut());
    let tag = gvir_connection_get_capabilities_async as *const () as usize;
    let xml = finish::<String>(conn, result, tag, err, NAME);
    guard("gvir_connection_get_capabilities_finish", std::ptr::null_mut(), || {
        parsed(xml, libvirt_gconfig::Capabilities::from_xml, err)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_domain_capabilities(
    conn: GObjectPtr,
    emulatorbin: *const c_char,
    arch: *const c_char,
    machine: *const c_char,
    virttype: *const c_char,
    flags: u32,
    err: *mut *mut GError,
) -> GObjectPtr {
    const NAME: &std::ffi::CStr = c"gvir_connection_get_domain_capabilities";
    let connection = object_arg!(conn as Connection, NAME, std::ptr::null_mut());
    if let Some(null) = require_open(&connection, NAME) {
        return null;
    }
    guard("gvir_connection_get_domain_capabilities", std::ptr::null_mut(), || {
        let caps = connection.domain_capabilities(
            opt_str(emulatorbin).as_deref(),
            opt_str(arch).as_deref(),
            opt_str(machine).as_deref(),
            opt_str(virttype).as_deref(),
            flags,
        );
        value_or_error(caps.map(full), err, std::ptr::null_mut())
    })
}

#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn gvir_connection_get_domain_capabilities_async(
    conn: GObjectPtr,
    emulatorbin: *const c_char,
    arch: *const c_char,
    machine: *const c_char,
    virttype: *const c_char,
    flags: u32,
    cancellable: *mut GCancellable,
    callback: GAsyncReadyCallback,
    user_data: gpointer,
) {
    const NAME: &std::ffi::CStr = c"gvir_connection_get_domain_capabilities_async";
    let connection = object_arg!(conn as Connection, NAME);
    let cancellable = cancellable_arg!(cancellable, NAME);
    let query = crate::connection::DomainCapabilitiesQuery::new(
        opt_str(emulatorbin).as_deref(),
        opt_str(arch).as_deref(),
        opt_str(machine).as_deref(),
        opt_str(virttype).as_deref(),
        flags,
    );
    let worker = (*connection).clone();
    let tag = gvir_connection_get_domain_capabilities_async as *const () as usize;
    run_in_thread(
        conn,
        cancellable.as_ref(),
        callback,
        user_data,
        tag,
        Box::new(move |_| worker.domain_capabilities_xml(query)),
        None,
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_domain_capabilities_finish(
    conn: GObjectPtr,
    result: *mut GAsyncResult,
    err: *mut *mut GError,
) -> GObjectPtr {
    const NAME: &std::ffi::CStr = c"gvir_connection_get_domain_capabilities_finish";
    let _ = object_arg!(conn as Connection, NAME, std::ptr::null_mut());
    let tag = gvir_connection_get_domain_capabilities_async as *const () as usize;
    let xml = finish::<String>(conn, result, tag, err, NAME);
    guard("gvir_connection_get_domain_capabilities_finish", std::ptr::null_mut(), || {
        parsed(xml, libvirt_gconfig::DomainCapabilities::from_xml, err)
    })
}
