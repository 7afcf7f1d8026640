//! `Stream` (`GVirStream`): a libvirt data stream (`virStreamPtr`) as a `GIOStream`.
//!
//! A stream comes from [`Connection::stream`](crate::Connection::stream) and is then given to
//! the call that feeds or drains it ([`Domain::screenshot`](crate::Domain::screenshot), volume
//! transfers). Its input stream (`GVirInputStream`) and output stream (`GVirOutputStream`)
//! read and write it, blocking or, through watches, asynchronously.
//!
//! Watches ([`Stream::add_watch`]) are `GSource`s attached to the default main context: libvirt
//! reports the stream's readiness through its event loop (which [`crate::init`] runs on that
//! context), the watches that asked for those conditions are marked ready, and the context
//! dispatches them. One libvirt event callback per stream serves all its watches; it asks for
//! the union of their conditions and is removed with the last watch.

use std::ffi::c_void;
use std::sync::{Arc, Mutex, OnceLock};

use gio::prelude::*;
use gio::subclass::prelude::*;
use glib::translate::*;
use virt::sys;

use crate::error::{failure, libvirt_failure, StreamError};

/// The buffer of `receive_all`/`send_all` on a non-blocking stream: libvirt's stream packets
/// carry at most 256 KiB, and its own `*All` calls use as much.
const ALL_CHUNK: usize = 256 * 1024;

/// The conditions a watch waits for (`GVirStreamIOCondition`).
#[glib::flags(name = "GVirStreamIOCondition")]
pub enum StreamIOCondition {
    #[flags_value(name = "GVIR_STREAM_IO_CONDITION_READABLE", nick = "readable")]
    READABLE = 1,
    #[flags_value(name = "GVIR_STREAM_IO_CONDITION_WRITABLE", nick = "writable")]
    WRITABLE = 2,
    #[flags_value(name = "GVIR_STREAM_IO_CONDITION_HANGUP", nick = "hangup")]
    HANGUP = 4,
    #[flags_value(name = "GVIR_STREAM_IO_CONDITION_ERROR", nick = "error")]
    ERROR = 8,
}

impl StreamIOCondition {
    /// libvirt's `virStreamEventType` bits for these conditions.
    fn to_libvirt(self) -> i32 {
        let mut events = 0;
        if self.contains(Self::READABLE) {
            events |= sys::VIR_STREAM_EVENT_READABLE as i32;
        }
        if self.contains(Self::WRITABLE) {
            events |= sys::VIR_STREAM_EVENT_WRITABLE as i32;
        }
        if self.contains(Self::HANGUP) {
            events |= sys::VIR_STREAM_EVENT_HANGUP as i32;
        }
        if self.contains(Self::ERROR) {
            events |= sys::VIR_STREAM_EVENT_ERROR as i32;
        }
        events
    }

    fn from_libvirt(events: i32) -> StreamIOCondition {
        let mut cond = StreamIOCondition::empty();
        let has = |bit: u32| events & bit as i32 != 0;
        if has(sys::VIR_STREAM_EVENT_READABLE) {
            cond |= Self::READABLE;
        }
        if has(sys::VIR_STREAM_EVENT_WRITABLE) {
            cond |= Self::WRITABLE;
        }
        if has(sys::VIR_STREAM_EVENT_HANGUP) {
            cond |= Self::HANGUP;
        }
        if has(sys::VIR_STREAM_EVENT_ERROR) {
            cond |= Self::ERROR;
        }
        cond
    }
}

/// What [`Stream::receive_until_hole`] found at the stream's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamRead {
    /// This many bytes of data were received.
    Data(usize),
    /// The stream is at a hole: [`Stream::recv_hole`] tells (and skips) its length.
    Hole,
    /// The end of the stream.
    End,
}

/// An owned reference to a libvirt stream.
pub(crate) struct RawStream(sys::virStreamPtr);

// SAFETY: libvirt streams are reference-counted objects with their own locking; libvirt allows
// using them from any thread.
unsafe impl Send for RawStream {}
unsafe impl Sync for RawStream {}

impl RawStream {
    /// Adopts one reference to `ptr`.
    ///
    /// # Safety
    /// `ptr` must be a live stream whose reference the caller gives away.
    pub(crate) unsafe fn adopt(ptr: sys::virStreamPtr) -> RawStream {
        RawStream(ptr)
    }

    pub(crate) fn as_ptr(&self) -> sys::virStreamPtr {
        self.0
    }
}

impl Clone for RawStream {
    fn clone(&self) -> RawStream {
        // SAFETY: self holds a reference, so the stream is alive.
        unsafe { sys::virStreamRef(self.0) };
        RawStream(self.0)
    }
}

impl Drop for RawStream {
    fn drop(&mut self) {
        // SAFETY: drops the reference this value holds.
        unsafe { sys::virStreamFree(self.0) };
    }
}

/// One watch's share of the state: what it waits for and what happened since its last dispatch.
struct WatchEntry {
    cond: StreamIOCondition,
    revents: std::sync::atomic::AtomicU32,
    /// The `GSource` (its address), to wake its context; never dereferenced after finalize.
    source: usize,
}

/// What a stream, its input and its output stream share.
pub(crate) struct Core {
    raw: RawStream,
    watches: Mutex<Vec<Arc<WatchEntry>>>,
    /// Whether libvirt's event callback is registered, and the events it asks for. Held while
    /// libvirt registers or updates the callback (never while the callback runs).
    registration: Mutex<Option<i32>>,
    /// Set once the stream is finished or aborted: from then on no callback is registered.
    finished: std::sync::atomic::AtomicBool,
    /// Set once libvirt said the stream's driver has no `virStreamRecvFlags`.
    no_recv_flags: std::sync::atomic::AtomicBool,
    /// Set when libvirt closed the stream's connection (see `connection_lost`): libvirt never
    /// reports anything on such a stream again, so reads and writes fail here instead.
    lost: std::sync::atomic::AtomicBool,
    /// Whether the stream was made non-blocking (`VIR_STREAM_NONBLOCK`), as far as we know: a
    /// stream handed in by its handle alone is taken to be blocking.
    nonblocking: std::sync::atomic::AtomicBool,
    /// Whether libvirt runs the stream in this process (the test driver's file streams), where
    /// libvirt 9.0 crashes in `virStreamSendHole` on a non-blocking stream.
    in_process: std::sync::atomic::AtomicBool,
}

