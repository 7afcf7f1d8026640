//! `GVirConnectionHandle` and `GVirDomainHandle`: libvirt's own pointers as boxed types.
//!
//! C programs read a connection's or domain's `handle` property to call libvirt directly, so
//! the boxed value is the raw `virConnectPtr` / `virDomainPtr` itself (as in libvirt-glib):
//! copying takes a libvirt reference, freeing drops it.

use std::sync::OnceLock;

use glib::translate::*;
use virt::sys;

unsafe extern "C" fn connection_copy(ptr: glib::ffi::gpointer) -> glib::ffi::gpointer {
    if !ptr.is_null() {
        sys::virConnectRef(ptr as sys::virConnectPtr);
    }
    ptr
}

unsafe extern "C" fn connection_free(ptr: glib::ffi::gpointer) {
    if !ptr.is_null() {
        sys::virConnectClose(ptr as sys::virConnectPtr);
    }
}

unsafe extern "C" fn domain_copy(ptr: glib::ffi::gpointer) -> glib::ffi::gpointer {
    if !ptr.is_null() {
        sys::virDomainRef(ptr as sys::virDomainPtr);
    }
    ptr
}

unsafe extern "C" fn domain_free(ptr: glib::ffi::gpointer) {
    if !ptr.is_null() {
        sys::virDomainFree(ptr as sys::virDomainPtr);
    }
}

fn register(
    name: &'static std::ffi::CStr,
    copy: unsafe extern "C" fn(glib::ffi::gpointer) -> glib::ffi::gpointer,
    free: unsafe extern "C" fn(glib::ffi::gpointer),
) -> glib::ffi::GType {
    // SAFETY: registers a boxed type once (callers keep the result in a OnceLock) with copy and
    // free functions that accept any pointer of the boxed kind.
    unsafe { glib::gobject_ffi::g_boxed_type_register_static(name.as_ptr(), Some(copy), Some(free)) }
}

pub(crate) fn connection_handle_type() -> glib::ffi::GType {
    static TYPE: OnceLock<usize> = OnceLock::new();
    *TYPE.get_or_init(|| register(c"GVirConnectionHandle", connection_copy, connection_free) as usize) as glib::ffi::GType
}

pub(crate) fn domain_handle_type() -> glib::ffi::GType {
    static TYPE: OnceLock<usize> = OnceLock::new();
    *TYPE.get_or_init(|| register(c"GVirDomainHandle", domain_copy, domain_free) as usize) as glib::ffi::GType
}

glib::wrapper! {
    /// A reference to a libvirt connection (`virConnectPtr`), as the boxed type
    /// `GVirConnectionHandle`.
    pub struct ConnectionHandle(Boxed<sys::virConnect>);

    match fn {
        copy => |ptr| connection_copy(ptr as glib::ffi::gpointer) as *mut sys::virConnect,
        free => |ptr| connection_free(ptr as glib::ffi::gpointer),
        type_ => || connection_handle_type(),
    }
}

glib::wrapper! {
    /// A reference to a libvirt domain (`virDomainPtr`), as the boxed type `GVirDomainHandle`.
    pub struct DomainHandle(Boxed<sys::virDomain>);

    match fn {
        copy => |ptr| domain_copy(ptr as glib::ffi::gpointer) as *mut sys::virDomain,
        free => |ptr| domain_free(ptr as glib::ffi::gpointer),
        type_ => || domain_handle_type(),
    }
}

impl ConnectionHandle {
    /// A handle holding a new reference to `connection`.
    pub fn new(connection: &virt::connect::Connect) -> ConnectionHandle {
        // SAFETY: the pointer is a live connection; from_glib_none takes its own reference.
        unsafe { from_glib_none(connection.as_ptr()) }
    }

    /// A new reference to the connection, for the `virt` crate's API.
    pub fn connect(&self) -> virt::connect::Connect {
        let ptr: *const sys::virConnect = self.to_glib_none().0;
        // SAFETY: a handle always holds a live connection; from_ptr adopts the new reference.
        unsafe {
            sys::virConnectRef(ptr as sys::virConnectPtr);
            virt::connect::Connect::from_ptr(ptr as sys::virConnectPtr)
        }
    }
}

