//! Domain lifecycle events delivered through a GLib main loop.
//!
//! ```text
//! cargo run -p libvirt-glib --example demo [URI]      # URI defaults to test:///default
//! ```
//!
//! The program hands libvirt's event loop to GLib ([`libvirt_glib::event_register`]), opens a
//! connection, subscribes to domain lifecycle events and, from a future spawned on the default
//! `MainContext` while a `glib::MainLoop` runs, drives one persistent domain through
//! define → start → suspend → resume → destroy → undefine, then one transient domain through
//! create → destroy. After every action it waits for the matching event; each event received is
//! printed as it arrives. It exits 0 when all of them arrived, non-zero when one did not arrive
//! within [`STEP_TIMEOUT`] or an action failed.
//!
//! The domains use `<domain type='test'>`, so the URI must name a test driver
//! (`test:///default`, `test:///path/to/node.xml`, or a remote one such as
//! `test+unix:///default` through a daemon).

use std::cell::RefCell;
use std::ffi::{c_int, c_void, CStr};
use std::fmt;
use std::pin::Pin;
use std::process::ExitCode;
use std::rc::Rc;
use std::time::{Duration, Instant};

use futures_channel::mpsc::{unbounded, TryRecvError, UnboundedReceiver, UnboundedSender};
use futures_core::Stream;
use glib::{MainContext, MainLoop};
use libvirt_glib::virt::connect::Connect;
use libvirt_glib::virt::domain::Domain;
use libvirt_glib::virt::sys;

/// How long to wait for the event that follows an action.
const STEP_TIMEOUT: Duration = Duration::from_secs(3);

const PERSISTENT_NAME: &str = "demo-vm";
const TRANSIENT_NAME: &str = "demo-vm-transient";

/// A lifecycle event as the callback saw it, copied out of libvirt's memory.
#[derive(Debug, Clone)]
struct LifecycleEvent {
    domain: String,
    event: c_int,
    detail: c_int,
}

impl fmt::Display for LifecycleEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ({})",
            self.domain,
            event_name(self.event),
            detail_name(self.event, self.detail)
        )
    }
}

fn event_name(event: c_int) -> &'static str {
    match event as sys::virDomainEventType {
        sys::VIR_DOMAIN_EVENT_DEFINED => "Defined",
        sys::VIR_DOMAIN_EVENT_UNDEFINED => "Undefined",
        sys::VIR_DOMAIN_EVENT_STARTED => "Started",
        sys::VIR_DOMAIN_EVENT_SUSPENDED => "Suspended",
        sys::VIR_DOMAIN_EVENT_RESUMED => "Resumed",
        sys::VIR_DOMAIN_EVENT_STOPPED => "Stopped",
        sys::VIR_DOMAIN_EVENT_SHUTDOWN => "Shutdown",
        sys::VIR_DOMAIN_EVENT_PMSUSPENDED => "PMSuspended",
        sys::VIR_DOMAIN_EVENT_CRASHED => "Crashed",
        _ => "Unknown",
    }
}

/// The detail names of the events this demo provokes; anything else is shown as a number.
fn detail_name(event: c_int, detail: c_int) -> String {
    let known = match (event as sys::virDomainEventType, detail as u32) {
        (sys::VIR_DOMAIN_EVENT_DEFINED, sys::VIR_DOMAIN_EVENT_DEFINED_ADDED) => "Added",
        (sys::VIR_DOMAIN_EVENT_DEFINED, sys::VIR_DOMAIN_EVENT_DEFINED_UPDATED) => "Updated",
        (sys::VIR_DOMAIN_EVENT_DEFINED, sys::VIR_DOMAIN_EVENT_DEFINED_RENAMED) => "Renamed",
        (sys::VIR_DOMAIN_EVENT_UNDEFINED, sys::VIR_DOMAIN_EVENT_UNDEFINED_REMOVED) => "Removed",
        (sys::VIR_DOMAIN_EVENT_UNDEFINED, sys::VIR_DOMAIN_EVENT_UNDEFINED_RENAMED) => "Renamed",
        (sys::VIR_DOMAIN_EVENT_STARTED, sys::VIR_DOMAIN_EVENT_STARTED_BOOTED) => "Booted",
        (sys::VIR_DOMAIN_EVENT_STARTED, sys::VIR_DOMAIN_EVENT_STARTED_RESTORED) => "Restored",
        (sys::VIR_DOMAIN_EVENT_SUSPENDED, sys::VIR_DOMAIN_EVENT_SUSPENDED_PAUSED) => "Paused",
        (sys::VIR_DOMAIN_EVENT_RESUMED, sys::VIR_DOMAIN_EVENT_RESUMED_UNPAUSED) => "Unpaused",
        (sys::VIR_DOMAIN_EVENT_STOPPED, sys::VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN) => "Shutdown",
        (sys::VIR_DOMAIN_EVENT_STOPPED, sys::VIR_DOMAIN_EVENT_STOPPED_DESTROYED) => "Destroyed",
        (sys::VIR_DOMAIN_EVENT_STOPPED, sys::VIR_DOMAIN_EVENT_STOPPED_SAVED) => "Saved",
        _ => return format!("detail {detail}"),
    };
    known.to_owned()
}