impl Core {
    fn new(raw: RawStream) -> Arc<Core> {
        Arc::new(Core {
            raw,
            watches: Mutex::new(Vec::new()),
            registration: Mutex::new(None),
            finished: Default::default(),
            no_recv_flags: Default::default(),
            lost: std::sync::atomic::AtomicBool::new(false),
            nonblocking: Default::default(),
            in_process: Default::default(),
        })
    }

    pub(crate) fn set_in_process(&self, in_process: bool) {
        self.in_process.store(in_process, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn set_nonblocking(&self, nonblocking: bool) {
        self.nonblocking.store(nonblocking, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn is_nonblocking(&self) -> bool {
        self.nonblocking.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Runs `op` until it does not fail with `WouldBlock`, waiting in between for the stream
    /// to report `cond`: the blocking form of a read or write, whatever the stream's mode.
    pub(crate) fn blocking<T>(
        self: &Arc<Core>,
        cond: StreamIOCondition,
        cancellable: Option<&gio::Cancellable>,
        mut op: impl FnMut() -> Result<T, glib::Error>,
    ) -> Result<T, glib::Error> {
        loop {
            match op() {
                Err(e) if e.matches(gio::IOErrorEnum::WouldBlock) => self.wait_ready(cond, cancellable)?,
                other => return other,
            }
        }
    }

    /// Waits until a non-blocking stream reports `cond` (or a hang-up or error), `cancellable`
    /// is cancelled, or a short while has passed (the caller tries again: a stream whose events
    /// cannot be watched is then polled instead of waited on forever).
    ///
    /// The stream's events arrive through libvirt's event loop, dispatched on the default main
    /// context: a thread that can own that context runs it while it waits (a blocking read on
    /// the main thread of a program without a running loop), any other thread sleeps until the
    /// context's owner dispatches the watch.
    fn wait_ready(self: &Arc<Core>, cond: StreamIOCondition, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        type Flag = Arc<(Mutex<bool>, std::sync::Condvar)>;
        fn raise(flag: &Flag) {
            *flag.0.lock().unwrap() = true;
            flag.1.notify_all();
            // SAFETY: waking a context is allowed from any thread.
            unsafe { glib::ffi::g_main_context_wakeup(std::ptr::null_mut()) };
        }
        const PATIENCE: std::time::Duration = std::time::Duration::from_millis(50);
        let ready: Flag = Default::default();
        let context = glib::MainContext::default();
        let watch = {
            let ready = ready.clone();
            let id = self.add_watch(glib::Priority::DEFAULT, cond | StreamIOCondition::HANGUP | StreamIOCondition::ERROR, move |_| {
                raise(&ready);
                glib::ControlFlow::Break
            });
            context.find_source_by_id(&id)
        };
        let cancelled = cancellable.and_then(|c| {
            let ready = ready.clone();
            c.connect_cancelled(move |_| raise(&ready))
        });
        match context.acquire() {
            Ok(_owner) => {
                let timeout = {
                    let ready = ready.clone();
                    glib::timeout_source_new(PATIENCE, None, glib::Priority::DEFAULT, move || {
                        raise(&ready);
                        glib::ControlFlow::Break
                    })
                };
                timeout.attach(Some(&context));
                while !*ready.0.lock().unwrap() {
                    context.iteration(true);
                }
                timeout.destroy();
            }
            Err(_) => {
                let done = ready.0.lock().unwrap();
                let _ = ready.1.wait_timeout_while(done, PATIENCE, |done| !*done).unwrap();
            }
        }
        if let Some(watch) = watch {
            watch.destroy();
        }
        if let (Some(c), Some(handler)) = (cancellable, cancelled) {
            c.disconnect_cancelled(handler);
        }
        match cancellable {
            Some(c) => c.set_error_if_cancelled(),
            None => Ok(()),
        }
    }

    /// Ends the transfer (`virStreamFinish`, or `virStreamAbort` where the driver cannot finish,
    /// as the test driver's screenshots cannot). libvirt's event callback is removed first:
    /// finishing closes the stream's file descriptor, and a callback left registered keeps
    /// libvirt's watch on that closed descriptor, which then polls as ready (`POLLNVAL`) on
    /// every iteration — a busy main loop (GNOME Boxes closes its screenshot streams from
    /// inside the read callback, while the read's watch still exists).
    pub(crate) fn finish(&self) {
        self.end(true);
    }

    /// Ends a transfer that failed half-way (`virStreamAbort`), as libvirt's `*All` calls do:
    /// the other end then stops sending or discards what it got. A later close has nothing
    /// left to do.
    pub(crate) fn abort(&self) {
        self.end(false);
    }

    /// [`Core::finish`] (`finish`) or [`Core::abort`]; only the first call does anything.
    fn end(&self, finish: bool) {
        let mut registration = self.registration.lock().unwrap();
        if self.finished.swap(true, std::sync::atomic::Ordering::SeqCst) {
            return;
        }
        // SAFETY: the stream is alive (self holds it).
        unsafe {
            if registration.take().is_some() {
                sys::virStreamEventRemoveCallback(self.raw.as_ptr());
            }
            // A stream whose connection libvirt closed has nothing left to finish.
            let finished = finish && self.check_connection().is_ok() && sys::virStreamFinish(self.raw.as_ptr()) == 0;
            if !finished {
                sys::virStreamAbort(self.raw.as_ptr());
            }
        }
    }

    fn check_connection(&self) -> Result<(), glib::Error> {
        if self.lost.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(glib::Error::new(gio::IOErrorEnum::BrokenPipe, "The connection to libvirt was closed"));
        }
        Ok(())
    }

    /// The stream's connection is gone: wakes every watch with a hang-up and an error, so the
    /// reads and writes waiting on them run (and fail). Called from any thread.
    pub(crate) fn connection_lost(&self) {
        self.lost.store(true, std::sync::atomic::Ordering::SeqCst);
        let gone = (StreamIOCondition::HANGUP | StreamIOCondition::ERROR).bits();
        let any = {
            let watches = self.watches.lock().unwrap();
            for w in watches.iter() {
                w.revents.fetch_or(gone, std::sync::atomic::Ordering::SeqCst);
            }
            !watches.is_empty()
        };
        if any {
            // SAFETY: waking a context is allowed from any thread; watches live on the default one.
            unsafe { glib::ffi::g_main_context_wakeup(std::ptr::null_mut()) };
        }
    }

    /// Reads up to `buf.len()` bytes: `Ok(0)` at the end of the stream, a `WouldBlock` error
    /// when a non-blocking stream has no data yet.
    pub(crate) fn receive(&self, buf: &mut [u8], cancellable: Option<&gio::Cancellable>) -> Result<usize, glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        self.check_connection()?;
        // SAFETY: buf is writable for buf.len() bytes.
        let got = unsafe { sys::virStreamRecv(self.raw.as_ptr(), buf.as_mut_ptr() as *mut _, buf.len()) };
        match got {
            -2 => Err(glib::Error::new(gio::IOErrorEnum::WouldBlock, "Stream has no data available")),
            n if n < 0 => Err(glib::Error::new(gio::IOErrorEnum::InvalidArgument, "Got virStreamRecv error in gvir_stream_receive")),
            n => Ok(n as usize),
        }
    }

    /// Writes up to `buf.len()` bytes; a `WouldBlock` error when a non-blocking stream cannot
    /// take data yet.
    pub(crate) fn send(&self, buf: &[u8], cancellable: Option<&gio::Cancellable>) -> Result<usize, glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        self.check_connection()?;
        // SAFETY: buf is readable for buf.len() bytes.
        let sent = unsafe { sys::virStreamSend(self.raw.as_ptr(), buf.as_ptr() as *const _, buf.len()) };
        match sent {
            -2 => Err(glib::Error::new(gio::IOErrorEnum::WouldBlock, "Stream is not ready for data")),
            n if n < 0 => Err(glib::Error::new(gio::IOErrorEnum::InvalidArgument, "Got virStreamSend error in gvir_stream_send")),
            n => Ok(n as usize),
        }
    }

    /// Reads data up to the next hole (`virStreamRecvFlags` with `VIR_STREAM_RECV_STOP_AT_HOLE`):
    /// a plain receive expands a sparse stream's holes into zeros, this one stops at them.
    pub(crate) fn receive_until_hole(&self, buf: &mut [u8], cancellable: Option<&gio::Cancellable>) -> Result<StreamRead, glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        self.check_connection()?;
        let got = if self.no_recv_flags.load(std::sync::atomic::Ordering::Relaxed) {
            // SAFETY: buf is writable for buf.len() bytes.
            unsafe { sys::virStreamRecv(self.raw.as_ptr(), buf.as_mut_ptr() as *mut _, buf.len()) }
        } else {
            let flags = sys::VIR_STREAM_RECV_STOP_AT_HOLE;
            // SAFETY: buf is writable for buf.len() bytes.
            let got = unsafe { sys::virStreamRecvFlags(self.raw.as_ptr(), buf.as_mut_ptr() as *mut _, buf.len(), flags) };
            // SAFETY: reads this thread's last libvirt error.
            if got == -1 && unsafe { sys::virGetLastErrorCode() } == sys::VIR_ERR_NO_SUPPORT as i32 {
                // A driver without virStreamRecvFlags (local streams: the test driver's
                // screenshots) has no holes to stop at, and refuses before reading anything.
                self.no_recv_flags.store(true, std::sync::atomic::Ordering::Relaxed);
                return self.receive_until_hole(buf, cancellable);
            }
            got
        };
        match got {
            -3 => Ok(StreamRead::Hole),
            -2 => Err(glib::Error::new(gio::IOErrorEnum::WouldBlock, "Stream has no data available")),
            n if n < 0 => Err(libvirt_failure(StreamError::Failed, "Unable to receive from the stream")),
            0 => Ok(StreamRead::End),
            n => Ok(StreamRead::Data(n as usize)),
        }
    }

    /// The length of the hole the stream stopped at (`virStreamRecvHole`); 0 if there is none.
    pub(crate) fn recv_hole(&self, cancellable: Option<&gio::Cancellable>) -> Result<u64, glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        self.check_connection()?;
        let mut length: std::ffi::c_longlong = 0;
        // SAFETY: the stream is alive; length is a valid out location.
        if unsafe { sys::virStreamRecvHole(self.raw.as_ptr(), &mut length, 0) } < 0 {
            return Err(libvirt_failure(StreamError::Failed, "Unable to receive a hole from the stream"));
        }
        Ok(length.max(0) as u64)
    }

