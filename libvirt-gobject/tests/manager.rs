//! `Manager`: a set of connections, its signals and references.

use std::sync::{Arc, Mutex};

use glib::prelude::*;
use libvirt_gobject::{Connection, Manager};

#[test]
fn connections_are_added_found_and_removed() {
    libvirt_gobject::init().unwrap();
    let manager = Manager::new();
    let events = Arc::new(Mutex::new(Vec::new()));
    let log = events.clone();
    manager.connect_connection_added(move |_, c| log.lock().unwrap().push(format!("added {}", c.uri().unwrap())));
    let log = events.clone();
    manager.connect_connection_removed(move |_, c| log.lock().unwrap().push(format!("removed {}", c.uri().unwrap())));

    let test = Connection::new("test:///default");
    let other = Connection::new("test:///other");
    manager.add_connection(&test);
    manager.add_connection(&other);
    assert_eq!(manager.connections(), vec![test.clone(), other.clone()]);
    assert_eq!(manager.find_connection_by_uri("test:///other"), Some(other.clone()));
    assert_eq!(manager.find_connection_by_uri("qemu:///system"), None);

    manager.remove_connection(&test);
    manager.remove_connection(&test); // not held any more: ignored
    assert_eq!(manager.connections(), vec![other.clone()]);
    assert_eq!(
        *events.lock().unwrap(),
        ["added test:///default", "added test:///other", "removed test:///default"]
    );

    // The manager owns one reference per connection it holds, and drops it when finalized.
    let weak = other.downgrade();
    drop(other);
    assert!(weak.upgrade().is_some(), "the manager keeps it");
    drop(manager);
    assert!(weak.upgrade().is_none(), "freed with the manager");
    let weak = test.downgrade();
    drop(test);
    assert!(weak.upgrade().is_none(), "removed connections are not kept");
}
