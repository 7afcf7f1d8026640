//! Streams on libvirt's `test:///default` driver: a domain screenshot (a PNG of 33,443 bytes)
//! read through the stream's `GInputStream` blocking and asynchronously, with `receive`, with
//! `receive_all`, and watched with `add_watch`; the hole API on a stream without holes.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use gio::prelude::*;
use libvirt_gobject::{Connection, SparseTransfer, Stream, StreamIOCondition, StreamRead};

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
const PNG_SIZE: usize = 33_443;

fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    let guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    libvirt_gobject::init().expect("libvirt initialises");
    guard
}

fn wait_until(what: &str, done: impl Fn() -> bool) {
    let context = glib::MainContext::default();
    let deadline = Instant::now() + Duration::from_secs(5);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        context.iteration(false);
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// A screenshot of the test domain started into a new stream with `flags`.
fn screenshot(flags: u32) -> (Connection, Stream) {
    let conn = Connection::new("test:///default");
    conn.open(None).expect("test:///default opens");
    conn.fetch_domains(None).expect("domains listed");
    let domain = conn.find_domain_by_name("test").expect("the test domain");
    let stream = conn.stream(flags).expect("a stream");
    assert!(stream.handle_ptr().is_some());
    let mime = domain.screenshot(&stream, 0, 0).expect("a screenshot");
    assert_eq!(mime, "image/png");
    (conn, stream)
}

fn check_png(data: &[u8]) {
    assert_eq!(data.len(), PNG_SIZE);
    assert!(data.starts_with(PNG_MAGIC));
}

#[test]
fn input_stream_reads_a_screenshot_blocking() {
    let _serial = serial();
    for flags in [0, 1] {
        let (_conn, stream) = screenshot(flags);
        let input = stream.input_stream();
        assert_eq!(input.type_().name(), "GVirInputStream");
        assert_eq!(stream.output_stream().type_().name(), "GVirOutputStream");
        let mut data = Vec::new();
        let mut buf = vec![0u8; 4096];
        // Blocking reads, also of the non-blocking stream (flags 1): this thread owns the
        // default context and runs it while it waits for the stream's events.
        loop {
            match input.read(&mut buf, gio::Cancellable::NONE) {
                Ok(0) => break,
                Ok(n) => data.extend_from_slice(&buf[..n]),
                Err(e) => panic!("read failed: {e}"),
            }
        }
        check_png(&data);
        stream.close(gio::Cancellable::NONE).expect("closes");
    }
}

#[test]
fn blocking_reads_of_a_non_blocking_stream_from_another_thread() {
    let _serial = serial();
    let (_conn, stream) = screenshot(1);
    // The main context runs here; the reading thread sleeps until this one dispatches the
    // stream's events.
    let reader = {
        let stream = stream.clone();
        std::thread::spawn(move || {
            let mut data = Vec::new();
            let mut buf = vec![0u8; 4096];
            loop {
                match stream.input_stream().read(&mut buf, gio::Cancellable::NONE) {
                    Ok(0) => return data,
                    Ok(n) => data.extend_from_slice(&buf[..n]),
                    Err(e) => panic!("read failed: {e}"),
                }
            }
        })
    };
    let context = glib::MainContext::default();
    let _owner = context.acquire().expect("the test thread owns the default context");
    wait_until("the reading thread", || reader.is_finished());
    check_png(&reader.join().expect("the reader"));
}

#[test]
fn input_stream_reads_a_screenshot_async() {
    let _serial = serial();
    for flags in [0, 1] {
        let (_conn, stream) = screenshot(flags);
        let input = stream.input_stream();
        let data = Rc::new(RefCell::new(Vec::new()));
        let done = Rc::new(RefCell::new(false));
        fn next(input: gio::InputStream, data: Rc<RefCell<Vec<u8>>>, done: Rc<RefCell<bool>>) {
            let again = input.clone();
            input.read_bytes_async(8192, glib::Priority::DEFAULT, gio::Cancellable::NONE, move |result| {
                let bytes = result.expect("async read");
                if bytes.is_empty() {
                    *done.borrow_mut() = true;
                } else {
                    data.borrow_mut().extend_from_slice(&bytes);
                    next(again, data, done);
                }
            });
        }
        next(input, data.clone(), done.clone());
        wait_until("the async reads", || *done.borrow());
        check_png(&data.borrow());
    }
}

#[test]
fn consoles_are_unsupported_by_the_test_driver() {
    let _serial = serial();
    let (conn, stream) = screenshot(0);
    let domain = conn.find_domain_by_name("test").unwrap();
    let e = domain.open_console(&stream, None, 0).unwrap_err();
    assert!(e.message().starts_with("Unable to open console: "), "{e}");
}

#[test]
fn receive_and_receive_all() {
    let _serial = serial();
    let (_conn, stream) = screenshot(0);
    let mut buf = vec![0u8; 100_000];
    let mut total = 0;
    loop {
        let n = stream.receive(&mut buf[total..], None).expect("receive");
        if n == 0 {
            break;
        }
        total += n;
    }
    check_png(&buf[..total]);

    // receive_all on a blocking stream (libvirt's virStreamRecvAll) and on a non-blocking one
    // (our loop, waiting for the stream's events; libvirt's refuses such streams).
    for flags in [0, 1] {
        let (_conn, stream) = screenshot(flags);
        let mut data = Vec::new();
        let n = stream
            .receive_all(None, |piece| {
                data.extend_from_slice(piece);
                Ok(piece.len())
            })
            .expect("receive_all");
        assert_eq!(n, PNG_SIZE);
        check_png(&data);
    }
    // A sink that fails aborts the transfer.
    let (_conn, stream) = screenshot(1);
    let e = stream.receive_all(None, |_| Err(())).unwrap_err();
    assert!(e.message().starts_with("Unable to perform RecvAll"), "{e}");
}

#[test]
fn watches_report_readability_until_removed() {
    let _serial = serial();
    let (_conn, stream) = screenshot(1);
    let seen = Arc::new(Mutex::new((0usize, Vec::new())));
    let log = seen.clone();
    let id = stream
        .add_watch(glib::Priority::DEFAULT, StreamIOCondition::READABLE, move |s, cond| {
            assert!(cond.contains(StreamIOCondition::READABLE) || cond.contains(StreamIOCondition::HANGUP));
            let mut buf = [0u8; 4096];
            let mut log = log.lock().unwrap();
            match s.receive(&mut buf, None) {
                Ok(0) => {
                    log.0 += 1;
                    glib::ControlFlow::Break
                }
                Ok(n) => {
                    log.1.extend_from_slice(&buf[..n]);
                    glib::ControlFlow::Continue
                }
                Err(e) if e.matches(gio::IOErrorEnum::WouldBlock) => glib::ControlFlow::Continue,
                Err(e) => panic!("receive: {e}"),
            }
        })
        .expect("a watch");
    wait_until("the end of the stream", || seen.lock().unwrap().0 == 1);
    check_png(&seen.lock().unwrap().1);
    // The watch removed itself.
    assert!(glib::MainContext::default().find_source_by_id(&id).is_none());
}

/// GNOME Boxes drops its screenshot stream from inside the callback of the read that hit the end,
/// while that read's watch still exists; closing the stream then must not leave libvirt watching
/// the stream's closed descriptor (which polls ready forever and spins the main loop).
#[test]
fn closing_inside_the_last_read_leaves_the_loop_idle() {
    let _serial = serial();
    let (_conn, stream) = screenshot(0);
    let input = stream.input_stream();
    let stream = Rc::new(RefCell::new(Some(stream)));
    let done = Rc::new(RefCell::new(false));
    fn next(input: gio::InputStream, stream: Rc<RefCell<Option<Stream>>>, done: Rc<RefCell<bool>>) {
        let again = input.clone();
        input.read_bytes_async(65536, glib::Priority::DEFAULT, gio::Cancellable::NONE, move |result| {
            if result.expect("async read").is_empty() {
                // The last reference: disposing the GIOStream closes (and finishes) it.
                drop(stream.borrow_mut().take());
                *done.borrow_mut() = true;
            } else {
                next(again, stream, done);
            }
        });
    }
    next(input, stream.clone(), done.clone());
    wait_until("the async reads", || *done.borrow());

    let context = glib::MainContext::default();
    let ticks = Rc::new(RefCell::new(0));
    let t = ticks.clone();
    let timer = glib::timeout_add_local(Duration::from_millis(20), move || {
        *t.borrow_mut() += 1;
        glib::ControlFlow::Continue
    });
    let mut iterations = 0;
    while *ticks.borrow() < 10 {
        context.iteration(true);
        iterations += 1;
    }
    timer.remove();
    // 10 timer ticks plus a few stragglers; a busy loop makes hundreds of thousands.
    assert!(iterations < 100, "{iterations} main loop iterations in 200 ms: something is always ready");
}

/// The hole API on a stream that is not sparse (the test driver has no sparse streams, no
/// volume transfers, not even virStreamRecvFlags): every byte is data, holes are refused with
/// an error, nothing crashes.
#[test]
fn sparse_calls_on_a_stream_without_holes() {
    let _serial = serial();
    let (_conn, stream) = screenshot(0);
    let mut buf = vec![0u8; 100_000];
    let mut total = 0;
    loop {
        match stream.receive_until_hole(&mut buf[total..], None).expect("receive_until_hole") {
            StreamRead::Data(n) => total += n,
            StreamRead::End => break,
            StreamRead::Hole => panic!("a hole in a screenshot"),
        }
    }
    check_png(&buf[..total]);
    // The test driver's local stream tries, and fails to truncate its pipe.
    let e = stream.send_hole(4096, None).unwrap_err();
    assert!(e.message().starts_with("Unable to send a hole into the stream"), "{e}");

    let (_conn, stream) = screenshot(0);
    let mut data = Vec::new();
    let mut holes = 0;
    let moved = stream
        .sparse_receive_all(
            None,
            |piece| {
                data.extend_from_slice(piece);
                Ok(())
            },
            |length| {
                holes += length;
                Ok(())
            },
        )
        .expect("sparse_receive_all");
    assert_eq!(moved, SparseTransfer { data: PNG_SIZE as u64, holes: 0 });
    assert_eq!(holes, 0);
    check_png(&data);

    // A handler's error comes back as it is, and aborts the stream.
    let (_conn, stream) = screenshot(0);
    let e = stream
        .sparse_receive_all(None, |_| Err(glib::Error::new(gio::IOErrorEnum::NoSpace, "disk full")), |_| Ok(()))
        .unwrap_err();
    assert!(e.matches(gio::IOErrorEnum::NoSpace), "{e}");
    stream.close(gio::Cancellable::NONE).expect("an aborted stream closes");

    // Cancelled before it starts: nothing is read.
    let (_conn, stream) = screenshot(0);
    let cancellable = gio::Cancellable::new();
    cancellable.cancel();
    let e = stream.sparse_receive_all(Some(&cancellable), |_| Ok(()), |_| Ok(())).unwrap_err();
    assert!(e.matches(gio::IOErrorEnum::Cancelled), "{e}");
}

#[test]
fn sparse_receive_to_file_future() {
    let _serial = serial();
    let (_conn, stream) = screenshot(0);
    let path = std::env::temp_dir().join(format!("lvgrs-screenshot-{}.png", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    let result = glib::MainContext::default().block_on(stream.sparse_receive_to_file_future(file, None));
    let written = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(result.expect("sparse_receive_to_file_future").total(), PNG_SIZE as u64);
    check_png(&written);
}
