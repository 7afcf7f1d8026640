//! `DomainCpu` (`GVirConfigDomainCpu`): the `<cpu>` a domain asks for.
//!
//! Written out by hand rather than with `config_class!`: the class overrides the `get_features`
//! virtual method of [`CapabilitiesCpu`](crate::CapabilitiesCpu), so that the features of a
//! domain's CPU are [`DomainCpuFeature`]s (with their policy), as with libvirt-glib.

use std::ffi::c_void;

use glib::prelude::*;
use glib::subclass::prelude::*;

use crate::capabilities::cpu as capabilities_cpu;
use crate::child_objects;
use crate::{CapabilitiesCpuFeature, CapabilitiesCpuImpl, ConfigObject, ConfigObjectExt, ConfigObjectImpl};

use super::{DomainCpuFeature, DomainCpuModel};

/// C layout of `GVirConfigDomainCpu`: `{ GVirConfigCapabilitiesCpu parent; gpointer priv; }`.
#[repr(C)]
pub struct Instance {
    parent: capabilities_cpu::Instance,
    priv_: *mut c_void,
}

/// C layout of `GVirConfigDomainCpuClass`: `{ GVirConfigCapabilitiesCpuClass parent_class;
/// gpointer padding[20]; }`.
#[repr(C)]
pub struct Class {
    parent_class: capabilities_cpu::Class,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for Instance {
    type Type = imp::DomainCpu;
}

unsafe impl ClassStruct for Class {
    type Type = imp::DomainCpu;
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct DomainCpu;

    #[glib::object_subclass]
    impl ObjectSubclass for DomainCpu {
        const NAME: &'static str = "GVirConfigDomainCpu";
        type Type = super::DomainCpu;
        type ParentType = crate::CapabilitiesCpu;
        type Instance = super::Instance;
        type Class = super::Class;
    }

    impl ObjectImpl for DomainCpu {}
    impl ConfigObjectImpl for DomainCpu {}

    impl CapabilitiesCpuImpl for DomainCpu {
        /// The `<feature>` children as `DomainCpuFeature`s.
        fn features(&self) -> Vec<CapabilitiesCpuFeature> {
            child_objects::children::<DomainCpuFeature>(&*self.obj(), "feature")
                .into_iter()
                .map(|feature| feature.upcast())
                .collect()
        }
    }

    impl super::DomainCpuImpl for DomainCpu {}
}

glib::wrapper! {
    /// The CPU a domain asks for (`<cpu mode='…' match='…'>`): model, topology and features.
    /// The inherited accessors are those of [`CapabilitiesCpuExt`](crate::CapabilitiesCpuExt).
    pub struct DomainCpu(ObjectSubclass<imp::DomainCpu>) @extends crate::CapabilitiesCpu, crate::ConfigObject;
}

/// Implemented by the `imp` of subclasses of [`DomainCpu`].
pub trait DomainCpuImpl: CapabilitiesCpuImpl {}

unsafe impl<T: DomainCpuImpl> IsSubclassable<T> for DomainCpu {}

/// How strictly libvirt matches the requested CPU model (`match` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainCpuMatchPolicy")]
pub enum DomainCpuMatchPolicy {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_MINIMUM", nick = "minimum")]
    Minimum,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_EXACT", nick = "exact")]
    Exact,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_STRICT", nick = "strict")]
    Strict,
}

/// How the guest CPU relates to the host's (`mode` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainCpuMode")]
pub enum DomainCpuMode {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_MODE_CUSTOM", nick = "custom")]
    Custom,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_MODEL", nick = "host-model")]
    HostModel,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_PASSTHROUGH", nick = "host-passthrough")]
    HostPassthrough,
}

impl Default for DomainCpu {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainCpu {
    /// An empty `<cpu/>`.
    pub fn new() -> DomainCpu {
        ConfigObject::new_root("cpu", None)
    }

    /// Parses a `<cpu>` element.
    pub fn from_xml(xml: &str) -> Result<DomainCpu, glib::Error> {
        ConfigObject::parse(xml, "cpu", None)
    }

