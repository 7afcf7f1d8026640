//! An asynchronous GObject API over libvirt: connections and the domains they hold, kept up
//! to date by libvirt's events and reported as GObject signals.
//!
//! ```no_run
//! # async fn run() -> Result<(), glib::Error> {
//! libvirt_gobject::init()?;
//! let conn = libvirt_gobject::Connection::new("test:///default");
//! conn.open_future(None).await?;
//! conn.fetch_domains_future(None).await?;
//! for domain in conn.domains() {
//!     domain.connect_stopped(None, |d| println!("{} stopped", d.name()));
//!     println!("{}: {:?}", domain.name(), domain.info_future(None).await?.state);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The `*_future` methods run libvirt's blocking calls on a worker thread and resume on the
//! caller's `MainContext`; signals of libvirt events are emitted on the context libvirt's event
//! loop runs on (the default one after [`init`]).

mod auth;
mod connection;
mod connection_lost;
mod device;
mod domain;
mod domain_cache;
mod enums;
mod error;
mod handle;
mod handle_object;
mod signals;
mod snapshot;
mod manager;
mod network;
mod objects;
pub mod qcow2;
mod storage;
mod storage_figures;
mod stream;
mod stream_sparse;

pub use auth::{Credential, CredentialKind};
pub use connection::{
    imp as connection_imp, Connection, ConnectionClass, ConnectionImpl, ConnectionImplExt, ConnectionInstance, NodeInfo,
};
pub use device::{
    imp as device_imp, DomainDevice, DomainDeviceClass, DomainDeviceExt, DomainDeviceImpl, DomainDeviceInstance, DomainDisk,
    DomainDiskClass, DomainDiskInstance, DomainDiskStats, DomainInterface, DomainInterfaceClass, DomainInterfaceInstance,
    DomainInterfaceStats,
};
pub use domain::{imp as domain_imp, Domain, DomainClass, DomainImpl, DomainImplExt, DomainInfo, DomainInstance};
pub use enums::{
    DomainDeleteFlags, DomainRebootFlags, DomainShutdownFlags, DomainSnapshotCreateFlags, DomainSnapshotDeleteFlags, DomainSnapshotListFlags, DomainSnapshotRevertFlags,
    DomainStartFlags, DomainState, DomainUpdateDeviceFlags, DomainXmlFlags,
};
pub use error::{ConnectionError, DomainDiskError, DomainError, DomainSnapshotError, DomainInterfaceError, NetworkError, StoragePoolError, StorageVolError, StreamError};
pub use manager::{imp as manager_imp, Manager, ManagerClass, ManagerInstance};
pub use snapshot::{imp as domain_snapshot_imp, DomainSnapshot, DomainSnapshotClass, DomainSnapshotHandle, DomainSnapshotInstance};
pub use network::{IpAddrType, Network, NetworkClass, NetworkDhcpLease, NetworkInstance};
pub use objects::{
    Interface, InterfaceError, InterfaceHandle, NetworkFilter, NetworkFilterError, NetworkFilterHandle, NodeDevice, NodeDeviceError,
    NodeDeviceHandle, Secret, SecretError, SecretHandle,
};
pub use storage::{
    StoragePool, StoragePoolInfo, StoragePoolState, StorageVol, StorageVolInfo, StorageVolResizeFlags, StorageVolType,
};
pub use storage_figures::{StoragePoolCommitment, StorageVolFigures, VolumeFormat};
pub use handle::{ConnectionHandle, DomainHandle, NetworkHandle, StoragePoolHandle, StorageVolHandle};
pub use stream::{InputStream, OutputStream, Stream, StreamClass, StreamHandle, StreamIOCondition, StreamInstance, StreamRead};
pub use stream_sparse::{SparseRegion, SparseTransfer};

#[cfg(feature = "capi")]
pub mod ffi;

/// Prepares libvirt, its event loop on the default `MainContext`, and the configuration
/// library. Call it once before opening connections; later calls do nothing more.
pub fn init() -> Result<(), glib::Error> {
    libvirt_glib::init()?;
    libvirt_glib::event_register();
    libvirt_gconfig::init();
    Ok(())
}
