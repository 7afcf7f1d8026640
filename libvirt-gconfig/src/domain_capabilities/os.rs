//! `DomainCapabilitiesOs` (`GVirConfigDomainCapabilitiesOs`): the `<os>` of domain
//! capabilities, with the `get_firmwares` virtual method.
//!
//! Its C class struct is `{ GVirConfigObjectClass parent_class; get_firmwares;
//! gpointer padding[19]; }`; `firmwares()` (and the C function) call the slot of the object's
//! class, which Rust subclasses fill through [`DomainCapabilitiesOsImpl::firmwares`] and C
//! code may set directly, as with libvirt-glib.

use std::ffi::c_void;

use glib::prelude::*;
use glib::subclass::prelude::*;
use glib::translate::*;

use crate::xml::XmlEnum;
use crate::{ConfigObjectExt, ConfigObjectImpl, DomainOsFirmware};

/// C layout of `GVirConfigDomainCapabilitiesOs`: `{ GVirConfigObject parent; gpointer priv; }`.
#[repr(C)]
pub struct Instance {
    parent: crate::ConfigObjectInstance,
    priv_: *mut c_void,
}

/// The `get_firmwares` virtual method: a new `GList` (transfer container) whose data are
/// `GVirConfigDomainOsFirmware` values stored with `GINT_TO_POINTER`.
pub type GetFirmwaresFn = unsafe extern "C" fn(os: *mut Instance) -> *mut glib::ffi::GList;

/// C layout of `GVirConfigDomainCapabilitiesOsClass`.
#[repr(C)]
pub struct Class {
    parent_class: crate::ConfigObjectClass,
    pub get_firmwares: Option<GetFirmwaresFn>,
    padding: [*mut c_void; 19],
}

unsafe impl InstanceStruct for Instance {
    type Type = imp::DomainCapabilitiesOs;
}

unsafe impl ClassStruct for Class {
    type Type = imp::DomainCapabilitiesOs;
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct DomainCapabilitiesOs;

    #[glib::object_subclass]
    impl ObjectSubclass for DomainCapabilitiesOs {
        const NAME: &'static str = "GVirConfigDomainCapabilitiesOs";
        type Type = super::DomainCapabilitiesOs;
        type ParentType = crate::ConfigObject;
        type Instance = super::Instance;
        type Class = super::Class;

        fn class_init(klass: &mut Self::Class) {
            klass.get_firmwares = Some(get_firmwares_trampoline::<Self>);
        }
    }

    impl ObjectImpl for DomainCapabilitiesOs {}
    impl ConfigObjectImpl for DomainCapabilitiesOs {}

    impl DomainCapabilitiesOsImpl for DomainCapabilitiesOs {
        fn firmwares(&self) -> Vec<DomainOsFirmware> {
            super::read_firmwares(&self.obj().node())
        }
    }
}

glib::wrapper! {
    /// What a hypervisor supports for booting domains (`<os supported='yes'>`).
    pub struct DomainCapabilitiesOs(ObjectSubclass<imp::DomainCapabilitiesOs>) @extends crate::ConfigObject;
}

/// The base implementation: the values of every `<enum name='firmware'>` child, in document
/// order. As with libvirt-glib, any child element of such an enum that has content counts, and
/// a value that is not a firmware name reads as BIOS.
fn read_firmwares(os: &crate::Node) -> Vec<DomainOsFirmware> {
    os.children()
        .filter(|e| e.name() == "enum" && e.attribute("name").as_deref() == Some("firmware"))
        .flat_map(|e| e.children().collect::<Vec<_>>())
        // SAFETY: reading the child pointer of a live element.
        .filter(|value| unsafe { !(*value.raw()).children.is_null() })
        .map(|value| value.text().and_then(|v| DomainOsFirmware::from_nick(&v)).unwrap_or(DomainOsFirmware::Bios))
        .collect()
}

/// Implemented by the `imp` of subclasses of [`DomainCapabilitiesOs`].
pub trait DomainCapabilitiesOsImpl: ConfigObjectImpl {
    /// The firmwares offered (the `get_firmwares` virtual method); by default the parent
    /// class's.
    fn firmwares(&self) -> Vec<DomainOsFirmware> {
        self.parent_firmwares()
    }
}

/// Chaining up to the parent class's virtual methods.
pub trait DomainCapabilitiesOsImplExt: DomainCapabilitiesOsImpl {
    /// What the parent class's `get_firmwares` returns for this object.
    fn parent_firmwares(&self) -> Vec<DomainOsFirmware> {
        let data = Self::type_data();
        // SAFETY: the parent type is DomainCapabilitiesOs or a subclass (checked), so its class
        // struct starts with our `Class`.
        unsafe {
            if !Self::type_().parent().is_some_and(|parent| parent.is_a(DomainCapabilitiesOs::static_type())) {
                return Vec::new();
            }
            let parent_class = &*(data.as_ref().parent_class() as *const Class);
            match parent_class.get_firmwares {
                Some(get_firmwares) => firmwares_from_list(get_firmwares(self.obj().as_ptr() as *mut Instance)),
                None => Vec::new(),
            }
        }
    }
}

