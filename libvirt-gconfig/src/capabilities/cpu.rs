//! `CapabilitiesCpu` (`GVirConfigCapabilitiesCpu`): a `<cpu>` element, with the `get_features`
//! virtual method.
//!
//! Unlike the classes `config_class!` declares, this one has a virtual method in its C class
//! struct: `{ GVirConfigObjectClass parent_class; get_features; gpointer padding[19]; }`. The
//! public `features()` (and `gvir_config_capabilities_cpu_get_features()`) call whatever the
//! slot of the object's class holds, so a subclass changes what kind of feature objects a CPU
//! lists: `DomainCpu` lists `DomainCpuFeature`s. Rust subclasses override
//! [`CapabilitiesCpuImpl::features`]; C subclasses (and C code patching the class, as it can
//! with libvirt-glib) set the slot.

use std::ffi::c_void;

use glib::prelude::*;
use glib::subclass::prelude::*;
use glib::translate::*;

use crate::child_objects;
use crate::{ConfigObjectExt, ConfigObjectImpl};

use super::{CapabilitiesCpuFeature, CapabilitiesCpuModel, CapabilitiesCpuTopology};

/// C layout of `GVirConfigCapabilitiesCpu`: `{ GVirConfigObject parent; gpointer priv; }`.
#[repr(C)]
pub struct Instance {
    parent: crate::ConfigObjectInstance,
    priv_: *mut c_void,
}

/// The `get_features` virtual method: returns a new `GList` of new references to
/// `GVirConfigCapabilitiesCpuFeature`s (transfer full).
pub type GetFeaturesFn = unsafe extern "C" fn(cpu: *mut Instance) -> *mut glib::ffi::GList;

/// C layout of `GVirConfigCapabilitiesCpuClass`.
#[repr(C)]
pub struct Class {
    parent_class: crate::ConfigObjectClass,
    pub get_features: Option<GetFeaturesFn>,
    padding: [*mut c_void; 19],
}

unsafe impl InstanceStruct for Instance {
    type Type = imp::CapabilitiesCpu;
}

unsafe impl ClassStruct for Class {
    type Type = imp::CapabilitiesCpu;
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct CapabilitiesCpu;

    #[glib::object_subclass]
    impl ObjectSubclass for CapabilitiesCpu {
        const NAME: &'static str = "GVirConfigCapabilitiesCpu";
        type Type = super::CapabilitiesCpu;
        type ParentType = crate::ConfigObject;
        type Instance = super::Instance;
        type Class = super::Class;

        fn class_init(klass: &mut Self::Class) {
            klass.get_features = Some(get_features_trampoline::<Self>);
        }
    }

    impl ObjectImpl for CapabilitiesCpu {}
    impl ConfigObjectImpl for CapabilitiesCpu {}

    impl CapabilitiesCpuImpl for CapabilitiesCpu {
        /// The base implementation: every `<feature>` child, as a `CapabilitiesCpuFeature`.
        fn features(&self) -> Vec<CapabilitiesCpuFeature> {
            child_objects::children(&*self.obj(), "feature")
        }
    }
}

glib::wrapper! {
    /// A CPU (`<cpu>`): of the host in the capabilities, and the base of a domain's
    /// [`DomainCpu`](crate::DomainCpu).
    pub struct CapabilitiesCpu(ObjectSubclass<imp::CapabilitiesCpu>) @extends crate::ConfigObject;
}

/// Implemented by the `imp` of subclasses of [`CapabilitiesCpu`].
pub trait CapabilitiesCpuImpl: ConfigObjectImpl {
    /// The CPU's features (the `get_features` virtual method); by default the parent class's.
    fn features(&self) -> Vec<CapabilitiesCpuFeature> {
        self.parent_features()
    }
}

/// Chaining up to the parent class's virtual methods.
pub trait CapabilitiesCpuImplExt: CapabilitiesCpuImpl {
    /// What the parent class's `get_features` returns for this object.
    fn parent_features(&self) -> Vec<CapabilitiesCpuFeature> {
        let data = Self::type_data();
        // SAFETY: the parent type is CapabilitiesCpu or a subclass of it (checked), so its class
        // struct starts with our `Class`; the slot takes an instance of it.
        unsafe {
            if !Self::type_().parent().is_some_and(|parent| parent.is_a(CapabilitiesCpu::static_type())) {
                return Vec::new();
            }
            let parent_class = &*(data.as_ref().parent_class() as *const Class);
            match parent_class.get_features {
                Some(get_features) => features_from_list(get_features(self.obj().as_ptr() as *mut Instance)),
                None => Vec::new(),
            }
        }
    }
}

impl<T: CapabilitiesCpuImpl> CapabilitiesCpuImplExt for T {}

unsafe impl<T: CapabilitiesCpuImpl> IsSubclassable<T> for CapabilitiesCpu {
    fn class_init(class: &mut glib::Class<Self>) {
        Self::parent_class_init::<T>(class);
        class.as_mut().get_features = Some(get_features_trampoline::<T>);
    }
}

/// The slot value for a Rust class: calls its `CapabilitiesCpuImpl::features`.
unsafe extern "C" fn get_features_trampoline<T: CapabilitiesCpuImpl>(cpu: *mut Instance) -> *mut glib::ffi::GList {
    let instance = &*(cpu as *mut T::Instance);
    features_into_list(instance.imp().features())
}

/// A `GList` of new references (transfer full).
fn features_into_list(features: Vec<CapabilitiesCpuFeature>) -> *mut glib::ffi::GList {
    let mut list = std::ptr::null_mut();
    for feature in features.into_iter().rev() {
        let raw: *mut super::cpu_feature::Instance = feature.into_glib_ptr();
        // SAFETY: prepending to a list we own.
        list = unsafe { glib::ffi::g_list_prepend(list, raw as *mut c_void) };
    }
    list
}

