//! Storage figures against QEMU: images made with `qemu-img create` across virtual sizes,
//! cluster sizes, preallocation modes and extended L2, read by our qcow2 parser, compared with
//! `qemu-img measure`'s "fully allocated size"; then the same files as volumes of a `dir` pool
//! on a `test:///…` fixture, through `StorageVol::figures` and `StoragePool::commitment`.
//!
//! Skipped (passes with a message) without `qemu-img`. `COMMITMENT_TABLE=FILE` writes the
//! comparison as a Markdown table (scripts/storage-commitment-table.sh, docs/storage-commitment.md).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard};

use libvirt_gobject::qcow2;
use libvirt_gobject::{Connection, VolumeFormat};

const KIB: u64 = 1024;
const MIB: u64 = 1024 * KIB;
const GIB: u64 = 1024 * MIB;
const TIB: u64 = 1024 * GIB;

fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    let guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    libvirt_gobject::init().expect("libvirt initialises");
    guard
}

fn have_qemu_img() -> bool {
    let found = Command::new("qemu-img").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("SKIP: qemu-img not found (scripts/install-deps.sh installs qemu-utils)");
    }
    found
}

/// A directory removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("lvg-rs-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn qemu_img(args: &[&str]) -> Result<String, String> {
    // Making a LUKS header, QEMU times PBKDF2 by the thread's CPU time, in ticks: on a loaded
    // machine the first measurement can read 0 ms, and it gives up ("Unable to get accurate
    // CPU usage"). That is QEMU's clock, not the image: try again.
    let mut attempts = 0;
    loop {
        let out = Command::new("qemu-img").args(args).output().map_err(|e| e.to_string())?;
        if out.status.success() {
            return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
        }
        let message = String::from_utf8_lossy(&out.stderr).trim().to_owned();
        attempts += 1;
        if attempts == 10 || !message.contains("accurate CPU usage") {
            return Err(message);
        }
    }
}

/// `qemu-img measure --size N -O qcow2 -o OPTIONS`: the "fully allocated size".
fn measure(size: u64, options: &str) -> Result<u64, String> {
    let out = qemu_img(&["measure", "--size", &size.to_string(), "-O", "qcow2", "-o", options])?;
    out.lines()
        .find_map(|l| l.strip_prefix("fully allocated size: "))
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| format!("no fully allocated size in {out:?}"))
}

fn head_and_len(path: &Path) -> (Vec<u8>, u64) {
    use std::io::Read;
    let file = std::fs::File::open(path).unwrap();
    let mut head = Vec::new();
    (&file).take(qcow2::HEADER_READ_SIZE as u64).read_to_end(&mut head).unwrap();
    (head, file.metadata().unwrap().len())
}

fn human(n: u64) -> String {
    for (unit, div) in [("TiB", TIB), ("GiB", GIB), ("MiB", MIB), ("KiB", KIB)] {
        if n >= div && n.is_multiple_of(div) {
            return format!("{} {unit}", n / div);
        }
    }
    format!("{n} B")
}

struct Row {
    kind: String,
    size: u64,
    cluster: u64,
    length: u64,
    ours: Option<u64>,
    measured: Option<u64>,
    note: String,
}

/// Whether a preallocation mode is tried at this size: metadata as long as the L2 tables stay
/// under 64 MiB, falloc and full up to 64 MiB of data. Without `COMMITMENT_TABLE`, a quicker
/// subset: QEMU takes 12 s to preallocate the metadata of 64 MiB in 512-byte clusters and 96 s
/// for 1 GiB (it moves the refcount table again and again).
fn tried(prealloc: &str, size: u64, cluster: u64, ext: bool, everything: bool) -> bool {
    let l2 = size / cluster * if ext { 16 } else { 8 };
    match prealloc {
        "off" => true,
        "metadata" if everything => l2 <= 64 * MIB,
        "metadata" => l2 <= 16 * MIB && cluster >= 4 * KIB,
        _ if everything => size <= 64 * MIB,
        _ => size <= 64 * MIB && cluster >= 64 * KIB,
    }
}

