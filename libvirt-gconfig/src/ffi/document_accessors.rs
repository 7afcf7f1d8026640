//! Macros for the C functions that are the same few shapes over and over: constructors, and
//! getters/setters of strings, numbers and child objects. Each expands to one exported
//! function that checks its arguments like the C library, then calls one Rust method inside
//! the panic guard.
//!
//! The argument identifiers are the parameter names of the C headers: they appear in the
//! criticals (`GVIR_CONFIG_IS_STORAGE_POOL (pool)`, `name != NULL`).

/// `get_type`, `new` and `new_from_xml` of a document or element class.
macro_rules! constructors {
    ($ty:ty, $get_type:ident, $new:ident, $new_from_xml:ident, $root:literal, $schema:expr) => {
        #[no_mangle]
        pub extern "C" fn $get_type() -> glib::ffi::GType {
            use glib::prelude::*;
            use glib::translate::IntoGlib;
            <$ty>::static_type().into_glib()
        }

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
                $crate::ffi::new_from_xml(xml, error, |xml| $crate::ConfigObject::parse_opt::<$ty>(xml, $root, $schema))
            })
        }
    };
}
pub(crate) use constructors;

/// `const char *get(obj)`: a string the object keeps (transfer none), or NULL.
macro_rules! string_getter {
    ($fn:ident, $obj:ident as $ty:ty, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $fn($obj: $crate::ffi::GObjectPtr) -> *const std::ffi::c_char {
            let $obj = $crate::ffi::object_arg!($obj as $ty, capi_support::c_name!($fn), std::ptr::null());
            capi_support::guard(stringify!($fn), std::ptr::null(), || {
                $crate::ffi::kept_string(&*$obj, stringify!($method), $obj.$method())
            })
        }
    };
}
pub(crate) use string_getter;

/// `void set(obj, const char *value)` where NULL is allowed (it removes the value).
macro_rules! nullable_string_setter {
    ($fn:ident, $obj:ident as $ty:ty, $value:ident, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $fn($obj: $crate::ffi::GObjectPtr, $value: *const std::ffi::c_char) {
            let $obj = $crate::ffi::object_arg!($obj as $ty, capi_support::c_name!($fn), ());
            capi_support::guard(stringify!($fn), (), || $obj.$method($crate::ffi::opt_str($value).as_deref()))
        }
    };
}
pub(crate) use nullable_string_setter;

/// `void set(obj, const char *value)` where the value is required (critical on NULL).
macro_rules! string_setter {
    ($fn:ident, $obj:ident as $ty:ty, $value:ident, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $fn($obj: $crate::ffi::GObjectPtr, $value: *const std::ffi::c_char) {
            let $obj = $crate::ffi::object_arg!($obj as $ty, capi_support::c_name!($fn), ());
            let $value = $crate::ffi::str_arg!($value, capi_support::c_name!($fn), ());
            capi_support::guard(stringify!($fn), (), || $obj.$method(&$value))
        }
    };
}
pub(crate) use string_setter;

/// Getter and setter of a number (`guint64` or `guint`): `$num get(obj)`, `void set(obj, $num)`.
macro_rules! number_property {
    ($num:ty, $get:ident, $set:ident, $obj:ident as $ty:ty, $value:ident, $getter:ident, $setter:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $get($obj: $crate::ffi::GObjectPtr) -> $num {
            let $obj = $crate::ffi::object_arg!($obj as $ty, capi_support::c_name!($get), 0);
            capi_support::guard(stringify!($get), 0, || $obj.$getter())
        }

        $crate::ffi::document_accessors::number_setter!($num, $set, $obj as $ty, $value, $setter);
    };
}
pub(crate) use number_property;

/// `void set(obj, $num value)`.
macro_rules! number_setter {
    ($num:ty, $set:ident, $obj:ident as $ty:ty, $value:ident, $setter:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $set($obj: $crate::ffi::GObjectPtr, $value: $num) {
            let $obj = $crate::ffi::object_arg!($obj as $ty, capi_support::c_name!($set), ());
            capi_support::guard(stringify!($set), (), || $obj.$setter($value))
        }
    };
}
pub(crate) use number_setter;

/// `Child *get(obj)`: a new object viewing a child element (transfer full), or NULL.
macro_rules! child_getter {
    ($fn:ident, $obj:ident as $ty:ty, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $fn($obj: $crate::ffi::GObjectPtr) -> $crate::ffi::GObjectPtr {
            let $obj = $crate::ffi::object_arg!($obj as $ty, capi_support::c_name!($fn), std::ptr::null_mut());
            capi_support::guard(stringify!($fn), std::ptr::null_mut(), || {
                $obj.$method().map_or(std::ptr::null_mut(), $crate::ffi::full)
            })
        }
    };
}
pub(crate) use child_getter;

/// `void set(obj, Child *child)`: NULL removes the child; an object of another type is refused
/// with a critical (`child == NULL || GVIR_CONFIG_IS_CHILD (child)`, as the C library words it).
macro_rules! child_setter {
    ($fn:ident, $obj:ident as $ty:ty, $child:ident as $child_ty:ty, $method:ident) => {
        #[no_mangle]
        pub unsafe extern "C" fn $fn($obj: $crate::ffi::GObjectPtr, $child: $crate::ffi::GObjectPtr) {
            let $obj = $crate::ffi::object_arg!($obj as $ty, capi_support::c_name!($fn), ());
            if $child.is_null() {
                return capi_support::guard(stringify!($fn), (), || $obj.$method(None));
            }
            let Some($child) = $crate::ffi::document_accessors::optional_object_arg::<$child_ty>($child, capi_support::c_name!($fn), stringify!($child))
            else {
                return;
            };
            capi_support::guard(stringify!($fn), (), || $obj.$method(Some(&*$child)))
        }
    };
}
pub(crate) use child_setter;

/// Borrows the non-NULL argument `ptr` as a `T`, or prints the critical of the C check
/// `g_return_if_fail(name == NULL || GVIR_CONFIG_IS_T(name))` and returns `None`.
///
/// # Safety
/// `ptr` must point to a GTypeInstance.
pub(crate) unsafe fn optional_object_arg<T>(
    ptr: super::GObjectPtr,
    function: &std::ffi::CStr,
    name: &str,
) -> Option<glib::translate::Borrowed<T>>
where
    T: glib::prelude::ObjectType + glib::translate::FromGlibPtrBorrow<*mut T::GlibType>,
{
    use glib::translate::IntoGlib;
    let type_ = T::static_type();
    if glib::gobject_ffi::g_type_check_instance_is_a(ptr as *mut _, type_.into_glib()) == glib::ffi::GFALSE {
        let check = format!("{name} == NULL || {}({name})", capi_support::type_check_macro(type_.name()));
        capi_support::return_if_fail_warning(None, function, &capi_support::to_cstring(&check));
        return None;
    }
    Some(glib::translate::from_glib_borrow(ptr as *mut T::GlibType))
}