impl<T: DomainCapabilitiesOsImpl> DomainCapabilitiesOsImplExt for T {}

unsafe impl<T: DomainCapabilitiesOsImpl> IsSubclassable<T> for DomainCapabilitiesOs {
    fn class_init(class: &mut glib::Class<Self>) {
        Self::parent_class_init::<T>(class);
        class.as_mut().get_firmwares = Some(get_firmwares_trampoline::<T>);
    }
}

unsafe extern "C" fn get_firmwares_trampoline<T: DomainCapabilitiesOsImpl>(os: *mut Instance) -> *mut glib::ffi::GList {
    let instance = &*(os as *mut T::Instance);
    let mut list = std::ptr::null_mut();
    for firmware in instance.imp().firmwares().into_iter().rev() {
        list = glib::ffi::g_list_prepend(list, firmware.into_glib() as isize as *mut c_void);
    }
    list
}

/// Takes a list the virtual method returned (transfer container); values that are not
/// firmwares are dropped.
unsafe fn firmwares_from_list(list: *mut glib::ffi::GList) -> Vec<DomainOsFirmware> {
    let mut out = Vec::new();
    let mut node = list;
    while !node.is_null() {
        if let Some(firmware) = crate::xml::enum_from_int::<DomainOsFirmware>((*node).data as isize as i32) {
            out.push(firmware);
        }
        node = (*node).next;
    }
    glib::ffi::g_list_free(list);
    out
}

/// Calls the `get_firmwares` slot of `os`'s class and returns its list as is (for the C ABI).
pub(crate) fn firmwares_list(os: &DomainCapabilitiesOs) -> *mut glib::ffi::GList {
    let instance: *mut Instance = os.to_glib_none().0;
    // SAFETY: `os` is a live instance of DomainCapabilitiesOs, so its class struct is a `Class`.
    unsafe {
        let class = (*(instance as *mut glib::gobject_ffi::GTypeInstance)).g_class as *const Class;
        match (*class).get_firmwares {
            Some(get_firmwares) => get_firmwares(instance),
            None => std::ptr::null_mut(),
        }
    }
}

/// What OS capabilities of every kind can do.
pub trait DomainCapabilitiesOsExt: IsA<DomainCapabilitiesOs> {
    /// The firmwares domains can boot with, as the object's class lists them.
    fn firmwares(&self) -> Vec<DomainOsFirmware> {
        // SAFETY: the list comes from the virtual method, transfer container.
        unsafe { firmwares_from_list(firmwares_list(self.as_ref())) }
    }
}

impl<O: IsA<DomainCapabilitiesOs>> DomainCapabilitiesOsExt for O {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_struct_has_the_c_layout() {
        let ptr = std::mem::size_of::<*mut c_void>();
        assert_eq!(std::mem::size_of::<Class>(), std::mem::size_of::<crate::ConfigObjectClass>() + 20 * ptr);
    }

    mod efi_only {
        use super::*;

        #[derive(Default)]
        pub struct EfiOnly;

        #[glib::object_subclass]
        impl ObjectSubclass for EfiOnly {
            const NAME: &'static str = "TestRsDomainCapabilitiesOsEfiOnly";
            type Type = Wrapper;
            type ParentType = DomainCapabilitiesOs;
        }

        impl ObjectImpl for EfiOnly {}
        impl ConfigObjectImpl for EfiOnly {}
        impl DomainCapabilitiesOsImpl for EfiOnly {
            fn firmwares(&self) -> Vec<DomainOsFirmware> {
                let mut inherited = self.parent_firmwares();
                inherited.retain(|f| *f == DomainOsFirmware::Efi);
                inherited
            }
        }

        glib::wrapper! {
            pub struct Wrapper(ObjectSubclass<EfiOnly>) @extends DomainCapabilitiesOs, crate::ConfigObject;
        }
    }

    #[test]
    fn subclasses_override_and_chain_up() {
        let caps = crate::DomainCapabilities::from_xml(
            "<domainCapabilities><os><enum name='firmware'><value>bios</value><value>efi</value></enum></os></domainCapabilities>",
        )
        .unwrap();
        let node = caps.os().unwrap().node();
        let os = crate::ConfigObject::for_node_with_type(efi_only::Wrapper::static_type(), &node, None);
        let os = os.downcast::<DomainCapabilitiesOs>().unwrap();
        assert_eq!(os.firmwares(), [DomainOsFirmware::Efi]);
        // The C entry point dispatches the same way.
        let from_c = unsafe { firmwares_from_list(firmwares_list(&os)) };
        assert_eq!(from_c, [DomainOsFirmware::Efi]);
    }
}
