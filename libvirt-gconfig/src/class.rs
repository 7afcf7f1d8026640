//! `config_class!`: declares a configuration class with the C layout of libvirt-glib's.
//!
//! Almost every class is a plain subclass with no virtual methods, no signals and no state of
//! its own (the state is the DOM). Its C instance struct is `{ Parent parent; gpointer priv; }`
//! and its class struct `{ ParentClass parent_class; gpointer padding[20]; }`; C programs and
//! PyGObject rely on those sizes, so the macro declares them `#[repr(C)]` and registers the
//! GType with them.
//!
//! ```ignore
//! config_class! {
//!     /// A `<domain>` document.
//!     pub struct Domain("GVirConfigDomain"): ConfigObject;
//!     parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
//!     extends: [crate::ConfigObject];
//!     implements: [crate::ConfigObjectImpl];
//!     subclass trait: DomainImpl;
//! }
//! ```
//! (with `object impl: custom;` last, the class file writes `impl ObjectImpl for imp::Domain`
//! itself, e.g. to install properties) declares, in the calling module, `Domain` (the wrapper), `Instance` and `Class` (the C
//! structs), `imp::Domain`, and `DomainImpl` (for subclasses, which list it in `implements`).

macro_rules! config_class {
    (
        $(#[$meta:meta])*
        pub struct $name:ident($c_name:literal): $parent:path;
        parent structs: $parent_instance:ty, $parent_class:ty;
        extends: [$($ancestor:path),*];
        implements: [$($ancestor_impl:path),*];
        subclass trait: $own_impl:ident;
        $(abstract: $abstract:literal;)?
        $(object impl: $custom:ident;)?
    ) => {
        /// C layout of the instance struct.
        #[repr(C)]
        pub struct Instance {
            parent: $parent_instance,
            priv_: *mut ::std::ffi::c_void,
        }

        /// C layout of the class struct.
        #[repr(C)]
        pub struct Class {
            parent_class: $parent_class,
            padding: [*mut ::std::ffi::c_void; 20],
        }

        unsafe impl ::glib::subclass::types::InstanceStruct for Instance {
            type Type = imp::$name;
        }

        unsafe impl ::glib::subclass::types::ClassStruct for Class {
            type Type = imp::$name;
        }

        pub mod imp {
            use ::glib::subclass::prelude::*;

            #[derive(Default)]
            pub struct $name;

            #[::glib::object_subclass]
            impl ObjectSubclass for $name {
                const NAME: &'static str = $c_name;
                $(const ABSTRACT: bool = $abstract;)?
                type Type = super::$name;
                type ParentType = $parent;
                type Instance = super::Instance;
                type Class = super::Class;
            }

            config_class!(@object_impl $name $($custom)?);
            $(impl $ancestor_impl for $name {})*
            impl super::$own_impl for $name {}
        }

        ::glib::wrapper! {
            $(#[$meta])*
            pub struct $name(ObjectSubclass<imp::$name>) @extends $($ancestor),*;
        }

        /// Implemented by the `imp` of subclasses of this class.
        pub trait $own_impl: $($ancestor_impl +)* ::glib::subclass::object::ObjectImpl {}

        unsafe impl<T: $own_impl> ::glib::subclass::types::IsSubclassable<T> for $name {}
    };
    // The default `ObjectImpl` (no properties); `object impl: custom;` leaves it to the class
    // file (for classes with GObject properties).
    (@object_impl $name:ident) => {
        impl ObjectImpl for $name {}
    };
    (@object_impl $name:ident custom) => {};
}
