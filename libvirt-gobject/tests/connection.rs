//! Connections and domains on libvirt's `test:///default` driver: opening, listing, querying,
//! the lifecycle methods and the signals libvirt's events turn into, errors, and the `async`
//! forms.
//!
//! `test:///default` is one shared state per process and libvirt's events run on the default
//! main context, so the tests take turns (`serial()`) and leave the driver as they found it.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use gio::prelude::*;
use libvirt_gconfig::CapabilitiesCpuExt;
use libvirt_gobject::{
    Connection, ConnectionError, Domain, DomainDeleteFlags, DomainError, DomainShutdownFlags, DomainStartFlags, DomainState,
    DomainXmlFlags,
};

const URI: &str = "test:///default";

fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    let guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    libvirt_gobject::init().expect("libvirt initialises");
    guard
}

/// Iterates the default main context (where libvirt's events are dispatched) until `done`
/// holds, for at most five seconds.
fn wait_until(what: &str, done: impl Fn() -> bool) {
    let context = glib::MainContext::default();
    let deadline = Instant::now() + Duration::from_secs(5);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        context.iteration(false);
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Lets pending events through (the test driver queues them on a zero-delay timer).
fn settle() {
    let context = glib::MainContext::default();
    let until = Instant::now() + Duration::from_millis(100);
    while Instant::now() < until {
        while context.iteration(false) {}
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn open_and_fetch() -> Connection {
    let conn = Connection::new(URI);
    conn.open(None).expect("test:///default opens");
    conn.fetch_domains(None).expect("domains list");
    conn
}

/// Records signal names (with detail) in order.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    fn push(&self, entry: impl Into<String>) {
        self.0.lock().unwrap().push(entry.into());
    }
    fn has(&self, entry: &str) -> bool {
        self.0.lock().unwrap().iter().any(|e| e == entry)
    }
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

fn follow(domain: &Domain, log: &Log) {
    for (signal, details) in [
        ("started", &["booted", "restored"][..]),
        ("stopped", &["destroyed", "shutdown", "saved"][..]),
        ("suspended", &["paused"][..]),
        ("resumed", &["unpaused"][..]),
    ] {
        for detail in details {
            let log = log.clone();
            let entry = format!("{signal}::{detail}");
            let handler = move |_: &Domain| log.push(entry.clone());
            match signal {
                "started" => domain.connect_started(Some(detail), handler),
                "stopped" => domain.connect_stopped(Some(detail), handler),
                "suspended" => domain.connect_suspended(Some(detail), handler),
                _ => domain.connect_resumed(Some(detail), handler),
            };
        }
    }
    let updated = log.clone();
    domain.connect_updated(move |_| updated.push("updated"));
}

const TRANSIENT_XML: &str = "<domain type='test'><name>NAME</name><memory unit='KiB'>8192</memory>\
                             <os><type>hvm</type></os></domain>";

fn config(name: &str) -> libvirt_gconfig::Domain {
    libvirt_gconfig::Domain::from_xml(&TRANSIENT_XML.replace("NAME", name)).unwrap()
}

#[test]
fn open_fetch_query_and_close() {
    let _serial = serial();
    let conn = Connection::new(URI);
    let log = Log::default();
    let (opened, closed) = (log.clone(), log.clone());
    conn.connect_connection_opened(move |_| opened.push("opened"));
    conn.connect_connection_closed(move |_| closed.push("closed"));

    assert!(!conn.is_open());
    assert_eq!(conn.uri().as_deref(), Some(URI));
    assert!(conn.domains().is_empty());
    conn.open(None).unwrap();
    assert!(conn.is_open() && !conn.is_read_only());
    assert!(conn.handle().is_some());
    assert_eq!(log.take(), ["opened"]);

    assert_eq!(conn.hypervisor_name().unwrap(), "TEST");
    assert!(conn.version().unwrap() > 0);
    let node = conn.node_info().unwrap();
    assert!(node.cpus > 0 && node.memory > 0 && !node.model.is_empty(), "{node:?}");

    conn.fetch_domains(None).unwrap();
    let test = conn.find_domain_by_name("test").expect("the driver's own domain");
    assert_eq!(conn.domain(&test.uuid()), Some(test.clone()));
    let id = test.id().unwrap();
    assert_eq!(conn.find_domain_by_id(id), Some(test.clone()));
    assert!(test.is_persistent() && !test.is_saved());
    assert!(test.property::<bool>("persistent"));
    assert!(conn.find_domain_by_name("no-such-domain").is_none());
    assert!(conn.find_domain_by_id(4242).is_none());

    // Fetching again keeps the objects (and the handlers connected to them).
    conn.fetch_domains(None).unwrap();
    assert!(conn.domains().contains(&test));

    let info = test.info().unwrap();
    assert_eq!(info.state, DomainState::Running);
    assert!(info.max_mem >= info.memory && info.n_virt_cpu > 0, "{info:?}");
    let config = test.config(DomainXmlFlags::empty()).unwrap();
    assert_eq!(config.name().as_deref(), Some("test"));
    assert_eq!(config.uuid().as_deref(), Some(test.uuid().as_str()));

    conn.close();
    assert!(!conn.is_open() && conn.domains().is_empty());
    assert_eq!(log.take(), ["closed"]);
}

#[test]
fn read_only_connections_refuse_changes() {
    let _serial = serial();
    let conn = Connection::new(URI);
    conn.open_read_only(None).unwrap();
    assert!(conn.is_read_only());
    conn.fetch_domains(None).unwrap();
    let e = conn.find_domain_by_name("test").unwrap().suspend().unwrap_err();
    assert!(e.matches(DomainError::Failed));
    assert!(e.message().starts_with("Unable to suspend domain: operation forbidden"), "{}", e.message());
}

#[test]
fn errors_name_what_failed_and_carry_libvirts_message() {
    let _serial = serial();
    let bogus = Connection::new("bogus:///nowhere");
    let e = bogus.open(None).unwrap_err();
    assert!(e.matches(ConnectionError::Failed));
    let prefix = "Unable to open bogus:///nowhere: ";
    assert!(e.message().starts_with(prefix) && e.message().len() > prefix.len(), "{}", e.message());
    assert!(!bogus.is_open());

    let closed = Connection::new(URI);
    assert_eq!(closed.fetch_domains(None).unwrap_err().message(), "Connection is not open");
    assert_eq!(closed.hypervisor_name().unwrap_err().message(), "Connection is not opened");

    let conn = open_and_fetch();
    let e = conn.open(None).unwrap_err();
    assert_eq!(e.message(), "Connection test:///default is already open");

    let test = conn.find_domain_by_name("test").unwrap();
    let e = test.resume().unwrap_err();
    assert!(e.matches(DomainError::Failed));
    assert!(e.message().starts_with("Unable to resume domain: ") && e.message().contains("not paused"), "{}", e.message());

    let e = conn.start_domain(&config("test"), DomainStartFlags::empty()).unwrap_err();
    assert!(e.message().starts_with("Failed to create domain: ") && e.message().contains("already exists"), "{}", e.message());
}

#[test]
fn lifecycle_methods_emit_detailed_signals_from_events() {
    let _serial = serial();
    let conn = open_and_fetch();
    let test = conn.find_domain_by_name("test").unwrap();
    let log = Log::default();
    follow(&test, &log);
    let main_thread = std::thread::current().id();
    let on_main = Arc::new(Mutex::new(true));
    let seen = on_main.clone();
    test.connect_suspended(None, move |_| *seen.lock().unwrap() &= std::thread::current().id() == main_thread);

    test.suspend().unwrap();
    wait_until("suspended::paused", || log.has("suspended::paused"));
    assert_eq!(test.info().unwrap().state, DomainState::Paused);
    test.resume().unwrap();
    wait_until("resumed::unpaused", || log.has("resumed::unpaused"));
    test.stop(0).unwrap();
    wait_until("stopped::destroyed", || log.has("stopped::destroyed"));
    assert!(test.id().is_err(), "a stopped domain has no id");
    test.start(DomainStartFlags::empty()).unwrap();
    wait_until("started::booted", || log.has("started::booted"));
    test.shutdown(DomainShutdownFlags::empty()).unwrap();
    wait_until("stopped::shutdown", || log.has("stopped::shutdown"));
    test.start(DomainStartFlags::empty()).unwrap();
    settle();
    assert_eq!(
        log.take(),
        ["suspended::paused", "resumed::unpaused", "stopped::destroyed", "started::booted", "stopped::shutdown", "started::booted"]
    );
    assert!(*on_main.lock().unwrap(), "signals are emitted where the event loop runs");
    assert!(conn.domains().contains(&test), "a persistent domain stays when stopped");

    // A managed save stops the domain and leaves an image that the next start uses.
    test.save(0).unwrap();
    wait_until("stopped::saved", || log.has("stopped::saved"));
    assert!(test.is_saved());
    test.start(DomainStartFlags::empty()).unwrap();
    wait_until("started", || log.has("started::booted") || log.has("started::restored"));
    assert!(!test.is_saved());
}

#[test]
fn transient_domains_come_and_go_with_their_events() {
    let _serial = serial();
    let conn = open_and_fetch();
    let log = Log::default();
    let (added, removed) = (log.clone(), log.clone());
    conn.connect_domain_added(move |_, d| added.push(format!("added {}", d.name())));
    conn.connect_domain_removed(move |_, d| removed.push(format!("removed {}", d.name())));

    let transient = conn.start_domain(&config("rs-transient"), DomainStartFlags::empty()).unwrap();
    assert!(!transient.is_persistent());
    assert_eq!(conn.find_domain_by_name("rs-transient"), Some(transient.clone()), "cached at once");
    wait_until("domain-added", || log.has("added rs-transient"));
    assert_eq!(conn.find_domain_by_name("rs-transient"), Some(transient.clone()), "the event found the same object");

    follow(&transient, &log);
    transient.stop(0).unwrap();
    wait_until("domain-removed", || log.has("removed rs-transient"));
    assert_eq!(log.take(), ["added rs-transient", "stopped::destroyed", "removed rs-transient"]);
    assert!(conn.find_domain_by_name("rs-transient").is_none());
}

#[test]
fn defined_domains_are_added_updated_and_deleted() {
    let _serial = serial();
    let conn = open_and_fetch();
    let log = Log::default();
    let (added, removed) = (log.clone(), log.clone());
    conn.connect_domain_added(move |_, d| added.push(format!("added {}", d.name())));
    conn.connect_domain_removed(move |_, d| removed.push(format!("removed {}", d.name())));

    let defined = conn.create_domain(&config("rs-defined")).unwrap();
    assert!(defined.is_persistent());
    wait_until("domain-added", || log.has("added rs-defined"));
    follow(&defined, &log);

    // A configuration without a UUID is taken as this domain's; one for another domain is
    // refused without defining anything.
    let mut update = config("rs-defined");
    update.set_memory(16384);
    defined.set_config(&update).unwrap();
    wait_until("updated", || log.has("updated"));
    assert_eq!(defined.config(DomainXmlFlags::INACTIVE).unwrap().memory(), 16384);
    update = config("rs-other");
    update.set_uuid(Some("11111111-2222-3333-4444-555555555555"));
    let e = defined.set_config(&update).unwrap_err();
    assert!(e.message().starts_with("Failed to set domain configuration"), "{}", e.message());
    settle();
    assert!(conn.find_domain_by_name("rs-other").is_none());

    defined.delete(DomainDeleteFlags::empty()).unwrap();
    wait_until("domain-removed", || log.has("removed rs-defined"));
    assert_eq!(log.take(), ["added rs-defined", "updated", "removed rs-defined"]);
    let e = defined.start(DomainStartFlags::empty()).unwrap_err();
    assert!(e.message().starts_with("Unable to start domain: Domain not found"), "{}", e.message());
}

#[test]
fn events_teach_the_connection_about_domains_it_never_fetched() {
    let _serial = serial();
    let conn = Connection::new(URI);
    conn.open(None).unwrap();
    let log = Log::default();
    let added = log.clone();
    conn.connect_domain_added(move |_, d| added.push(format!("added {}", d.name())));
    // Another connection defines a domain; ours learns of it from the event alone.
    let other = virt::connect::Connect::open(Some(URI)).unwrap();
    let raw = other.define_domain_xml(&TRANSIENT_XML.replace("NAME", "rs-external")).unwrap();
    wait_until("domain-added", || log.has("added rs-external"));
    assert!(conn.find_domain_by_name("rs-external").is_some());
    raw.undefine().unwrap();
    wait_until("removal", || conn.find_domain_by_name("rs-external").is_none());
}

#[test]
fn async_forms_run_off_thread_and_complete_on_the_callers_context() {
    let _serial = serial();
    // A thread with its own thread-default context, as an application's worker would have.
    std::thread::spawn(|| {
        let context = glib::MainContext::new();
        context
            .with_thread_default(|| {
                context.block_on(async {
                    let me = std::thread::current().id();
                    let conn = Connection::new(URI);
                    let opened_on = Arc::new(Mutex::new(None));
                    let recorder = opened_on.clone();
                    conn.connect_connection_opened(move |_| *recorder.lock().unwrap() = Some(std::thread::current().id()));
                    conn.open_future(None).await.unwrap();
                    assert_eq!(std::thread::current().id(), me);
                    assert_eq!(*opened_on.lock().unwrap(), Some(me), "connection-opened on the caller's thread");
                    conn.fetch_domains_future(None).await.unwrap();
                    let test = conn.find_domain_by_name("test").unwrap();
                    assert_eq!(test.info_future(None).await.unwrap().state, DomainState::Running);
                    let e = test.resume_future(None).await.unwrap_err();
                    assert!(e.message().starts_with("Unable to resume domain"), "{}", e.message());
                    test.start_future(DomainStartFlags::empty(), None).await.unwrap_err();

                    let cancelled = gio::Cancellable::new();
                    cancelled.cancel();
                    let fresh = Connection::new(URI);
                    let e = fresh.open_future(Some(&cancelled)).await.unwrap_err();
                    assert!(e.matches(gio::IOErrorEnum::Cancelled));
                    assert!(!fresh.is_open(), "nothing is done once cancelled");
                    let e = conn.fetch_domains_future(Some(&cancelled)).await.unwrap_err();
                    assert!(e.matches(gio::IOErrorEnum::Cancelled));
                })
            })
            .unwrap();
    })
    .join()
    .expect("the async test thread succeeds");
}

#[test]
fn clock_and_graphics() {
    let _serial = serial();
    let conn = open_and_fetch();
    let test = conn.find_domain_by_name("test").unwrap();
    test.set_time(Some(&glib::DateTime::now_utc().unwrap()), 0).unwrap();
    test.set_time(None, 0).unwrap();
    glib::MainContext::default().block_on(test.set_time_future(None, 0, None)).unwrap();
    // The test driver has no graphics to hand out; the error says which call failed.
    let e = test.open_graphics_fd(0, 0).unwrap_err();
    assert!(e.message().starts_with("Unable to open graphics: "), "{}", e.message());
}

#[test]
fn save_to_file_and_restore() {
    let _serial = serial();
    let conn = open_and_fetch();
    let test = conn.find_domain_by_name("test").unwrap();
    let log = Log::default();
    follow(&test, &log);
    let path = std::env::temp_dir().join(format!("lvg-rs-save-{}.img", std::process::id()));
    let path = path.to_str().unwrap();
    test.save_to_file(path, None, 0).unwrap();
    wait_until("stopped::saved", || log.has("stopped::saved"));
    assert_eq!(test.info().unwrap().state, DomainState::Shutoff);
    glib::MainContext::default().block_on(conn.restore_domain_from_file_future(path, None, 0, None)).unwrap();
    wait_until("started::restored", || log.has("started::restored"));
    assert_eq!(test.info().unwrap().state, DomainState::Running);
    let e = conn.restore_domain_from_file("/nonexistent/image", None, 0).unwrap_err();
    assert!(e.matches(ConnectionError::Failed) && e.message().starts_with("Unable to restore domain: "), "{}", e.message());
    let _ = std::fs::remove_file(path);
}

#[test]
fn a_running_domain_stays_until_stopped_when_its_definition_goes() {
    let _serial = serial();
    let conn = open_and_fetch();
    let log = Log::default();
    let removed = log.clone();
    conn.connect_domain_removed(move |_, d| removed.push(format!("removed {}", d.name())));
    let domain = conn.create_domain(&config("rs-undefine-running")).unwrap();
    follow(&domain, &log);
    domain.start(DomainStartFlags::empty()).unwrap();
    wait_until("started", || log.has("started::booted"));
    domain.delete(DomainDeleteFlags::empty()).unwrap();
    settle();
    assert!(!domain.is_persistent());
    assert_eq!(conn.find_domain_by_name("rs-undefine-running"), Some(domain.clone()), "still running, so still there");
    domain.stop(0).unwrap();
    wait_until("domain-removed", || log.has("removed rs-undefine-running"));
    assert_eq!(log.take(), ["started::booted", "stopped::destroyed", "removed rs-undefine-running"]);
}

/// Whether an undefined domain still runs (and so stays) comes from the events seen when they
/// told, and from libvirt when they did not: every way a connection learns of a domain.
#[test]
fn an_undefined_domain_stays_while_it_runs_however_it_was_learnt() {
    let _serial = serial();
    let other = virt::connect::Connect::open(Some(URI)).unwrap();
    let xml = |name: &str| TRANSIENT_XML.replace("NAME", name);
    // Running before our connection opens: learnt from the listing, no event about it yet.
    let listed = other.define_domain_xml(&xml("rs-listed-running")).unwrap();
    listed.create().unwrap();
    // Running and transient before we open, then given a definition while we have not listed:
    // libvirt says DEFINED/ADDED for a domain that runs.
    let transient = other.create_domain_xml(&xml("rs-transient-defined"), 0).unwrap();
    let uuid = transient.uuid_string().unwrap();

    let unlisted = Connection::new(URI);
    unlisted.open(None).unwrap();
    other.define_domain_xml(&xml("rs-transient-defined").replace("<name>", &format!("<uuid>{uuid}</uuid><name>"))).unwrap();
    settle();
    assert!(unlisted.find_domain_by_name("rs-transient-defined").is_some(), "learnt from the event");
    transient.undefine().unwrap();
    settle();
    assert!(unlisted.find_domain_by_name("rs-transient-defined").is_some(), "still runs, so still there");
    transient.destroy().unwrap();
    wait_until("removal of rs-transient-defined", || unlisted.find_domain_by_name("rs-transient-defined").is_none());

    let conn = open_and_fetch();
    // Defined once we have listed, then started: the events tell it all.
    let seen = other.define_domain_xml(&xml("rs-seen-defined")).unwrap();
    wait_until("rs-seen-defined", || conn.find_domain_by_name("rs-seen-defined").is_some());
    seen.create().unwrap();
    // Defined once we have listed and undefined without running: gone.
    let idle = other.define_domain_xml(&xml("rs-never-started")).unwrap();
    wait_until("rs-never-started", || conn.find_domain_by_name("rs-never-started").is_some());
    idle.undefine().unwrap();
    for domain in [&listed, &seen] {
        domain.undefine().unwrap();
    }
    settle();
    assert!(conn.find_domain_by_name("rs-never-started").is_none(), "never ran, so gone with its definition");
    assert!(conn.find_domain_by_name("rs-listed-running").is_some(), "listed running, so still there");
    assert!(conn.find_domain_by_name("rs-seen-defined").is_some(), "seen starting, so still there");
    for domain in [&listed, &seen] {
        domain.destroy().unwrap();
    }
    wait_until("removals", || {
        conn.find_domain_by_name("rs-listed-running").is_none() && conn.find_domain_by_name("rs-seen-defined").is_none()
    });
}

/// A domain's persistence is libvirt's answer the first time a start or stop needs it, then
/// what the define and undefine events say: a transient domain given a definition stays when
/// it stops, a persistent one whose definition goes does not.
#[test]
fn persistence_follows_define_and_undefine_events() {
    let _serial = serial();
    let conn = open_and_fetch();
    let other = virt::connect::Connect::open(Some(URI)).unwrap();
    let xml = TRANSIENT_XML.replace("NAME", "rs-made-persistent");
    let transient = other.create_domain_xml(&xml, 0).unwrap();
    wait_until("rs-made-persistent", || conn.find_domain_by_name("rs-made-persistent").is_some());
    let uuid = transient.uuid_string().unwrap();
    other.define_domain_xml(&xml.replace("<name>", &format!("<uuid>{uuid}</uuid><name>"))).unwrap();
    transient.destroy().unwrap();
    settle();
    assert!(conn.find_domain_by_name("rs-made-persistent").is_some(), "defined before it stopped, so it stays");
    // Started and stopped again, then its definition goes while it runs: gone once stopped.
    transient.create().unwrap();
    transient.destroy().unwrap();
    transient.create().unwrap();
    settle();
    assert!(conn.find_domain_by_name("rs-made-persistent").is_some());
    transient.undefine().unwrap();
    transient.destroy().unwrap();
    wait_until("removal of rs-made-persistent", || conn.find_domain_by_name("rs-made-persistent").is_none());
}

#[test]
fn fetching_while_events_flow_ends_with_the_true_set() {
    let _serial = serial();
    let conn = open_and_fetch();
    // Another thread fetches again and again while this one starts and stops domains (and
    // iterates the context that delivers their events).
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let fetcher = {
        let (conn, stop) = (conn.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut fetches = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                conn.fetch_domains(None).unwrap();
                fetches += 1;
            }
            fetches
        })
    };
    let mut kept = Vec::new();
    for i in 0..20 {
        let domain = conn.start_domain(&config(&format!("rs-churn-{i}")), DomainStartFlags::empty()).unwrap();
        if i % 2 == 0 {
            domain.stop(0).unwrap();
        } else {
            kept.push(domain);
        }
        glib::MainContext::default().iteration(false);
    }
    settle();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(fetcher.join().unwrap() > 0);
    settle();
    let mut cached: Vec<String> = conn.domains().iter().map(Domain::name).collect();
    cached.sort();
    let mut actual: Vec<String> =
        conn.handle().unwrap().list_all_domains(0).unwrap().iter().map(|d| d.name().unwrap()).collect();
    actual.sort();
    assert_eq!(cached, actual);
    for domain in &kept {
        assert!(conn.domains().contains(domain), "the object returned by start_domain is the cached one");
        domain.stop(0).unwrap();
    }
    wait_until("all churn domains gone", || conn.domains().iter().all(|d| !d.name().starts_with("rs-churn")));
}