    /// The match policy; [`DomainCpuMatchPolicy::Exact`] (libvirt's default) when absent or
    /// unknown.
    pub fn match_policy(&self) -> DomainCpuMatchPolicy {
        self.node().enum_attribute("match").unwrap_or(DomainCpuMatchPolicy::Exact)
    }

    pub fn set_match_policy(&self, policy: DomainCpuMatchPolicy) {
        self.node().set_enum_attribute("match", policy);
    }

    /// The mode; [`DomainCpuMode::Custom`] (libvirt's default) when absent or unknown.
    pub fn mode(&self) -> DomainCpuMode {
        self.node().enum_attribute("mode").unwrap_or(DomainCpuMode::Custom)
    }

    pub fn set_mode(&self, mode: DomainCpuMode) {
        self.node().set_enum_attribute("mode", mode);
    }

    /// Replaces the CPU's model with `model` (its element moves here, after the other
    /// children, as with libvirt-glib).
    pub fn set_model(&self, model: &DomainCpuModel) {
        child_objects::attach_replacing(&self.node(), model);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        CapabilitiesCpu, CapabilitiesCpuExt, CapabilitiesCpuFeatureExt, CapabilitiesCpuModel, CapabilitiesCpuModelExt,
        CapabilitiesCpuTopology, Domain, DomainCpuFeaturePolicy,
    };

    fn features(cpu: &impl IsA<CapabilitiesCpu>) -> Vec<(glib::Type, Option<String>, Option<DomainCpuFeaturePolicy>)> {
        cpu.features()
            .into_iter()
            .map(|f| (f.type_(), f.name(), f.downcast_ref::<DomainCpuFeature>().map(|d| d.policy())))
            .collect()
    }

    #[test]
    fn class_structs_have_the_c_layout() {
        let ptr = std::mem::size_of::<*mut c_void>();
        assert_eq!(std::mem::size_of::<Class>(), std::mem::size_of::<capabilities_cpu::Class>() + 20 * ptr);
        assert_eq!(std::mem::size_of::<Instance>(), std::mem::size_of::<capabilities_cpu::Instance>() + ptr);
    }

    #[test]
    fn defaults() {
        let cpu = DomainCpu::new();
        assert_eq!(cpu.to_xml(), "<cpu/>");
        assert_eq!(cpu.mode(), DomainCpuMode::Custom);
        assert_eq!(cpu.match_policy(), DomainCpuMatchPolicy::Exact);
        assert_eq!(cpu.arch(), None);
        assert!(cpu.topology().is_none() && cpu.model().is_none() && cpu.features().is_empty());
        assert_eq!(cpu.schema(), None);
        let feature = DomainCpuFeature::new();
        assert_eq!(feature.to_xml(), "<feature/>");
        assert_eq!(feature.policy(), DomainCpuFeaturePolicy::Require);
        assert_eq!(feature.name(), None);
        assert_eq!(DomainCpuModel::new().to_xml(), "<model/>");
    }

    #[test]
    fn builds_like_libvirt_glib() {
        let cpu = DomainCpu::new();
        cpu.set_match_policy(DomainCpuMatchPolicy::Strict);
        cpu.set_mode(DomainCpuMode::HostPassthrough);
        let model = DomainCpuModel::new();
        model.set_name(Some("core2duo"));
        cpu.set_model(&model);
        let topology = CapabilitiesCpuTopology::new();
        topology.set_sockets(2);
        cpu.set_topology(&topology);
        let feature = DomainCpuFeature::new();
        feature.set_name(Some("vmx"));
        feature.set_policy(DomainCpuFeaturePolicy::Require);
        cpu.add_feature(&feature);
        feature.set_name(Some("svm"));
        let feature = DomainCpuFeature::new();
        feature.set_policy(DomainCpuFeaturePolicy::Forbid);
        feature.set_name(Some("lahf_lm"));
        cpu.add_feature(&feature);
        cpu.set_mode(DomainCpuMode::Custom);
        model.set_name(Some("qemu64"));
        topology.set_cores(3);
        let topology = CapabilitiesCpuTopology::new();
        topology.set_threads(2);
        cpu.set_topology(&topology);
        assert_eq!(
            cpu.to_xml(),
            "<cpu match=\"strict\" mode=\"custom\">\n  <model>qemu64</model>\n  <feature policy=\"require\" name=\"svm\"/>\n  <feature policy=\"forbid\" name=\"lahf_lm\"/>\n  <topology threads=\"2\"/>\n</cpu>"
        );
        let dt = DomainCpuFeature::static_type();
        assert_eq!(
            features(&cpu),
            [
                (dt, Some("svm".into()), Some(DomainCpuFeaturePolicy::Require)),
                (dt, Some("lahf_lm".into()), Some(DomainCpuFeaturePolicy::Forbid))
            ]
        );
        assert_eq!((cpu.mode(), cpu.match_policy()), (DomainCpuMode::Custom, DomainCpuMatchPolicy::Strict));
        // As in libvirt-glib, the model getter of every CPU returns the base model class.
        let model = cpu.model().unwrap();
        assert_eq!(model.type_(), CapabilitiesCpuModel::static_type());
        assert_eq!(model.name().as_deref(), Some("qemu64"));
        assert_eq!(cpu.topology().unwrap().threads(), 2);
    }

