//! Concurrency stress: 16 threads, each with its own thread-default `MainContext`, drive async
//! calls on ONE connection (fetch the domains, read their info, start and stop a domain of
//! their own) while a churn thread defines and undefines domains and the main thread dispatches
//! libvirt's lifecycle events on the default context. Nothing may crash or deadlock: the whole
//! run must finish within the deadline.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use libvirt_gobject::{Connection, DomainStartFlags, DomainState};

const THREADS: usize = 16;
const ROUNDS: usize = 100;
const DEADLINE: Duration = Duration::from_secs(120);

fn domain_xml(name: &str) -> libvirt_gconfig::Domain {
    libvirt_gconfig::Domain::from_xml(&format!(
        "<domain type='test'><name>{name}</name><memory unit='KiB'>8192</memory><os><type>hvm</type></os></domain>"
    ))
    .unwrap()
}

#[test]
fn async_calls_from_many_threads_on_one_connection() {
    libvirt_gobject::init().unwrap();
    let conn = Connection::new("test:///default");
    conn.open(None).unwrap();
    conn.fetch_domains(None).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let (calls, failures, churned) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (done_tx, done_rx) = mpsc::channel::<usize>();

    let mut workers = Vec::new();
    for i in 0..THREADS {
        let (conn, calls, failures, done_tx) = (conn.clone(), calls.clone(), failures.clone(), done_tx.clone());
        workers.push(std::thread::spawn(move || {
            let ctx = glib::MainContext::new();
            ctx.with_thread_default(|| {
                let own = conn.create_domain(&domain_xml(&format!("stress-{i}"))).unwrap();
                ctx.block_on(async {
                    for _ in 0..ROUNDS {
                        // Failures are expected (a domain undefined by the churn thread between
                        // the listing and the call); crashes and hangs are not.
                        if conn.fetch_domains_future(None).await.is_err() {
                            failures.fetch_add(1, Ordering::Relaxed);
                        }
                        for domain in conn.domains().into_iter().take(4) {
                            calls.fetch_add(1, Ordering::Relaxed);
                            if domain.info_future(None).await.is_err() {
                                failures.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        own.start_future(DomainStartFlags::empty(), None).await.unwrap();
                        assert_eq!(own.info_future(None).await.unwrap().state, DomainState::Running);
                        own.stop(0).unwrap();
                        calls.fetch_add(4, Ordering::Relaxed);
                    }
                });
                own.delete(Default::default()).unwrap();
            })
            .unwrap();
            done_tx.send(i).unwrap();
        }));
    }
    drop(done_tx);

    let churn = {
        let (conn, stop, churned) = (conn.clone(), stop.clone(), churned.clone());
        std::thread::spawn(move || {
            let mut k = 0;
            while !stop.load(Ordering::Relaxed) {
                let domain = conn.create_domain(&domain_xml(&format!("churn-{}", k % 8))).unwrap();
                domain.delete(Default::default()).unwrap();
                churned.fetch_add(1, Ordering::Relaxed);
                k += 1;
            }
        })
    };

    // Dispatch libvirt's events (and the signals they emit) while the workers run.
    let default = glib::MainContext::default();
    let started = Instant::now();
    let mut finished = 0;
    while finished < THREADS {
        assert!(started.elapsed() < DEADLINE, "deadlock? {finished}/{THREADS} threads done after {DEADLINE:?}");
        default.iteration(false);
        match done_rx.recv_timeout(Duration::from_millis(5)) {
            Ok(_) => finished += 1,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        worker.join().expect("a worker panicked");
    }
    churn.join().expect("the churn thread panicked");
    while default.iteration(false) {}
    println!(
        "{THREADS} threads, {} calls ({} failed as expected), {} domains defined and undefined meanwhile, {:.1?}",
        calls.load(Ordering::Relaxed),
        failures.load(Ordering::Relaxed),
        churned.load(Ordering::Relaxed),
        started.elapsed()
    );
    assert!(conn.domains().iter().all(|d| !d.name().starts_with("stress-")), "the stress domains are gone");
}