/// A domain lifecycle subscription (`virConnectDomainEventRegisterAny`) whose events go to a
/// channel. Dropping it deregisters; libvirt then calls the free callback, which drops the
/// channel's sender, so the receiver sees the end of the stream.
struct LifecycleSubscription {
    conn: Connect,
    id: c_int,
}

impl LifecycleSubscription {
    fn new(
        conn: &Connect,
        sender: UnboundedSender<LifecycleEvent>,
    ) -> Result<Self, libvirt_glib::Error> {
        let opaque = Box::into_raw(Box::new(sender));
        // libvirt's lifecycle callback has five arguments; the registration function takes the
        // generic three-argument type and casts back by event id (VIR_DOMAIN_EVENT_CALLBACK in C).
        let lifecycle: unsafe extern "C" fn(
            sys::virConnectPtr,
            sys::virDomainPtr,
            c_int,
            c_int,
            *mut c_void,
        ) -> c_int = on_lifecycle;
        // SAFETY: same calling convention, libvirt calls it with the five-argument signature for
        // VIR_DOMAIN_EVENT_ID_LIFECYCLE. `opaque` is a leaked Box released by `free_sender`, the
        // only place it is freed once registration succeeded.
        let id = unsafe {
            let generic: unsafe extern "C" fn(sys::virConnectPtr, sys::virDomainPtr, *mut c_void) =
                std::mem::transmute(lifecycle);
            sys::virConnectDomainEventRegisterAny(
                conn.as_ptr(),
                std::ptr::null_mut(),
                sys::VIR_DOMAIN_EVENT_ID_LIFECYCLE as c_int,
                Some(generic),
                opaque.cast(),
                Some(free_sender),
            )
        };
        if id < 0 {
            let error = libvirt_glib::Error::last_or("Registering the lifecycle callback");
            // libvirt does not call the free callback when registration fails.
            // SAFETY: the Box was never handed over.
            drop(unsafe { Box::from_raw(opaque) });
            return Err(error);
        }
        Ok(LifecycleSubscription {
            conn: conn.clone(),
            id,
        })
    }

    /// Deregisters now, reporting a failure (dropping deregisters too, silently).
    fn deregister(mut self) -> Result<(), libvirt_glib::Error> {
        let id = std::mem::replace(&mut self.id, -1);
        // SAFETY: `id` came from a successful registration on this connection; -1 is left
        // behind so `drop` does not deregister it a second time.
        if unsafe { sys::virConnectDomainEventDeregisterAny(self.conn.as_ptr(), id) } < 0 {
            return Err(libvirt_glib::Error::last_or(
                "Deregistering the lifecycle callback",
            ));
        }
        Ok(())
    }
}

impl Drop for LifecycleSubscription {
    fn drop(&mut self) {
        if self.id >= 0 {
            // SAFETY: as in `deregister`.
            unsafe { sys::virConnectDomainEventDeregisterAny(self.conn.as_ptr(), self.id) };
        }
    }
}

