//! The C ABI of sparse streams (our addition, `LIBVIRT_GOBJECT_RS_1.0`): holes one at a time,
//! whole transfers with handlers, and transfers to or from a file descriptor keeping its holes.

use std::ffi::{c_char, CStr};
use std::fs::File;
use std::os::fd::BorrowedFd;

use capi_support::guard;
use gio::ffi::{GAsyncReadyCallback, GAsyncResult, GCancellable};
use glib::ffi::{gboolean, gpointer, GError};

use super::task::{finish, run_in_thread, Work};
use super::{boolean_or_error, cancellable_arg, object_arg, value_or_error, GObjectPtr};
use crate::error::{failure, StreamError};
use crate::{SparseRegion, SparseTransfer, Stream, StreamRead};

/// `GVirStreamSparseSinkFunc`: `GVirStreamSinkFunc` with other GI annotations.
pub type GVirStreamSparseSinkFunc = Option<unsafe extern "C" fn(GObjectPtr, *const c_char, usize, gpointer) -> i32>;
/// `GVirStreamSparseSourceFunc`: `GVirStreamSourceFunc` with other GI annotations.
pub type GVirStreamSparseSourceFunc = Option<unsafe extern "C" fn(GObjectPtr, *mut c_char, usize, gpointer) -> i32>;
/// `GVirStreamSinkHoleFunc`: told the length of a hole; returns 0, or -1 to abort.
pub type GVirStreamSinkHoleFunc = Option<unsafe extern "C" fn(GObjectPtr, i64, gpointer) -> i32>;
/// `GVirStreamSourceHoleFunc`: says whether the source is in data and how long that section
/// is (0: the end); returns 0, or -1 to abort.
pub type GVirStreamSourceHoleFunc = Option<unsafe extern "C" fn(GObjectPtr, *mut gboolean, *mut i64, gpointer) -> i32>;
/// `GVirStreamSourceSkipFunc`: moves the source past a hole; returns 0, or -1 to abort.
pub type GVirStreamSourceSkipFunc = Option<unsafe extern "C" fn(GObjectPtr, i64, gpointer) -> i32>;

/// A transfer's length for C: data and holes, which fit `gint64` (libvirt counts in `long long`).
fn total(moved: SparseTransfer) -> i64 {
    i64::try_from(moved.total()).unwrap_or(i64::MAX)
}

fn handler_failed(what: &str) -> glib::Error {
    failure(StreamError::Failed, what)
}

