//! Device elements of a domain get the class of their kind, and nothing is dropped.

use glib::prelude::*;

use crate::*;

#[test]
fn device_elements_get_their_classes() {
    let d = Domain::from_xml(
        "<domain><devices><hostdev mode='subsystem' type='usb'/><hostdev type='pci'/><controller type='usb'/>\
         <controller type='ide'/><controller/><smartcard mode='host'/><smartcard mode='host-certificates'/>\
         <smartcard mode='passthrough' type='spicevmc'/><smartcard mode='x'/><smartcard/><memballoon model='virtio'/>\
         <filesystem/><disk/><hostdev/></devices></domain>",
    )
    .unwrap();
    let names: Vec<&str> = d.devices().iter().map(|dev| dev.type_().name()).collect();
    assert_eq!(
        names,
        [
            "GVirConfigDomainHostdev",
            "GVirConfigDomainHostdevPci",
            "GVirConfigDomainControllerUsb",
            "GVirConfigDomainController",
            "GVirConfigDomainController",
            "GVirConfigDomainSmartcardHost",
            "GVirConfigDomainSmartcardHostCertificates",
            "GVirConfigDomainSmartcardPassthrough",
            "GVirConfigDomainDevice",
            "GVirConfigDomainDevice",
            "GVirConfigDomainMemballoon",
            "GVirConfigDomainFilesys",
            "GVirConfigDomainDisk",
            "GVirConfigDomainHostdev",
        ]
    );
}

#[test]
fn devices_read_from_a_domain_know_their_type() {
    let d = Domain::from_xml("<domain><devices><disk type='block'><source dev='/dev/x'/></disk></devices></domain>").unwrap();
    let disk: DomainDisk = d.devices().remove(0).downcast().unwrap();
    assert_eq!(disk.disk_type(), DomainDiskType::Block);
    assert_eq!(disk.source().as_deref(), Some("/dev/x"));
    disk.set_target_dev(Some("vdb"));
    assert!(d.to_xml().contains("<target dev=\"vdb\"/>"));
}

#[test]
fn objects_outlive_the_domain_they_were_added_to() {
    let disk = DomainDisk::new();
    let driver = DomainDiskDriver::new();
    disk.set_driver(Some(&driver));
    {
        let d = Domain::new();
        d.add_device(&disk);
        driver.set_name(Some("qemu"));
        assert!(d.to_xml().contains("<driver name=\"qemu\"/>"));
    }
    driver.set_format(DomainDiskFormat::Qcow2);
    assert_eq!(disk.to_xml(), "<disk>\n  <driver name=\"qemu\" type=\"qcow2\"/>\n</disk>");
}