#[test]
fn qcow2_commitment_matches_qemu_img_measure() {
    if !have_qemu_img() {
        return;
    }
    let dir = TempDir::new("measure");
    let everything = std::env::var_os("COMMITMENT_TABLE").is_some();
    let sizes = [MIB, 64 * MIB + 512, GIB, 100 * GIB, TIB];
    let clusters = [512, 4 * KIB, 64 * KIB, 2 * MIB];
    let mut rows = Vec::new();
    let mut compared = 0;
    for &size in &sizes {
        for &cluster in &clusters {
            for ext in [false, true] {
                if ext && cluster < 16 * KIB {
                    continue;
                }
                let options = format!("cluster_size={cluster},extended_l2={}", if ext { "on" } else { "off" });
                let measured = measure(size, &options);
                for prealloc in ["off", "metadata", "falloc", "full"] {
                    if !tried(prealloc, size, cluster, ext, everything) {
                        continue;
                    }
                    let path = dir.0.join(format!("{size}-{cluster}-{ext}-{prealloc}.qcow2"));
                    let p = path.to_str().unwrap();
                    let create = qemu_img(&["create", "-q", "-f", "qcow2", "-o", &format!("{options},preallocation={prealloc}"), p, &size.to_string()]);
                    let kind = format!("qcow2{} prealloc={prealloc}", if ext { " extended_l2" } else { "" });
                    match (create, &measured) {
                        (Err(create_err), Err(_)) => {
                            // QEMU refuses the size for this cluster size; so does the parser.
                            rows.push(Row { kind, size, cluster, length: 0, ours: None, measured: None, note: create_err.rsplit(": ").next().unwrap_or("").to_owned() });
                            break;
                        }
                        (Ok(_), Ok(measured)) => {
                            let (head, length) = head_and_len(&path);
                            let header = qcow2::Header::parse(&head).expect("qemu-img's header parses");
                            assert_eq!((header.size, header.cluster_size(), header.extended_l2()), (size, cluster, ext));
                            let full = qcow2::fully_allocated_size(&header.layout());
                            assert_eq!(full, *measured, "{kind} {size} {cluster}");
                            let ours = qcow2::commitment(&head, length).unwrap().bytes().unwrap();
                            assert_eq!(ours, full.max(length));
                            // Only an image whose refcount table QEMU had to move (from the one
                            // cluster `qemu-img create` starts with) ends past the measure.
                            let moves = qcow2::refcount_table_clusters_needed(&header.layout()) > 1;
                            assert!(length <= *measured || moves, "{kind} {size} {cluster}");
                            let note = match (length > *measured, moves) {
                                (true, _) => format!("refcount table moved: file longer than measure by {}", length - measured),
                                (false, true) => "refcount table will move".to_owned(),
                                (false, false) => String::new(),
                            };
                            rows.push(Row { kind, size, cluster, length, ours: Some(ours), measured: Some(*measured), note });
                            compared += 1;
                            let _ = std::fs::remove_file(&path);
                        }
                        (create, measured) => panic!("{kind} {size} {cluster}: create {create:?}, measure {measured:?}"),
                    }
                }
            }
        }
    }
    assert!(compared > 50, "only {compared} images compared");

    // A backing file changes nothing; an internal snapshot unbounds; LUKS adds its header.
    let base = dir.0.join("base.qcow2");
    let overlay = dir.0.join("overlay.qcow2");
    qemu_img(&["create", "-q", "-f", "qcow2", base.to_str().unwrap(), "1G"]).unwrap();
    qemu_img(&["create", "-q", "-f", "qcow2", "-b", base.to_str().unwrap(), "-F", "qcow2", overlay.to_str().unwrap()]).unwrap();
    let (head, length) = head_and_len(&overlay);
    let header = qcow2::Header::parse(&head).unwrap();
    assert_eq!(header.backing_file.as_deref(), base.to_str());
    assert_eq!(header.backing_format.as_deref(), Some("qcow2"));
    let m = measure(GIB, "cluster_size=65536").unwrap();
    let ours = qcow2::commitment(&head, length).unwrap().bytes();
    assert_eq!(ours, Some(m));
    rows.push(Row { kind: "qcow2 with backing file".into(), size: GIB, cluster: 64 * KIB, length, ours, measured: Some(m), note: String::new() });

    qemu_img(&["snapshot", "-c", "s1", base.to_str().unwrap()]).unwrap();
    let (head, length) = head_and_len(&base);
    assert_eq!(qcow2::commitment(&head, length).unwrap(), qcow2::Commitment::Unbounded);
    rows.push(Row { kind: "qcow2 with internal snapshot".into(), size: GIB, cluster: 64 * KIB, length, ours: None, measured: Some(m), note: "unbounded".into() });

    let luks = dir.0.join("luks.qcow2");
    let secret = "secret,id=s0,data=password";
    qemu_img(&["create", "-q", "-f", "qcow2", "--object", secret, "-o", "encrypt.format=luks,encrypt.key-secret=s0", luks.to_str().unwrap(), "1G"]).unwrap();
    // Measuring a LUKS image makes a header too: the same retry as for create.
    let out = qemu_img(&["measure", "--size", "1G", "-O", "qcow2", "--object", secret, "-o", "encrypt.format=luks,encrypt.key-secret=s0"])
        .unwrap();
    let m = out.lines().find_map(|l| l.strip_prefix("fully allocated size: ").map(|n| n.parse::<u64>().unwrap())).unwrap();
    let (head, length) = head_and_len(&luks);
    assert_eq!(qcow2::Header::parse(&head).unwrap().encryption, qcow2::Encryption::Luks);
    let ours = qcow2::commitment(&head, length).unwrap().bytes();
    assert_eq!(ours, Some(m));
    rows.push(Row { kind: "qcow2 LUKS-encrypted".into(), size: GIB, cluster: 64 * KIB, length, ours, measured: Some(m), note: String::new() });

    // Where the refcount table must move, what a guest writing every cluster leaves behind
    // (slow: 8 MiB/s with 512-byte clusters; only for the table).
    if everything {
        for (size, cluster) in [(64 * MIB, 512), (256 * MIB, KIB), (64 * MIB, 64 * KIB)] {
            let path = dir.0.join(format!("written-{size}-{cluster}.qcow2"));
            let p = path.to_str().unwrap();
            qemu_img(&["create", "-q", "-f", "qcow2", "-o", &format!("cluster_size={cluster}"), p, &size.to_string()]).unwrap();
            let (head, length) = head_and_len(&path);
            let before = qcow2::commitment(&head, length).unwrap().bytes();
            let moves = qcow2::Header::parse(&head).unwrap().refcount_table_outgrown();
            let written = Command::new("qemu-io").args(["-c", &format!("write -P 1 0 {size}"), p]).output().unwrap();
            assert!(written.status.success(), "qemu-io: {}", String::from_utf8_lossy(&written.stderr));
            let length = std::fs::metadata(&path).unwrap().len();
            let m = measure(size, &format!("cluster_size={cluster}")).unwrap();
            let note = format!(
                "written in full by qemu-io: file {} ({}), ours was {}",
                length,
                if length > m { format!("measure + {}", length - m) } else { "= measure".into() },
                if moves { "flagged refcount_table_moves" } else { "not flagged" }
            );
            rows.push(Row { kind: "qcow2 written by a guest".into(), size, cluster, length, ours: before, measured: Some(m), note });
            let _ = std::fs::remove_file(&path);
        }
    }

    if let Some(out) = std::env::var_os("COMMITMENT_TABLE") {
        let mut t = String::from("| image | virtual size | cluster | file length | ours | qemu-img measure | note |\n|---|---:|---:|---:|---:|---:|---|\n");
        for r in &rows {
            let n = |v: Option<u64>, none: &str| v.map_or(none.to_owned(), |v| v.to_string());
            let equal = match (r.ours, r.measured) {
                (Some(a), Some(b)) if a == b => "= ".to_owned(),
                _ => String::new(),
            };
            t += &format!(
                "| {} | {} | {} | {} | {}{} | {} | {} |\n",
                r.kind,
                human(r.size),
                human(r.cluster),
                r.length,
                equal,
                n(r.ours, if r.note == "unbounded" { "unbounded" } else { "–" }),
                n(r.measured, "refused"),
                r.note
            );
        }
        std::fs::write(out, t).unwrap();
    }
}

