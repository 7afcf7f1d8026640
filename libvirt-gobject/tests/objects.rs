//! Interfaces on `test:///default` (which has `eth1`), and node devices made around a handle.

use libvirt_gobject::{Connection, NodeDevice, NodeDeviceHandle};

#[test]
fn interfaces_are_fetched_and_found() {
    libvirt_gobject::init().unwrap();
    let conn = Connection::new("test:///default");
    conn.open(None).unwrap();
    assert!(conn.interfaces().is_empty());
    glib::MainContext::default().block_on(conn.fetch_interfaces_future(None)).unwrap();
    let ifaces = conn.interfaces();
    assert_eq!(ifaces.len(), 1);
    let eth1 = &ifaces[0];
    assert_eq!(eth1.name().as_deref(), Some("eth1"));
    assert_eq!(eth1.mac().as_deref(), Some("aa:bb:cc:dd:ee:ff"));
    assert!(eth1.config(0).is_ok());
    assert_eq!(conn.interface("eth1").as_ref(), Some(eth1));
    assert_eq!(conn.find_interface_by_mac("aa:bb:cc:dd:ee:ff").as_ref(), Some(eth1));
    conn.fetch_interfaces(None).unwrap();
    assert_eq!(&conn.interfaces()[0], eth1, "a refetch keeps the object");
}

#[test]
fn node_devices_around_a_handle() {
    libvirt_gobject::init().unwrap();
    let conn = Connection::new("test:///default");
    conn.open(None).unwrap();
    let virt_conn = conn.handle().unwrap();
    // SAFETY: a live connection; the looked-up device's reference is dropped after the handle
    // took its own.
    let handle = unsafe {
        let dev = virt::sys::virNodeDeviceLookupByName(virt_conn.as_ptr(), c"computer".as_ptr());
        assert!(!dev.is_null());
        let handle = NodeDeviceHandle::from_raw_none(dev);
        virt::sys::virNodeDeviceFree(dev);
        handle
    };
    let device = NodeDevice::new(&handle);
    assert_eq!(device.name().as_deref(), Some("computer"));
    assert!(device.config(0).is_ok());
    assert!(device.handle().is_some());
}
