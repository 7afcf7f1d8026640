//! libvirt's event-loop contract (`virEventRegisterImpl`) implemented on a [`glib::MainContext`].
//!
//! libvirt needs an event loop to watch its sockets, run keepalive timers and deliver events
//! (domain lifecycle, close callbacks, streams). Once [`event_register`] has run, every libvirt
//! watch and timer is a `GSource` on one `GMainContext`, so iterating that context (a
//! `GMainLoop`, a GTK application) is all a program needs to do.
//!
//! Design, and why:
//! - One mutex-protected table maps libvirt's watch/timer ids to their callbacks; each `GSource`
//!   carries only the id. A dispatch copies the callback out of the table and calls libvirt
//!   **without the lock held**, so a callback may add, update or remove watches (it often does).
//! - libvirt calls the add/update/remove functions from any thread; `GSource` attach and
//!   destroy are thread-safe, and the table lock orders them.
//! - A disabled watch (no events) or timer (interval -1) has no source at all; a 0 ms timer
//!   is an idle source, dispatched on every iteration.
//! - Removing a watch or timer destroys its source at once, but libvirt's free callback runs
//!   later from an idle source on the same context. It must not run synchronously: the remote
//!   driver removes its socket watch while holding the socket lock and its free callback takes
//!   that lock again, so freeing inline deadlocks `virConnectClose`. Deferring also means a
//!   callback can remove its own watch and never see its opaque data freed under its feet.

use std::collections::HashMap;
use std::ffi::c_void;
use std::os::fd::RawFd;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use glib::{ControlFlow, IOCondition, MainContext, Priority, Source};
use virt::sys;

/// libvirt's `opaque` pointer. libvirt hands it to us for safekeeping and expects it back in
/// callbacks on whichever thread runs the loop; it guarantees that is allowed.
#[derive(Clone, Copy)]
struct Opaque(*mut c_void);
// SAFETY: see the type's comment: libvirt's event contract makes its opaque data thread-agnostic.
unsafe impl Send for Opaque {}

struct Watch {
    fd: RawFd,
    events: i32,
    callback: sys::virEventHandleCallback,
    opaque: Opaque,
    free: sys::virFreeCallback,
    source: Option<Source>,
}

struct Timer {
    interval_ms: i32,
    callback: sys::virEventTimeoutCallback,
    opaque: Opaque,
    free: sys::virFreeCallback,
    source: Option<Source>,
}

#[derive(Default)]
struct Table {
    last_watch: i32,
    last_timer: i32,
    watches: HashMap<i32, Watch>,
    timers: HashMap<i32, Timer>,
}

/// The libvirt event loop bound to one `GMainContext`.
///
/// The process-wide instance is made by [`event_register`]; tests make private ones.
pub(crate) struct EventLoop {
    context: MainContext,
    table: Mutex<Table>,
}

/// Maps libvirt's `VIR_EVENT_HANDLE_*` bits to the `GIOCondition` to poll for.
fn condition_from_events(events: i32) -> IOCondition {
    let mut condition = IOCondition::empty();
    if events & sys::VIR_EVENT_HANDLE_READABLE as i32 != 0 {
        condition |= IOCondition::IN;
    }
    if events & sys::VIR_EVENT_HANDLE_WRITABLE as i32 != 0 {
        condition |= IOCondition::OUT;
    }
    // Errors and hang-ups are always reported by poll(); ask for them so they dispatch.
    if !condition.is_empty() {
        condition |= IOCondition::ERR | IOCondition::HUP;
    }
    condition
}

/// Maps what poll() reported back to libvirt's `VIR_EVENT_HANDLE_*` bits.
fn events_from_condition(condition: IOCondition) -> i32 {
    let mut events = 0;
    if condition.intersects(IOCondition::IN | IOCondition::PRI) {
        events |= sys::VIR_EVENT_HANDLE_READABLE as i32;
    }
    if condition.contains(IOCondition::OUT) {
        events |= sys::VIR_EVENT_HANDLE_WRITABLE as i32;
    }
    if condition.intersects(IOCondition::ERR | IOCondition::NVAL) {
        events |= sys::VIR_EVENT_HANDLE_ERROR as i32;
    }
    if condition.contains(IOCondition::HUP) {
        events |= sys::VIR_EVENT_HANDLE_HANGUP as i32;
    }
    events
}