    /// Sends a hole of `length` bytes (`virStreamSendHole`): the receiving end skips that much.
    pub(crate) fn send_hole(&self, length: u64, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        self.check_connection()?;
        let Ok(length) = std::ffi::c_longlong::try_from(length) else {
            return Err(glib::Error::new(gio::IOErrorEnum::InvalidArgument, "The hole is too long"));
        };
        if self.is_nonblocking() && self.in_process.load(std::sync::atomic::Ordering::Relaxed) {
            // libvirt 9.0 crashes (SIGSEGV) sending a hole into a non-blocking stream it runs
            // in this process; those streams (the test driver's) take no holes anyway.
            return Err(glib::Error::new(gio::IOErrorEnum::NotSupported, "This stream takes no holes"));
        }
        // SAFETY: the stream is alive.
        match unsafe { sys::virStreamSendHole(self.raw.as_ptr(), length, 0) } {
            -2 => Err(glib::Error::new(gio::IOErrorEnum::WouldBlock, "Stream is not ready for data")),
            // A stream not started as sparse, or a driver without holes: a matchable error,
            // so callers can send zeros instead.
            // SAFETY: reads this thread's last libvirt error.
            r if r < 0 && is_unsupported(unsafe { sys::virGetLastErrorCode() }) => {
                Err(libvirt_failure(gio::IOErrorEnum::NotSupported, "Unable to send a hole into the stream"))
            }
            r if r < 0 => Err(libvirt_failure(StreamError::Failed, "Unable to send a hole into the stream")),
            _ => Ok(()),
        }
    }


