//! Macros for the shapes most exported functions of the device classes share: `get_type`,
//! constructors, and getter/setter pairs of strings, enums, booleans and numbers. Each
//! expands to one `#[no_mangle]` function that checks its object argument like
//! `g_return_if_fail (GVIR_CONFIG_IS_…(obj))` and calls one method of the Rust class.

/// Borrows the object argument `$ptr` as `$ty`, or returns (`$default`, or nothing) after the
/// critical `g_return_val_if_fail` prints; `$func` is the exported function's name.
macro_rules! self_arg {
    ($ptr:ident as $ty:ty, $func:ident) => {
        match capi_support::object_arg::<$ty>($ptr, None, capi_support::c_name!($func), stringify!($ptr)) {
            Some(object) => object,
            None => return,
        }
    };
    ($ptr:ident as $ty:ty, $func:ident, $default:expr) => {
        match capi_support::object_arg::<$ty>($ptr, None, capi_support::c_name!($func), stringify!($ptr)) {
            Some(object) => object,
            None => return $default,
        }
    };
}
pub(crate) use self_arg;

/// `GType name(void)` for each `name => Type`.
macro_rules! export_get_type {
    ($($func:ident => $ty:ty),* $(,)?) => {
        $(
            #[no_mangle]
            pub extern "C" fn $func() -> glib::ffi::GType {
                use glib::translate::IntoGlib;
                <$ty as glib::prelude::StaticType>::static_type().into_glib()
            }
        )*
    };
}
pub(crate) use export_get_type;

/// `Type *name(void)` returning `$make` (transfer full).
macro_rules! export_new {
    ($func:ident, $make:expr) => {
        #[no_mangle]
        pub extern "C" fn $func() -> $crate::ffi::GObjectPtr {
            capi_support::guard(stringify!($func), std::ptr::null_mut(), || $crate::ffi::full($make))
        }
    };
}
pub(crate) use export_new;

/// `Type *name(const gchar *xml, GError **error)`; `$parse` takes the bytes (`Option<&[u8]>`) and
/// returns a `Result` of the object.
macro_rules! export_new_from_xml {
    ($func:ident, $parse:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func(xml: *const std::ffi::c_char, error: *mut *mut glib::ffi::GError) -> $crate::ffi::GObjectPtr {
            capi_support::guard(stringify!($func), std::ptr::null_mut(), || {
                $crate::ffi::new_from_xml(xml, error, $parse)
            })
        }
    };
}
pub(crate) use export_new_from_xml;

/// `const char *get(Type *obj)`: the string stays owned by the object.
macro_rules! export_str_getter {
    ($func:ident, $arg:ident: $ty:ty, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($arg: $crate::ffi::GObjectPtr) -> *const std::ffi::c_char {
            let $arg = $crate::ffi::device_accessors::self_arg!($arg as $ty, $func, std::ptr::null());
            capi_support::guard(stringify!($func), std::ptr::null(), || {
                $crate::ffi::kept_string(&*$arg, stringify!($func), $arg.$method())
            })
        }
    };
}
pub(crate) use export_str_getter;

/// `void set(Type *obj, const char *value)`; NULL passes `None`.
macro_rules! export_str_setter {
    ($func:ident, $arg:ident: $ty:ty, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($arg: $crate::ffi::GObjectPtr, value: *const std::ffi::c_char) {
            let $arg = $crate::ffi::device_accessors::self_arg!($arg as $ty, $func);
            capi_support::guard(stringify!($func), (), || $arg.$method($crate::ffi::opt_str(value).as_deref()))
        }
    };
}
pub(crate) use export_str_setter;

/// `Enum get(Type *obj)`; `$default` is returned for a bad object.
macro_rules! export_enum_getter {
    ($func:ident, $arg:ident: $ty:ty, $method:ident, $default:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($arg: $crate::ffi::GObjectPtr) -> i32 {
            use glib::translate::IntoGlib;
            let $arg = $crate::ffi::device_accessors::self_arg!($arg as $ty, $func, $default.into_glib());
            capi_support::guard(stringify!($func), $default.into_glib(), || $arg.$method().into_glib())
        }
    };
}
pub(crate) use export_enum_getter;

/// `void set(Type *obj, Enum value)`; a value outside the enum is refused with a critical.
macro_rules! export_enum_setter {
    ($func:ident, $arg:ident: $ty:ty, $method:ident, $enum:ty) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($arg: $crate::ffi::GObjectPtr, value: i32) {
            let $arg = $crate::ffi::device_accessors::self_arg!($arg as $ty, $func);
            match $crate::xml::enum_from_int::<$enum>(value) {
                Some(value) => capi_support::guard(stringify!($func), (), || $arg.$method(value)),
                None => capi_support::return_if_fail_warning(
                    None,
                    capi_support::c_name!($func),
                    &capi_support::to_cstring(&format!("value is a {}", <$enum as glib::prelude::StaticType>::static_type().name())),
                ),
            }
        }
    };
}
pub(crate) use export_enum_setter;

/// `gboolean get(Type *obj)`.
macro_rules! export_bool_getter {
    ($func:ident, $arg:ident: $ty:ty, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($arg: $crate::ffi::GObjectPtr) -> glib::ffi::gboolean {
            let $arg = $crate::ffi::device_accessors::self_arg!($arg as $ty, $func, glib::ffi::GFALSE);
            capi_support::guard(stringify!($func), glib::ffi::GFALSE, || $arg.$method().into())
        }
    };
}
pub(crate) use export_bool_getter;

/// `void set(Type *obj, gboolean value)`; any non-zero value is true.
macro_rules! export_bool_setter {
    ($func:ident, $arg:ident: $ty:ty, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($arg: $crate::ffi::GObjectPtr, value: glib::ffi::gboolean) {
            let $arg = $crate::ffi::device_accessors::self_arg!($arg as $ty, $func);
            capi_support::guard(stringify!($func), (), || $arg.$method(value != glib::ffi::GFALSE))
        }
    };
}
pub(crate) use export_bool_setter;

/// `Number get(Type *obj)`; `$default` for a bad object.
macro_rules! export_value_getter {
    ($func:ident, $arg:ident: $ty:ty, $method:ident, $ret:ty, $default:expr) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($arg: $crate::ffi::GObjectPtr) -> $ret {
            let $arg = $crate::ffi::device_accessors::self_arg!($arg as $ty, $func, $default);
            capi_support::guard(stringify!($func), $default, || $arg.$method())
        }
    };
}
pub(crate) use export_value_getter;

/// `void set(Type *obj, Number value)`.
macro_rules! export_value_setter {
    ($func:ident, $arg:ident: $ty:ty, $method:ident, $value:ty) => {
        #[no_mangle]
        pub unsafe extern "C" fn $func($arg: $crate::ffi::GObjectPtr, value: $value) {
            let $arg = $crate::ffi::device_accessors::self_arg!($arg as $ty, $func);
            capi_support::guard(stringify!($func), (), || $arg.$method(value))
        }
    };
}
pub(crate) use export_value_setter;