/// A `test:///` fixture: a `dir` pool at `dir` whose volumes are the files there.
fn fixture(dir: &Path, volumes: &[(&str, &str, u64)]) -> PathBuf {
    let mut xml = format!(
        "<node>\n<pool type='dir'><name>figures</name><uuid>6c7b1e0e-4f0e-4d6a-9a3e-1f1f1f1f1f1f</uuid>\
         <capacity>{}</capacity><allocation>0</allocation><available>{}</available>\
         <target><path>{}</path></target>\n",
        10 * GIB,
        3 * GIB,
        dir.display()
    );
    for (name, format, capacity) in volumes {
        let path = dir.join(name);
        let allocation = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        xml += &format!(
            "<volume type='file'><name>{name}</name><capacity>{capacity}</capacity><allocation>{allocation}</allocation>\
             <target><path>{}</path><format type='{format}'/></target></volume>\n",
            path.display()
        );
    }
    xml += "</pool>\n</node>\n";
    let file = dir.join("node.xml");
    std::fs::write(&file, xml).unwrap();
    file
}

#[test]
fn volume_figures_and_pool_commitment_on_the_test_driver() {
    if !have_qemu_img() {
        return;
    }
    let _serial = serial();
    let dir = TempDir::new("figures");
    let p = |n: &str| dir.0.join(n).to_str().unwrap().to_owned();
    qemu_img(&["create", "-q", "-f", "qcow2", &p("a.qcow2"), "1G"]).unwrap();
    qemu_img(&["create", "-q", "-f", "qcow2", "-o", "cluster_size=2M,extended_l2=on", &p("b.qcow2"), "100G"]).unwrap();
    qemu_img(&["create", "-q", "-f", "raw", &p("c.raw"), "512M"]).unwrap();
    let node = fixture(&dir.0, &[("a.qcow2", "qcow2", GIB), ("b.qcow2", "qcow2", 100 * GIB), ("c.raw", "raw", 512 * MIB), ("gone.qcow2", "qcow2", GIB)]);

    let conn = Connection::new(&format!("test://{}", node.display()));
    conn.open(None).expect("fixture opens");
    conn.fetch_storage_pools(None).unwrap();
    let pool = conn.find_storage_pool_by_name("figures").expect("the fixture's pool");
    pool.refresh(None).unwrap();

    let a = pool.volume("a.qcow2").unwrap().figures().unwrap();
    assert_eq!(a.format, VolumeFormat::Qcow2);
    assert!(a.from_header && !a.external_data);
    assert_eq!((a.capacity, a.length), (GIB, std::fs::metadata(p("a.qcow2")).unwrap().len()));
    assert_eq!(a.commitment, Some(measure(GIB, "cluster_size=65536").unwrap()));

    let b = glib::MainContext::default().block_on(pool.volume("b.qcow2").unwrap().figures_future(None)).unwrap();
    assert_eq!(b.commitment, Some(measure(100 * GIB, "cluster_size=2097152,extended_l2=on").unwrap()));

    let c = pool.volume("c.raw").unwrap().figures().unwrap();
    assert_eq!((&c.format, c.commitment, c.from_header), (&VolumeFormat::Raw, Some(512 * MIB), false));

    // No file: estimated from the capacity with QEMU's default layout.
    let gone = pool.volume("gone.qcow2").unwrap().figures().unwrap();
    assert!(!gone.from_header);
    assert_eq!(gone.commitment, a.commitment);

    let total = pool.commitment(None).unwrap();
    // The test driver keeps its own account of the pool's space.
    assert_eq!((total.volumes, total.unbounded, total.available), (4, 0, pool.info().unwrap().available));
    let sum = [&a, &b, &c, &gone].iter().map(|f| f.commitment.unwrap()).sum::<u64>();
    assert_eq!(total.commitment, Some(sum));
    assert_eq!(total.growth, Some([&a, &b, &c, &gone].iter().map(|f| f.growth().unwrap()).sum::<u64>()));
    assert_eq!(total.is_overcommitted(), total.growth.unwrap() > total.available);

    // An internal snapshot: that volume, and so the pool, has no bound.
    qemu_img(&["snapshot", "-c", "s1", &p("a.qcow2")]).unwrap();
    assert_eq!(pool.volume("a.qcow2").unwrap().figures().unwrap().commitment, None);
    let total = glib::MainContext::default().block_on(pool.commitment_future(None)).unwrap();
    assert_eq!((total.unbounded, total.commitment, total.growth), (1, None, None));
    assert!(total.is_overcommitted());
}