    /// Asks libvirt for the events the current watches want (or stops asking).
    fn update_events(self: &Arc<Core>) {
        let wanted = {
            let watches = self.watches.lock().unwrap();
            watches.iter().fold(StreamIOCondition::empty(), |acc, w| acc | w.cond).to_libvirt()
        };
        let mut registration = self.registration.lock().unwrap();
        if self.finished.load(std::sync::atomic::Ordering::SeqCst) {
            return; // nothing to watch any more, and the callback is already gone (finish)
        }
        let stream = self.raw.as_ptr();
        // SAFETY: the stream is alive (self holds it); the opaque handed to libvirt is a strong
        // reference to this core, released by libvirt through release_core.
        unsafe {
            match (*registration, wanted) {
                (None, 0) => {}
                (Some(_), 0) => {
                    sys::virStreamEventRemoveCallback(stream);
                    *registration = None;
                }
                (None, events) => {
                    let opaque = Arc::into_raw(self.clone()) as *mut c_void;
                    if sys::virStreamEventAddCallback(stream, events, Some(stream_event), opaque, Some(release_core)) < 0 {
                        drop(Arc::from_raw(opaque as *const Core));
                        crate::error::log_warning(&libvirt_glib::message_with_last_error(Some("Unable to watch the stream")).unwrap_or_default());
                    } else {
                        *registration = Some(events);
                    }
                }
                (Some(old), events) if old != events => {
                    sys::virStreamEventUpdateCallback(stream, events);
                    *registration = Some(events);
                }
                (Some(_), _) => {}
            }
        }
    }

    /// Adds a watch for `cond` on the default main context; `func` runs on it each time the
    /// stream reports one of those conditions, until it returns `Break`.
    pub(crate) fn add_watch<F>(self: &Arc<Core>, priority: glib::Priority, cond: StreamIOCondition, func: F) -> glib::SourceId
    where
        F: FnMut(StreamIOCondition) -> glib::ControlFlow + Send + 'static,
    {
        // SAFETY: creates a GSource of our WatchSource layout and fills its fields before use.
        unsafe {
            let source = glib::ffi::g_source_new(
                &WATCH_FUNCS as *const _ as *mut glib::ffi::GSourceFuncs,
                std::mem::size_of::<WatchSource>() as u32,
            );
            let entry = Arc::new(WatchEntry { cond, revents: Default::default(), source: source as usize });
            let watch = source as *mut WatchSource;
            std::ptr::write(
                std::ptr::addr_of_mut!((*watch).data),
                Box::into_raw(Box::new(WatchData { core: self.clone(), entry: entry.clone(), func: Box::new(func) })),
            );
            glib::ffi::g_source_set_priority(source, priority.into_glib());
            self.watches.lock().unwrap().push(entry);
            self.update_events();
            let id = glib::ffi::g_source_attach(source, std::ptr::null_mut());
            glib::ffi::g_source_unref(source);
            from_glib(id)
        }
    }
}

/// Whether a libvirt error number says the stream cannot carry holes.
fn is_unsupported(code: i32) -> bool {
    code == sys::VIR_ERR_OPERATION_INVALID as i32 || code == sys::VIR_ERR_NO_SUPPORT as i32
}

unsafe extern "C" fn release_core(opaque: *mut c_void) {
    drop(Arc::from_raw(opaque as *const Core));
}

/// libvirt's event callback: marks the watches that wait for what happened, and wakes them.
unsafe extern "C" fn stream_event(_stream: sys::virStreamPtr, events: i32, opaque: *mut c_void) {
    let core = &*(opaque as *const Core);
    let happened = StreamIOCondition::from_libvirt(events);
    let ready: Vec<usize> = {
        let watches = core.watches.lock().unwrap();
        watches
            .iter()
            .filter_map(|w| {
                // Hang-ups and errors are reported to every watch, as with GIOChannel.
                let mine = happened & (w.cond | StreamIOCondition::HANGUP | StreamIOCondition::ERROR);
                if mine.is_empty() {
                    return None;
                }
                w.revents.fetch_or(mine.bits(), std::sync::atomic::Ordering::SeqCst);
                Some(w.source)
            })
            .collect()
    };
    // Watches live on the default context. Called while that context dispatches (libvirt's
    // event loop runs there), the ready watches are seen at its next prepare without a wake-up.
    if !ready.is_empty() && glib::ffi::g_main_context_is_owner(std::ptr::null_mut()) == glib::ffi::GFALSE {
        glib::ffi::g_main_context_wakeup(std::ptr::null_mut());
    }
}

struct WatchData {
    core: Arc<Core>,
    entry: Arc<WatchEntry>,
    func: Box<dyn FnMut(StreamIOCondition) -> glib::ControlFlow + Send>,
}

#[repr(C)]
struct WatchSource {
    source: glib::ffi::GSource,
    data: *mut WatchData,
}

static WATCH_FUNCS: glib::ffi::GSourceFuncs = glib::ffi::GSourceFuncs {
    prepare: Some(watch_prepare),
    check: Some(watch_check),
    dispatch: Some(watch_dispatch),
    finalize: Some(watch_finalize),
    closure_callback: None,
    closure_marshal: None,
};

unsafe fn watch_ready(source: *mut glib::ffi::GSource) -> bool {
    let data = &*(*(source as *mut WatchSource)).data;
    data.entry.revents.load(std::sync::atomic::Ordering::SeqCst) != 0
}

unsafe extern "C" fn watch_prepare(source: *mut glib::ffi::GSource, timeout: *mut i32) -> glib::ffi::gboolean {
    *timeout = -1;
    watch_ready(source).into_glib()
}

unsafe extern "C" fn watch_check(source: *mut glib::ffi::GSource) -> glib::ffi::gboolean {
    watch_ready(source).into_glib()
}

unsafe extern "C" fn watch_dispatch(
    source: *mut glib::ffi::GSource,
    _callback: glib::ffi::GSourceFunc,
    _user_data: glib::ffi::gpointer,
) -> glib::ffi::gboolean {
    let data = &mut *(*(source as *mut WatchSource)).data;
    let happened = StreamIOCondition::from_bits_retain(data.entry.revents.swap(0, std::sync::atomic::Ordering::SeqCst));
    let func = &mut data.func;
    let keep = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| func(happened))).unwrap_or(glib::ControlFlow::Break);
    (keep == glib::ControlFlow::Continue).into_glib()
}

