//! The C ABI of `GVirStream`, and the stream functions of connections and domains.

use std::ffi::c_char;

use capi_support::{gstring, guard};
use gio::ffi::GCancellable;
use glib::ffi::{gpointer, GDestroyNotify, GError, GType};
use glib::prelude::*;
use glib::translate::*;

use super::{cancellable_arg, full, object_arg, value_or_error, GObjectPtr};
use crate::{Connection, Domain, Stream, StreamIOCondition};

/// `GVirStreamSinkFunc`: takes `nbytes` bytes, returns how many it took or -1.
pub type GVirStreamSinkFunc = Option<unsafe extern "C" fn(GObjectPtr, *const c_char, usize, gpointer) -> i32>;
/// `GVirStreamSourceFunc`: fills up to `nbytes` bytes, returns how many, 0 at the end, or -1.
pub type GVirStreamSourceFunc = Option<unsafe extern "C" fn(GObjectPtr, *mut c_char, usize, gpointer) -> i32>;
/// `GVirStreamIOFunc`: told what happened; returns whether to keep watching.
pub type GVirStreamIOFunc = Option<unsafe extern "C" fn(GObjectPtr, u32, gpointer) -> glib::ffi::gboolean>;

#[no_mangle]
pub extern "C" fn gvir_stream_get_type() -> GType {
    Stream::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_stream_handle_get_type() -> GType {
    crate::stream::stream_handle_type()
}

#[no_mangle]
pub extern "C" fn gvir_stream_io_condition_get_type() -> GType {
    StreamIOCondition::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_receive(
    stream: GObjectPtr,
    buffer: *mut c_char,
    size: usize,
    cancellable: *mut GCancellable,
    error: *mut *mut GError,
) -> isize {
    const NAME: &std::ffi::CStr = c"gvir_stream_receive";
    let stream = object_arg!(stream as Stream, NAME, -1);
    let cancellable = cancellable_arg!(cancellable, NAME, -1);
    if buffer.is_null() && size > 0 {
        capi_support::return_if_fail_warning(None, NAME, c"buffer != NULL");
        return -1;
    }
    guard("gvir_stream_receive", -1, || {
        let buf: &mut [u8] = if size == 0 { &mut [] } else { std::slice::from_raw_parts_mut(buffer as *mut u8, size) };
        value_or_error(stream.receive(buf, cancellable.as_ref()).map(|n| n as isize), error, -1)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_send(
    stream: GObjectPtr,
    buffer: *const c_char,
    size: usize,
    cancellable: *mut GCancellable,
    error: *mut *mut GError,
) -> isize {
    const NAME: &std::ffi::CStr = c"gvir_stream_send";
    let stream = object_arg!(stream as Stream, NAME, -1);
    let cancellable = cancellable_arg!(cancellable, NAME, -1);
    if buffer.is_null() && size > 0 {
        capi_support::return_if_fail_warning(None, NAME, c"buffer != NULL");
        return -1;
    }
    guard("gvir_stream_send", -1, || {
        let buf: &[u8] = if size == 0 { &[] } else { std::slice::from_raw_parts(buffer as *const u8, size) };
        value_or_error(stream.send(buf, cancellable.as_ref()).map(|n| n as isize), error, -1)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_receive_all(
    stream: GObjectPtr,
    cancellable: *mut GCancellable,
    func: GVirStreamSinkFunc,
    user_data: gpointer,
    error: *mut *mut GError,
) -> isize {
    const NAME: &std::ffi::CStr = c"gvir_stream_receive_all";
    let this = object_arg!(stream as Stream, NAME, -1);
    let cancellable = cancellable_arg!(cancellable, NAME, -1);
    let Some(func) = func else {
        capi_support::return_if_fail_warning(None, NAME, c"func != NULL");
        return -1;
    };
    guard("gvir_stream_receive_all", -1, || {
        let result = this.receive_all(cancellable.as_ref(), |piece| {
            let taken = func(stream, piece.as_ptr() as *const c_char, piece.len(), user_data);
            if taken < 0 {
                Err(())
            } else {
                Ok(taken as usize)
            }
        });
        value_or_error(result.map(|n| n as isize), error, -1)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_send_all(
    stream: GObjectPtr,
    cancellable: *mut GCancellable,
    func: GVirStreamSourceFunc,
    user_data: gpointer,
    error: *mut *mut GError,
) -> isize {
    const NAME: &std::ffi::CStr = c"gvir_stream_send_all";
    let this = object_arg!(stream as Stream, NAME, -1);
    let cancellable = cancellable_arg!(cancellable, NAME, -1);
    let Some(func) = func else {
        capi_support::return_if_fail_warning(None, NAME, c"func != NULL");
        return -1;
    };
    guard("gvir_stream_send_all", -1, || {
        let result = this.send_all(cancellable.as_ref(), |buf| {
            let filled = func(stream, buf.as_mut_ptr() as *mut c_char, buf.len(), user_data);
            if filled < 0 {
                Err(())
            } else {
                Ok(filled as usize)
            }
        });
        value_or_error(result.map(|n| n as isize), error, -1)
    })
}

/// The C callback, its data and the data's destroy notify, called when the watch goes.
struct CWatch {
    func: unsafe extern "C" fn(GObjectPtr, u32, gpointer) -> glib::ffi::gboolean,
    opaque: gpointer,
    notify: GDestroyNotify,
}

// SAFETY: the watch only runs (and is dropped) on the default main context, as the C library's.
unsafe impl Send for CWatch {}

impl Drop for CWatch {
    fn drop(&mut self) {
        if let Some(notify) = self.notify {
            // SAFETY: what the caller gave to be called once with opaque.
            unsafe { notify(self.opaque) }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_add_watch(stream: GObjectPtr, cond: u32, func: GVirStreamIOFunc, opaque: gpointer) -> u32 {
    gvir_stream_add_watch_full(stream, glib::ffi::G_PRIORITY_DEFAULT, cond, func, opaque, None)
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_add_watch_full(
    stream: GObjectPtr,
    priority: i32,
    cond: u32,
    func: GVirStreamIOFunc,
    opaque: gpointer,
    notify: GDestroyNotify,
) -> u32 {
    const NAME: &std::ffi::CStr = c"gvir_stream_add_watch_full";
    let this = object_arg!(stream as Stream, NAME, 0);
    let Some(func) = func else {
        capi_support::return_if_fail_warning(None, NAME, c"func != NULL");
        return 0;
    };
    let watch = CWatch { func, opaque, notify };
    guard("gvir_stream_add_watch_full", 0, move || {
        let result = this.add_watch(from_glib(priority), StreamIOCondition::from_bits_retain(cond), move |s, happened| {
            let w = &watch;
            let keep = (w.func)(s.as_ptr() as GObjectPtr, happened.bits(), w.opaque);
            if keep != glib::ffi::GFALSE {
                glib::ControlFlow::Continue
            } else {
                glib::ControlFlow::Break
            }
        });
        match result {
            Ok(id) => id.as_raw(),
            Err(_) => 0,
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_connection_get_stream(conn: GObjectPtr, flags: u32) -> GObjectPtr {
    let connection = object_arg!(conn as Connection, c"gvir_connection_get_stream", std::ptr::null_mut());
    // Non-blocking whatever the flags, as in libvirt-glib: its callers read and write from
    // watches until G_IO_ERROR_WOULD_BLOCK, which a blocking stream would never return.
    let flags = flags | virt::sys::VIR_STREAM_NONBLOCK;
    guard("gvir_connection_get_stream", std::ptr::null_mut(), || match connection.stream(flags) {
        Some(stream) => full(stream),
        None => std::ptr::null_mut(),
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_domain_screenshot(
    dom: GObjectPtr,
    stream: GObjectPtr,
    monitor_id: u32,
    flags: u32,
    err: *mut *mut GError,
) -> *mut c_char {
    const NAME: &std::ffi::CStr = c"gvir_domain_screenshot";
    let domain = object_arg!(dom as Domain, NAME, std::ptr::null_mut());
    let stream = object_arg!(stream as Stream, NAME, std::ptr::null_mut());
    guard("gvir_domain_screenshot", std::ptr::null_mut(), || match domain.screenshot(&stream, monitor_id, flags) {
        Ok(mime) => gstring(Some(&mime)),
        Err(e) => value_or_error(Err(e), err, std::ptr::null_mut()),
    })
}


#[no_mangle]
pub unsafe extern "C" fn gvir_domain_open_console(
    dom: GObjectPtr,
    stream: GObjectPtr,
    devname: *const c_char,
    flags: u32,
    err: *mut *mut GError,
) -> glib::ffi::gboolean {
    const NAME: &std::ffi::CStr = c"gvir_domain_open_console";
    let domain = object_arg!(dom as Domain, NAME, glib::ffi::GFALSE);
    let stream = object_arg!(stream as Stream, NAME, glib::ffi::GFALSE);
    let devname = super::opt_str(devname).map(|d| d.into_owned());
    guard("gvir_domain_open_console", glib::ffi::GFALSE, || {
        super::boolean_or_error(domain.open_console(&stream, devname.as_deref(), flags), err)
    })
}