    #[test]
    fn parse_with_unknown_values() {
        let cpu = DomainCpu::from_xml(
            "<cpu mode='weird' match='bad'><feature name='a'/><feature policy='disable' name='b'/><feature policy='x'/><topology sockets='1'/><model fallback='allow'>Penryn</model><numa><cell cpus='0-1' memory='512'/></numa></cpu>",
        )
        .unwrap();
        assert_eq!((cpu.mode(), cpu.match_policy()), (DomainCpuMode::Custom, DomainCpuMatchPolicy::Exact));
        let dt = DomainCpuFeature::static_type();
        use DomainCpuFeaturePolicy::*;
        assert_eq!(
            features(&cpu),
            [(dt, Some("a".into()), Some(Require)), (dt, Some("b".into()), Some(Disable)), (dt, None, Some(Require))]
        );
        cpu.set_mode(DomainCpuMode::HostModel);
        assert!(cpu.to_xml().starts_with("<cpu match=\"bad\" mode=\"host-model\">"));
        assert!(cpu.to_xml().contains("<cell cpus=\"0-1\" memory=\"512\"/>"));
        let f = DomainCpuFeature::from_xml("<feature policy='optional' name='x'/>").unwrap();
        assert_eq!((f.policy(), f.name().as_deref()), (Optional, Some("x")));
    }

    #[test]
    fn domain_cpu_accessors() {
        let d = Domain::new();
        d.set_name(Some("x"));
        assert!(d.cpu().is_none());
        let cpu = DomainCpu::from_xml("<cpu match='strict'><feature policy='force' name='pdpe1gb'/></cpu>").unwrap();
        d.set_cpu(Some(&cpu));
        d.set_vcpus(2);
        assert_eq!(
            d.to_xml(),
            "<domain>\n  <name>x</name>\n  <cpu match=\"strict\">\n    <feature policy=\"force\" name=\"pdpe1gb\"/>\n  </cpu>\n  <vcpu>2</vcpu>\n</domain>"
        );
        let got = d.cpu().unwrap();
        assert_eq!(got.schema(), d.schema());
        assert_eq!(features(&got)[0].2, Some(DomainCpuFeaturePolicy::Force));
        got.set_mode(DomainCpuMode::HostModel);
        assert_eq!(cpu.mode(), DomainCpuMode::HostModel, "both objects view the same element");
        // A second CPU takes the place of the first one, at the end.
        d.set_cpu(Some(&DomainCpu::new()));
        assert_eq!(d.to_xml(), "<domain>\n  <name>x</name>\n  <vcpu>2</vcpu>\n  <cpu/>\n</domain>");
        d.set_cpu(None);
        assert_eq!(d.to_xml(), "<domain>\n  <name>x</name>\n  <vcpu>2</vcpu>\n</domain>");
        // The removed CPU stays usable through the objects that view it.
        assert_eq!(cpu.to_xml(), "<cpu match=\"strict\" mode=\"host-model\">\n  <feature policy=\"force\" name=\"pdpe1gb\"/>\n</cpu>");
    }
}