unsafe extern "C" fn watch_finalize(source: *mut glib::ffi::GSource) {
    let data = Box::from_raw((*(source as *mut WatchSource)).data);
    data.core.watches.lock().unwrap().retain(|w| !Arc::ptr_eq(w, &data.entry));
    data.core.update_events();
    // The closure (and whatever it holds, such as the GVirStream) goes last, with no lock held.
    drop(data);
}

/// C layout of `GVirStream`: `{ GIOStream parent_instance; gpointer priv; }`.
#[repr(C)]
pub struct StreamInstance {
    parent_instance: gio::ffi::GIOStream,
    priv_: glib::ffi::gpointer,
}

/// C layout of `GVirStreamClass`: `{ GIOStreamClass parent_class; gpointer padding[20]; }`.
#[repr(C)]
pub struct StreamClass {
    parent_class: gio::ffi::GIOStreamClass,
    padding: [glib::ffi::gpointer; 20],
}

unsafe impl InstanceStruct for StreamInstance {
    type Type = imp::Stream;
}

unsafe impl ClassStruct for StreamClass {
    type Type = imp::Stream;
}

unsafe extern "C" fn handle_copy(ptr: glib::ffi::gpointer) -> glib::ffi::gpointer {
    if !ptr.is_null() {
        sys::virStreamRef(ptr as sys::virStreamPtr);
    }
    ptr
}

unsafe extern "C" fn handle_free(ptr: glib::ffi::gpointer) {
    if !ptr.is_null() {
        sys::virStreamFree(ptr as sys::virStreamPtr);
    }
}

pub(crate) fn stream_handle_type() -> glib::ffi::GType {
    static TYPE: OnceLock<usize> = OnceLock::new();
    *TYPE.get_or_init(|| {
        // SAFETY: registered once, with copy/free functions for stream pointers.
        unsafe {
            glib::gobject_ffi::g_boxed_type_register_static(c"GVirStreamHandle".as_ptr(), Some(handle_copy), Some(handle_free))
                as usize
        }
    }) as glib::ffi::GType
}

glib::wrapper! {
    /// A reference to a libvirt stream (`virStreamPtr`), as the boxed type `GVirStreamHandle`.
    pub struct StreamHandle(Boxed<sys::virStream>);

    match fn {
        copy => |ptr| handle_copy(ptr as glib::ffi::gpointer) as *mut sys::virStream,
        free => |ptr| handle_free(ptr as glib::ffi::gpointer),
        type_ => || stream_handle_type(),
    }
}

// SAFETY: as for RawStream.
unsafe impl Send for StreamHandle {}
unsafe impl Sync for StreamHandle {}

impl StreamHandle {
    fn raw(&self) -> RawStream {
        let ptr: *const sys::virStream = self.to_glib_none().0;
        // SAFETY: a handle holds a live stream; the new reference is adopted.
        unsafe {
            sys::virStreamRef(ptr as sys::virStreamPtr);
            RawStream::adopt(ptr as sys::virStreamPtr)
        }
    }
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct Stream {
        pub(crate) core: OnceLock<Arc<Core>>,
        pub(crate) input: OnceLock<super::InputStream>,
        pub(crate) output: OnceLock<super::OutputStream>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for Stream {
        const NAME: &'static str = "GVirStream";
        type Type = super::Stream;
        type ParentType = gio::IOStream;
        type Instance = super::StreamInstance;
        type Class = super::StreamClass;
    }

    impl ObjectImpl for Stream {
        fn properties() -> &'static [glib::ParamSpec] {
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| {
                vec![glib::ParamSpecBoxed::builder::<StreamHandle>("handle")
                    .nick("Handle")
                    .blurb("The libvirt stream")
                    .construct_only()
                    .build()]
            })
        }

        fn set_property(&self, _id: usize, value: &glib::Value, _pspec: &glib::ParamSpec) {
            if let Some(handle) = value.get::<Option<StreamHandle>>().expect("a GVirStreamHandle") {
                let _ = self.core.set(Core::new(handle.raw()));
            }
        }

