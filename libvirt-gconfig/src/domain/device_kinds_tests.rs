//! The device kinds typed beyond libvirt-glib: the factory gives each its class, and domains
//! built through their setters are valid for libvirt's schema.

use glib::prelude::*;

use crate::*;

const KINDS: &str = "<domain><devices>\
    <tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>\
    <rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>\
    <panic model='isa'/><watchdog model='i6300esb' action='reset'/><hub type='usb'/>\
    <lease><lockspace>a</lockspace><key>k</key><target path='/p'/></lease>\
    <shmem name='s'><model type='ivshmem-plain'/></shmem>\
    <memory model='dimm'><target><size unit='KiB'>524288</size></target></memory>\
    <iommu model='intel'/><nvram><address type='spapr-vio' reg='0x3000'/></nvram>\
    <crypto model='virtio' type='qemu'><backend model='builtin'/></crypto>\
    <pstore backend='acpi-erst'/><redirfilter><usbdev allow='yes'/></redirfilter>\
    <emulator>/usr/bin/qemu-system-x86_64</emulator>\
    </devices></domain>";

#[test]
fn every_device_kind_gets_its_class() {
    let d = Domain::from_xml(KINDS).unwrap();
    let names: Vec<&str> = d.devices().iter().map(|dev| dev.type_().name()).collect();
    assert_eq!(
        names,
        [
            "GVirConfigDomainTpm",
            "GVirConfigDomainRng",
            "GVirConfigDomainPanic",
            "GVirConfigDomainWatchdog",
            "GVirConfigDomainHub",
            "GVirConfigDomainLease",
            "GVirConfigDomainShmem",
            "GVirConfigDomainMemoryDevice",
            "GVirConfigDomainIommu",
            "GVirConfigDomainNvram",
            "GVirConfigDomainCrypto",
            "GVirConfigDomainPstore",
            "GVirConfigDomainRedirfilter",
            // The path of the device model's binary: a setting of the domain, not a device.
            "GVirConfigDomainDevice",
        ]
    );
    let devices = d.devices();
    let tpm: &DomainTpm = devices[0].downcast_ref().unwrap();
    assert_eq!(tpm.backend_type(), Some(DomainTpmBackendType::Emulator));
    let memory: &DomainMemoryDevice = devices[7].downcast_ref().unwrap();
    memory.set_target_node(0);
    assert!(d.to_xml().contains("<node>0</node>"));
}

/// Every `tests/data/corpus` domain: no device element is dropped, and each kind typed here
/// comes back with its class.
#[test]
fn corpus_devices_come_back_typed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/corpus/Domain");
    let mut seen = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let Ok(xml) = std::fs::read_to_string(&path) else { continue };
        let Ok(d) = Domain::from_xml(&xml) else { continue };
        for dev in d.devices() {
            let name = dev.node().name();
            let expected = match name.as_str() {
                "tpm" => DomainTpm::static_type(),
                "rng" => DomainRng::static_type(),
                "panic" => DomainPanic::static_type(),
                "watchdog" => DomainWatchdog::static_type(),
                "hub" => DomainHub::static_type(),
                "lease" => DomainLease::static_type(),
                "shmem" => DomainShmem::static_type(),
                "memory" => DomainMemoryDevice::static_type(),
                "iommu" => DomainIommu::static_type(),
                "nvram" => DomainNvram::static_type(),
                "redirfilter" => DomainRedirfilter::static_type(),
                _ => continue,
            };
            assert_eq!(dev.type_(), expected, "{} in {}", name, path.display());
            seen.insert(name);
        }
    }
    assert_eq!(seen.len(), 11, "kinds found in the corpus: {seen:?}");
}

fn minimal_domain() -> Domain {
    let d = Domain::new();
    d.set_virt_type(DomainVirtType::Kvm);
    d.set_name(Some("typed-devices"));
    d.set_memory(1048576);
    let os = DomainOs::new();
    os.set_os_type(DomainOsType::Hvm);
    d.set_os(Some(&os));
    d
}