impl DomainHandle {
    /// A handle holding a new reference to `domain`.
    pub fn new(domain: &virt::domain::Domain) -> DomainHandle {
        // SAFETY: as for ConnectionHandle::new.
        unsafe { from_glib_none(domain.as_ptr()) }
    }

    /// A new reference to the domain, for the `virt` crate's API.
    pub fn domain(&self) -> virt::domain::Domain {
        let ptr: *const sys::virDomain = self.to_glib_none().0;
        // SAFETY: as for ConnectionHandle::connect.
        unsafe {
            sys::virDomainRef(ptr as sys::virDomainPtr);
            virt::domain::Domain::from_ptr(ptr as sys::virDomainPtr)
        }
    }
}

// SAFETY: libvirt's connection and domain objects are reference-counted with atomic counts and
// may be used from any thread.
unsafe impl Send for ConnectionHandle {}
unsafe impl Sync for ConnectionHandle {}
unsafe impl Send for DomainHandle {}
unsafe impl Sync for DomainHandle {}

/// A boxed type whose pointer is a libvirt object pointer: copying takes a libvirt reference,
/// freeing drops one.
macro_rules! boxed_handle {
    ($(#[doc = $doc:tt])* $Handle:ident = $name:literal, $raw:ty, $ref_fn:path, $free_fn:path) => {
        glib::wrapper! {
            $(#[doc = $doc])*
            pub struct $Handle(Boxed<$raw>);

            match fn {
                copy => |ptr| { if !ptr.is_null() { $ref_fn(ptr as _); } ptr as *mut $raw },
                free => |ptr| { if !ptr.is_null() { $free_fn(ptr as _); } },
                type_ => || {
                    static TYPE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
                    unsafe extern "C" fn copy(ptr: glib::ffi::gpointer) -> glib::ffi::gpointer {
                        if !ptr.is_null() {
                            $ref_fn(ptr as _);
                        }
                        ptr
                    }
                    unsafe extern "C" fn free(ptr: glib::ffi::gpointer) {
                        if !ptr.is_null() {
                            $free_fn(ptr as _);
                        }
                    }
                    // SAFETY: registered once, with copy/free functions for this pointer kind.
                    *TYPE.get_or_init(|| unsafe {
                        glib::gobject_ffi::g_boxed_type_register_static(
                            concat!($name, "\0").as_ptr() as *const std::ffi::c_char,
                            Some(copy),
                            Some(free),
                        ) as usize
                    }) as glib::ffi::GType
                },
            }
        }

        // SAFETY: libvirt objects are reference-counted and usable from any thread.
        unsafe impl Send for $Handle {}
        unsafe impl Sync for $Handle {}

        impl $Handle {
            /// The libvirt pointer (borrowed; valid as long as the handle).
            pub fn as_raw(&self) -> *mut $raw {
                let ptr: *const $raw = glib::translate::ToGlibPtr::to_glib_none(self).0;
                ptr as *mut $raw
            }

            /// A handle holding a new reference to `ptr`.
            ///
            /// # Safety
            /// `ptr` must be a live libvirt object of this kind.
            pub unsafe fn from_raw_none(ptr: *mut $raw) -> $Handle {
                glib::translate::from_glib_none(ptr as *const $raw)
            }
        }
    };
}

pub(crate) use boxed_handle;

boxed_handle!(
    /// A reference to a libvirt storage pool (`GVirStoragePoolHandle`).
    StoragePoolHandle = "GVirStoragePoolHandle", sys::virStoragePool, sys::virStoragePoolRef, sys::virStoragePoolFree
);
boxed_handle!(
    /// A reference to a libvirt storage volume (`GVirStorageVolHandle`).
    StorageVolHandle = "GVirStorageVolHandle", sys::virStorageVol, sys::virStorageVolRef, sys::virStorageVolFree
);
boxed_handle!(
    /// A reference to a libvirt network (`GVirNetworkHandle`).
    NetworkHandle = "GVirNetworkHandle", sys::virNetwork, sys::virNetworkRef, sys::virNetworkFree
);
