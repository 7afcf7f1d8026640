//! A tour of the Rust API of the three crates, on libvirt's test driver.
//!
//! ```text
//! cargo run -p libvirt-gobject --example tour [URI]     # URI defaults to test:///default
//! ```
//!
//! Everything runs on the default `MainContext` in one `async` block: blocking libvirt calls go
//! to worker threads through the `*_future` methods and complete back here, and the
//! connection's and domains' signals (libvirt's events, through `libvirt_glib`'s event loop)
//! are printed as they arrive. No `unsafe`, no tokio.
//!
//! 1. opens the connection (`open_future`) and prints the node's figures;
//! 2. fetches and lists the domains with their state;
//! 3. builds a domain with `libvirt_gconfig` (memory, vCPUs, a disk, a VNC display), creates it,
//!    drives it through start → suspend → resume → stop and deletes it, printing each signal;
//! 4. takes a screenshot of a running domain through a `Stream`;
//! 5. lists storage pools with their volumes, and networks.
//!
//! The domain is `<domain type='test'>`, so the URI must name a test driver.

use std::process::ExitCode;
use std::time::Duration;

use gio::prelude::*;
use glib::MainContext;
use libvirt_gconfig::{
    DomainDisk, DomainDiskBus, DomainDiskGuestDeviceType, DomainDiskType, DomainGraphicsVnc,
    DomainOs, DomainOsType, DomainVirtType,
};
use libvirt_gobject::{Connection, Domain, DomainDeleteFlags, DomainStartFlags, DomainXmlFlags};

fn main() -> ExitCode {
    let uri = std::env::args().nth(1).unwrap_or_else(|| "test:///default".to_owned());
    if let Err(e) = libvirt_gobject::init() {
        eprintln!("init failed: {e}");
        return ExitCode::FAILURE;
    }
    match MainContext::default().block_on(tour(&uri)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tour failed: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn tour(uri: &str) -> Result<(), glib::Error> {
    let conn = Connection::new(uri);
    conn.connect_domain_added(|_, d| println!("  signal: domain-added {}", d.name()));
    conn.connect_domain_removed(|_, d| println!("  signal: domain-removed {}", d.name()));

    println!("1. opening {uri}");
    conn.open_future(None).await?;
    let node = conn.node_info()?;
    println!("   {} ({}), {} CPUs at {} MHz, {} KiB", conn.hypervisor_name()?, node.model, node.cpus, node.mhz, node.memory);

    println!("2. domains");
    conn.fetch_domains_future(None).await?;
    for domain in sorted(conn.domains()) {
        let info = domain.info_future(None).await?;
        println!("   {:<20} {:?}, {} KiB, {} vCPU(s)", domain.name(), info.state, info.memory, info.n_virt_cpu);
    }

    println!("3. a new domain, built with libvirt_gconfig");
    let domain = conn.create_domain(&tour_config())?;
    follow(&domain);
    settle().await;
    domain.start_future(DomainStartFlags::NONE, None).await?;
    settle().await;
    domain.suspend()?;
    settle().await;
    domain.resume_future(None).await?;
    settle().await;
    let devices = domain.config(DomainXmlFlags::empty())?.devices().len();
    println!("   {} has {devices} devices; stopping and deleting it", domain.name());
    domain.stop(0)?;
    settle().await;
    domain.delete(DomainDeleteFlags::empty())?;
    settle().await;

    println!("4. a screenshot");
    if let Some(running) = sorted(conn.domains()).into_iter().find(|d| d.id().is_ok()) {
        if let Some(stream) = conn.stream(0) {
            let mime = running.screenshot(&stream, 0, 0)?;
            let mut image = Vec::new();
            let input = stream.input_stream();
            loop {
                let chunk = input.read_bytes_future(64 * 1024, glib::Priority::DEFAULT).await?;
                if chunk.is_empty() {
                    break;
                }
                image.extend_from_slice(&chunk);
            }
            println!("   {}: {mime}, {} bytes", running.name(), image.len());
        }
    }

    println!("5. storage and networks");
    conn.fetch_storage_pools_future(None).await?;
    for pool in conn.storage_pools() {
        pool.refresh_future(None).await?;
        let info = pool.info()?;
        println!("   pool {}: {} of {} bytes used", pool.name(), info.allocation, info.capacity);
        for vol in pool.volumes() {
            println!("     volume {} ({})", vol.name(), vol.path().unwrap_or_default());
        }
    }
    conn.fetch_networks_future(None).await?;
    for network in conn.networks() {
        println!("   network {}", network.name());
    }
    conn.close();
    Ok(())
}

/// A small test-driver domain: 128 MiB, 1 vCPU, a virtio disk and a VNC display.
fn tour_config() -> libvirt_gconfig::Domain {
    let conf = libvirt_gconfig::Domain::new();
    conf.set_name(Some("tour"));
    conf.set_virt_type(DomainVirtType::Test);
    conf.set_memory(128 * 1024);
    conf.set_vcpus(1);
    let os = DomainOs::new();
    os.set_os_type(DomainOsType::Hvm);
    conf.set_os(Some(&os));
    let disk = DomainDisk::new();
    disk.set_disk_type(DomainDiskType::File);
    disk.set_guest_device_type(DomainDiskGuestDeviceType::Disk);
    disk.set_source(Some("/var/lib/libvirt/images/tour.img"));
    disk.set_target_bus(DomainDiskBus::Virtio);
    disk.set_target_dev(Some("vda"));
    conf.add_device(&disk);
    let vnc = DomainGraphicsVnc::new();
    vnc.set_autoport(true);
    conf.add_device(&vnc);
    conf
}

/// Prints the lifecycle signals of `domain`.
fn follow(domain: &Domain) {
    domain.connect_started(None, |d| println!("  signal: started {}", d.name()));
    domain.connect_suspended(None, |d| println!("  signal: suspended {}", d.name()));
    domain.connect_resumed(None, |d| println!("  signal: resumed {}", d.name()));
    domain.connect_stopped(None, |d| println!("  signal: stopped {}", d.name()));
}

/// Lets the events of the last call reach us before the next line is printed.
async fn settle() {
    glib::timeout_future(Duration::from_millis(50)).await;
}

fn sorted(mut domains: Vec<Domain>) -> Vec<Domain> {
    domains.sort_by_key(|d| d.name());
    domains
}