/// libvirt's lifecycle callback. It runs on whichever thread iterates the event loop (here, the
/// main loop's); it only copies the event out and sends it, so it never unwinds into libvirt.
unsafe extern "C" fn on_lifecycle(
    _conn: sys::virConnectPtr,
    dom: sys::virDomainPtr,
    event: c_int,
    detail: c_int,
    opaque: *mut c_void,
) -> c_int {
    // The domain reference is libvirt's: read its name, never free it.
    let name = sys::virDomainGetName(dom);
    let domain = if name.is_null() {
        String::from("?")
    } else {
        CStr::from_ptr(name).to_string_lossy().into_owned()
    };
    let sender = &*(opaque as *const UnboundedSender<LifecycleEvent>);
    // Fails only when the receiver is gone (the demo is shutting down): nothing to do then.
    let _ = sender.unbounded_send(LifecycleEvent {
        domain,
        event,
        detail,
    });
    0
}

unsafe extern "C" fn free_sender(opaque: *mut c_void) {
    drop(Box::from_raw(
        opaque as *mut UnboundedSender<LifecycleEvent>,
    ));
}

/// The next event, or `None` once the channel is closed.
async fn next_event(events: &mut UnboundedReceiver<LifecycleEvent>) -> Option<LifecycleEvent> {
    std::future::poll_fn(|cx| Pin::new(&mut *events).poll_next(cx)).await
}

/// Drives the domains and checks the events; the events it waited for, in order.
struct Driver<'a> {
    conn: &'a Connect,
    events: UnboundedReceiver<LifecycleEvent>,
    received: Vec<LifecycleEvent>,
}

/// What the spawned sequence hands back to `run` once the main loop has quit.
struct Outcome {
    result: Result<(), String>,
    received: Vec<LifecycleEvent>,
    events: UnboundedReceiver<LifecycleEvent>,
    elapsed: Duration,
}

impl Driver<'_> {
    /// Waits for `want` on domain `name`, printing every event that arrives meanwhile.
    async fn expect(
        &mut self,
        action: &str,
        name: &str,
        want: sys::virDomainEventType,
    ) -> Result<(), String> {
        let deadline = Instant::now() + STEP_TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let event = match glib::future_with_timeout(left, next_event(&mut self.events)).await {
                Ok(Some(event)) => event,
                Ok(None) => return Err("the event channel closed unexpectedly".into()),
                Err(_) => {
                    return Err(format!(
                        "no {} event for {name} within {:?} after {action}",
                        event_name(want as c_int),
                        STEP_TIMEOUT
                    ))
                }
            };
            println!("event: {event}");
            if event.domain == name && event.event == want as c_int {
                self.received.push(event);
                return Ok(());
            }
        }
    }

    /// Runs `action` on the domain, then waits for its event.
    async fn step(
        &mut self,
        action: &str,
        dom: &Domain,
        name: &str,
        want: sys::virDomainEventType,
        call: impl FnOnce(&Domain) -> Result<(), libvirt_glib::virt::error::Error>,
    ) -> Result<(), String> {
        call(dom).map_err(|e| format!("{action} {name}: {}", libvirt_glib::Error::from(e)))?;
        self.expect(action, name, want).await
    }

    async fn persistent(&mut self, dom_slot: &mut Option<Domain>) -> Result<(), String> {
        let dom = self
            .conn
            .define_domain_xml(&domain_xml(PERSISTENT_NAME))
            .map_err(|e| format!("define {PERSISTENT_NAME}: {}", libvirt_glib::Error::from(e)))?;
        let dom = dom_slot.insert(dom);
        self.expect("define", PERSISTENT_NAME, sys::VIR_DOMAIN_EVENT_DEFINED)
            .await?;
        self.step(
            "start",
            dom,
            PERSISTENT_NAME,
            sys::VIR_DOMAIN_EVENT_STARTED,
            Domain::create,
        )
        .await?;
        self.step(
            "suspend",
            dom,
            PERSISTENT_NAME,
            sys::VIR_DOMAIN_EVENT_SUSPENDED,
            Domain::suspend,
        )
        .await?;
        self.step(
            "resume",
            dom,
            PERSISTENT_NAME,
            sys::VIR_DOMAIN_EVENT_RESUMED,
            Domain::resume,
        )
        .await?;
        self.step(
            "destroy",
            dom,
            PERSISTENT_NAME,
            sys::VIR_DOMAIN_EVENT_STOPPED,
            Domain::destroy,
        )
        .await?;
        self.step(
            "undefine",
            dom,
            PERSISTENT_NAME,
            sys::VIR_DOMAIN_EVENT_UNDEFINED,
            Domain::undefine,
        )
        .await?;
        *dom_slot = None;
        Ok(())
    }

    async fn transient(&mut self, dom_slot: &mut Option<Domain>) -> Result<(), String> {
        let dom = self
            .conn
            .create_domain_xml(&domain_xml(TRANSIENT_NAME), 0)
            .map_err(|e| format!("create {TRANSIENT_NAME}: {}", libvirt_glib::Error::from(e)))?;
        let dom = dom_slot.insert(dom);
        self.expect("create", TRANSIENT_NAME, sys::VIR_DOMAIN_EVENT_STARTED)
            .await?;
        self.step(
            "destroy",
            dom,
            TRANSIENT_NAME,
            sys::VIR_DOMAIN_EVENT_STOPPED,
            Domain::destroy,
        )
        .await?;
        *dom_slot = None;
        Ok(())
    }

    async fn run(&mut self) -> Result<(), String> {
        let mut leftover = None;
        let mut result = self.persistent(&mut leftover).await;
        if result.is_ok() {
            result = self.transient(&mut leftover).await;
        }
        if let Some(dom) = leftover {
            // Best effort, so a failed run does not leave a domain behind on a shared driver.
            let _ = dom.destroy();
            let _ = dom.undefine();
        }
        result
    }
}

