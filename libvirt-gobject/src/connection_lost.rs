//! A connection libvirt closes under us: the daemon died, the socket broke, keepalive gave up.
//!
//! libvirt reports it through the connection's close callback (`virConnectRegisterCloseCallback`,
//! registered from `open` on) and does nothing else: calls in flight fail with libvirt's own
//! error, but a stream waiting for data is never woken again (its event callback stays silent),
//! so a pending `read_async` would wait forever. When the callback comes:
//!
//! - every stream made by [`Connection::stream`] is marked lost at once (on libvirt's thread):
//!   its pending and later reads and writes fail with `G_IO_ERROR_BROKEN_PIPE` (also known as `G_IO_ERROR_CONNECTION_CLOSED`);
//! - then, on the default main context (libvirt may call from any thread, with its own locks
//!   held, where neither unregistering the callback nor running signal handlers is allowed), the
//!   connection drops its handle and domains exactly as [`Connection::close`] does and emits
//!   `connection-closed` once. Later calls fail with "Connection is not open".
//!
//! Keepalive (`virConnectSetKeepAlive(5, 3)`) makes a daemon that stops answering count as gone
//! after about 20 s. It needs libvirt's event loop ([`crate::init`] registers it) and a driver
//! that talks to a daemon; where either is missing libvirt refuses and nothing changes.
//!
//! libvirt-glib 4.0.0 registers no close callback: there `connection-closed` comes only from
//! `close`, and reads of a stream whose daemon died never finish.

use std::collections::HashMap;
use std::ffi::{c_int, c_void};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};

use glib::prelude::*;
use glib::subclass::prelude::*;
use virt::sys;

use crate::stream::Core;
use crate::Connection;

/// Seconds between keepalive probes, and how many may go unanswered.
const KEEPALIVE_INTERVAL: c_int = 5;
const KEEPALIVE_COUNT: u32 = 3;

/// The connections whose close callback is registered, by the number libvirt hands back to
/// `closed_by_libvirt`. A number rather than a boxed pointer as the callback's opaque: only the
/// remote driver keeps (and later frees) the opaque, other drivers accept the registration and
/// drop it, so who would free a box is unknowable; an entry here is removed by `release`.
fn close_watchers() -> &'static Mutex<HashMap<usize, glib::WeakRef<Connection>>> {
    static WATCHERS: OnceLock<Mutex<HashMap<usize, glib::WeakRef<Connection>>>> = OnceLock::new();
    WATCHERS.get_or_init(Default::default)
}

fn close_watcher(id: usize) -> Option<Connection> {
    close_watchers().lock().unwrap_or_else(|p| p.into_inner()).get(&id).and_then(|w| w.upgrade())
}

fn forget_close_watcher(id: usize) {
    let weak = close_watchers().lock().unwrap_or_else(|p| p.into_inner()).remove(&id);
    drop(weak);
}

impl Connection {
    /// Asks libvirt to tell us when it closes `handle`, and to probe the daemon. Returns the
    /// close callback's number if it is registered (libvirt allows one per connection, so a
    /// connection made around a handle whose owner registered one goes without).
    pub(crate) fn watch_for_close(&self, handle: &virt::connect::Connect) -> Option<usize> {
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        close_watchers().lock().unwrap_or_else(|p| p.into_inner()).insert(id, self.downgrade());
        // SAFETY: the connection is alive; the opaque is a number, never dereferenced.
        let registered = unsafe {
            sys::virConnectRegisterCloseCallback(handle.as_ptr(), Some(closed_by_libvirt), id as *mut c_void, None)
        } == 0;
        if !registered {
            forget_close_watcher(id);
            // SAFETY: clears this thread's libvirt error, which is ours.
            unsafe { sys::virResetLastError() };
        }
        // SAFETY: as above. Refused (-1) by drivers without a daemon and without an event loop;
        // 1 when the daemon does not know keepalive. None of it is an error for us.
        if unsafe { sys::virConnectSetKeepAlive(handle.as_ptr(), KEEPALIVE_INTERVAL, KEEPALIVE_COUNT) } < 0 {
            // SAFETY: as above.
            unsafe { sys::virResetLastError() };
        }
        registered.then_some(id)
    }

    /// Takes a stream made on this connection into account, to fail it when libvirt closes the
    /// connection.
    pub(crate) fn track_stream(&self, core: &Arc<Core>) {
        let mut streams = self.imp().streams.lock().unwrap_or_else(|p| p.into_inner());
        streams.retain(|s| s.strong_count() > 0);
        streams.push(Arc::downgrade(core));
    }

    /// Runs on libvirt's thread: fails the streams now, and leaves the rest to the default
    /// main context.
    fn on_closed_by_libvirt(&self, handle: virt::connect::Connect) {
        let streams: Vec<Weak<Core>> = std::mem::take(&mut *self.imp().streams.lock().unwrap_or_else(|p| p.into_inner()));
        for core in streams.iter().filter_map(Weak::upgrade) {
            core.connection_lost();
        }
        let this = self.clone();
        // `handle` (a reference of our own) keeps the closed connection's address from being
        // reused until the comparison in `forget_closed` is done.
        glib::idle_add_once(move || this.forget_closed(handle));
    }

    /// On the default main context: the connection forgets `closed` if it still holds it
    /// (rather than having been closed, or closed and reopened, meanwhile) and emits
    /// `connection-closed`.
    fn forget_closed(&self, closed: virt::connect::Connect) {
        let taken = {
            let mut state = self.imp().state();
            // SAFETY (both as_ptr): only compared.
            if state.handle.as_ref().map(|h| unsafe { h.as_ptr() }) != Some(unsafe { closed.as_ptr() }) {
                return;
            }
            state.take_open_state()
        };
        taken.release();
        drop(closed);
        self.emit_by_name::<()>("connection-closed", &[]);
    }
}

/// What an open connection holds, taken out of the state to be released without the lock.
pub(crate) struct OpenState {
    pub(crate) handle: Option<virt::connect::Connect>,
    pub(crate) lifecycle_callback: Option<c_int>,
    pub(crate) close_callback: Option<usize>,
    pub(crate) domains: crate::domain_cache::DomainCache,
}

impl OpenState {
    /// Unsubscribes from libvirt (which may fail on a dead connection: nothing to do then) and
    /// drops the handle and the domain objects.
    pub(crate) fn release(self) {
        if let Some(handle) = &self.handle {
            crate::connection::deregister_events(handle, self.lifecycle_callback);
            if let Some(id) = self.close_callback {
                // SAFETY: unregisters the callback `watch_for_close` registered on this handle;
                // never called from inside that callback (see on_closed_by_libvirt).
                unsafe { sys::virConnectUnregisterCloseCallback(handle.as_ptr(), Some(closed_by_libvirt)) };
                forget_close_watcher(id);
            }
            // SAFETY: clears this thread's libvirt error, which is ours.
            unsafe { sys::virResetLastError() };
        }
        drop(self.handle);
        drop(self.domains);
    }
}

/// libvirt's close callback (`virConnectCloseFunc`).
unsafe extern "C" fn closed_by_libvirt(conn: sys::virConnectPtr, _reason: c_int, opaque: *mut c_void) {
    let Some(connection) = close_watcher(opaque as usize) else { return };
    // A reference of our own to the connection being closed (libvirt's lasts only for the call).
    sys::virConnectRef(conn);
    let handle = virt::connect::Connect::from_ptr(conn);
    let run = std::panic::AssertUnwindSafe(|| connection.on_closed_by_libvirt(handle));
    if std::panic::catch_unwind(run).is_err() {
        crate::error::log_critical("internal error while handling a closed connection");
    }
}