macro_rules! require_func {
    ($func:ident, $name:expr, $default:expr) => {
        match $func {
            Some(f) => f,
            None => {
                capi_support::return_if_fail_warning(None, $name, &capi_support::to_cstring(concat!(stringify!($func), " != NULL")));
                return $default;
            }
        }
    };
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_send_hole(
    stream: GObjectPtr,
    length: i64,
    cancellable: *mut GCancellable,
    error: *mut *mut GError,
) -> gboolean {
    const NAME: &CStr = c"gvir_stream_send_hole";
    let this = object_arg!(stream as Stream, NAME, glib::ffi::GFALSE);
    let cancellable = cancellable_arg!(cancellable, NAME, glib::ffi::GFALSE);
    if length < 0 {
        capi_support::return_if_fail_warning(None, NAME, c"length >= 0");
        return glib::ffi::GFALSE;
    }
    guard("gvir_stream_send_hole", glib::ffi::GFALSE, || {
        boolean_or_error(this.send_hole(length as u64, cancellable.as_ref()), error)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_recv_hole(stream: GObjectPtr, cancellable: *mut GCancellable, error: *mut *mut GError) -> i64 {
    const NAME: &CStr = c"gvir_stream_recv_hole";
    let this = object_arg!(stream as Stream, NAME, -1);
    let cancellable = cancellable_arg!(cancellable, NAME, -1);
    guard("gvir_stream_recv_hole", -1, || {
        let length = this.recv_hole(cancellable.as_ref()).map(|n| i64::try_from(n).unwrap_or(i64::MAX));
        value_or_error(length, error, -1)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_receive_until_hole(
    stream: GObjectPtr,
    buffer: *mut c_char,
    size: usize,
    at_hole: *mut gboolean,
    cancellable: *mut GCancellable,
    error: *mut *mut GError,
) -> isize {
    const NAME: &CStr = c"gvir_stream_receive_until_hole";
    let this = object_arg!(stream as Stream, NAME, -1);
    let cancellable = cancellable_arg!(cancellable, NAME, -1);
    if buffer.is_null() && size > 0 {
        capi_support::return_if_fail_warning(None, NAME, c"buffer != NULL");
        return -1;
    }
    if !at_hole.is_null() {
        *at_hole = glib::ffi::GFALSE;
    }
    guard("gvir_stream_receive_until_hole", -1, || {
        // libvirt's packets never exceed 256 KiB; a bigger buffer cannot overflow the count.
        let size = size.min(isize::MAX as usize);
        let buf: &mut [u8] = if size == 0 { &mut [] } else { std::slice::from_raw_parts_mut(buffer as *mut u8, size) };
        let received = this.receive_until_hole(buf, cancellable.as_ref()).map(|read| match read {
            StreamRead::Data(n) => n as isize,
            StreamRead::End => 0,
            StreamRead::Hole => {
                if !at_hole.is_null() {
                    *at_hole = glib::ffi::GTRUE;
                }
                0
            }
        });
        value_or_error(received, error, -1)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_sparse_receive_all(
    stream: GObjectPtr,
    cancellable: *mut GCancellable,
    func: GVirStreamSparseSinkFunc,
    hole_func: GVirStreamSinkHoleFunc,
    user_data: gpointer,
    error: *mut *mut GError,
) -> i64 {
    const NAME: &CStr = c"gvir_stream_sparse_receive_all";
    let this = object_arg!(stream as Stream, NAME, -1);
    let cancellable = cancellable_arg!(cancellable, NAME, -1);
    let func = require_func!(func, NAME, -1);
    let hole_func = require_func!(hole_func, NAME, -1);
    guard("gvir_stream_sparse_receive_all", -1, || {
        let result = this.sparse_receive_all(
            cancellable.as_ref(),
            |mut piece| {
                // As virStreamSparseRecvAll: the sink may take the piece in several calls.
                while !piece.is_empty() {
                    let len = piece.len().min(i32::MAX as usize);
                    let taken = func(stream, piece.as_ptr() as *const c_char, len, user_data);
                    if taken < 0 {
                        return Err(handler_failed("The data handler failed"));
                    }
                    if taken == 0 {
                        return Err(handler_failed("The data handler took none of the data"));
                    }
                    piece = &piece[(taken as usize).min(len)..];
                }
                Ok(())
            },
            |length| {
                if hole_func(stream, length as i64, user_data) < 0 {
                    return Err(handler_failed("The hole handler failed"));
                }
                Ok(())
            },
        );
        value_or_error(result.map(total), error, -1)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_stream_sparse_send_all(
    stream: GObjectPtr,
    cancellable: *mut GCancellable,
    func: GVirStreamSparseSourceFunc,
    hole_func: GVirStreamSourceHoleFunc,
    skip_func: GVirStreamSourceSkipFunc,
    user_data: gpointer,
    error: *mut *mut GError,
) -> i64 {
    const NAME: &CStr = c"gvir_stream_sparse_send_all";
    let this = object_arg!(stream as Stream, NAME, -1);
    let cancellable = cancellable_arg!(cancellable, NAME, -1);
    let func = require_func!(func, NAME, -1);
    let hole_func = require_func!(hole_func, NAME, -1);
    let skip_func = require_func!(skip_func, NAME, -1);
    guard("gvir_stream_sparse_send_all", -1, || {
        let result = this.sparse_send_all(
            cancellable.as_ref(),
            |buf| {
                let len = buf.len().min(i32::MAX as usize);
                let filled = func(stream, buf.as_mut_ptr() as *mut c_char, len, user_data);
                if filled < 0 {
                    return Err(handler_failed("The data handler failed"));
                }
                Ok((filled as usize).min(len))
            },
            || {
                let mut in_data = glib::ffi::GFALSE;
                let mut length = 0i64;
                if hole_func(stream, &mut in_data, &mut length, user_data) < 0 {
                    return Err(handler_failed("The hole handler failed"));
                }
                if length < 0 {
                    return Err(handler_failed("The hole handler gave a negative length"));
                }
                Ok(if in_data != glib::ffi::GFALSE {
                    SparseRegion::Data(length as u64)
                } else {
                    SparseRegion::Hole(length as u64)
                })
            },
            |length| {
                if skip_func(stream, length as i64, user_data) < 0 {
                    return Err(handler_failed("The skip handler failed"));
                }
                Ok(())
            },
        );
        value_or_error(result.map(total), error, -1)
    })
}

/// A file over a duplicate of `fd` (sharing its position), or a `GError` for a bad descriptor.
unsafe fn dup_fd(fd: i32) -> Result<File, glib::Error> {
    // SAFETY: only used to duplicate it, while the caller keeps it open.
    let borrowed = BorrowedFd::borrow_raw(fd);
    borrowed
        .try_clone_to_owned()
        .map(File::from)
        .map_err(|e| glib::Error::new(gio::IOErrorEnum::InvalidArgument, &format!("Unable to use file descriptor {fd}: {e}")))
}

/// The sync, `_async` and `_finish` functions of a transfer between the stream and a file
/// descriptor, `$method` of [`Stream`] doing the work. The descriptor is duplicated at once, so
/// the transfer does not depend on when the caller closes its own.
macro_rules! fd_transfer {
    ($sync:ident, $start:ident, $finish:ident, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $sync(stream: GObjectPtr, fd: i32, cancellable: *mut GCancellable, error: *mut *mut GError) -> i64 {
            const NAME: &CStr = capi_support::c_name!($sync);
            let this = object_arg!(stream as Stream, NAME, -1);
            let cancellable = cancellable_arg!(cancellable, NAME, -1);
            if fd < 0 {
                capi_support::return_if_fail_warning(None, NAME, c"fd >= 0");
                return -1;
            }
            guard(stringify!($sync), -1, || {
                let result = dup_fd(fd).and_then(|file| this.$method(&file, cancellable.as_ref()));
                value_or_error(result.map(total), error, -1)
            })
        }

        #[no_mangle]
        pub unsafe extern "C" fn $start(
            stream: GObjectPtr,
            fd: i32,
            cancellable: *mut GCancellable,
            callback: GAsyncReadyCallback,
            user_data: gpointer,
        ) {
            const NAME: &CStr = capi_support::c_name!($start);
            let this = object_arg!(stream as Stream, NAME);
            let cancellable = cancellable_arg!(cancellable, NAME);
            if fd < 0 {
                capi_support::return_if_fail_warning(None, NAME, c"fd >= 0");
                return;
            }
            let file = dup_fd(fd);
            let worker = (*this).clone();
            let work: Work<SparseTransfer> = Box::new(move |c| worker.$method(&file?, c));
            run_in_thread(stream, cancellable.as_ref(), callback, user_data, $start as *const () as usize, work, None)
        }

        #[no_mangle]
        pub unsafe extern "C" fn $finish(stream: GObjectPtr, result: *mut GAsyncResult, error: *mut *mut GError) -> i64 {
            const NAME: &CStr = capi_support::c_name!($finish);
            let _ = object_arg!(stream as Stream, NAME, -1);
            finish::<SparseTransfer>(stream, result, $start as *const () as usize, error, NAME).map_or(-1, total)
        }
    };
}

fd_transfer!(
    gvir_stream_sparse_receive_to_fd,
    gvir_stream_sparse_receive_to_fd_async,
    gvir_stream_sparse_receive_to_fd_finish,
    sparse_receive_to_file
);
fd_transfer!(
    gvir_stream_sparse_send_from_fd,
    gvir_stream_sparse_send_from_fd_async,
    gvir_stream_sparse_send_from_fd_finish,
    sparse_send_from_file
);
