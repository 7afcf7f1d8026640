//! Sparse streams on a private real libvirtd (`scripts/libvirtd-session.sh`): the Rust handlers
//! of `sparse_send_all` / `sparse_receive_all` and their futures, over a 32 MiB raw volume with
//! a hole between two data islands. Needs root and libvirtd (as the integration suite); skipped
//! (with a note) otherwise. The file helpers are tested through GI in
//! tests/integration/test_storage_streams.py.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use gio::prelude::*;

use libvirt_gobject::{Connection, SparseRegion, SparseTransfer, StorageVol};

const MIB: u64 = 1 << 20;
const SIZE: u64 = 32 * MIB;
const DOWNLOAD_SPARSE_STREAM: u32 = 1;
const UPLOAD_SPARSE_STREAM: u32 = 1;

/// A private daemon, stopped (and its state removed) when dropped.
struct Session {
    script: PathBuf,
    state: PathBuf,
}

impl Session {
    fn start() -> Option<Session> {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 || !Path::new("/usr/sbin/libvirtd").exists() {
            eprintln!("skipped: a real libvirtd needs root and /usr/sbin/libvirtd");
            return None;
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/libvirtd-session.sh");
        let state = std::env::temp_dir().join(format!("lvgrs-sparse-rs-{}", std::process::id()));
        std::fs::create_dir_all(&state).unwrap();
        let session = Session { script, state };
        assert!(session.run(&["start"]).status.success(), "libvirtd-session.sh start failed");
        Some(session)
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        let mut command = Command::new(&self.script);
        command.arg(args[0]).arg(&self.state).args(&args[1..]);
        command.output().expect("libvirtd-session.sh runs")
    }

    fn uri(&self) -> String {
        format!("qemu:///system?socket={}/run/libvirt-sock", self.state.display())
    }

    fn virsh(&self, args: &[&str]) {
        let out = Command::new("virsh").arg("-q").arg("-c").arg(self.uri()).args(args).output().expect("virsh runs");
        assert!(out.status.success(), "virsh {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.run(&["stop"]);
        let _ = std::fs::remove_dir_all(&self.state);
    }
}

/// The source: `[0, 1 MiB)` and `[20 MiB, 20 MiB + 100 KiB + 7)` data, the rest holes.
fn islands() -> Vec<(u64, Vec<u8>)> {
    let pattern = |len: usize, seed: u8| (0..len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)).collect::<Vec<u8>>();
    vec![(0, pattern(MIB as usize, 1)), (20 * MIB, pattern(100 * 1024 + 7, 2))]
}

/// The whole source, holes as zeros.
fn flat(islands: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let mut all = vec![0u8; SIZE as usize];
    for (offset, data) in islands {
        all[*offset as usize..*offset as usize + data.len()].copy_from_slice(data);
    }
    all
}

/// A sparse source over `islands` for `sparse_send_all`: position, region, data, skip.
struct Source {
    islands: Vec<(u64, Vec<u8>)>,
    position: u64,
}

impl Source {
    fn region(&self) -> SparseRegion {
        if self.position >= SIZE {
            return SparseRegion::Data(0);
        }
        for (offset, data) in &self.islands {
            let end = offset + data.len() as u64;
            if self.position >= *offset && self.position < end {
                return SparseRegion::Data(end - self.position);
            }
            if self.position < *offset {
                return SparseRegion::Hole(offset - self.position);
            }
        }
        SparseRegion::Hole(SIZE - self.position)
    }

