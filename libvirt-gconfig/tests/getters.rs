//! Every setter libvirt-glib left write-only has a getter here: set a value, read it back.
//! (`scripts/list-write-only-setters.py` lists the setters of a GIR without a getter.)

use glib::prelude::*;
use libvirt_gconfig::*;

#[test]
fn domain_parts() {
    let d = Domain::new();
    assert_eq!(d.lifecycle(DomainLifecycleEvent::OnCrash), None);
    d.set_lifecycle(DomainLifecycleEvent::OnCrash, DomainLifecycleAction::CoredumpRestart);
    assert_eq!(d.lifecycle(DomainLifecycleEvent::OnCrash), Some(DomainLifecycleAction::CoredumpRestart));
    assert!(d.seclabel().is_none() && d.power_management().is_none());
    let label = DomainSeclabel::new();
    label.set_label_type(DomainSeclabelType::Static);
    label.set_model(Some("selinux"));
    label.set_label(Some("system_u:system_r:svirt_t:s0:c1,c2"));
    label.set_baselabel(Some("system_u:system_r:svirt_t:s0"));
    d.set_seclabel(Some(&label));
    let got = d.seclabel().unwrap();
    assert_eq!(got.label_type(), Some(DomainSeclabelType::Static));
    assert_eq!(got.model().as_deref(), Some("selinux"));
    assert_eq!(got.label().as_deref(), Some("system_u:system_r:svirt_t:s0:c1,c2"));
    assert_eq!(got.baselabel().as_deref(), Some("system_u:system_r:svirt_t:s0"));
    assert_eq!(d.seclabels().len(), 1);
    let pm = DomainPowerManagement::new();
    pm.set_mem_suspend_enabled(true);
    pm.set_disk_suspend_enabled(false);
    d.set_power_management(Some(&pm));
    let got = d.power_management().unwrap();
    assert_eq!((got.mem_suspend_enabled(), got.disk_suspend_enabled()), (Some(true), Some(false)));
}

#[test]
fn graphics_endpoints() {
    let vnc = DomainGraphicsVnc::new();
    assert_eq!((vnc.password(), vnc.autoport(), vnc.upcast_ref::<DomainGraphics>().listen_address()), (None, false, None));
    vnc.set_password(Some("secret"));
    vnc.set_autoport(true);
    vnc.upcast_ref::<DomainGraphics>().set_listen_address(Some("127.0.0.1"));
    assert_eq!(
        vnc.to_xml(),
        "<graphics type=\"vnc\" passwd=\"secret\" autoport=\"yes\" listen=\"127.0.0.1\">\n  \
         <listen type=\"address\" address=\"127.0.0.1\"/>\n</graphics>"
    );
    assert_eq!((vnc.password().as_deref(), vnc.autoport()), (Some("secret"), true));
    assert_eq!(vnc.upcast_ref::<DomainGraphics>().listen_address().as_deref(), Some("127.0.0.1"));
    vnc.upcast_ref::<DomainGraphics>().set_listen_address(None);
    assert_eq!(vnc.to_xml(), "<graphics type=\"vnc\" passwd=\"secret\" autoport=\"yes\"/>");

    let spice = DomainGraphicsSpice::new();
    assert_eq!((spice.gl(), spice.tls_port(), spice.password()), (None, 0, None));
    spice.set_tls_port(5901);
    spice.set_autoport(true);
    spice.set_password(Some("p"));
    spice.set_gl(true);
    assert_eq!((spice.gl(), spice.tls_port(), spice.autoport(), spice.password().as_deref()), (Some(true), 5901, true, Some("p")));
    let parsed = DomainGraphics::from_xml(
        "<graphics type='spice' listen='0.0.0.0'><listen type='socket' socket='/run/s.sock'/><listen type='address' address='::1'/></graphics>",
    )
    .unwrap();
    assert_eq!(parsed.listen_address().as_deref(), Some("::1"));
    assert_eq!(parsed.listen_socket().as_deref(), Some("/run/s.sock"));
    let old_style = DomainGraphics::from_xml("<graphics type='vnc' listen='10.0.0.1' socket='/run/v.sock'/>").unwrap();
    assert_eq!(old_style.listen_address().as_deref(), Some("10.0.0.1"));
    assert_eq!(old_style.listen_socket().as_deref(), Some("/run/v.sock"));

    let rdp = DomainGraphicsRdp::new();
    rdp.set_autoport(true);
    assert!(rdp.autoport());
    let sdl = DomainGraphicsSdl::new();
    sdl.set_display(Some(":0"));
    sdl.set_xauthority(Some("/root/.Xauthority"));
    sdl.set_fullscreen(true);
    assert_eq!((sdl.display().as_deref(), sdl.xauthority().as_deref(), sdl.fullscreen()), (Some(":0"), Some("/root/.Xauthority"), true));
    let dbus = DomainGraphicsDBus::new();
    dbus.set_gl(false);
    assert_eq!(dbus.gl(), Some(false));
}