/// A domain with one of each kind the installed schema knows (libvirt 9.0: no `<crypto>`
/// or `<pstore>` yet), built through the setters only, validates against domain.rng.
#[test]
fn domains_built_with_the_setters_validate() {
    let d = minimal_domain();
    let tpm = DomainTpm::new();
    tpm.set_model(DomainTpmModel::Tis);
    tpm.set_backend_type(DomainTpmBackendType::Passthrough);
    tpm.set_device_path(Some("/dev/tpm0"));
    tpm.set_backend_version(Some("2.0"));
    d.add_device(&tpm);
    let tpm2 = DomainTpm::new();
    tpm2.set_backend_type(DomainTpmBackendType::Emulator);
    tpm2.set_persistent_state(true);
    d.add_device(&tpm2);
    let tpm3 = DomainTpm::new();
    tpm3.set_backend_type(DomainTpmBackendType::External);
    tpm3.set_source_path(Some("/run/swtpm.sock"));
    d.add_device(&tpm3);

    for configure in [
        |r: &DomainRng| r.set_backend_random(Some("/dev/urandom")),
        |r: &DomainRng| r.set_backend_egd_tcp("localhost", "708"),
        |r: &DomainRng| r.set_backend_egd_unix("/run/egd.sock"),
        |r: &DomainRng| r.set_backend_builtin(),
    ] {
        let rng = DomainRng::new();
        rng.set_model(DomainRngModel::VirtioTransitional);
        configure(&rng);
        rng.set_rate(1024, 1000);
        d.add_device(&rng);
    }

    let panic = DomainPanic::new();
    panic.set_model(DomainPanicModel::Isa);
    d.add_device(&panic);
    let watchdog = DomainWatchdog::new();
    watchdog.set_action(DomainWatchdogAction::InjectNmi);
    d.add_device(&watchdog);
    d.add_device(&DomainHub::new());

    let lease = DomainLease::new();
    lease.set_lockspace(Some("area"));
    lease.set_key(Some("key"));
    lease.set_target_path(Some("/var/lib/libvirt/lease"));
    lease.set_target_offset(1024);
    d.add_device(&lease);

    let shmem = DomainShmem::new();
    shmem.set_name(Some("shared0"));
    shmem.set_model(DomainShmemModel::IvshmemDoorbell);
    shmem.set_size(4096);
    shmem.set_server_path(Some("/tmp/ivshmem.sock"));
    shmem.set_role(DomainShmemRole::Peer);
    d.add_device(&shmem);

    let memory = DomainMemoryDevice::new();
    memory.set_model(DomainMemoryDeviceModel::Nvdimm);
    memory.set_access(DomainMemoryDeviceAccess::Shared);
    memory.set_target_size(524288);
    memory.set_target_node(0);
    memory.set_source_path(Some("/tmp/nvdimm"));
    memory.set_label_size(128);
    d.add_device(&memory);

    let iommu = DomainIommu::new();
    iommu.set_driver_intremap(true);
    iommu.set_driver_caching_mode(true);
    iommu.set_driver_eim(true);
    iommu.set_driver_iotlb(false);
    iommu.set_driver_aw_bits(48);
    d.add_device(&iommu);

    let nvram = DomainNvram::new();
    nvram.set_spapr_vio_reg(0x3000);
    d.add_device(&nvram);

    let filter = DomainRedirfilter::new();
    let rule = DomainRedirfilterUsbdev::new();
    rule.set_class(Some(8));
    rule.set_vendor(Some(0x1234));
    rule.set_product(Some(0xbeef));
    rule.set_version(Some("2.00"));
    rule.set_allow(true);
    filter.add_usbdev(&rule);
    filter.add_usbdev(&DomainRedirfilterUsbdev::new());
    d.add_device(&filter);

    if let Err(e) = d.validate() {
        panic!("{}\n{}", e.message(), d.to_xml());
    }
    // Crypto and pstore are valid for newer libvirts; here: well-formed and read back.
    d.add_device(&DomainCrypto::new());
    d.add_device(&DomainPstore::new());
    let again = Domain::from_xml(&d.to_xml()).unwrap();
    let names: Vec<String> = again.devices().iter().map(|dev| dev.type_().name().to_string()).collect();
    assert_eq!(names.len(), 18);
    assert_eq!(names[16..], ["GVirConfigDomainCrypto", "GVirConfigDomainPstore"]);
}