/// Takes a `GList` returned by the virtual method (transfer full); elements that are not CPU
/// features (a broken C override) are dropped.
unsafe fn features_from_list(list: *mut glib::ffi::GList) -> Vec<CapabilitiesCpuFeature> {
    let mut out = Vec::new();
    let mut node = list;
    while !node.is_null() {
        let data = (*node).data;
        if !data.is_null() {
            let object: glib::Object = from_glib_full(data as *mut glib::gobject_ffi::GObject);
            if let Ok(feature) = object.downcast::<CapabilitiesCpuFeature>() {
                out.push(feature);
            }
        }
        node = (*node).next;
    }
    glib::ffi::g_list_free(list);
    out
}

/// Calls the `get_features` slot of `cpu`'s class and returns its list as is (for the C ABI).
pub(crate) fn features_list(cpu: &CapabilitiesCpu) -> *mut glib::ffi::GList {
    let instance: *mut Instance = cpu.to_glib_none().0;
    // SAFETY: `cpu` is a live instance of CapabilitiesCpu, so its class struct is a `Class`.
    unsafe {
        let class = (*(instance as *mut glib::gobject_ffi::GTypeInstance)).g_class as *const Class;
        match (*class).get_features {
            Some(get_features) => get_features(instance),
            None => std::ptr::null_mut(),
        }
    }
}

/// What CPUs of every kind can do.
pub trait CapabilitiesCpuExt: IsA<CapabilitiesCpu> {
    /// The CPU's architecture (`<arch>`).
    fn arch(&self) -> Option<String> {
        self.as_ref().node().child_content("arch")
    }

    /// The CPU's features, each an object of the kind the CPU's class lists (see the module
    /// documentation).
    fn features(&self) -> Vec<CapabilitiesCpuFeature> {
        // SAFETY: the list comes from the virtual method, transfer full.
        unsafe { features_from_list(features_list(self.as_ref())) }
    }

    /// Appends `feature` to the CPU. Its element moves into the CPU's document: later changes
    /// made through `feature` change this CPU.
    fn add_feature(&self, feature: &impl IsA<CapabilitiesCpuFeature>) {
        child_objects::attach(&self.as_ref().node(), feature.as_ref());
    }

    /// The CPU's topology (`<topology>`).
    fn topology(&self) -> Option<CapabilitiesCpuTopology> {
        child_objects::child(self.as_ref(), "topology")
    }

    /// Replaces the CPU's topology with `topology` (its element moves here, after the other
    /// children, as with libvirt-glib).
    fn set_topology(&self, topology: &CapabilitiesCpuTopology) {
        child_objects::attach_replacing(&self.as_ref().node(), topology);
    }

    /// The CPU's model (`<model>`), a plain `CapabilitiesCpuModel` for every kind of CPU.
    fn model(&self) -> Option<CapabilitiesCpuModel> {
        child_objects::child(self.as_ref(), "model")
    }
}

impl<O: IsA<CapabilitiesCpu>> CapabilitiesCpuExt for O {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CapabilitiesCpuFeatureExt, CapabilitiesCpuModelExt, Capabilities};

    fn host_cpu(xml: &str) -> CapabilitiesCpu {
        Capabilities::from_xml(xml).unwrap().host().unwrap().cpu().unwrap()
    }

    #[test]
    fn class_struct_has_the_c_layout() {
        let ptr = std::mem::size_of::<*mut c_void>();
        assert_eq!(std::mem::size_of::<Class>(), std::mem::size_of::<crate::ConfigObjectClass>() + 20 * ptr);
        assert_eq!(std::mem::size_of::<Instance>(), std::mem::size_of::<crate::ConfigObjectInstance>() + ptr);
    }

    #[test]
    fn features_are_the_feature_children() {
        let cpu = host_cpu(
            "<capabilities><host><cpu><arch>x86_64</arch><features><pae/></features><feature name='a'/><!-- c --><feature/></cpu></host></capabilities>",
        );
        let features = cpu.features();
        assert_eq!(features.len(), 2);
        assert!(features.iter().all(|f| f.type_() == CapabilitiesCpuFeature::static_type()));
        assert_eq!(features[0].name().as_deref(), Some("a"));
        assert_eq!(features[1].name(), None);
        assert_eq!(features[0].schema(), cpu.schema());
    }

    #[test]
    fn add_feature_and_set_topology_move_elements() {
        let cpu = host_cpu("<capabilities><host><cpu><model>m</model><topology sockets='9'/></cpu></host></capabilities>");
        let standalone = crate::ConfigObject::new_root::<CapabilitiesCpuFeature>("feature", None);
        standalone.set_name(Some("vmx"));
        cpu.add_feature(&standalone);
        standalone.set_name(Some("svm"));
        let topology = CapabilitiesCpuTopology::new();
        topology.set_cores(2);
        cpu.set_topology(&topology);
        topology.set_threads(1);
        assert_eq!(
            cpu.to_xml(),
            "<cpu>\n  <model>m</model>\n  <feature name=\"svm\"/>\n  <topology cores=\"2\" threads=\"1\"/>\n</cpu>"
        );
        assert_eq!(cpu.model().unwrap().name().as_deref(), Some("m"));
        assert_eq!(cpu.topology().unwrap().threads(), 1);
        drop(cpu);
        // The moved objects keep their elements (and the document now holding them) alive.
        assert_eq!(standalone.to_xml(), "<feature name=\"svm\"/>");
        assert_eq!(topology.to_xml(), "<topology cores=\"2\" threads=\"1\"/>");
    }
}
