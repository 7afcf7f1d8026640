//! The error domains of LibvirtGObject.
//!
//! As in libvirt-glib, every failure of a libvirt call is reported in the domain of the class
//! that made it (`gvir-connection`, `gvir-domain`) with code 0, and a message that joins what
//! failed with libvirt's own explanation: `"Unable to start domain: Domain not found: …"`.

/// Errors of [`Connection`](crate::Connection) methods (`GError` domain `gvir-connection`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-connection")]
pub enum ConnectionError {
    Failed = 0,
}

/// Errors of [`Domain`](crate::Domain) methods (`GError` domain `gvir-domain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-domain")]
pub enum DomainError {
    Failed = 0,
}

/// Errors of [`DomainDisk`](crate::DomainDisk) methods (`GError` domain `gvir-domain-disk`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-domain-disk")]
pub enum DomainDiskError {
    Failed = 0,
}

/// Errors of [`DomainInterface`](crate::DomainInterface) methods (`GError` domain
/// `gvir-domain-interface`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-domain-interface")]
pub enum DomainInterfaceError {
    Failed = 0,
}

/// Errors of [`Stream`](crate::Stream) methods (`GError` domain `gvir-stream`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-stream")]
pub enum StreamError {
    Failed = 0,
}

/// Errors of [`StoragePool`](crate::StoragePool) methods (`GError` domain `gvir-storage-pool`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-storage-pool")]
pub enum StoragePoolError {
    Failed = 0,
}

/// Errors of [`StorageVol`](crate::StorageVol) methods (`GError` domain `gvir-storage-vol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-storage-vol")]
pub enum StorageVolError {
    Failed = 0,
}

/// Errors of [`Network`](crate::Network) methods (`GError` domain `gvir-network`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-network")]
pub enum NetworkError {
    Failed = 0,
}

/// An error in `code`'s domain saying `what` failed, followed by libvirt's explanation when
/// libvirt has one. Call it right after the failing libvirt call, on the same thread: libvirt
/// keeps its last error per thread.
pub(crate) fn libvirt_failure<E: glib::error::ErrorDomain>(code: E, what: &str) -> glib::Error {
    let message = libvirt_glib::message_with_last_error(Some(what)).unwrap_or_else(|| what.to_owned());
    glib::Error::new(code, &message)
}

/// [`libvirt_failure`] for a call on connection `conn` that failed because libvirt closed the
/// connection (the daemon died, keepalive gave up): libvirt then often has no explanation
/// ("the cause is unknown"), so the message says what happened.
pub(crate) fn connection_failure(conn: &virt::connect::Connect, what: &str) -> glib::Error {
    let error = libvirt_failure(ConnectionError::Failed, what);
    // SAFETY: the connection is alive (conn holds a reference). Checked after reading libvirt's
    // error, which any libvirt call resets.
    let alive = unsafe { virt::sys::virConnectIsAlive(conn.as_ptr()) };
    // SAFETY: clears this thread's libvirt error, which is ours.
    unsafe { virt::sys::virResetLastError() };
    if alive == 0 {
        return glib::Error::new(ConnectionError::Failed, &format!("{what}: The connection to libvirt was closed"));
    }
    error
}

/// An error in `code`'s domain with exactly `message`.
pub(crate) fn failure<E: glib::error::ErrorDomain>(code: E, message: &str) -> glib::Error {
    glib::Error::new(code, message)
}

/// Logs `message` as a GLib warning in the default log domain (as libvirt-glib does).
pub(crate) fn log_warning(message: &str) {
    log(glib::ffi::G_LOG_LEVEL_WARNING, message)
}

/// Logs `message` as a GLib critical in the default log domain.
pub(crate) fn log_critical(message: &str) {
    log(glib::ffi::G_LOG_LEVEL_CRITICAL, message)
}

fn log(level: glib::ffi::GLogLevelFlags, message: &str) {
    let text = std::ffi::CString::new(message.replace('\0', "")).expect("NULs removed");
    // SAFETY: "%s" with one valid C string.
    unsafe { glib::ffi::g_log(std::ptr::null(), level, c"%s".as_ptr(), text.as_ptr()) }
}

/// Errors of [`DomainSnapshot`](crate::DomainSnapshot) methods (`GError` domain
/// `gvir-domain-snapshot`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-domain-snapshot")]
pub enum DomainSnapshotError {
    Failed = 0,
}
