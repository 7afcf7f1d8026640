//! The C ABI of `libvirt-gconfig-1.0`: thin wrappers over the Rust API.
//!
//! Each function checks its arguments as the C library does (a critical and a default return
//! on a wrong type or a NULL that is not allowed), converts, and calls the Rust core inside a
//! panic guard. Object arguments arrive as untyped pointers and are checked at run time.

use std::ffi::{c_char, c_void};

use glib::prelude::*;
use glib::translate::*;

#[macro_use]
mod accessors;
mod accessor_fns;
mod capabilities;
mod domain;
mod domain_chardev;
mod domain_clock;
mod domain_capabilities;
mod domain_cpu;
mod domain_device;
mod domain_os;
mod domain_snapshot;
mod domain_graphics;
mod domain_input;
mod domain_interface;
mod domain_sound;
mod domain_video;
mod domain_vsock;
mod domain_power_management;
mod domain_seclabel;
mod object;
mod device_accessors;
mod domain_address;
mod domain_controller;
mod domain_disk;
mod domain_filesys;
mod domain_hostdev;
mod domain_memballoon;
mod domain_smartcard;
mod document_accessors;
mod interface;
mod network;
mod network_ip;
mod network_filter;
mod node_device;
mod secret;
mod storage_permissions;
mod storage_pool;
mod storage_pool_source;
mod storage_pool_target;
mod storage_vol;
mod storage_vol_backing_store;
mod storage_vol_target;
mod getters;
mod domain_tuning;
// typed device kinds beyond libvirt-glib
mod domain_tpm;
mod domain_rng;
mod domain_panic;
mod domain_watchdog;
mod domain_hub;
mod domain_lease;
mod domain_shmem;
mod domain_memory_device;
mod domain_iommu;
mod domain_nvram;
mod domain_redirfilter;
mod domain_redirfilter_usbdev;
mod domain_crypto;
mod domain_pstore;

/// Any GObject pointer crossing the C boundary; its type is checked at run time.
pub(crate) type GObjectPtr = *mut c_void;

/// Borrows the object argument `$ptr` as `$ty`, or returns `$default` after a critical.
macro_rules! object_arg {
    ($ptr:ident as $ty:ty, $func:expr, ()) => {
        match capi_support::object_arg::<$ty>($ptr, None, $func, stringify!($ptr)) {
            Some(object) => object,
            None => return,
        }
    };
    ($ptr:ident as $ty:ty, $func:expr, $default:expr) => {
        match capi_support::object_arg::<$ty>($ptr, None, $func, stringify!($ptr)) {
            Some(object) => object,
            None => return $default,
        }
    };
}
pub(crate) use object_arg;

/// Borrows the string argument `$ptr`, or returns `$default` after a critical when it is NULL.
macro_rules! str_arg {
    ($ptr:ident, $func:expr, $default:expr) => {
        match capi_support::borrow_str($ptr) {
            Some(s) => s,
            None => {
                capi_support::return_if_fail_warning(None, $func, &capi_support::to_cstring(concat!(stringify!($ptr), " != NULL")));
                return $default;
            }
        }
    };
}
pub(crate) use str_arg;

/// Returns `value` to C as a borrowed `const char *` that `object` keeps: until the getter
/// `key` returns a different value on the same object, or the object is finalized (the
/// contract of `capi_support::borrowed_string_for`, whose strings are object data). The
/// strings are kept in the object's own fields, looked up by the getter's name: object data
/// would need a quark built from the key on every call.
pub(crate) fn kept_string(object: &impl IsA<crate::ConfigObject>, key: &'static str, value: Option<String>) -> *const c_char {
    use glib::subclass::prelude::ObjectSubclassIsExt;
    let Some(value) = value else { return std::ptr::null() };
    let mut kept = object.as_ref().imp().kept_strings.borrow_mut();
    let index = match kept.iter().position(|(k, _)| *k == key) {
        Some(index) => {
            if kept[index].1.to_bytes() != value.as_bytes() {
                kept[index].1 = capi_support::to_cstring(&value);
            }
            index
        }
        None => {
            kept.push((key, capi_support::to_cstring(&value)));
            kept.len() - 1
        }
    };
    // The CString's buffer does not move when the list grows.
    kept[index].1.as_ptr()
}