        fn property(&self, _id: usize, _pspec: &glib::ParamSpec) -> glib::Value {
            self.core
                .get()
                .map(|core| {
                    // SAFETY: from_glib_none takes its own reference to the live stream.
                    let handle: StreamHandle = unsafe { from_glib_none(core.raw.as_ptr() as *const sys::virStream) };
                    handle
                })
                .to_value()
        }
    }

    impl IOStreamImpl for Stream {
        fn input_stream(&self) -> gio::InputStream {
            self.input
                .get_or_init(|| glib::Object::builder::<super::InputStream>().property("stream", &*self.obj()).build())
                .clone()
                .upcast()
        }

        fn output_stream(&self) -> gio::OutputStream {
            self.output
                .get_or_init(|| glib::Object::builder::<super::OutputStream>().property("stream", &*self.obj()).build())
                .clone()
                .upcast()
        }

        fn close(&self, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
            if let Some(input) = self.input.get() {
                input.close(cancellable)?;
            }
            if let Some(output) = self.output.get() {
                output.close(cancellable)?;
            }
            if let Some(core) = self.core.get() {
                // The transfer is over either way, so a failed finish aborts instead of failing
                // the close; a stream whose connection libvirt closed has nothing left to finish.
                core.finish();
            }
            Ok(())
        }
    }

    /// What `GVirInputStream` and `GVirOutputStream` hold: the `GVirStream` they belong to
    /// (their construct-only "stream" property) and its libvirt stream.
    #[derive(Default)]
    pub struct StreamEnd {
        pub(crate) stream: glib::WeakRef<super::Stream>,
        pub(crate) core: OnceLock<Arc<Core>>,
    }

    impl StreamEnd {
        fn properties(blurb: &'static str) -> Vec<glib::ParamSpec> {
            vec![glib::ParamSpecObject::builder::<super::Stream>("stream")
                .nick("Stream")
                .blurb(blurb)
                .construct_only()
                .build()]
        }

        fn set_stream(&self, value: &glib::Value) {
            if let Some(stream) = value.get::<Option<super::Stream>>().expect("a GVirStream") {
                self.stream.set(Some(&stream));
                if let Some(core) = stream.imp().core.get() {
                    let _ = self.core.set(core.clone());
                }
            }
        }

        pub(crate) fn core(&self) -> Option<&Arc<Core>> {
            self.core.get()
        }
    }

    /// `GVirInputStream`: reads a `GVirStream`.
    #[derive(Default)]
    pub struct InputStream {
        pub(crate) end: StreamEnd,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for InputStream {
        const NAME: &'static str = "GVirInputStream";
        type Type = super::InputStream;
        type ParentType = gio::InputStream;

        fn class_init(klass: &mut Self::Class) {
            let klass = klass as *mut Self::Class as *mut gio::ffi::GInputStreamClass;
            // SAFETY: the class struct starts with GInputStreamClass.
            unsafe {
                (*klass).read_async = Some(super::input_read_async);
                (*klass).read_finish = Some(super::input_read_finish);
            }
        }
    }

    impl ObjectImpl for InputStream {
        fn properties() -> &'static [glib::ParamSpec] {
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| StreamEnd::properties("The GVirStream this reads"))
        }

        fn set_property(&self, _id: usize, value: &glib::Value, _pspec: &glib::ParamSpec) {
            self.end.set_stream(value);
        }

        fn property(&self, _id: usize, _pspec: &glib::ParamSpec) -> glib::Value {
            self.end.stream.upgrade().to_value()
        }
    }

    impl InputStreamImpl for InputStream {
        fn read(&self, buffer: &mut [u8], cancellable: Option<&gio::Cancellable>) -> Result<usize, glib::Error> {
            let core = super::require_core(self.end.core())?;
            core.blocking(super::StreamIOCondition::READABLE, cancellable, || core.receive(buffer, cancellable))
        }
    }

    /// `GVirOutputStream`: writes a `GVirStream`.
    #[derive(Default)]
    pub struct OutputStream {
        pub(crate) end: StreamEnd,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for OutputStream {
        const NAME: &'static str = "GVirOutputStream";
        type Type = super::OutputStream;
        type ParentType = gio::OutputStream;

        fn class_init(klass: &mut Self::Class) {
            let klass = klass as *mut Self::Class as *mut gio::ffi::GOutputStreamClass;
            // SAFETY: the class struct starts with GOutputStreamClass.
            unsafe {
                (*klass).write_async = Some(super::output_write_async);
                (*klass).write_finish = Some(super::output_write_finish);
            }
        }
    }

    impl ObjectImpl for OutputStream {
        fn properties() -> &'static [glib::ParamSpec] {
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| StreamEnd::properties("The GVirStream this writes"))
        }

        fn set_property(&self, _id: usize, value: &glib::Value, _pspec: &glib::ParamSpec) {
            self.end.set_stream(value);
        }

        fn property(&self, _id: usize, _pspec: &glib::ParamSpec) -> glib::Value {
            self.end.stream.upgrade().to_value()
        }
    }

    impl OutputStreamImpl for OutputStream {
        fn write(&self, buffer: &[u8], cancellable: Option<&gio::Cancellable>) -> Result<usize, glib::Error> {
            let core = super::require_core(self.end.core())?;
            core.blocking(super::StreamIOCondition::WRITABLE, cancellable, || core.send(buffer, cancellable))
        }
    }
}

fn require_core(core: Option<&Arc<Core>>) -> Result<&Arc<Core>, glib::Error> {
    core.ok_or_else(|| glib::Error::new(gio::IOErrorEnum::NotInitialized, "The stream has no libvirt stream"))
}

glib::wrapper! {
    /// A libvirt data stream (console, screenshot, volume transfer) as a `GIOStream`.
    pub struct Stream(ObjectSubclass<imp::Stream>) @extends gio::IOStream;
}

glib::wrapper! {
    /// The input side of a [`Stream`] (`GVirInputStream`).
    pub struct InputStream(ObjectSubclass<imp::InputStream>) @extends gio::InputStream;
}

glib::wrapper! {
    /// The output side of a [`Stream`] (`GVirOutputStream`).
    pub struct OutputStream(ObjectSubclass<imp::OutputStream>) @extends gio::OutputStream;
}

// SAFETY: the objects' state is in OnceLocks and Arc<Core> (whose mutable parts are behind
// mutexes); GIO streams may be used from one thread at a time, which GIO's pending flag checks.
unsafe impl Send for Stream {}
unsafe impl Sync for Stream {}
unsafe impl Send for InputStream {}
unsafe impl Sync for InputStream {}
unsafe impl Send for OutputStream {}
unsafe impl Sync for OutputStream {}

impl Stream {
    /// The stream object for libvirt stream `raw`.
    pub(crate) fn for_raw(raw: &RawStream) -> Stream {
        // SAFETY: from_glib_none takes its own reference to the live stream.
        let handle: StreamHandle = unsafe { from_glib_none(raw.as_ptr() as *const sys::virStream) };
        glib::Object::builder().property("handle", handle).build()
    }

    pub(crate) fn core(&self) -> Result<&Arc<Core>, glib::Error> {
        self.imp().core.get().ok_or_else(|| failure(StreamError::Failed, "The stream has no libvirt stream"))
    }

    /// The libvirt stream pointer (borrowed; valid as long as `self`).
    pub fn handle_ptr(&self) -> Option<sys::virStreamPtr> {
        self.imp().core.get().map(|c| c.raw.as_ptr())
    }

    /// Reads up to `buf.len()` bytes: 0 at the end of the stream; a `G_IO_ERROR_WOULD_BLOCK`
    /// error when a non-blocking stream has nothing yet.
    pub fn receive(&self, buf: &mut [u8], cancellable: Option<&gio::Cancellable>) -> Result<usize, glib::Error> {
        self.core()?.receive(buf, cancellable)
    }

    /// Writes up to `buf.len()` bytes; a `G_IO_ERROR_WOULD_BLOCK` error when a non-blocking
    /// stream cannot take data yet.
    pub fn send(&self, buf: &[u8], cancellable: Option<&gio::Cancellable>) -> Result<usize, glib::Error> {
        self.core()?.send(buf, cancellable)
    }

