//! Domain-level elements libvirt-glib has no classes for: memory backing, CPU/NUMA/block I/O/
//! memory tuning, I/O threads, sysinfo, launch security, resource partition, and boot order on
//! devices. Built through the API (golden XML, valid against libvirt's domain.rng), parsed and
//! read back, with unknown children kept.

use glib::prelude::*;
use libvirt_gconfig::*;

fn base_domain() -> Domain {
    let d = Domain::new();
    d.set_virt_type(DomainVirtType::Kvm);
    d.set_name(Some("tuned"));
    d.set_memory(1048576);
    let os = DomainOs::new();
    os.set_os_type(DomainOsType::Hvm);
    d.set_os(Some(&os));
    d
}

#[test]
fn built_through_the_api() {
    let d = base_domain();
    let mb = DomainMemoryBacking::new();
    mb.set_hugepages(true);
    mb.set_nosharepages(true);
    mb.set_locked(true);
    mb.set_source_type(Some(DomainMemoryBackingSourceType::Memfd));
    mb.set_access_mode(Some(DomainMemoryBackingAccessMode::Shared));
    d.set_memory_backing(Some(&mb));
    let cputune = DomainCputune::new();
    cputune.set_vcpupin(0, Some("1"));
    cputune.set_vcpupin(1, Some("2-3"));
    cputune.set_vcpupin(0, Some("4"));
    cputune.set_shares(2048);
    cputune.set_period(100000);
    cputune.set_quota(-1);
    d.set_cputune(Some(&cputune));
    let numatune = DomainNumatune::new();
    numatune.set_memory_mode(DomainNumatuneMemoryMode::Interleave);
    numatune.set_memory_nodeset(Some("0-1"));
    d.set_numatune(Some(&numatune));
    let blkiotune = DomainBlkiotune::new();
    blkiotune.set_weight(500);
    d.set_blkiotune(Some(&blkiotune));
    let memtune = DomainMemtune::new();
    memtune.set_hard_limit(2097152);
    memtune.set_soft_limit(1048576);
    memtune.set_swap_hard_limit(4194304);
    d.set_memtune(Some(&memtune));
    d.set_iothreads(2);
    let sysinfo = DomainSysinfo::new();
    sysinfo.set_bios_entry("vendor", Some("LENOVO"));
    sysinfo.set_system_entry("manufacturer", Some("Fedora"));
    sysinfo.set_system_entry("product", Some("Virt-Manager"));
    d.set_sysinfo(Some(&sysinfo));
    let sev = DomainLaunchSecurity::new();
    sev.set_security_type(Some("sev"));
    sev.set_cbitpos(47);
    sev.set_reduced_phys_bits(1);
    sev.set_policy(0x33);
    d.set_launch_security(Some(&sev));
    d.set_resource_partition(Some("/machine"));
    let disk = DomainDisk::new();
    disk.set_disk_type(DomainDiskType::File);
    disk.set_source(Some("/var/lib/libvirt/images/a.qcow2"));
    disk.set_target_dev(Some("vda"));
    disk.set_boot_order(1);
    d.add_device(&disk);
    let nic = DomainInterfaceNetwork::new();
    nic.set_source(Some("default"));
    nic.set_boot_order(2);
    d.add_device(&nic);
    let redirdev = DomainRedirdev::new();
    redirdev.set_bus(DomainRedirdevBus::Usb);
    redirdev.set_source(&DomainChardevSourceSpiceVmc::new());
    redirdev.set_boot_order(3);
    d.add_device(&redirdev);

    assert_eq!(
        d.to_xml(),
        "<domain type=\"kvm\">\n  <name>tuned</name>\n  <memory unit=\"KiB\">1048576</memory>\n  <os>\n    <type>hvm</type>\n  </os>\n  \
         <memoryBacking>\n    <hugepages/>\n    <nosharepages/>\n    <locked/>\n    <source type=\"memfd\"/>\n    <access mode=\"shared\"/>\n  </memoryBacking>\n  \
         <cputune>\n    <vcpupin vcpu=\"0\" cpuset=\"4\"/>\n    <vcpupin vcpu=\"1\" cpuset=\"2-3\"/>\n    <shares>2048</shares>\n    <period>100000</period>\n    <quota>-1</quota>\n  </cputune>\n  \
         <numatune>\n    <memory mode=\"interleave\" nodeset=\"0-1\"/>\n  </numatune>\n  \
         <blkiotune>\n    <weight>500</weight>\n  </blkiotune>\n  \
         <memtune>\n    <hard_limit unit=\"KiB\">2097152</hard_limit>\n    <soft_limit unit=\"KiB\">1048576</soft_limit>\n    <swap_hard_limit unit=\"KiB\">4194304</swap_hard_limit>\n  </memtune>\n  \
         <iothreads>2</iothreads>\n  \
         <sysinfo type=\"smbios\">\n    <bios>\n      <entry name=\"vendor\">LENOVO</entry>\n    </bios>\n    <system>\n      <entry name=\"manufacturer\">Fedora</entry>\n      <entry name=\"product\">Virt-Manager</entry>\n    </system>\n  </sysinfo>\n  \
         <launchSecurity type=\"sev\">\n    <cbitpos>47</cbitpos>\n    <reducedPhysBits>1</reducedPhysBits>\n    <policy>0x0033</policy>\n  </launchSecurity>\n  \
         <resource>\n    <partition>/machine</partition>\n  </resource>\n  \
         <devices>\n    <disk type=\"file\">\n      <source file=\"/var/lib/libvirt/images/a.qcow2\"/>\n      <target dev=\"vda\"/>\n      <boot order=\"1\"/>\n    </disk>\n    \
         <interface type=\"network\">\n      <source network=\"default\"/>\n      <boot order=\"2\"/>\n    </interface>\n    \
         <redirdev type=\"spicevmc\" bus=\"usb\">\n      <boot order=\"3\"/>\n    </redirdev>\n  </devices>\n</domain>"
    );
    d.validate().expect("valid against domain.rng");

    // Read back through fresh objects of a parsed copy.
    let copy = Domain::from_xml(&d.to_xml()).unwrap();
    let mb = copy.memory_backing().unwrap();
    assert!(mb.hugepages() && mb.nosharepages() && mb.locked());
    assert_eq!(mb.source_type(), Some(DomainMemoryBackingSourceType::Memfd));
    assert_eq!(mb.access_mode(), Some(DomainMemoryBackingAccessMode::Shared));
    let cputune = copy.cputune().unwrap();
    assert_eq!((cputune.shares(), cputune.period(), cputune.quota()), (Some(2048), Some(100000), Some(-1)));
    assert_eq!((cputune.vcpupin(0).as_deref(), cputune.vcpupin(1).as_deref(), cputune.vcpupin(2)), (Some("4"), Some("2-3"), None));
    let numatune = copy.numatune().unwrap();
    assert_eq!(numatune.memory_mode(), Some(DomainNumatuneMemoryMode::Interleave));
    assert_eq!(numatune.memory_nodeset().as_deref(), Some("0-1"));
    assert_eq!(copy.blkiotune().unwrap().weight(), Some(500));
    let memtune = copy.memtune().unwrap();
    assert_eq!((memtune.hard_limit(), memtune.soft_limit(), memtune.swap_hard_limit()), (Some(2097152), Some(1048576), Some(4194304)));
    assert_eq!(copy.iothreads(), 2);
    let sysinfo = copy.sysinfo().unwrap();
    assert_eq!(sysinfo.sysinfo_type().as_deref(), Some("smbios"));
    assert_eq!(sysinfo.bios_entry("vendor").as_deref(), Some("LENOVO"));
    assert_eq!(sysinfo.system_entry("product").as_deref(), Some("Virt-Manager"));
    assert_eq!(sysinfo.system_entry("serial"), None);
    let sev = copy.launch_security().unwrap();
    assert_eq!(sev.security_type().as_deref(), Some("sev"));
    assert_eq!((sev.policy(), sev.cbitpos(), sev.reduced_phys_bits()), (Some(0x33), Some(47), Some(1)));
    assert_eq!(copy.resource_partition().as_deref(), Some("/machine"));
    let devices = copy.devices();
    assert_eq!(devices[0].downcast_ref::<DomainDisk>().unwrap().boot_order(), 1);
    assert_eq!(devices[1].downcast_ref::<DomainInterface>().unwrap().boot_order(), 2);
    assert_eq!(devices[2].downcast_ref::<DomainRedirdev>().unwrap().boot_order(), 3);

    // Removing.
    copy.set_memory_backing(None);
    copy.set_iothreads(0);
    copy.set_resource_partition(None);
    cputune.set_vcpupin(0, None);
    sysinfo.set_bios_entry("vendor", None);
    devices[0].downcast_ref::<DomainDisk>().unwrap().set_boot_order(-1);
    let xml = copy.to_xml();
    for gone in ["memoryBacking", "iothreads", "resource", "vcpu=\"0\"", "<bios>", "order=\"1\""] {
        assert!(!xml.contains(gone), "{gone} in {xml}");
    }
    copy.validate().expect("still valid");
}