impl EventLoop {
    pub(crate) fn new(context: MainContext) -> Self {
        EventLoop { context, table: Mutex::new(Table::default()) }
    }

    fn table(&self) -> MutexGuard<'_, Table> {
        // A poisoned lock only means a panic elsewhere; the table itself is always consistent.
        self.table.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn watch_source(&'static self, id: i32, fd: RawFd, events: i32) -> Option<Source> {
        let condition = condition_from_events(events);
        if condition.is_empty() {
            return None;
        }
        let source = glib_unix::fd_source_new(fd, condition, None, Priority::DEFAULT, move |_, cond| {
            self.dispatch_watch(id, cond);
            ControlFlow::Continue
        });
        source.attach(Some(&self.context));
        Some(source)
    }

    fn timer_source(&'static self, id: i32, interval_ms: i32) -> Option<Source> {
        let dispatch = move || {
            self.dispatch_timer(id);
            ControlFlow::Continue
        };
        let source = match interval_ms {
            ..=-1 => return None,
            0 => glib::idle_source_new(None, Priority::DEFAULT, dispatch),
            ms => glib::timeout_source_new(Duration::from_millis(ms as u64), None, Priority::DEFAULT, dispatch),
        };
        source.attach(Some(&self.context));
        Some(source)
    }

    fn dispatch_watch(&self, id: i32, condition: IOCondition) {
        let (callback, fd, opaque) = {
            let table = self.table();
            match table.watches.get(&id) {
                Some(w) if w.source.is_some() => (w.callback, w.fd, w.opaque),
                _ => return,
            }
        };
        if let Some(callback) = callback {
            // SAFETY: the callback and opaque data are libvirt's own, passed back as agreed.
            unsafe { callback(id, fd, events_from_condition(condition), opaque.0) };
        }
    }

    fn dispatch_timer(&self, id: i32) {
        let (callback, opaque) = {
            let table = self.table();
            match table.timers.get(&id) {
                Some(t) if t.source.is_some() => (t.callback, t.opaque),
                _ => return,
            }
        };
        if let Some(callback) = callback {
            // SAFETY: as above.
            unsafe { callback(id, opaque.0) };
        }
    }

    /// Runs libvirt's free callback on a later iteration of the loop's context (see the module
    /// documentation for why it must never run inline).
    fn free_later(&self, free: sys::virFreeCallback, opaque: Opaque) {
        let Some(free) = free else { return };
        let source = glib::idle_source_new(None, Priority::DEFAULT, move || {
            let opaque = opaque;
            // SAFETY: libvirt's free callback for its own opaque data, called exactly once.
            unsafe { free(opaque.0) };
            ControlFlow::Break
        });
        source.attach(Some(&self.context));
    }

    pub(crate) fn add_watch(
        &'static self,
        fd: RawFd,
        events: i32,
        callback: sys::virEventHandleCallback,
        opaque: *mut c_void,
        free: sys::virFreeCallback,
    ) -> i32 {
        let mut table = self.table();
        table.last_watch += 1;
        let id = table.last_watch;
        let source = self.watch_source(id, fd, events);
        table.watches.insert(id, Watch { fd, events, callback, opaque: Opaque(opaque), free, source });
        id
    }

    pub(crate) fn update_watch(&'static self, id: i32, events: i32) {
        let mut table = self.table();
        let Some(watch) = table.watches.get_mut(&id) else { return };
        if watch.events == events && (watch.source.is_some() || events == 0) {
            return;
        }
        if let Some(old) = watch.source.take() {
            old.destroy();
        }
        watch.events = events;
        watch.source = self.watch_source(id, watch.fd, events);
    }

    pub(crate) fn remove_watch(&self, id: i32) -> i32 {
        let removed = self.table().watches.remove(&id);
        let Some(watch) = removed else { return -1 };
        if let Some(source) = watch.source {
            source.destroy();
        }
        self.free_later(watch.free, watch.opaque);
        0
    }

    pub(crate) fn add_timer(
        &'static self,
        interval_ms: i32,
        callback: sys::virEventTimeoutCallback,
        opaque: *mut c_void,
        free: sys::virFreeCallback,
    ) -> i32 {
        let mut table = self.table();
        table.last_timer += 1;
        let id = table.last_timer;
        let source = self.timer_source(id, interval_ms);
        table.timers.insert(id, Timer { interval_ms, callback, opaque: Opaque(opaque), free, source });
        id
    }