#[test]
fn capabilities_and_domain_capabilities() {
    let _serial = serial();
    let conn = Connection::new(URI);
    let closed = conn.capabilities().expect_err("a closed connection has no capabilities");
    assert!(closed.message().starts_with("Unable to get capabilities: "), "{closed}");
    conn.open(None).expect("test:///default opens");
    let caps = conn.capabilities().expect("capabilities");
    assert_eq!(caps.host().and_then(|h| h.cpu()).and_then(|c| c.arch()).as_deref(), Some("i686"));
    let caps = glib::MainContext::default().block_on(conn.capabilities_future(None)).expect("capabilities, async");
    assert!(!caps.guests().is_empty());
    // The test driver has no domain capabilities: libvirt's explanation follows ours.
    let err = conn.domain_capabilities(None, Some("x86_64"), None, None, 0).expect_err("unsupported");
    assert!(err.matches(ConnectionError::Failed));
    assert!(err.message().starts_with("Unable to get domain capabilities: "), "{err}");
    let err = glib::MainContext::default()
        .block_on(conn.domain_capabilities_future(None, None, None, None, 0, None))
        .expect_err("unsupported, async");
    assert!(err.message().starts_with("Unable to get domain capabilities: "), "{err}");
    conn.close();
}

#[test]
fn devices_of_the_test_domain() {
    use libvirt_gobject::{DomainDeviceExt, DomainDisk, DomainDiskError, DomainInterface, DomainUpdateDeviceFlags};
    let _serial = serial();
    let conn = open_and_fetch();
    let test = conn.find_domain_by_name("test").expect("the test domain");
    let devices = test.devices().expect("devices");
    // A disk and an interface; the memory balloon has no class and is left out.
    assert_eq!(devices.len(), 2);
    let disk = devices[0].clone().downcast::<DomainDisk>().expect("a disk first");
    let iface = devices[1].clone().downcast::<DomainInterface>().expect("an interface second");
    assert_eq!(disk.domain(), test);
    assert!(disk.config().is::<libvirt_gconfig::DomainDisk>());
    let stats = disk.stats().expect("disk stats");
    assert!(stats.rd_req >= 0 && stats.wr_bytes >= 0);
    let err = disk.resize(1024, 0).expect_err("the test driver cannot resize");
    assert!(err.matches(DomainDiskError::Failed));
    assert!(err.message().starts_with("Failed to resize domain disk: "), "{err}");
    let stats = iface.stats().expect("interface stats");
    assert!(stats.rx_bytes >= 0 && stats.tx_packets >= 0);
    let err = test.update_device(&disk.config(), DomainUpdateDeviceFlags::CONFIG).expect_err("not supported by the test driver");
    assert!(err.message().starts_with("Failed to update device: "), "{err}");
    conn.close();
}

