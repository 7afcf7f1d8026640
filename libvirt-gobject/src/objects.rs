//! The small libvirt object classes: `Interface` (`GVirInterface`), `NodeDevice`
//! (`GVirNodeDevice`), `Secret` (`GVirSecret`) and `NetworkFilter` (`GVirNetworkFilter`).
//!
//! Each wraps one libvirt object (its `"handle"` property, a boxed type whose pointer is the
//! libvirt pointer, as for domains), reports its identity, and its configuration as a
//! LibvirtGConfig object. Connections list interfaces
//! ([`Connection::fetch_interfaces`](crate::Connection::fetch_interfaces)); the other three
//! are made around a handle, as in libvirt-glib 4.0.0, which has no listing for them.

use std::ffi::{c_char, c_void, CStr, CString};
use std::sync::OnceLock;

use glib::prelude::*;
use glib::subclass::prelude::*;
use virt::sys;

extern "C" {
    #[link_name = "free"]
    fn libc_free(ptr: *mut c_void);
}

/// Takes a string libvirt allocated (NULL: `None`) and frees it.
unsafe fn take_string(ptr: *mut c_char) -> Option<String> {
    if ptr.is_null() {
        return None;
    }
    let s = CStr::from_ptr(ptr).to_string_lossy().into_owned();
    libc_free(ptr as *mut c_void);
    Some(s)
}

/// A copy of a string libvirt owns (NULL: `None`).
unsafe fn borrowed_cstring(ptr: *const c_char) -> Option<CString> {
    (!ptr.is_null()).then(|| CStr::from_ptr(ptr).to_owned())
}