/// Every getter of every typed kind, on each device of `domain`.
fn read_everything(domain: &Domain) -> usize {
    let mut read = 0;
    for dev in domain.devices() {
        if let Some(t) = dev.downcast_ref::<DomainTpm>() {
            let _ = (t.model(), t.backend_type(), t.backend_version(), t.device_path(), t.source_path(), t.persistent_state());
        } else if let Some(r) = dev.downcast_ref::<DomainRng>() {
            let _ = (r.model(), r.backend_model(), r.backend_path(), r.backend_host(), r.backend_service());
            let _ = (r.rate_bytes(), r.rate_period());
        } else if let Some(p) = dev.downcast_ref::<DomainPanic>() {
            let _ = p.model();
        } else if let Some(w) = dev.downcast_ref::<DomainWatchdog>() {
            let _ = (w.model(), w.action());
        } else if let Some(h) = dev.downcast_ref::<DomainHub>() {
            let _ = h.hub_type();
        } else if let Some(l) = dev.downcast_ref::<DomainLease>() {
            let _ = (l.lockspace(), l.key(), l.target_path(), l.target_offset());
        } else if let Some(s) = dev.downcast_ref::<DomainShmem>() {
            let _ = (s.name(), s.role(), s.model(), s.size(), s.server_path());
        } else if let Some(m) = dev.downcast_ref::<DomainMemoryDevice>() {
            let _ = (m.model(), m.access(), m.target_size(), m.target_node(), m.source_path(), m.label_size());
        } else if let Some(i) = dev.downcast_ref::<DomainIommu>() {
            let _ = (i.model(), i.driver_intremap(), i.driver_caching_mode(), i.driver_eim(), i.driver_iotlb());
            let _ = i.driver_aw_bits();
        } else if let Some(n) = dev.downcast_ref::<DomainNvram>() {
            let _ = (n.address_type(), n.spapr_vio_reg());
        } else if let Some(f) = dev.downcast_ref::<DomainRedirfilter>() {
            for u in f.usbdevs() {
                let _ = (u.class(), u.vendor(), u.product(), u.version(), u.allow());
            }
        } else if let Some(c) = dev.downcast_ref::<DomainCrypto>() {
            let _ = (c.model(), c.crypto_type(), c.backend_model(), c.backend_queues());
        } else if let Some(p) = dev.downcast_ref::<DomainPstore>() {
            let _ = (p.backend(), p.path(), p.size());
        } else {
            continue;
        }
        read += 1;
    }
    read
}

#[test]
fn getters_take_odd_values_in_their_stride() {
    let d = Domain::from_xml(
        "<domain><devices>\
         <tpm model=''><backend type='x' version=''><device/><source/></backend><backend/></tpm>\
         <rng model='virtio'><backend model='egd'/><rate bytes='-1' period='99999999999999999999999'/></rng>\
         <rng model='virtio'><backend model='random'>  </backend></rng><rng/>\
         <panic model='PANIC'/><watchdog/><hub type=''/><lease><target offset='0x10'/></lease>\
         <shmem name=''><size unit='EiB'>18446744073709551615</size><model/></shmem>\
         <memory model='dimm'><target><size unit='T'>99999999999</size><node>4294967296</node><label/></target></memory>\
         <memory><target/></memory><iommu><driver intremap='maybe' aw_bits='4096'/></iommu>\
         <nvram><address type='spapr-vio' reg='zz'/></nvram><nvram><address/></nvram>\
         <redirfilter><usbdev class='0x1ff' vendor='0xfffff' product='beef' version='' allow='maybe'/><usbdev/></redirfilter>\
         <crypto><backend queues='-3'/></crypto><pstore><size>x</size></pstore>\
         </devices></domain>",
    )
    .unwrap();
    assert_eq!(read_everything(&d), 17);
    let mut corpus = 0;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/corpus/Domain");
    for entry in std::fs::read_dir(dir).unwrap() {
        let Ok(xml) = std::fs::read_to_string(entry.unwrap().path()) else { continue };
        if let Ok(d) = Domain::from_xml(&xml) {
            corpus += read_everything(&d);
        }
    }
    assert!(corpus >= 13, "typed devices read in the corpus: {corpus}");
}