    pub(crate) fn update_timer(&'static self, id: i32, interval_ms: i32) {
        let mut table = self.table();
        let Some(timer) = table.timers.get_mut(&id) else { return };
        // Re-arming with the same interval must not postpone a pending expiry.
        if timer.interval_ms == interval_ms && (timer.source.is_some() || interval_ms < 0) {
            return;
        }
        if let Some(old) = timer.source.take() {
            old.destroy();
        }
        timer.interval_ms = interval_ms;
        timer.source = self.timer_source(id, interval_ms);
    }

    pub(crate) fn remove_timer(&self, id: i32) -> i32 {
        let removed = self.table().timers.remove(&id);
        let Some(timer) = removed else { return -1 };
        if let Some(source) = timer.source {
            source.destroy();
        }
        self.free_later(timer.free, timer.opaque);
        0
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        let table = self.table();
        table.watches.is_empty() && table.timers.is_empty()
    }
}

static REGISTERED: OnceLock<EventLoop> = OnceLock::new();

fn registered() -> &'static EventLoop {
    REGISTERED.get().expect("libvirt calls its event functions only after registration")
}

unsafe extern "C" fn add_handle(
    fd: i32,
    events: i32,
    cb: sys::virEventHandleCallback,
    opaque: *mut c_void,
    ff: sys::virFreeCallback,
) -> i32 {
    registered().add_watch(fd, events, cb, opaque, ff)
}

unsafe extern "C" fn update_handle(watch: i32, events: i32) {
    registered().update_watch(watch, events)
}

unsafe extern "C" fn remove_handle(watch: i32) -> i32 {
    registered().remove_watch(watch)
}

unsafe extern "C" fn add_timeout(
    interval: i32,
    cb: sys::virEventTimeoutCallback,
    opaque: *mut c_void,
    ff: sys::virFreeCallback,
) -> i32 {
    registered().add_timer(interval, cb, opaque, ff)
}

unsafe extern "C" fn update_timeout(timer: i32, interval: i32) {
    registered().update_timer(timer, interval)
}

unsafe extern "C" fn remove_timeout(timer: i32) -> i32 {
    registered().remove_timer(timer)
}

/// Makes libvirt run its events on the thread-default-independent global default
/// `GMainContext` (the one `glib::MainLoop::new(None, …)` runs).
///
/// Call once before opening connections; further calls do nothing.
///
/// ```no_run
/// libvirt_glib::init().unwrap();
/// libvirt_glib::event_register();
/// glib::MainLoop::new(None, false).run();
/// ```
pub fn event_register() {
    let _ = event_register_on(&MainContext::default());
}

/// Makes libvirt run its events on `context`.
///
/// libvirt has one event loop per process, so only the first registration takes effect;
/// registering again on the same context succeeds, on another one it fails.
pub fn event_register_on(context: &MainContext) -> Result<(), glib::BoolError> {
    let mut fresh = false;
    let registered = REGISTERED.get_or_init(|| {
        fresh = true;
        EventLoop::new(context.clone())
    });
    if fresh {
        // SAFETY: the six functions have the signatures libvirt expects and live forever.
        unsafe {
            sys::virEventRegisterImpl(
                Some(add_handle),
                Some(update_handle),
                Some(remove_handle),
                Some(add_timeout),
                Some(update_timeout),
                Some(remove_timeout),
            )
        };
    }
    if registered.context == *context {
        Ok(())
    } else {
        Err(glib::bool_error!("libvirt's event loop is already registered on another GMainContext"))
    }
}

