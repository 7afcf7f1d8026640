//! The part of `GVirNetwork` and `GVirStoragePool` that is only about the libvirt object they
//! wrap: the construct-only `"handle"` property (a boxed type whose pointer is libvirt's), the
//! name and UUID read once when the handle is set, and the accessors over them.
//!
//! Both classes keep their own GType, class struct and other state; `named_handle_object!`
//! writes their `ObjectImpl` and the handle/name/UUID methods, which were the same lines twice.

use std::ffi::CString;

/// `s` as a C string (a NUL libvirt should never report is dropped).
pub(crate) fn cstring(s: &str) -> CString {
    CString::new(s.replace('\0', "")).expect("NULs removed")
}

/// Implements `ObjectImpl` for `$Imp` (which has the fields `handle: OnceLock<$Virt>`,
/// `name: OnceLock<CString>` and `uuid: OnceLock<CString>`) with the one property `"handle"`
/// of boxed type `$Boxed`, and on wrapper `$Type`: `for_handle`, `handle`, `require_handle`,
/// `name`, `name_cstr`, `uuid`, `uuid_cstr`.
macro_rules! named_handle_object {
    (
        $Type:ident, imp $Imp:ident,
        handle $Virt:ty, boxed $Boxed:ty, ref $ref_fn:path,
        blurb $blurb:literal,
        no_handle $no_handle:expr
    ) => {
        impl glib::subclass::object::ObjectImpl for imp::$Imp {
            fn properties() -> &'static [glib::ParamSpec] {
                static PROPERTIES: std::sync::OnceLock<Vec<glib::ParamSpec>> = std::sync::OnceLock::new();
                PROPERTIES.get_or_init(|| {
                    vec![glib::ParamSpecBoxed::builder::<$Boxed>("handle")
                        .nick("Handle")
                        .blurb($blurb)
                        .construct_only()
                        .build()]
                })
            }

            fn set_property(&self, _id: usize, value: &glib::Value, _pspec: &glib::ParamSpec) {
                if let Some(handle) = value.get::<Option<$Boxed>>().expect("the handle's boxed type") {
                    // SAFETY: the handle holds a live libvirt object; the new reference is adopted.
                    let object = unsafe {
                        $ref_fn(handle.as_raw());
                        <$Virt>::from_ptr(handle.as_raw())
                    };
                    let _ = self.name.set($crate::handle_object::cstring(&object.name().unwrap_or_default()));
                    let _ = self.uuid.set($crate::handle_object::cstring(&object.uuid_string().unwrap_or_default()));
                    let _ = self.handle.set(object);
                }
            }

            fn property(&self, _id: usize, _pspec: &glib::ParamSpec) -> glib::Value {
                // SAFETY: from_raw_none takes its own reference to the live libvirt object.
                self.handle.get().map(|h| unsafe { <$Boxed>::from_raw_none(h.as_ptr()) }).to_value()
            }
        }

        impl $Type {
            pub(crate) fn for_handle(handle: $Virt) -> $Type {
                // SAFETY: from_raw_none takes its own reference to the live libvirt object.
                let handle = unsafe { <$Boxed>::from_raw_none(handle.as_ptr()) };
                glib::Object::builder().property("handle", handle).build()
            }

            /// The libvirt object, for calls this API does not wrap.
            pub fn handle(&self) -> Option<$Virt> {
                self.imp().handle.get().cloned()
            }

            fn require_handle(&self) -> Result<&$Virt, glib::Error> {
                self.imp().handle.get().ok_or_else(|| $no_handle)
            }

            pub fn name(&self) -> String {
                self.name_cstr().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
            }

            pub(crate) fn name_cstr(&self) -> Option<&std::ffi::CStr> {
                self.imp().name.get().map(|n| n.as_c_str())
            }

            pub fn uuid(&self) -> String {
                self.uuid_cstr().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
            }

            pub(crate) fn uuid_cstr(&self) -> Option<&std::ffi::CStr> {
                self.imp().uuid.get().map(|n| n.as_c_str())
            }
        }
    };
}

pub(crate) use named_handle_object;