#[test]
fn devices() {
    let usb = DomainAddressUsb::new();
    usb.set_bus(2);
    usb.set_port(Some("1.2"));
    assert_eq!((usb.bus(), usb.port().as_deref()), (Some(2), Some("1.2")));
    let controller = DomainControllerUsb::new();
    assert!(controller.address().is_none());
    let pci = DomainAddressPci::new();
    pci.set_slot(3);
    controller.set_address(Some(&pci));
    let address = controller.address().unwrap();
    assert_eq!(address.downcast::<DomainAddressPci>().unwrap().slot(), 3);
    controller.set_model(DomainControllerUsbModel::Ich9Ehci1);
    assert_eq!(controller.model(), Some(DomainControllerUsbModel::Ich9Ehci1));
    let master = DomainControllerUsb::new();
    controller.set_master(&master, 2);
    assert_eq!(controller.master_startport(), Some(2));

    let redirdev = DomainRedirdev::new();
    redirdev.set_bus(DomainRedirdevBus::Usb);
    let usb = DomainAddressUsb::new();
    usb.set_bus(0);
    redirdev.set_address(Some(usb.upcast_ref()));
    assert_eq!(redirdev.bus(), Some(DomainRedirdevBus::Usb));
    assert_eq!(redirdev.address().unwrap().type_(), DomainAddressUsb::static_type());

    let console = DomainConsole::new();
    console.set_target_type(DomainConsoleTargetType::Virtio);
    assert_eq!(console.target_type(), Some(DomainConsoleTargetType::Virtio));
    let disk = DomainDisk::new();
    disk.set_readonly(true);
    assert!(disk.readonly());

    let fs = DomainFilesys::new();
    fs.set_filesys_type(DomainFilesysType::Ram);
    fs.set_access_type(DomainFilesysAccessType::Mapped);
    fs.set_driver_type(DomainFilesysDriverType::Path);
    fs.set_driver_format(DomainDiskFormat::Qcow2);
    fs.set_ram_usage(1 << 20);
    fs.set_target(Some("share"));
    fs.set_readonly(true);
    assert_eq!(fs.filesys_type(), DomainFilesysType::Ram);
    assert_eq!(fs.access_type(), Some(DomainFilesysAccessType::Mapped));
    assert_eq!(fs.driver_type(), DomainFilesysDriverType::Path);
    assert_eq!(fs.driver_format(), Some(DomainDiskFormat::Qcow2));
    assert_eq!(fs.ram_usage(), Some(1 << 20));
    assert_eq!((fs.target().as_deref(), fs.readonly()), (Some("share"), true));
    let fs = DomainFilesys::new();
    fs.set_filesys_type(DomainFilesysType::Mount);
    fs.set_source(Some("/srv"));
    assert_eq!(fs.source().as_deref(), Some("/srv"));

    let bridge = DomainInterfaceBridge::new();
    bridge.set_source(Some("br0"));
    assert_eq!(bridge.source().as_deref(), Some("br0"));
    let network = DomainInterfaceNetwork::new();
    network.set_source(Some("default"));
    assert_eq!(network.source().as_deref(), Some("default"));

    let balloon = DomainMemballoon::new();
    balloon.set_model(DomainMemballoonModel::Virtio);
    assert_eq!(balloon.model(), Some(DomainMemballoonModel::Virtio));
    let sound = DomainSound::new();
    sound.set_model(DomainSoundModel::Ich6);
    assert_eq!(sound.model(), Some(DomainSoundModel::Ich6));

    let video = DomainVideo::new();
    assert_eq!((video.vram(), video.accel3d()), (None, None));
    video.set_vram(16384);
    video.set_ram(65536);
    video.set_vgamem(8192);
    video.set_heads(2);
    video.set_accel3d(true);
    assert_eq!((video.vram(), video.ram(), video.vgamem(), video.heads()), (Some(16384), Some(65536), Some(8192), Some(2)));
    assert_eq!(video.accel3d(), Some(true));

    let certs = DomainSmartcardHostCertificates::new();
    certs.set_certificates(Some("a"), Some("b"), Some("c"));
    certs.set_database(Some("/etc/pki/nssdb"));
    assert_eq!(certs.certificates(), vec!["a", "b", "c"]);
    assert_eq!(certs.database().as_deref(), Some("/etc/pki/nssdb"));
    let passthrough = DomainSmartcardPassthrough::new();
    assert!(passthrough.source().is_none());
    passthrough.set_source(&DomainChardevSourceSpiceVmc::new());
    assert_eq!(passthrough.source().unwrap().type_(), DomainChardevSourceSpiceVmc::static_type());
}

