//! GLib integration for libvirt.
//!
//! - [`init`] prepares libvirt for a GLib program (quiet errors, thread setup).
//! - [`event_register`] runs libvirt's event loop on a GLib `MainContext`, so libvirt events,
//!   keepalives and streams work while a `glib::MainLoop` (or a GTK application) runs.
//! - [`Error`] is a libvirt error that converts to and from [`glib::Error`] without losing
//!   libvirt's error number, subsystem or message.
//!
//! ```no_run
//! libvirt_glib::init()?;
//! libvirt_glib::event_register();
//! let conn = virt::connect::Connect::open(Some("test:///default")).map_err(libvirt_glib::Error::from)?;
//! # let _ = conn;
//! # Ok::<(), libvirt_glib::Error>(())
//! ```

mod error;
mod event;
mod init;

pub use error::{message_with_last_error, Error, ErrorLevel};
pub use event::{event_is_registered, event_register, event_register_on};
pub use init::init;

/// The `virt` crate this library is built on, for callers that need the raw libvirt API.
pub use virt;

#[cfg(feature = "capi")]
pub mod ffi;
