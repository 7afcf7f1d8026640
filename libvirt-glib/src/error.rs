//! libvirt errors as Rust values and as `GError`s.
//!
//! libvirt reports failures through a thread-local "last error" (`virGetLastError`). [`Error`]
//! captures it with everything libvirt says about it (error number, the subsystem it came from,
//! its level and message) and converts losslessly to and from [`glib::Error`], so errors can
//! travel through GIO-style APIs (`GTask`, `_finish` functions) and still be matched on.

use std::ffi::CStr;
use std::fmt;

use virt::sys;

/// Prefix of the error-domain quarks that carry libvirt errors inside a [`glib::Error`].
///
/// The quark of an error from libvirt subsystem `N` (`virErrorDomain`) is
/// `"libvirt-error-from-N"`; the `GError` code is libvirt's `virErrorNumber`.
const QUARK_PREFIX: &str = "libvirt-error-from-";

/// How serious libvirt considers an error (`virErrorLevel`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorLevel {
    None,
    Warning,
    Error,
}

impl ErrorLevel {
    fn from_raw(level: u32) -> Self {
        match level {
            sys::VIR_ERR_WARNING => ErrorLevel::Warning,
            sys::VIR_ERR_ERROR => ErrorLevel::Error,
            _ => ErrorLevel::None,
        }
    }
}

/// A libvirt error: its number (`virErrorNumber`), the subsystem that raised it
/// (`virErrorDomain`), its level and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    number: i32,
    domain: i32,
    level: ErrorLevel,
    message: String,
}

impl Error {
    /// Builds an error from its parts.
    pub fn new(number: i32, domain: i32, level: ErrorLevel, message: impl Into<String>) -> Self {
        Error { number, domain, level, message: message.into() }
    }

    /// The error libvirt last reported on this thread, if any.
    ///
    /// Unlike `virt::error::Error::last_error`, this never invents an error when libvirt has none.
    pub fn last() -> Option<Self> {
        // SAFETY: virGetLastError returns NULL or a pointer to thread-local storage that stays
        // valid until the next libvirt call on this thread; everything is copied out before then.
        unsafe {
            let raw = sys::virGetLastError();
            if raw.is_null() || (*raw).code == sys::VIR_ERR_OK as i32 {
                return None;
            }
            let raw = &*raw;
            let message = if raw.message.is_null() {
                String::new()
            } else {
                CStr::from_ptr(raw.message).to_string_lossy().into_owned()
            };
            Some(Error::new(raw.code, raw.domain, ErrorLevel::from_raw(raw.level), message))
        }
    }

    /// The last error on this thread, or a generic one naming `what` failed when libvirt set none.
    pub fn last_or(what: &str) -> Self {
        Error::last().unwrap_or_else(|| {
            Error::new(sys::VIR_ERR_INTERNAL_ERROR as i32, 0, ErrorLevel::Error, format!("{what} failed"))
        })
    }

    /// libvirt's error number (`virErrorNumber`, e.g. 42 for `VIR_ERR_NO_DOMAIN`).
    pub fn number(&self) -> i32 {
        self.number
    }

    /// The libvirt subsystem that raised the error (`virErrorDomain`).
    pub fn domain(&self) -> i32 {
        self.domain
    }

    pub fn level(&self) -> ErrorLevel {
        self.level
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    /// The `GError` domain that carries errors of libvirt subsystem `domain`.
    pub fn quark_for_domain(domain: i32) -> glib::Quark {
        glib::Quark::from_str(format!("{QUARK_PREFIX}{domain}"))
    }

    /// Recovers a libvirt error from a [`glib::Error`] made by `From<Error>`; `None` for any other
    /// `GError`. The level is not carried by a `GError` and comes back as [`ErrorLevel::Error`].
    pub fn from_glib_error(error: &glib::Error) -> Option<Self> {
        let quark = error.domain();
        let domain = quark.as_str().strip_prefix(QUARK_PREFIX)?.parse().ok()?;
        let number = glib_error_code(error);
        Some(Error::new(number, domain, ErrorLevel::Error, error.message()))
    }
}

fn glib_error_code(error: &glib::Error) -> i32 {
    use glib::translate::ToGlibPtr;
    let raw: *const glib::ffi::GError = error.to_glib_none().0;
    // SAFETY: `raw` points at the GError owned by `error`, alive for this call.
    unsafe { (*raw).code }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<virt::error::Error> for Error {
    fn from(e: virt::error::Error) -> Self {
        Error::new(e.code().to_raw() as i32, e.domain().to_raw() as i32, ErrorLevel::Error, e.message())
    }
}

impl From<Error> for glib::Error {
    fn from(e: Error) -> Self {
        glib::Error::with_domain(Error::quark_for_domain(e.domain), e.number, &e.message)
    }
}

/// Joins a caller's message with libvirt's last error the way every libvirt-glib error does:
/// `"<message>: <libvirt message>"`, only libvirt's message when `message` is `None`, only
/// `message` when libvirt has no error set.
pub fn message_with_last_error(message: Option<&str>) -> Option<String> {
    match (message, Error::last()) {
        (Some(m), Some(last)) => Some(format!("{m}: {}", last.message)),
        (None, Some(last)) => Some(last.message),
        (Some(m), None) => Some(m.to_owned()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glib_round_trip_keeps_number_domain_and_message() {
        let e = Error::new(42, 10, ErrorLevel::Error, "Domain not found: no domain with matching name 'x'");
        let g: glib::Error = e.clone().into();
        assert_eq!(g.message(), e.message());
        assert_eq!(Error::from_glib_error(&g), Some(e));
    }

    #[test]
    fn foreign_glib_error_is_not_a_libvirt_error() {
        let g = glib::Error::new(glib::FileError::Noent, "nope");
        assert_eq!(Error::from_glib_error(&g), None);
    }

    #[test]
    fn message_joins_with_libvirt_last_error() {
        crate::init().unwrap();
        // SAFETY: plain libvirt call.
        unsafe { sys::virResetLastError() };
        assert_eq!(message_with_last_error(Some("hello")).as_deref(), Some("hello"));
        assert_eq!(message_with_last_error(None), None);
        let _ = virt::connect::Connect::open(Some("nosuchdriver:///x"));
        let last = Error::last().expect("opening a bogus URI sets an error");
        assert_eq!(message_with_last_error(Some("hello")), Some(format!("hello: {}", last.message())));
        assert_eq!(message_with_last_error(None).as_deref(), Some(last.message()));
    }
}
