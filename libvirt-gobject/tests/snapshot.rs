//! Domain snapshots on libvirt's `test:///default` driver (domain `test`), blocking and async.
//! One test function: the driver's state is shared by every connection of the process.

use gio::prelude::*;
use libvirt_gobject::{
    Connection, DomainSnapshot, DomainSnapshotCreateFlags, DomainSnapshotDeleteFlags, DomainSnapshotError,
    DomainSnapshotListFlags, DomainSnapshotRevertFlags,
};

fn conf(name: &str, description: &str) -> libvirt_gconfig::DomainSnapshot {
    let conf = libvirt_gconfig::DomainSnapshot::new();
    conf.set_name(Some(name));
    conf.set_description(Some(description));
    conf
}

fn names(snapshots: &[DomainSnapshot]) -> Vec<String> {
    let mut names: Vec<String> = snapshots.iter().map(|s| s.name().unwrap()).collect();
    names.sort();
    names
}

#[test]
fn snapshots_are_created_listed_reverted_and_deleted() {
    libvirt_gobject::init().unwrap();
    let ctx = glib::MainContext::default();
    let conn = Connection::new("test:///default");
    conn.open(None).unwrap();
    conn.fetch_domains(None).unwrap();
    let domain = conn.find_domain_by_name("test").expect("the test driver's domain");
    let all = DomainSnapshotListFlags::empty();

    domain.fetch_snapshots(all, None).unwrap();
    assert!(domain.snapshots().is_empty());
    assert!(!domain.has_current_snapshot(0).unwrap());

    let first = domain.create_snapshot(Some(&conf("first", "before the change")), DomainSnapshotCreateFlags::empty()).unwrap();
    assert_eq!(first.name().as_deref(), Some("first"));
    assert!(first.is_current(0).unwrap());
    assert!(domain.has_current_snapshot(0).unwrap());
    assert_eq!(domain.snapshots(), vec![first.clone()], "a created snapshot is listed");

    let second = ctx
        .block_on(domain.create_snapshot_future(Some(&conf("second", "after")), DomainSnapshotCreateFlags::empty(), None))
        .unwrap();
    assert!(second.is_current(0).unwrap());
    assert!(!first.is_current(0).unwrap());

    domain.fetch_snapshots(all, None).unwrap();
    assert_eq!(names(&domain.snapshots()), ["first", "second"]);
    assert!(domain.snapshots().contains(&first), "a refetch keeps the objects");
    ctx.block_on(domain.fetch_snapshots_future(DomainSnapshotListFlags::LEAVES, None)).unwrap();
    assert_eq!(domain.snapshots(), vec![second.clone()], "list flags select");

    let config = first.config(0).unwrap();
    assert_eq!(config.name().as_deref(), Some("first"));
    assert_eq!(config.description().as_deref(), Some("before the change"));
    config.set_description(Some("edited"));
    first.set_config(&config).unwrap();
    assert_eq!(first.config(0).unwrap().description().as_deref(), Some("edited"));

    first.revert_to(DomainSnapshotRevertFlags::empty()).unwrap();
    assert!(first.is_current(0).unwrap());
    ctx.block_on(second.revert_to_future(DomainSnapshotRevertFlags::RUNNING, None)).unwrap();
    assert!(second.is_current(0).unwrap());

    let cancelled = gio::Cancellable::new();
    cancelled.cancel();
    let e = ctx.block_on(second.delete_future(DomainSnapshotDeleteFlags::empty(), Some(&cancelled))).unwrap_err();
    assert!(e.matches(gio::IOErrorEnum::Cancelled));

    ctx.block_on(second.delete_future(DomainSnapshotDeleteFlags::empty(), None)).unwrap();
    let e = second.delete(DomainSnapshotDeleteFlags::empty()).unwrap_err();
    assert!(e.matches(DomainSnapshotError::Failed));
    assert!(e.message().starts_with("Unable to delete snapshot `second': "), "{e}");
    first.delete(DomainSnapshotDeleteFlags::CHILDREN).unwrap();
    domain.fetch_snapshots(all, None).unwrap();
    assert!(domain.snapshots().is_empty());
    assert!(!domain.has_current_snapshot(0).unwrap());
}
