//! The error domain of configuration objects.

/// Errors of configuration objects: parsing, validation, missing documents or schemas.
/// The `GError` domain is `gvir-config-object`, as in libvirt-glib; the code is always
/// [`ObjectError::Failed`] (0) there too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
#[error_domain(name = "gvir-config-object")]
pub enum ObjectError {
    Failed = 0,
}

/// A `gvir-config-object` error with `message`.
pub(crate) fn object_error(message: impl AsRef<str>) -> glib::Error {
    glib::Error::new(ObjectError::Failed, message.as_ref())
}