fn domain_xml(name: &str) -> String {
    format!(
        "<domain type='test'><name>{name}</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>\
         <os><type>hvm</type></os></domain>"
    )
}

/// The number of events the run waits for: six for the persistent domain, two for the transient.
const EXPECTED_EVENTS: usize = 8;

fn run(uri: &str) -> Result<String, String> {
    libvirt_glib::init().map_err(|e| e.to_string())?;
    libvirt_glib::event_register();

    let conn = Connect::open(Some(uri))
        .map_err(|e| format!("opening {uri}: {}", libvirt_glib::Error::from(e)))?;
    let (sender, receiver) = unbounded();
    let subscription = LifecycleSubscription::new(&conn, sender).map_err(|e| e.to_string())?;
    println!("connected to {uri}; watching domain lifecycle events");

    let main_loop = MainLoop::new(None, false);
    let context = MainContext::default();
    let outcome: Rc<RefCell<Option<Outcome>>> = Rc::default();
    context.spawn_local({
        let conn = conn.clone();
        let main_loop = main_loop.clone();
        let outcome = outcome.clone();
        async move {
            let started = Instant::now();
            let mut driver = Driver {
                conn: &conn,
                events: receiver,
                received: Vec::new(),
            };
            let result = driver.run().await;
            let elapsed = started.elapsed();
            *outcome.borrow_mut() = Some(Outcome {
                result,
                received: driver.received,
                events: driver.events,
                elapsed,
            });
            main_loop.quit();
        }
    });
    main_loop.run();

    let Outcome {
        result,
        received,
        mut events,
        elapsed,
    } = outcome
        .borrow_mut()
        .take()
        .expect("the sequence quits the loop only when it is done");
    subscription.deregister().map_err(|e| e.to_string())?;
    drop(conn);
    // Let pending idle sources run: libvirt's deferred free callbacks for its watches and timers.
    while context.iteration(false) {}
    // Deregistration released the callback's sender: the channel must now be closed and empty
    // (a lifecycle event still queued would mean one arrived that the run did not wait for).
    loop {
        match events.try_recv() {
            Ok(event) => println!("event: {event} (after the run)"),
            Err(TryRecvError::Closed) => break,
            Err(TryRecvError::Empty) => {
                return Err("the callback's data was not released after deregistration".into())
            }
        }
    }

    result?;
    let names: Vec<&str> = received.iter().map(|e| event_name(e.event)).collect();
    Ok(format!(
        "summary: {}/{EXPECTED_EVENTS} lifecycle events in {:.1} ms: {}",
        received.len(),
        elapsed.as_secs_f64() * 1e3,
        names.join(" → ")
    ))
}

fn main() -> ExitCode {
    let uri = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "test:///default".to_owned());
    match run(&uri) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("demo: {message}");
            ExitCode::FAILURE
        }
    }
}