    fn read(&mut self, buf: &mut [u8]) -> usize {
        for (offset, data) in &self.islands {
            let end = offset + data.len() as u64;
            if self.position >= *offset && self.position < end {
                let from = (self.position - offset) as usize;
                let n = buf.len().min(data.len() - from);
                buf[..n].copy_from_slice(&data[from..from + n]);
                self.position += n as u64;
                return n;
            }
        }
        0
    }
}

fn volume(session: &Session, conn: &Connection, name: &str) -> StorageVol {
    session.virsh(&["vol-create-as", "sparse", name, &SIZE.to_string(), "--allocation", "0", "--format", "raw"]);
    let pool = conn.find_storage_pool_by_name("sparse").expect("the pool");
    pool.refresh(None).expect("refresh");
    pool.volume(name).expect("the volume")
}

#[test]
fn sparse_handlers_on_a_real_daemon() {
    let Some(session) = Session::start() else { return };
    libvirt_gobject::init().expect("libvirt initialises");
    let pool_dir = session.state.join("pools/sparse");
    std::fs::create_dir_all(&pool_dir).unwrap();
    session.virsh(&["pool-create-as", "sparse", "dir", "--target", pool_dir.to_str().unwrap()]);
    let conn = Connection::new(&session.uri());
    conn.open(None).expect("the daemon opens");
    conn.fetch_storage_pools(None).expect("pools listed");
    let expected = flat(&islands());
    let data_len: u64 = islands().iter().map(|(_, d)| d.len() as u64).sum();

    // Up with handlers: the holes travel as holes, the volume stays sparse.
    let vol = volume(&session, &conn, "handlers.img");
    let stream = conn.stream(0).unwrap();
    vol.upload(&stream, 0, 0, UPLOAD_SPARSE_STREAM).expect("upload starts");
    let source = std::cell::RefCell::new(Source { islands: islands(), position: 0 });
    let moved = stream
        .sparse_send_all(
            None,
            |buf| Ok(source.borrow_mut().read(buf)),
            || Ok(source.borrow().region()),
            |length| {
                source.borrow_mut().position += length;
                Ok(())
            },
        )
        .expect("sparse_send_all");
    assert_eq!(moved, SparseTransfer { data: data_len, holes: SIZE - data_len });
    stream.close(gio::Cancellable::NONE).expect("the upload finishes");
    assert!(vol.info().unwrap().allocation < 4 * MIB, "the volume stayed sparse");

    // Down with handlers, as a future: the same bytes, most of them holes.
    let download = |vol: &StorageVol, flags: u32| {
        let stream = conn.stream(0).unwrap();
        vol.download(&stream, 0, 0, flags).expect("download starts");
        let received = Arc::new(Mutex::new(Vec::new()));
        let (data_sink, hole_sink) = (received.clone(), received.clone());
        let moved = glib::MainContext::default()
            .block_on(stream.sparse_receive_all_future(
                None,
                move |piece| {
                    data_sink.lock().unwrap().extend_from_slice(piece);
                    Ok(())
                },
                move |length| {
                    let mut all = hole_sink.lock().unwrap();
                    let len = all.len();
                    all.resize(len + length as usize, 0);
                    Ok(())
                },
            ))
            .expect("sparse_receive_all_future");
        stream.close(gio::Cancellable::NONE).expect("the download finishes");
        let received = std::mem::take(&mut *received.lock().unwrap());
        (moved, received)
    };
    let (moved, received) = download(&vol, DOWNLOAD_SPARSE_STREAM);
    assert_eq!(moved.total(), SIZE);
    assert!(moved.holes >= SIZE - 4 * MIB, "{moved:?}");
    assert!(received == expected, "the bytes came back as they went");
    // Without the flag the stream has no holes: all data, the same bytes.
    let (moved, received) = download(&vol, 0);
    assert_eq!(moved, SparseTransfer { data: SIZE, holes: 0 });
    assert!(received == expected);

    // Up again as a future, into a new volume (libvirtd seeks past a hole without clearing
    // what the volume held there: a sparse upload over old data leaves that data).
    let vol2 = volume(&session, &conn, "future.img");
    let stream = conn.stream(0).unwrap();
    vol2.upload(&stream, 0, 0, UPLOAD_SPARSE_STREAM).expect("upload starts");
    let source = Arc::new(Mutex::new(Source { islands: islands(), position: 0 }));
    let (reader, asker, skipper) = (source.clone(), source.clone(), source.clone());
    let moved = glib::MainContext::default()
        .block_on(stream.sparse_send_all_future(
            None,
            move |buf| Ok(reader.lock().unwrap().read(buf)),
            move || Ok(asker.lock().unwrap().region()),
            move |length| {
                skipper.lock().unwrap().position += length;
                Ok(())
            },
        ))
        .expect("sparse_send_all_future");
    assert_eq!(moved.total(), SIZE);
    stream.close(gio::Cancellable::NONE).expect("the upload finishes");
    let (_, received) = download(&vol2, DOWNLOAD_SPARSE_STREAM);
    assert!(received == expected, "the future sent the same bytes");
    assert!(vol2.info().unwrap().allocation < 4 * MIB, "the volume stayed sparse");

    // A cancellation in the middle of a download: G_IO_ERROR_CANCELLED, the stream aborted,
    // the volume as usable as before.
    let stream = conn.stream(0).unwrap();
    vol.download(&stream, 0, 0, DOWNLOAD_SPARSE_STREAM).expect("download starts");
    let cancellable = gio::Cancellable::new();
    let e = stream
        .sparse_receive_all(
            Some(&cancellable),
            |_| {
                cancellable.cancel();
                Ok(())
            },
            |_| Ok(()),
        )
        .unwrap_err();
    assert!(e.matches(gio::IOErrorEnum::Cancelled), "{e}");
    stream.close(gio::Cancellable::NONE).expect("an aborted stream closes");
    // A handler's own error comes back as it is.
    let stream = conn.stream(0).unwrap();
    vol.upload(&stream, 0, 0, UPLOAD_SPARSE_STREAM).expect("upload starts");
    let e = stream
        .sparse_send_all(None, |_| Ok(0), || Err(glib::Error::new(gio::IOErrorEnum::PermissionDenied, "no")), |_| Ok(()))
        .unwrap_err();
    assert!(e.matches(gio::IOErrorEnum::PermissionDenied), "{e}");
    let _ = stream.close(gio::Cancellable::NONE);
    let (_, received) = download(&vol, DOWNLOAD_SPARSE_STREAM);
    assert!(received == expected, "an aborted upload left the volume as it was");
}