/// Whether libvirt's events have been registered on a `GMainContext`.
pub fn event_is_registered() -> bool {
    REGISTERED.get().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    fn private_loop() -> &'static EventLoop {
        Box::leak(Box::new(EventLoop::new(MainContext::new())))
    }

    fn iterate(l: &EventLoop, times: usize) {
        for _ in 0..times {
            l.context.iteration(false);
        }
    }

    struct Counters {
        fired: AtomicUsize,
        freed: AtomicUsize,
    }

    fn counters() -> *mut c_void {
        Arc::into_raw(Arc::new(Counters { fired: AtomicUsize::new(0), freed: AtomicUsize::new(0) })) as *mut c_void
    }

    fn read(opaque: *mut c_void) -> (usize, usize) {
        // SAFETY: `opaque` comes from `counters()` and is never released in these tests.
        let c = unsafe { &*(opaque as *const Counters) };
        (c.fired.load(Ordering::SeqCst), c.freed.load(Ordering::SeqCst))
    }

    unsafe extern "C" fn on_timer(_id: i32, opaque: *mut c_void) {
        (*(opaque as *const Counters)).fired.fetch_add(1, Ordering::SeqCst);
    }

    unsafe extern "C" fn on_free(opaque: *mut c_void) {
        (*(opaque as *const Counters)).freed.fetch_add(1, Ordering::SeqCst);
    }

    unsafe extern "C" fn on_watch(_id: i32, fd: i32, _events: i32, opaque: *mut c_void) {
        let mut byte = 0u8;
        libc::read(fd, &mut byte as *mut u8 as *mut c_void, 1);
        (*(opaque as *const Counters)).fired.fetch_add(1, Ordering::SeqCst);
    }

    #[test]
    fn zero_interval_timer_fires_every_iteration_and_frees_after_removal() {
        let l = private_loop();
        let data = counters();
        let id = l.add_timer(0, Some(on_timer), data, Some(on_free));
        iterate(l, 3);
        assert_eq!(read(data), (3, 0));
        assert_eq!(l.remove_timer(id), 0);
        assert_eq!(read(data).1, 0, "free is deferred");
        iterate(l, 2);
        assert_eq!(read(data), (3, 1));
        assert_eq!(l.remove_timer(id), -1);
        assert!(l.is_empty());
    }

    #[test]
    fn disabled_timer_never_fires_until_enabled_and_can_be_removed() {
        let l = private_loop();
        let data = counters();
        let id = l.add_timer(-1, Some(on_timer), data, Some(on_free));
        iterate(l, 3);
        assert_eq!(read(data).0, 0);
        l.update_timer(id, 0);
        iterate(l, 1);
        assert_eq!(read(data).0, 1);
        l.update_timer(id, -1);
        iterate(l, 3);
        assert_eq!(read(data).0, 1);
        assert_eq!(l.remove_timer(id), 0);
        iterate(l, 1);
        assert_eq!(read(data), (1, 1));
    }

    #[test]
    fn watch_fires_when_readable_and_not_when_disabled() {
        let l = private_loop();
        let data = counters();
        let mut fds = [0; 2];
        // SAFETY: plain pipe(2).
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        let id = l.add_watch(fds[0], 0, Some(on_watch), data, Some(on_free));
        // SAFETY: writes one byte from a live buffer.
        unsafe { libc::write(fds[1], b"xy".as_ptr() as *const c_void, 2) };
        iterate(l, 2);
        assert_eq!(read(data).0, 0, "disabled watch must not fire");
        l.update_watch(id, sys::VIR_EVENT_HANDLE_READABLE as i32);
        iterate(l, 1);
        assert_eq!(read(data).0, 1);
        iterate(l, 1);
        assert_eq!(read(data).0, 2);
        iterate(l, 1);
        assert_eq!(read(data).0, 2, "pipe drained");
        assert_eq!(l.remove_watch(id), 0);
        iterate(l, 1);
        assert_eq!(read(data), (2, 1));
        // SAFETY: closing our own pipe.
        unsafe {
            libc::close(fds[0]);
            libc::close(fds[1]);
        }
    }

    #[test]
    fn concurrent_add_update_remove_frees_each_exactly_once() {
        let l = private_loop();
        let data = counters();
        let opaque = Opaque(data);
        let threads: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(move || {
                    let opaque = opaque;
                    for i in 0..5_000 {
                        let id = l.add_timer(if i % 2 == 0 { -1 } else { 1000 }, Some(on_timer), opaque.0, Some(on_free));
                        l.update_timer(id, 0);
                        l.update_timer(id, -1);
                        assert_eq!(l.remove_timer(id), 0);
                    }
                })
            })
            .collect();
        while !threads.iter().all(|t| t.is_finished()) {
            l.context.iteration(false);
        }
        for t in threads {
            t.join().unwrap();
        }
        while l.context.iteration(false) {}
        assert!(l.is_empty());
        assert_eq!(read(data).1, 20_000);
    }
}