#[test]
fn os() {
    let os = DomainOs::new();
    os.set_kernel(Some("/boot/vmlinuz"));
    os.set_ramdisk(Some("/boot/initrd"));
    os.set_cmdline(Some("console=ttyS0"));
    os.set_init(Some("/sbin/init"));
    os.set_loader(Some("/usr/share/OVMF/OVMF_CODE.fd"));
    os.set_smbios_mode(DomainOsSmBiosMode::Sysinfo);
    assert_eq!(os.kernel().as_deref(), Some("/boot/vmlinuz"));
    assert_eq!(os.ramdisk().as_deref(), Some("/boot/initrd"));
    assert_eq!(os.cmdline().as_deref(), Some("console=ttyS0"));
    assert_eq!(os.init().as_deref(), Some("/sbin/init"));
    assert_eq!(os.loader().as_deref(), Some("/usr/share/OVMF/OVMF_CODE.fd"));
    assert_eq!(os.smbios_mode(), Some(DomainOsSmBiosMode::Sysinfo));
}

#[test]
fn storage_volumes() {
    let vol = StorageVol::new();
    vol.set_name(Some("disk.qcow2"));
    vol.set_capacity(1 << 30);
    vol.set_allocation(1 << 20);
    let target = StorageVolTarget::new();
    target.set_format("qcow2");
    target.set_compat(Some("1.1"));
    vol.set_target(Some(&target));
    let backing = StorageVolBackingStore::new();
    backing.set_path(Some("/var/lib/base.img"));
    backing.set_format("raw");
    vol.set_backing_store(Some(&backing));
    assert_eq!((vol.name().as_deref(), vol.capacity(), vol.allocation()), (Some("disk.qcow2"), 1 << 30, 1 << 20));
    let target = vol.target().unwrap();
    assert_eq!((target.format().as_deref(), target.compat().as_deref()), (Some("qcow2"), Some("1.1")));
    let backing = vol.backing_store().unwrap();
    assert_eq!((backing.path().as_deref(), backing.format().as_deref()), (Some("/var/lib/base.img"), Some("raw")));
}
