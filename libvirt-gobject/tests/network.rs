//! Networks on libvirt's `test:///default` driver (which has the network `default`; it does
//! not report DHCP leases).

use libvirt_gobject::{Connection, NetworkError};

#[test]
fn networks_are_fetched_found_and_kept() {
    libvirt_gobject::init().unwrap();
    let conn = Connection::new("test:///default");
    conn.open(None).unwrap();
    assert!(conn.networks().is_empty());
    conn.fetch_networks(None).unwrap();
    let networks = conn.networks();
    assert_eq!(networks.len(), 1);
    let net = &networks[0];
    assert_eq!(net.name(), "default");
    assert_eq!(net.uuid(), "dd8fe884-6c02-601e-7551-cca97df1c5df");
    assert!(libvirt_gconfig::ConfigObjectExt::to_xml(&net.config(0).unwrap()).contains("<name>default</name>"));
    assert_eq!(conn.find_network_by_name("default").as_ref(), Some(net));
    assert_eq!(conn.network(&net.uuid()).as_ref(), Some(net));
    glib::MainContext::default().block_on(conn.fetch_networks_future(None)).unwrap();
    assert_eq!(&conn.networks()[0], net, "a refetch keeps the object");
    let e = net.dhcp_leases(None, 0).unwrap_err();
    assert!(e.matches(NetworkError::Failed));
    assert!(e.message().starts_with("Unable to get network DHCP leases: "), "{e}");
}
