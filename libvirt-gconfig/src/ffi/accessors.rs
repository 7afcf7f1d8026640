//! Macros for the exported functions that all look alike: `*_get_type`, constructors, and
//! getters/setters of strings, booleans, integers and enums. Each expands to one
//! `#[no_mangle] extern "C" fn` that checks its object argument (critical + default on a
//! wrong type), runs the Rust accessor inside the panic guard and converts the result.

/// `GType name(void)` for a class or enum.
macro_rules! ffi_get_type {
    ($name:ident, $ty:ty) => {
        #[no_mangle]
        pub extern "C" fn $name() -> glib::ffi::GType {
            use glib::prelude::StaticType;
            use glib::translate::IntoGlib;
            <$ty>::static_type().into_glib()
        }
    };
}

/// `Type *name(void)` (transfer full).
macro_rules! ffi_new {
    ($name:ident, $new:expr) => {
        #[no_mangle]
        pub extern "C" fn $name() -> $crate::ffi::GObjectPtr {
            capi_support::guard(stringify!($name), std::ptr::null_mut(), || $crate::ffi::full($new))
        }
    };
}

/// `Type *name(const gchar *xml, GError **error)` (transfer full); `$parse` gets the XML as an
/// `Option<&[u8]>` (see [`crate::ffi::new_from_xml`]; NULL is a parse error) and returns a `Result`.
macro_rules! ffi_new_from_xml {
    ($name:ident, $parse:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name(
            xml: *const std::ffi::c_char,
            error: *mut *mut glib::ffi::GError,
        ) -> $crate::ffi::GObjectPtr {
            capi_support::guard(stringify!($name), std::ptr::null_mut(), || $crate::ffi::new_from_xml(xml, error, $parse))
        }
    };
}

/// `const char *name(Type *obj)` (transfer none; the object keeps the string).
macro_rules! ffi_str_getter {
    ($name:ident, $arg:ident: $ty:ty, $getter:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name($arg: $crate::ffi::GObjectPtr) -> *const std::ffi::c_char {
            let object = $crate::ffi::object_arg!($arg as $ty, capi_support::c_name!($name), std::ptr::null());
            capi_support::guard(stringify!($name), std::ptr::null(), || {
                $crate::ffi::kept_string(&*object, stringify!($name), ($getter)(&*object))
            })
        }
    };
}

/// `void name(Type *obj, const char *value)`; NULL removes the value.
macro_rules! ffi_str_setter {
    ($name:ident, $arg:ident: $ty:ty, $setter:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name($arg: $crate::ffi::GObjectPtr, value: *const std::ffi::c_char) {
            let object = $crate::ffi::object_arg!($arg as $ty, capi_support::c_name!($name), ());
            capi_support::guard(stringify!($name), (), || {
                let value = $crate::ffi::opt_str(value);
                ($setter)(&*object, value.as_deref())
            })
        }
    };
}

/// `gboolean name(Type *obj)`.
macro_rules! ffi_bool_getter {
    ($name:ident, $arg:ident: $ty:ty, $getter:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name($arg: $crate::ffi::GObjectPtr) -> glib::ffi::gboolean {
            let object = $crate::ffi::object_arg!($arg as $ty, capi_support::c_name!($name), glib::ffi::GFALSE);
            capi_support::guard(stringify!($name), glib::ffi::GFALSE, || {
                glib::translate::IntoGlib::into_glib(($getter)(&*object))
            })
        }
    };
}

/// `void name(Type *obj, gboolean value)`.
macro_rules! ffi_bool_setter {
    ($name:ident, $arg:ident: $ty:ty, $setter:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name($arg: $crate::ffi::GObjectPtr, value: glib::ffi::gboolean) {
            let object = $crate::ffi::object_arg!($arg as $ty, capi_support::c_name!($name), ());
            capi_support::guard(stringify!($name), (), || ($setter)(&*object, value != glib::ffi::GFALSE))
        }
    };
}

/// `$int name(Type *obj)` for a C integer type `$int`.
macro_rules! ffi_int_getter {
    ($name:ident, $arg:ident: $ty:ty, $int:ty, $getter:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name($arg: $crate::ffi::GObjectPtr) -> $int {
            let object = $crate::ffi::object_arg!($arg as $ty, capi_support::c_name!($name), 0);
            capi_support::guard(stringify!($name), 0, || ($getter)(&*object))
        }
    };
}

/// `void name(Type *obj, $int value)` for a C integer type `$int`.
macro_rules! ffi_int_setter {
    ($name:ident, $arg:ident: $ty:ty, $int:ty, $setter:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name($arg: $crate::ffi::GObjectPtr, value: $int) {
            let object = $crate::ffi::object_arg!($arg as $ty, capi_support::c_name!($name), ());
            capi_support::guard(stringify!($name), (), || ($setter)(&*object, value))
        }
    };
}

/// `Enum name(Type *obj)`; `$default` is returned (as the C library does) on a wrong object.
macro_rules! ffi_enum_getter {
    ($name:ident, $arg:ident: $ty:ty, $default:expr, $getter:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name($arg: $crate::ffi::GObjectPtr) -> i32 {
            use glib::translate::IntoGlib;
            let object = $crate::ffi::object_arg!($arg as $ty, capi_support::c_name!($name), $default.into_glib());
            capi_support::guard(stringify!($name), $default.into_glib(), || ($getter)(&*object).into_glib())
        }
    };
}

/// `void name(Type *obj, Enum value)`; a value outside the enum is refused with a critical.
macro_rules! ffi_enum_setter {
    ($name:ident, $arg:ident: $ty:ty, $enum:ty, $setter:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $name($arg: $crate::ffi::GObjectPtr, value: i32) {
            let object = $crate::ffi::object_arg!($arg as $ty, capi_support::c_name!($name), ());
            let Some(value) = $crate::xml::enum_from_int::<$enum>(value) else {
                capi_support::return_if_fail_warning(
                    None,
                    capi_support::c_name!($name),
                    &capi_support::to_cstring(concat!("value is a ", stringify!($enum))),
                );
                return;
            };
            capi_support::guard(stringify!($name), (), || ($setter)(&*object, value))
        }
    };
}