#[test]
fn unknown_children_are_kept() {
    let xml = "<domain type='kvm'><name>x</name>\
        <memoryBacking><hugepages><page size='1' unit='G' nodeset='0'/></hugepages><discard/></memoryBacking>\
        <cputune><emulatorpin cpuset='1'/><vcpupin vcpu='0' cpuset='2'/></cputune>\
        <numatune><memory mode='strict' placement='static' nodeset='0'/><memnode cellid='0' mode='strict' nodeset='0'/></numatune>\
        <blkiotune><weight>100</weight><device><path>/dev/sda</path><weight>200</weight></device></blkiotune>\
        <memtune><hard_limit unit='G'>2</hard_limit><min_guarantee>1</min_guarantee></memtune>\
        <sysinfo type='smbios'><bios><entry name='vendor'>a</entry><entry name='date'>b</entry></bios><chassis><entry name='asset'>c</entry></chassis></sysinfo>\
        <launchSecurity type='sev' kernelHashes='yes'><policy>0x0003</policy><dhCert>AAA</dhCert></launchSecurity>\
        <resource><partition>/x</partition><fibrechannel appid='a'/></resource></domain>";
    let d = Domain::from_xml(xml).unwrap();
    let mb = d.memory_backing().unwrap();
    assert!(mb.hugepages());
    mb.set_hugepages(true); // keeps the page sizes
    mb.set_locked(true);
    let cputune = d.cputune().unwrap();
    assert_eq!(cputune.vcpupin(0).as_deref(), Some("2"));
    cputune.set_vcpupin(0, Some("3"));
    let numatune = d.numatune().unwrap();
    assert_eq!(numatune.memory_mode(), Some(DomainNumatuneMemoryMode::Strict));
    numatune.set_memory_mode(DomainNumatuneMemoryMode::Preferred);
    let blkiotune = d.blkiotune().unwrap();
    blkiotune.set_weight(300);
    let memtune = d.memtune().unwrap();
    assert_eq!(memtune.hard_limit(), Some(2 * 1024 * 1024));
    memtune.set_soft_limit(512);
    let sysinfo = d.sysinfo().unwrap();
    sysinfo.set_bios_entry("vendor", Some("z"));
    let sev = d.launch_security().unwrap();
    assert_eq!(sev.policy(), Some(3));
    sev.set_policy(7);
    d.set_resource_partition(Some("/y"));
    let out = d.to_xml();
    for kept in [
        "<page size=\"1\" unit=\"G\" nodeset=\"0\"/>",
        "<discard/>",
        "<emulatorpin cpuset=\"1\"/>",
        "<vcpupin vcpu=\"0\" cpuset=\"3\"/>",
        "<memory mode=\"preferred\" placement=\"static\" nodeset=\"0\"/>",
        "<memnode cellid=\"0\" mode=\"strict\" nodeset=\"0\"/>",
        "<weight>300</weight>",
        "<path>/dev/sda</path>",
        "<min_guarantee>1</min_guarantee>",
        "<entry name=\"vendor\">z</entry>\n      <entry name=\"date\">b</entry>",
        "<chassis>",
        "kernelHashes=\"yes\"",
        "<policy>0x0007</policy>",
        "<dhCert>AAA</dhCert>",
        "<partition>/y</partition>",
        "<fibrechannel appid=\"a\"/>",
    ] {
        assert!(out.contains(kept), "{kept} lost:\n{out}");
    }
    // Removing the partition keeps a <resource> that has other children.
    d.set_resource_partition(None);
    assert!(d.to_xml().contains("<resource>\n    <fibrechannel appid=\"a\"/>\n  </resource>"));
}