#[test]
fn local_handlers_need_not_be_send() {
    // What a GTK application connects: closures over `Rc` state (widgets are not `Send`).
    use std::cell::RefCell;
    use std::rc::Rc;

    let _serial = serial();
    let conn = open_and_fetch();
    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let (added, removed) = (seen.clone(), seen.clone());
    conn.connect_domain_added_local(move |_, d| added.borrow_mut().push(format!("added {}", d.name())));
    conn.connect_domain_removed_local(move |_, d| removed.borrow_mut().push(format!("removed {}", d.name())));

    let transient = conn.start_domain(&config("rs-local"), DomainStartFlags::empty()).unwrap();
    let (started, stopped) = (seen.clone(), seen.clone());
    transient.connect_started_local(None, move |d| started.borrow_mut().push(format!("started {}", d.name())));
    transient.connect_stopped_local(Some("destroyed"), move |d| stopped.borrow_mut().push(format!("stopped {}", d.name())));
    wait_until("domain-added", || seen.borrow().iter().any(|e| e == "added rs-local"));
    transient.stop(0).unwrap();
    wait_until("domain-removed", || seen.borrow().iter().any(|e| e == "removed rs-local"));
    assert_eq!(*seen.borrow(), ["added rs-local", "started rs-local", "stopped rs-local", "removed rs-local"]);
}
