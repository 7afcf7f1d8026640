//! libvirt's events on a private `GMainContext` iterated by a thread of its own: the setup of a
//! Rust program that keeps libvirt away from its UI thread. (One test per process: libvirt has
//! one event loop per process.)

use std::ffi::{c_int, c_void};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Sender};
use std::sync::Arc;
use std::time::Duration;

use libvirt_glib::virt::{connect::Connect, sys};

struct Subscriber {
    events: Sender<(c_int, std::thread::ThreadId)>,
}

unsafe extern "C" fn on_lifecycle(
    _conn: sys::virConnectPtr,
    _dom: sys::virDomainPtr,
    event: c_int,
    _detail: c_int,
    opaque: *mut c_void,
) -> c_int {
    let subscriber = &*(opaque as *const Subscriber);
    let _ = subscriber.events.send((event, std::thread::current().id()));
    0
}

unsafe extern "C" fn free_subscriber(opaque: *mut c_void) {
    drop(Box::from_raw(opaque as *mut Subscriber));
}

#[test]
fn events_are_dispatched_on_the_thread_iterating_the_registered_context() {
    libvirt_glib::init().unwrap();
    let context = glib::MainContext::new();
    libvirt_glib::event_register_on(&context).expect("first registration wins");
    libvirt_glib::event_register_on(&context).expect("registering the same context again is fine");
    assert!(libvirt_glib::event_register_on(&glib::MainContext::new()).is_err());
    libvirt_glib::event_register(); // no effect now, and no panic
    assert!(libvirt_glib::event_is_registered());

    let stop = Arc::new(AtomicBool::new(false));
    let loop_thread = {
        let (context, stop) = (context.clone(), stop.clone());
        std::thread::spawn(move || {
            let _acquired = context.acquire().expect("this thread owns the context");
            while !stop.load(Ordering::SeqCst) {
                context.iteration(true);
            }
        })
    };
    let loop_thread_id = loop_thread.thread().id();

    let conn = Connect::open(Some("test:///default")).unwrap();
    let (tx, rx) = channel();
    let opaque = Box::into_raw(Box::new(Subscriber { events: tx })) as *mut c_void;
    // SAFETY: the callback has the lifecycle signature libvirt calls it with; the opaque data is
    // freed by libvirt through `free_subscriber` after deregistration.
    let id = unsafe {
        let callback: unsafe extern "C" fn(sys::virConnectPtr, sys::virDomainPtr, c_int, c_int, *mut c_void) -> c_int =
            on_lifecycle;
        sys::virConnectDomainEventRegisterAny(
            conn.as_ptr(),
            std::ptr::null_mut(),
            sys::VIR_DOMAIN_EVENT_ID_LIFECYCLE as c_int,
            Some(std::mem::transmute::<_, unsafe extern "C" fn(sys::virConnectPtr, sys::virDomainPtr, *mut c_void)>(callback)),
            opaque,
            Some(free_subscriber),
        )
    };
    assert!(id >= 0);

    let xml = "<domain type='test'><name>ctx-test</name><memory>1024</memory><os><type>hvm</type></os></domain>";
    let dom = conn.define_domain_xml(xml).unwrap();
    dom.undefine().unwrap();

    for expected in [sys::VIR_DOMAIN_EVENT_DEFINED, sys::VIR_DOMAIN_EVENT_UNDEFINED] {
        let (event, thread) = rx.recv_timeout(Duration::from_secs(5)).expect("event delivered through our loop");
        assert_eq!(event, expected as c_int);
        assert_eq!(thread, loop_thread_id, "dispatched on the thread iterating the registered context");
    }

    // SAFETY: `id` is our registration on this connection.
    assert_eq!(unsafe { sys::virConnectDomainEventDeregisterAny(conn.as_ptr(), id) }, 0);
    drop(dom);
    drop(conn);
    stop.store(true, Ordering::SeqCst);
    context.wakeup();
    loop_thread.join().unwrap();
}