    /// Reads the stream to its end, handing each piece to `sink`, which returns how much it
    /// took (or an error, which aborts). Returns the number of bytes received.
    pub fn receive_all<F>(&self, cancellable: Option<&gio::Cancellable>, mut sink: F) -> Result<usize, glib::Error>
    where
        F: FnMut(&[u8]) -> Result<usize, ()>,
    {
        if self.core()?.is_nonblocking() {
            return self.receive_all_nonblocking(cancellable, &mut sink);
        }
        struct Sink<'a> {
            func: &'a mut dyn FnMut(&[u8]) -> Result<usize, ()>,
            cancellable: Option<&'a gio::Cancellable>,
            total: usize,
        }
        unsafe extern "C" fn trampoline(_st: sys::virStreamPtr, data: *const std::ffi::c_char, n: usize, opaque: *mut c_void) -> i32 {
            let sink = &mut *(opaque as *mut Sink);
            if sink.cancellable.is_some_and(|c| c.is_cancelled()) {
                return -1;
            }
            let bytes = if n == 0 { &[][..] } else { std::slice::from_raw_parts(data as *const u8, n) };
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (sink.func)(bytes))) {
                Ok(Ok(taken)) => {
                    sink.total += taken;
                    taken.min(i32::MAX as usize) as i32
                }
                _ => -1,
            }
        }
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        let core = self.core()?;
        let mut state = Sink { func: &mut sink, cancellable, total: 0 };
        // SAFETY: state outlives the call, which uses the opaque only during it.
        let r = unsafe { sys::virStreamRecvAll(core.raw.as_ptr(), Some(trampoline), &mut state as *mut Sink as *mut c_void) };
        if r < 0 {
            if let Some(c) = cancellable {
                c.set_error_if_cancelled()?;
            }
            return Err(libvirt_failure(StreamError::Failed, "Unable to perform RecvAll"));
        }
        Ok(state.total)
    }

    /// Writes the stream from `source` until it returns 0 (end) or an error (which aborts):
    /// `source` fills the buffer it is given and returns how much it filled. Returns the number
    /// of bytes sent.
    pub fn send_all<F>(&self, cancellable: Option<&gio::Cancellable>, mut source: F) -> Result<usize, glib::Error>
    where
        F: FnMut(&mut [u8]) -> Result<usize, ()>,
    {
        if self.core()?.is_nonblocking() {
            return self.send_all_nonblocking(cancellable, &mut source);
        }
        struct Source<'a> {
            func: &'a mut dyn FnMut(&mut [u8]) -> Result<usize, ()>,
            cancellable: Option<&'a gio::Cancellable>,
            total: usize,
        }
        unsafe extern "C" fn trampoline(_st: sys::virStreamPtr, data: *mut std::ffi::c_char, n: usize, opaque: *mut c_void) -> i32 {
            let source = &mut *(opaque as *mut Source);
            if source.cancellable.is_some_and(|c| c.is_cancelled()) {
                return -1;
            }
            let bytes = if n == 0 { &mut [][..] } else { std::slice::from_raw_parts_mut(data as *mut u8, n) };
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (source.func)(bytes))) {
                Ok(Ok(filled)) => {
                    let filled = filled.min(n);
                    source.total += filled;
                    filled.min(i32::MAX as usize) as i32
                }
                _ => -1,
            }
        }
        if let Some(c) = cancellable {
            c.set_error_if_cancelled()?;
        }
        let core = self.core()?;
        let mut state = Source { func: &mut source, cancellable, total: 0 };
        // SAFETY: as in receive_all.
        let r = unsafe { sys::virStreamSendAll(core.raw.as_ptr(), Some(trampoline), &mut state as *mut Source as *mut c_void) };
        if r < 0 {
            if let Some(c) = cancellable {
                c.set_error_if_cancelled()?;
            }
            return Err(libvirt_failure(StreamError::Failed, "Unable to perform SendAll"));
        }
        Ok(state.total)
    }

    /// [`Stream::receive_all`] of a non-blocking stream, which libvirt's `virStreamRecvAll`
    /// refuses: its loop, waiting for the stream's events when there is nothing to read.
    fn receive_all_nonblocking(
        &self,
        cancellable: Option<&gio::Cancellable>,
        sink: &mut dyn FnMut(&[u8]) -> Result<usize, ()>,
    ) -> Result<usize, glib::Error> {
        let core = self.core()?;
        let mut buf = vec![0u8; ALL_CHUNK];
        let mut total = 0;
        let result = (|| loop {
            let got = core.blocking(StreamIOCondition::READABLE, cancellable, || core.receive(&mut buf, cancellable))?;
            if got == 0 {
                return Ok(total);
            }
            let mut offset = 0;
            while offset < got {
                if let Some(c) = cancellable {
                    c.set_error_if_cancelled()?;
                }
                // A sink that takes nothing would be offered the same bytes forever.
                let taken = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| sink(&buf[offset..got])))
                    .unwrap_or(Err(()))
                    .ok()
                    .filter(|&taken| taken > 0)
                    .ok_or_else(|| failure(StreamError::Failed, "Unable to perform RecvAll: the sink failed"))?
                    .min(got - offset);
                offset += taken;
                total += taken;
            }
        })();
        if result.is_err() {
            core.abort();
        }
        result
    }

    /// [`Stream::send_all`] of a non-blocking stream, which libvirt's `virStreamSendAll` refuses.
    fn send_all_nonblocking(
        &self,
        cancellable: Option<&gio::Cancellable>,
        source: &mut dyn FnMut(&mut [u8]) -> Result<usize, ()>,
    ) -> Result<usize, glib::Error> {
        let core = self.core()?;
        let mut buf = vec![0u8; ALL_CHUNK];
        let mut total = 0;
        let result = (|| loop {
            if let Some(c) = cancellable {
                c.set_error_if_cancelled()?;
            }
            let filled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| source(&mut buf)))
                .unwrap_or(Err(()))
                .map_err(|()| failure(StreamError::Failed, "Unable to perform SendAll: the source failed"))?
                .min(buf.len());
            if filled == 0 {
                return Ok(total);
            }
            let mut offset = 0;
            while offset < filled {
                offset += core.blocking(StreamIOCondition::WRITABLE, cancellable, || core.send(&buf[offset..filled], cancellable))?;
            }
            total += filled;
        })();
        if result.is_err() {
            core.abort();
        }
        result
    }

    /// Calls `func` on the default main context whenever the stream reports one of `cond`
    /// (hang-ups and errors are always reported), until it returns `Break` or the source is
    /// removed. The watch keeps the stream alive.
    pub fn add_watch<F>(&self, priority: glib::Priority, cond: StreamIOCondition, mut func: F) -> Result<glib::SourceId, glib::Error>
    where
        F: FnMut(&Stream, StreamIOCondition) -> glib::ControlFlow + Send + 'static,
    {
        let stream = self.clone();
        Ok(self.core()?.add_watch(priority, cond, move |happened| func(&stream, happened)))
    }
}