/// A newly allocated C string (`g_free` it) with the text of `s` up to its first NUL, copied
/// once (`capi_support::gstring` copies twice, which shows for whole documents).
pub(crate) fn gstring_of(s: &str) -> *mut c_char {
    let bytes = s.as_bytes();
    let len = std::ffi::CStr::from_bytes_until_nul(bytes).map_or(bytes.len(), |c| c.to_bytes().len());
    // SAFETY: g_malloc returns `len + 1` writable bytes (it aborts rather than return NULL);
    // `len` bytes are copied from `s` and the terminator written after them.
    unsafe {
        let out = glib::ffi::g_malloc(len + 1) as *mut u8;
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), out, len);
        *out.add(len) = 0;
        out as *mut c_char
    }
}

/// Hands a new reference to C (`transfer full`).
pub(crate) fn full<T: IsA<glib::Object>>(object: T) -> GObjectPtr {
    let object: glib::Object = object.upcast();
    let ptr: *mut glib::gobject_ffi::GObject = object.into_glib_ptr();
    ptr as GObjectPtr
}

/// Hands a `Result` of a constructor to C: the object, or NULL with `error` set.
pub(crate) unsafe fn full_or_error<T: IsA<glib::Object>>(
    result: Result<T, glib::Error>,
    error: *mut *mut glib::ffi::GError,
) -> GObjectPtr {
    match result {
        Ok(object) => full(object),
        Err(e) => {
            capi_support::propagate_error(error, e);
            std::ptr::null_mut()
        }
    }
}

/// An optional C string argument.
pub(crate) unsafe fn opt_str<'a>(ptr: *const c_char) -> Option<std::borrow::Cow<'a, str>> {
    capi_support::borrow_str(ptr)
}

/// The body of every `*_new_from_xml(const gchar *xml, GError **error)`: `parse` gets the
/// document's bytes as C passed them (`None` for NULL) — not a `str`, so that libxml2 sees the
/// declared encoding's bytes and refuses what is not valid in it, as the reference does — and
/// its result is handed to C (transfer full), or NULL with `error` set.
pub(crate) unsafe fn new_from_xml<T: IsA<glib::Object>>(
    xml: *const c_char,
    error: *mut *mut glib::ffi::GError,
    parse: impl FnOnce(Option<&[u8]>) -> Result<T, glib::Error>,
) -> GObjectPtr {
    let bytes = (!xml.is_null()).then(|| std::ffi::CStr::from_ptr(xml).to_bytes());
    full_or_error(parse(bytes), error)
}

/// Like [`object_arg!`], for an argument that may also be NULL: `None` for NULL.
macro_rules! opt_object_arg {
    ($ptr:ident as $ty:ty, $func:expr, $default:expr) => {
        if $ptr.is_null() {
            None
        } else {
            Some(object_arg!($ptr as $ty, $func, $default))
        }
    };
}
pub(crate) use opt_object_arg;

/// The value `value` of enumeration `E` from C, or `None` after the critical a failed
/// `g_return_if_fail` prints (for a number that is none of the enumeration's values).
pub(crate) fn enum_arg<E: crate::xml::XmlEnum>(value: i32, function: &std::ffi::CStr, arg: &str) -> Option<E> {
    let parsed = crate::xml::enum_from_int::<E>(value);
    if parsed.is_none() {
        let check = capi_support::to_cstring(&format!("{arg} is a {}", E::static_type().name()));
        capi_support::return_if_fail_warning(None, function, &check);
    }
    parsed
}

/// `T *NAME_new(void)` and `T *NAME_new_from_xml(const gchar *xml, GError **error)` for a class
/// `$ty` with `new()`; `$parse` turns `$xml` (the bytes, `Option<&[u8]>`) into a `Result<$ty, _>`.
macro_rules! constructors {
    ($new:ident, $new_from_xml:ident, $ty:ty, |$xml:ident| $parse:expr) => {
        #[no_mangle]
        pub extern "C" fn $new() -> $crate::ffi::GObjectPtr {
            capi_support::guard(stringify!($new), std::ptr::null_mut(), || $crate::ffi::full(<$ty>::new()))
        }

        #[no_mangle]
        pub unsafe extern "C" fn $new_from_xml(
            xml: *const std::ffi::c_char,
            error: *mut *mut glib::ffi::GError,
        ) -> $crate::ffi::GObjectPtr {
            capi_support::guard(stringify!($new_from_xml), std::ptr::null_mut(), || {
                $crate::ffi::new_from_xml(xml, error, |$xml| -> Result<$ty, glib::Error> { $parse })
            })
        }
    };
    ($new:ident, $new_from_xml:ident, $ty:ty, $root:literal) => {
        $crate::ffi::constructors!($new, $new_from_xml, $ty, |xml| $crate::ConfigObject::parse_opt(xml, $root, None));
    };
}
pub(crate) use constructors;
