//! Hostile and broken input for the XML object model: empty and truncated documents, invalid
//! characters and encodings, the wrong root element, a 10 MB document, 10^5 levels of nesting,
//! entity expansion (billion laughs, quadratic blow-up, external entities) and hostile setter
//! arguments. Nothing may panic; every parse of a broken document must fail with an error.
//!
//! Each test runs its body in a child process (this test binary again, with the test's name) with
//! a wall-clock limit, an address-space limit (`ulimit -v`), and a check of the child's peak
//! resident memory (VmHWM) at the end, so that a case that takes too long or too much memory
//! fails instead of taking the machine down.
//!
//! Non-UTF-8 bytes and NULL arguments cannot be written in Rust; tests/c-gconfig/
//! test-gconfig-bad-input.c passes them through the C ABI.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use glib::prelude::*;
use libvirt_gconfig::*;

const CHILD: &str = "LVG_BAD_INPUT_CHILD";
const MIB: u64 = 1024 * 1024;

/// Runs `body` in a child process limited to `time` and `peak_rss` bytes of resident memory.
fn bounded(name: &str, time: Duration, peak_rss: u64, body: impl FnOnce()) {
    match std::env::var(CHILD) {
        Ok(case) if case == name => {
            body();
            let hwm = peak_rss_bytes();
            assert!(hwm <= peak_rss, "{name}: peak resident memory {} MiB > {} MiB", hwm / MIB, peak_rss / MIB);
            return;
        }
        Ok(_) => return, // the child of another case: only that case runs
        Err(_) => {}
    }
    let exe = std::env::current_exe().expect("the test binary");
    let log = std::env::temp_dir().join(format!("lvg-bad-input-{}-{name}.log", std::process::id()));
    let out = std::fs::File::create(&log).expect("a log file");
    // Address space: the resident limit plus room for thread stacks and malloc arenas.
    let vmem_kib = (peak_rss + 1024 * MIB) / 1024;
    let mut child = Command::new("/bin/sh")
        .arg("-c")
        .arg(format!("ulimit -v {vmem_kib} && exec \"$0\" \"$@\""))
        .arg(&exe)
        .args([name, "--exact", "--nocapture", "--test-threads=1", "--include-ignored"])
        .env(CHILD, name)
        .stdin(Stdio::null())
        .stdout(out.try_clone().unwrap())
        .stderr(out)
        .spawn()
        .expect("spawn the test binary");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if start.elapsed() > time {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut output = String::new();
    let _ = std::fs::File::open(&log).and_then(|mut f| f.read_to_string(&mut output));
    let _ = std::fs::remove_file(&log);
    match status {
        None => panic!("{name}: still running after {time:?}\n{output}"),
        Some(status) => assert!(status.success(), "{name}: child failed ({status})\n{output}"),
    }
    // The child really ran the case (and did not just match no test).
    assert!(output.contains("1 passed"), "{name}: the child did not run the case\n{output}");
}

/// Peak resident set size of this process (VmHWM).
fn peak_rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

type Parser = fn(&str) -> Result<(), glib::Error>;

/// Every top-level document class and a few element classes, by the parse function.
fn parsers() -> Vec<(&'static str, Parser)> {
    vec![
        ("domain", |x| Domain::from_xml(x).map(drop)),
        ("pool", |x| StoragePool::from_xml(x).map(drop)),
        ("volume", |x| StorageVol::from_xml(x).map(drop)),
        ("network", |x| Network::from_xml(x).map(drop)),
        ("device", |x| NodeDevice::from_xml(x).map(drop)),
        ("secret", |x| Secret::from_xml(x).map(drop)),
        ("interface", |x| Interface::from_xml(x).map(drop)),
        ("filter", |x| NetworkFilter::from_xml(x).map(drop)),
        ("disk", |x| DomainDisk::from_xml(x).map(drop)),
        ("os", |x| DomainOs::from_xml(x).map(drop)),
        ("clock", |x| DomainClock::from_xml(x).map(drop)),
        ("graphics", |x| DomainGraphicsSpice::from_xml(x).map(drop)),
    ]
}

const REALISTIC: &str = include_str!("../../tests/data/corpus/Domain/h01-realistic-kvm.xml");
const CHARDEVS: &str = include_str!("../../tests/data/corpus/Domain/h15-chardevs.xml");
const NETWORK: &str = include_str!("../../tests/data/corpus/Network/nat-dhcp-dns.xml");

#[test]
fn empty_and_blank_documents_are_errors() {
    bounded("empty_and_blank_documents_are_errors", Duration::from_secs(30), 64 * MIB, || {
        let blanks = ["", " ", "\n\t\r\n", "\u{feff}", "<!-- only a comment -->", "<?xml version='1.0'?>",
                      "<?pi only?>", "<!DOCTYPE domain>", "text", "]]>", "<![CDATA[x]]>"];
        for (root, parse) in parsers() {
            for blank in blanks {
                let err = parse(blank).expect_err(&format!("{root}: {blank:?} parsed"));
                assert!(!err.message().is_empty());
            }
        }
    });
}

#[test]
fn every_truncation_of_a_document_is_an_error() {
    bounded("every_truncation_of_a_document_is_an_error", Duration::from_secs(60), 64 * MIB, || {
        for (document, parse) in [(REALISTIC, parsers()[0].1), (CHARDEVS, parsers()[0].1), (NETWORK, parsers()[3].1)] {
            let whole = document.trim_end();
            let mut cuts = 0;
            for end in (0..document.len()).filter(|&i| document.is_char_boundary(i)) {
                let prefix = &document[..end];
                if prefix.trim_end() == whole {
                    assert!(parse(prefix).is_ok(), "the complete document must parse");
                    continue;
                }
                assert!(parse(prefix).is_err(), "a document cut after {end} bytes parsed:\n{prefix}");
                cuts += 1;
            }
            assert!(cuts > 1000);
        }
    });
}

#[test]
fn invalid_characters_and_encodings() {
    bounded("invalid_characters_and_encodings", Duration::from_secs(30), 64 * MIB, || {
        for bad in [
            "<domain>\0</domain>",
            "<domain><name>a\0b</name></domain>",
            "<domain><name>\u{1}</name></domain>",
            "<domain name='\u{1b}'/>",
            "<domain><name>&#0;</name></domain>",
            "<domain><name>&#xD800;</name></domain>",
            "<domain><name>&#x110000;</name></domain>",
            "<domain><name>&undefined;</name></domain>",
            "<?xml version='1.0' encoding='x-no-such-encoding'?><domain/>",
            "<?xml version='1.0' encoding='UTF-16'?><domain/>",
            "<?xml version='9.9' encoding='UTF-8'?><domain",
            "<domain><name>\u{fffe}</name></domain>",
        ] {
            assert!(Domain::from_xml(bad).is_err(), "{bad:?} parsed");
        }
        // Declared Latin-1, written UTF-8: libxml2 converts as declared (no error, mojibake).
        let latin1 = Domain::from_xml("<?xml version='1.0' encoding='ISO-8859-1'?><domain><name>\u{e9}</name></domain>")
            .unwrap();
        assert_eq!(latin1.name().as_deref(), Some("\u{c3}\u{a9}"));
        // Non-characters and characters beyond the BMP that XML allows go through.
        let fine = Domain::from_xml("<domain><name>\u{10ffff}\u{1f600}\u{fffd}</name></domain>").unwrap();
        assert_eq!(fine.name().as_deref(), Some("\u{10ffff}\u{1f600}\u{fffd}"));
    });
}

#[test]
fn wrong_root_element_is_an_error() {
    bounded("wrong_root_element_is_an_error", Duration::from_secs(30), 64 * MIB, || {
        let roots = ["domain", "pool", "volume", "network", "device", "secret", "interface", "filter", "disk", "os",
                     "clock", "graphics"];
        for (expected, parse) in parsers() {
            for root in roots.iter().filter(|r| **r != expected) {
                let err = parse(&format!("<{root}><name>x</name></{root}>"))
                    .expect_err(&format!("<{root}> parsed as <{expected}>"));
                assert!(err.message().contains(expected), "{}", err.message());
            }
            assert!(parse(&format!("<{}/>", expected.to_uppercase())).is_err());
            assert!(parse(&format!("<{expected}/><{expected}/>")).is_err(), "two roots");
            assert!(parse(&format!("<{expected}>")).is_err(), "unclosed root");
        }
        // As libvirt-gconfig 4.0.0: the root is matched by its local name, whatever its namespace.
        let d = Domain::from_xml("<x:domain xmlns:x='urn:x'><name>n</name></x:domain>").unwrap();
        assert_eq!(d.name().as_deref(), Some("n"));
    });
}

#[test]
fn ten_megabyte_documents() {
    bounded("ten_megabyte_documents", Duration::from_secs(90), 400 * MIB, || {
        // One 10 MB text node.
        let text = "0123456789abcdef".repeat(10 * MIB as usize / 16);
        let d = Domain::from_xml(&format!("<domain><name>big</name><description>{text}</description></domain>"))
            .unwrap();
        assert_eq!(d.description().map(|s| s.len()), Some(text.len()));
        assert!(d.to_xml().len() > text.len());
        drop(d);
        drop(text);

        // 10 MB of devices.
        let disk = "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/a-long-file-name.qcow2'/>\
                    <target dev='vda' bus='virtio'/></disk>\n";
        let count = 10 * MIB as usize / disk.len();
        let xml = format!("<domain><name>many</name><devices>\n{}</devices></domain>", disk.repeat(count));
        assert!(xml.len() >= 10 * MIB as usize);
        let d = Domain::from_xml(&xml).unwrap();
        let devices = d.devices();
        assert_eq!(devices.len(), count);
        let last = devices.last().unwrap().clone().downcast::<DomainDisk>().unwrap();
        assert_eq!(last.source().as_deref(), Some("/var/lib/libvirt/images/a-long-file-name.qcow2"));
        drop(devices);
        assert!(d.to_xml().len() >= 10 * MIB as usize);
    });
}

#[test]
fn deep_nesting() {
    bounded("deep_nesting", Duration::from_secs(30), 128 * MIB, || {
        let deep = |depth: usize, wrap: &str| {
            format!("<domain><{wrap}>{}{}</{wrap}></domain>", "<x>".repeat(depth), "</x>".repeat(depth))
        };
        // 10^5 levels: beyond libxml2's depth limit, refused quickly.
        let start = Instant::now();
        for wrap in ["devices", "metadata", "name", "os"] {
            assert!(Domain::from_xml(&deep(100_000, wrap)).is_err());
        }
        assert!(DomainDisk::from_xml(&format!("<disk>{}{}</disk>", "<x>".repeat(100_000), "</x>".repeat(100_000)))
            .is_err());
        assert!(start.elapsed() < Duration::from_secs(10));
        // Under the limit: kept, walked and written back.
        let d = Domain::from_xml(&deep(200, "devices")).unwrap();
        assert_eq!(d.devices().len(), 1);
        assert_eq!(d.to_xml().matches("<x").count(), 200);
        let d = Domain::from_xml(&deep(200, "name")).unwrap();
        assert_eq!(d.name(), None);
        assert_eq!(d.to_xml().matches("<x").count(), 200);
        // A deep document given to the setters that parse XML.
        let d = Domain::new();
        let deep_fragment = format!("{}{}", "<x>".repeat(100_000), "</x>".repeat(100_000));
        assert!(d.set_custom_xml(&deep_fragment, "lvg", "urn:lvg").is_err());
        assert_eq!(d.to_xml(), "<domain/>");
    });
}

/// The classic "billion laughs": 10 entities each expanding to ten of the previous one.
fn billion_laughs(root: &str, use_in: &str) -> String {
    let mut dtd = String::from("<!ENTITY lol0 \"lol\">\n");
    for i in 1..10 {
        dtd.push_str(&format!("<!ENTITY lol{i} \"{}\">\n", format!("&lol{};", i - 1).repeat(10)));
    }
    format!("<?xml version='1.0'?>\n<!DOCTYPE {root} [\n{dtd}]>\n<{root}>{use_in}</{root}>")
}

#[test]
fn billion_laughs_is_refused() {
    bounded("billion_laughs_is_refused", Duration::from_secs(20), 64 * MIB, || {
        let start = Instant::now();
        assert!(Domain::from_xml(&billion_laughs("domain", "<name>&lol9;</name>")).is_err());
        assert!(Domain::from_xml(&billion_laughs("domain", "<devices><disk type='file'><source file='&lol9;'/></disk></devices>"))
            .is_err());
        assert!(StoragePool::from_xml(&billion_laughs("pool", "<name>&lol9;</name>")).is_err());
        assert!(DomainDisk::from_xml(&billion_laughs("disk", "<source file='&lol9;'/>")).is_err());
        let d = Domain::new();
        assert!(d.set_custom_xml(&billion_laughs("data", "&lol9;"), "lvg", "urn:lvg").is_err());
        assert!(start.elapsed() < Duration::from_secs(5), "took {:?}", start.elapsed());
    });
}

#[test]
fn entity_blow_up_is_refused() {
    bounded("entity_blow_up_is_refused", Duration::from_secs(20), 64 * MIB, || {
        // 1000 references to a 100 kB entity: 100 MB of text, in element content or in an
        // attribute value. libxml2 lets it through; a getter would read 100 MB on every call.
        let entity = "x".repeat(100_000);
        let refs = "&a;".repeat(1000);
        let start = Instant::now();
        let in_content = format!(
            "<?xml version='1.0'?><!DOCTYPE domain [<!ENTITY a \"{entity}\">]><domain><name>{refs}</name></domain>");
        let error = Domain::from_xml(&in_content).unwrap_err();
        assert!(error.message().contains("entity references expand"), "{error}");
        let in_attribute = format!(
            "<?xml version='1.0'?><!DOCTYPE disk [<!ENTITY a \"{entity}\">]><disk type='file'><source file='{refs}'/></disk>");
        assert!(DomainDisk::from_xml(&in_attribute).is_err());
        // Nested: each reference is small, what it stands for is not.
        let nested = format!(
            "<?xml version='1.0'?><!DOCTYPE disk [<!ENTITY a \"{entity}\"><!ENTITY b \"{}\">]><disk type='file'><source file='&b;'/></disk>",
            "&a;".repeat(100));
        assert!(DomainDisk::from_xml(&nested).is_err());
        assert!(start.elapsed() < Duration::from_secs(2), "took {:?}", start.elapsed());
    });
}

#[test]
fn small_entities_read_and_are_written_as_their_text() {
    let xml = "<?xml version='1.0'?>\n<!DOCTYPE disk [<!ENTITY dir \"/var/lib/images\">]>\n\
               <disk type=\"file\"><source file=\"&dir;/a.img\"/><target dev=\"vd&#97;\"/></disk>";
    let disk = DomainDisk::from_xml(xml).unwrap();
    assert_eq!(disk.source().as_deref(), Some("/var/lib/images/a.img"));
    assert_eq!(disk.target_dev().as_deref(), Some("vda"));
    // to_xml() writes the element, not the DTD: the text, not a reference to an undeclared entity.
    assert!(disk.to_xml().contains("file=\"/var/lib/images/a.img\""), "{}", disk.to_xml());
    let with_content = "<!DOCTYPE domain [<!ENTITY n \"x&amp;y\"><!ENTITY ext SYSTEM \"file:///etc/hostname\">]>\
                        <domain><name>&n;</name><description>a&ext;b</description></domain>";
    let xml = Domain::from_xml(with_content).unwrap().to_xml();
    assert_eq!(xml, "<domain>\n  <name>x&amp;y</name>\n  <description>ab</description>\n</domain>");
    assert!(Domain::from_xml(&xml).is_ok());
}

#[test]
fn external_entities_are_not_loaded() {
    bounded("external_entities_are_not_loaded", Duration::from_secs(20), 64 * MIB, || {
        let marker = format!("LVG-SECRET-{}", std::process::id());
        let path = std::env::temp_dir().join(format!("lvg-bad-input-xxe-{}.txt", std::process::id()));
        std::fs::write(&path, &marker).unwrap();
        let url = format!("file://{}", path.display());
        let in_content = format!(
            "<?xml version='1.0'?><!DOCTYPE domain [<!ENTITY x SYSTEM \"{url}\">]><domain><name>&x;</name><description>&x;</description></domain>");
        if let Ok(d) = Domain::from_xml(&in_content) {
            assert!(!d.name().unwrap_or_default().contains(&marker));
            assert!(!d.description().unwrap_or_default().contains(&marker));
            assert!(!d.to_xml().contains(&marker));
        }
        // External entities are not allowed in attribute values at all.
        let in_attribute = format!(
            "<?xml version='1.0'?><!DOCTYPE disk [<!ENTITY x SYSTEM \"{url}\">]><disk><source file='&x;'/></disk>");
        assert!(DomainDisk::from_xml(&in_attribute).is_err());
        // Nor is the DTD itself fetched.
        let external_dtd = format!("<?xml version='1.0'?><!DOCTYPE domain SYSTEM \"{url}\"><domain><name>n</name></domain>");
        if let Ok(d) = Domain::from_xml(&external_dtd) {
            assert!(!d.to_xml().contains(&marker));
        }
        std::fs::remove_file(&path).unwrap();
    });
}

#[test]
fn wide_documents() {
    bounded("wide_documents", Duration::from_secs(60), 300 * MIB, || {
        // 10^5 sibling devices of an unknown kind, and 10^4 attributes on one element.
        let xml = format!("<domain><devices>{}</devices></domain>", "<unknown-device/>".repeat(100_000));
        assert_eq!(Domain::from_xml(&xml).unwrap().devices().len(), 100_000);
        let attrs: String = (0..10_000).map(|i| format!(" a{i}='{i}'")).collect();
        let disk = DomainDisk::from_xml(&format!("<disk type='file'{attrs}><source file='/f'/></disk>")).unwrap();
        assert_eq!(disk.source().as_deref(), Some("/f"));
        assert!(DomainDisk::from_xml("<disk type='file' type='block'/>").is_err(), "duplicate attribute");
    });
}

#[test]
fn hostile_setter_arguments() {
    bounded("hostile_setter_arguments", Duration::from_secs(30), 128 * MIB, || {
        let d = Domain::new();
        // A NUL ends the string, as in C.
        d.set_name(Some("before\0after"));
        assert_eq!(d.name().as_deref(), Some("before"));
        // Markup is text, not markup.
        d.set_title(Some("</title><injected/>&amp;"));
        assert_eq!(d.title().as_deref(), Some("</title><injected/>&amp;"));
        assert!(!d.to_xml().contains("<injected/>"));
        // 10 MB in one setter.
        let big = "y".repeat(10 * MIB as usize);
        d.set_description(Some(&big));
        assert_eq!(d.description().map(|s| s.len()), Some(big.len()));
        d.set_description(None);
        // Broken fragments for the setters that parse XML are errors that leave the domain as it was.
        let before = d.to_xml();
        for fragment in ["", "not xml", "<a>", "<a></b>", "<a/><b/>", "<a>\0</a>", "<!-- -->"] {
            assert!(d.set_custom_xml(fragment, "lvg", "urn:lvg").is_err(), "{fragment:?}");
            assert!(d.set_custom_xml_ns_children(fragment, "lvg", "urn:lvg").is_err(), "{fragment:?}");
        }
        assert_eq!(d.to_xml(), before);
        // Namespace prefixes and URIs that are not names or URIs.
        for (ns, uri) in [("", "urn:x"), ("has space", "urn:x"), ("a:b", "urn:x"), ("lvg", ""), ("1x", "\u{1}")] {
            let _ = d.set_custom_xml("<data/>", ns, uri);
        }
        let _ = Domain::from_xml(&d.to_xml());
        // The setters of the parse functions' results survive hostile content too.
        let parsed = Domain::from_xml("<domain><devices><disk/><interface/><graphics/><x/></devices></domain>").unwrap();
        for device in parsed.devices() {
            let _ = device.to_xml();
        }
        parsed.set_devices(&[]);
        parsed.add_device(&DomainDisk::new());
        assert_eq!(parsed.devices().len(), 1);
    });
}

#[test]
fn control_characters_in_setters_keep_the_document_well_formed() {
    bounded("control_characters_in_setters_keep_the_document_well_formed", Duration::from_secs(20), 64 * MIB, || {
        let d = Domain::new();
        d.set_name(Some("a\u{1}b\u{1f}c"));
        let xml = d.to_xml();
        Domain::from_xml(&xml).unwrap_or_else(|e| panic!("{xml:?} does not parse back: {}", e.message()));
    });
}