macro_rules! libvirt_object {
    (
        $(#[doc = $doc:tt])*
        mod $module:ident;
        type $Type:ident = $gname:literal, instance $Instance:ident, class $Class:ident;
        handle $Handle:ident = $hname:literal, $raw:ty, ref $ref_fn:path, free $free_fn:path;
        error $Error:ident = $edomain:literal;
        config $Config:ty, $xml_fn:path, $config_what:literal;
        identity $identity_fn:path;
    ) => {
        /// The errors of this class (code 0, libvirt's message appended).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, glib::ErrorDomain)]
        #[error_domain(name = $edomain)]
        pub enum $Error {
            Failed = 0,
        }

        #[repr(C)]
        pub struct $Instance {
            parent: glib::gobject_ffi::GObject,
            priv_: *mut c_void,
        }

        #[repr(C)]
        pub struct $Class {
            parent_class: glib::gobject_ffi::GObjectClass,
            padding: [*mut c_void; 20],
        }

        unsafe impl InstanceStruct for $Instance {
            type Type = $module::Imp;
        }
        unsafe impl ClassStruct for $Class {
            type Type = $module::Imp;
        }

        crate::handle::boxed_handle!(
            /// A reference to the libvirt object, as a boxed type whose pointer is libvirt's.
            $Handle = $hname, $raw, $ref_fn, $free_fn
        );

        pub mod $module {
            use super::*;

            /// The identity strings: [name, MAC address or UUID].
            pub(crate) unsafe fn identity(raw: *mut $raw) -> [Option<CString>; 2] {
                $identity_fn(raw)
            }

            #[derive(Default)]
            pub struct Imp {
                pub(crate) handle: OnceLock<$Handle>,
                pub(crate) strings: OnceLock<[Option<CString>; 2]>,
            }

            #[glib::object_subclass]
            impl ObjectSubclass for Imp {
                const NAME: &'static str = $gname;
                type Type = super::$Type;
                type ParentType = glib::Object;
                type Instance = super::$Instance;
                type Class = super::$Class;
            }

            impl ObjectImpl for Imp {
                fn properties() -> &'static [glib::ParamSpec] {
                    static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
                    PROPERTIES.get_or_init(|| {
                        vec![glib::ParamSpecBoxed::builder::<$Handle>("handle")
                            .nick("Handle")
                            .blurb("The libvirt object")
                            .construct_only()
                            .build()]
                    })
                }

                fn set_property(&self, _id: usize, value: &glib::Value, _pspec: &glib::ParamSpec) {
                    if let Some(handle) = value.get::<Option<$Handle>>().expect("the handle type") {
                        let _ = self.handle.set(handle);
                    }
                }

                fn property(&self, _id: usize, _pspec: &glib::ParamSpec) -> glib::Value {
                    self.handle.get().cloned().to_value()
                }
            }
        }

        glib::wrapper! {
            $(#[doc = $doc])*
            pub struct $Type(ObjectSubclass<$module::Imp>);
        }

        // SAFETY: the state is in OnceLocks; the libvirt object is usable from any thread.
        unsafe impl Send for $Type {}
        unsafe impl Sync for $Type {}

        impl $Type {
            /// The object around libvirt handle `handle`.
            pub fn new(handle: &$Handle) -> $Type {
                glib::Object::builder().property("handle", handle).build()
            }

            /// The handle, when the object has one.
            pub fn handle(&self) -> Option<$Handle> {
                self.imp().handle.get().cloned()
            }

            fn raw(&self) -> Option<*mut $raw> {
                self.imp().handle.get().map(|h| h.as_raw())
            }

            /// The configuration.
            pub fn config(&self, flags: u32) -> Result<$Config, glib::Error> {
                let raw = self.raw().ok_or_else(|| glib::Error::new($Error::Failed, "The object has no libvirt handle"))?;
                // SAFETY: the object is alive; libvirt returns a string to free, or NULL.
                let xml = unsafe { take_string($xml_fn(raw, flags)) };
                let xml = xml.ok_or_else(|| crate::error::libvirt_failure($Error::Failed, $config_what))?;
                <$Config>::from_xml(&xml)
            }

            /// The two identity strings, read once from libvirt.
            fn strings(&self) -> &[Option<CString>; 2] {
                self.imp().strings.get_or_init(|| match self.raw() {
                    // SAFETY: the object is alive.
                    Some(raw) => unsafe { $module::identity(raw) },
                    None => [None, None],
                })
            }
        }
    };
}

libvirt_object! {
    /// A host network interface (`virInterfacePtr`).
    mod interface_imp;
    type Interface = "GVirInterface", instance InterfaceInstance, class InterfaceClass;
    handle InterfaceHandle = "GVirInterfaceHandle", sys::virInterface, ref sys::virInterfaceRef, free sys::virInterfaceFree;
    error InterfaceError = "gvir-interface";
    config libvirt_gconfig::Interface, sys::virInterfaceGetXMLDesc, "Unable to get interface XML config";
    identity identity_impls::interface;
}

libvirt_object! {
    /// A host device (`virNodeDevicePtr`).
    mod node_device_imp;
    type NodeDevice = "GVirNodeDevice", instance NodeDeviceInstance, class NodeDeviceClass;
    handle NodeDeviceHandle = "GVirNodeDeviceHandle", sys::virNodeDevice, ref sys::virNodeDeviceRef, free sys::virNodeDeviceFree;
    error NodeDeviceError = "gvir-node-device";
    config libvirt_gconfig::NodeDevice, sys::virNodeDeviceGetXMLDesc, "Unable to get node_device XML config";
    identity identity_impls::node_device;
}

libvirt_object! {
    /// A secret (`virSecretPtr`).
    mod secret_imp;
    type Secret = "GVirSecret", instance SecretInstance, class SecretClass;
    handle SecretHandle = "GVirSecretHandle", sys::virSecret, ref sys::virSecretRef, free sys::virSecretFree;
    error SecretError = "gvir-secret";
    config libvirt_gconfig::Secret, sys::virSecretGetXMLDesc, "Unable to get secret XML config";
    identity identity_impls::secret;
}

libvirt_object! {
    /// A network filter (`virNWFilterPtr`).
    mod network_filter_imp;
    type NetworkFilter = "GVirNetworkFilter", instance NetworkFilterInstance, class NetworkFilterClass;
    handle NetworkFilterHandle = "GVirNetworkFilterHandle", sys::virNWFilter, ref sys::virNWFilterRef, free sys::virNWFilterFree;
    error NetworkFilterError = "gvir-network-filter";
    config libvirt_gconfig::NetworkFilter, sys::virNWFilterGetXMLDesc, "Unable to get network_filter XML config";
    identity identity_impls::network_filter;
}

/// A UUID read into a buffer by `read` (libvirt's `*GetUUIDString`).
unsafe fn uuid_string(read: impl FnOnce(*mut c_char) -> i32) -> Option<CString> {
    let mut buf = [0 as c_char; sys::VIR_UUID_STRING_BUFLEN as usize];
    (read(buf.as_mut_ptr()) == 0).then(|| CStr::from_ptr(buf.as_ptr()).to_owned())
}

/// `$get()` (an owned copy) and `$get_cstr()` (borrowed, for the C API) over identity string
/// `$index` of the object.
macro_rules! identity_accessors {
    ($(#[doc = $doc:tt])* $get:ident, $get_cstr:ident = $index:literal) => {
        $(#[doc = $doc])*
        pub fn $get(&self) -> Option<String> {
            self.$get_cstr().map(|s| s.to_string_lossy().into_owned())
        }
        pub(crate) fn $get_cstr(&self) -> Option<&CStr> {
            self.strings()[$index].as_deref()
        }
    };
}

impl Interface {
    pub(crate) fn for_raw(raw: *mut sys::virInterface) -> Interface {
        // SAFETY: the caller hands a live interface; the handle takes its own reference.
        Interface::new(&unsafe { InterfaceHandle::from_raw_none(raw) })
    }

    identity_accessors!(
        /// The interface's name (`eth0`).
        name, name_cstr = 0
    );
    identity_accessors!(
        /// The interface's MAC address.
        mac, mac_cstr = 1
    );
}

impl NodeDevice {
    identity_accessors!(
        /// The device's name.
        name, name_cstr = 0
    );
}

impl Secret {
    identity_accessors!(
        /// The secret's UUID.
        uuid, uuid_cstr = 1
    );
}

impl NetworkFilter {
    identity_accessors!(
        /// The filter's name.
        name, name_cstr = 0
    );
    identity_accessors!(
        /// The filter's UUID.
        uuid, uuid_cstr = 1
    );
}

// The identity strings of each kind: [name, second] where second is the MAC address, the
// UUID, or nothing.
pub(crate) mod identity_impls {
    use super::*;

    pub(crate) unsafe fn interface(raw: *mut sys::virInterface) -> [Option<CString>; 2] {
        [borrowed_cstring(sys::virInterfaceGetName(raw)), borrowed_cstring(sys::virInterfaceGetMACString(raw))]
    }
    pub(crate) unsafe fn node_device(raw: *mut sys::virNodeDevice) -> [Option<CString>; 2] {
        [borrowed_cstring(sys::virNodeDeviceGetName(raw)), None]
    }
    pub(crate) unsafe fn secret(raw: *mut sys::virSecret) -> [Option<CString>; 2] {
        [None, uuid_string(|buf| sys::virSecretGetUUIDString(raw, buf))]
    }
    pub(crate) unsafe fn network_filter(raw: *mut sys::virNWFilter) -> [Option<CString>; 2] {
        [borrowed_cstring(sys::virNWFilterGetName(raw)), uuid_string(|buf| sys::virNWFilterGetUUIDString(raw, buf))]
    }
}