/// `read_async` of `GVirInputStream`: waits (with a watch) until the stream is readable, then
/// reads; the callback gets the count, 0 at the end, or the error.
unsafe extern "C" fn input_read_async(
    stream: *mut gio::ffi::GInputStream,
    buffer: *mut u8,
    count: usize,
    priority: i32,
    cancellable: *mut gio::ffi::GCancellable,
    callback: gio::ffi::GAsyncReadyCallback,
    user_data: glib::ffi::gpointer,
) {
    let input: glib::translate::Borrowed<InputStream> = from_glib_borrow(stream as *mut <imp::InputStream as ObjectSubclass>::Instance);
    let core = input.imp().end.core().cloned();
    let buffer = buffer as usize;
    start_io(stream as *mut glib::gobject_ffi::GObject, core, StreamIOCondition::READABLE, priority, cancellable, callback, user_data, move |core, c| {
        // SAFETY: GIO keeps the buffer valid until the callback runs.
        let buf = std::slice::from_raw_parts_mut(buffer as *mut u8, count);
        core.receive(buf, c)
    })
}

unsafe extern "C" fn input_read_finish(
    _stream: *mut gio::ffi::GInputStream,
    result: *mut gio::ffi::GAsyncResult,
    error: *mut *mut glib::ffi::GError,
) -> isize {
    gio::ffi::g_task_propagate_int(result as *mut gio::ffi::GTask, error)
}

unsafe extern "C" fn output_write_async(
    stream: *mut gio::ffi::GOutputStream,
    buffer: *mut u8,
    count: usize,
    priority: i32,
    cancellable: *mut gio::ffi::GCancellable,
    callback: gio::ffi::GAsyncReadyCallback,
    user_data: glib::ffi::gpointer,
) {
    let output: glib::translate::Borrowed<OutputStream> = from_glib_borrow(stream as *mut <imp::OutputStream as ObjectSubclass>::Instance);
    let core = output.imp().end.core().cloned();
    let buffer = buffer as usize;
    start_io(stream as *mut glib::gobject_ffi::GObject, core, StreamIOCondition::WRITABLE, priority, cancellable, callback, user_data, move |core, c| {
        // SAFETY: GIO keeps the buffer valid until the callback runs.
        let buf = std::slice::from_raw_parts(buffer as *const u8, count);
        core.send(buf, c)
    })
}

unsafe extern "C" fn output_write_finish(
    _stream: *mut gio::ffi::GOutputStream,
    result: *mut gio::ffi::GAsyncResult,
    error: *mut *mut glib::ffi::GError,
) -> isize {
    gio::ffi::g_task_propagate_int(result as *mut gio::ffi::GTask, error)
}

/// A task pointer moved into a watch closure (the watch runs on the default context only).
struct TaskPtr(*mut gio::ffi::GTask);
// SAFETY: the task is only touched from the watch, on the default main context.
unsafe impl Send for TaskPtr {}

/// Tries `io` now if the stream is non-blocking; if it would block (or the stream is blocking),
/// runs it from a watch for `cond` until it does something; then completes a `GTask` for
/// `source` with the count or the error.
#[allow(clippy::too_many_arguments)]
unsafe fn start_io<F>(
    source: *mut glib::gobject_ffi::GObject,
    core: Option<Arc<Core>>,
    cond: StreamIOCondition,
    priority: i32,
    cancellable: *mut gio::ffi::GCancellable,
    callback: gio::ffi::GAsyncReadyCallback,
    user_data: glib::ffi::gpointer,
    io: F,
) where
    F: Fn(&Core, Option<&gio::Cancellable>) -> Result<usize, glib::Error> + Send + 'static,
{
    let task = gio::ffi::g_task_new(source, cancellable, callback, user_data);
    gio::ffi::g_task_set_priority(task, priority);
    let Some(core) = core else {
        let e = glib::Error::new(gio::IOErrorEnum::NotInitialized, "The stream has no libvirt stream");
        gio::ffi::g_task_return_error(task, e.into_glib_ptr());
        glib::gobject_ffi::g_object_unref(task as *mut _);
        return;
    };
    let task = TaskPtr(task);
    let complete = move |task: &TaskPtr, result: Result<usize, glib::Error>| {
        match result {
            Ok(n) => gio::ffi::g_task_return_int(task.0, n as isize),
            Err(e) => gio::ffi::g_task_return_error(task.0, e.into_glib_ptr()),
        }
        glib::gobject_ffi::g_object_unref(task.0 as *mut _);
    };
    // A non-blocking stream is tried at once: while data flows, most reads find some and need
    // no watch (GTask still calls back from a later iteration). A blocking one would block the
    // caller here, so it waits for the watch first.
    if core.is_nonblocking() {
        let c: Option<gio::Cancellable> = from_glib_none(cancellable);
        let result = io(&core, c.as_ref());
        if !matches!(&result, Err(e) if e.matches(gio::IOErrorEnum::WouldBlock)) {
            complete(&task, result);
            return;
        }
    }
    let wanted = cond | StreamIOCondition::HANGUP | StreamIOCondition::ERROR;
    let watch_core = core.clone();
    let mut task = Some(task);
    core.add_watch(from_glib(priority), wanted, move |_| {
        let Some(t) = task.as_ref() else { return glib::ControlFlow::Break };
        let c: Option<gio::Cancellable> = from_glib_none(gio::ffi::g_task_get_cancellable(t.0));
        let result = io(&watch_core, c.as_ref());
        if matches!(&result, Err(e) if e.matches(gio::IOErrorEnum::WouldBlock)) {
            return glib::ControlFlow::Continue;
        }
        complete(&task.take().expect("checked above"), result);
        glib::ControlFlow::Break
    });
}
