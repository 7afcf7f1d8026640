//! `DomainVideo` (`GVirConfigDomainVideo`): a video card (`<video><model type='…'/></video>`).

use crate::xml::BoolStyle;
use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// An emulated video card of a domain (`<video>`).
    pub struct DomainVideo("GVirConfigDomainVideo"): crate::DomainDevice;
    parent structs: crate::domain::device::Instance, crate::domain::device::Class;
    extends: [crate::DomainDevice, crate::ConfigObject];
    implements: [crate::ConfigObjectImpl, crate::DomainDeviceImpl];
    subclass trait: DomainVideoImpl;
}

/// The emulated video card (`<model type='…'/>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConfigDomainVideoModel")]
pub enum DomainVideoModel {
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VGA", nick = "vga")]
    Vga,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIDEO_MODEL_CIRRUS", nick = "cirrus")]
    Cirrus,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VMVGA", nick = "vmvga")]
    Vmvga,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIDEO_MODEL_XEN", nick = "xen")]
    Xen,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VBOX", nick = "vbox")]
    Vbox,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIDEO_MODEL_QXL", nick = "qxl")]
    Qxl,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VIRTIO", nick = "virtio")]
    Virtio,
    #[enum_value(name = "GVIR_CONFIG_DOMAIN_VIDEO_MODEL_BOCHS", nick = "bochs")]
    Bochs,
}

impl Default for DomainVideo {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainVideo {
    /// A new `<video/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("video", None)
    }

    /// Parses a `<video>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "video", None)
    }

    /// The `<model>` child, created when missing. Every setter edits it in place (libvirt-glib
    /// does the same), so setting the model keeps the memory sizes already set.
    fn model_node(&self) -> crate::Node {
        self.node().ensure_child("model")
    }

    fn model_u32(&self, name: &str) -> Option<u32> {
        self.node().child("model")?.u64_attribute(name).map(|v| v as u32)
    }

    /// The model; [`DomainVideoModel::Vga`] when unset or unknown (as in libvirt-glib).
    pub fn model(&self) -> DomainVideoModel {
        self.node().child_enum_attribute("model", "type").unwrap_or(DomainVideoModel::Vga)
    }

    pub fn set_model(&self, model: DomainVideoModel) {
        self.model_node().set_enum_attribute("type", model)
    }

    /// The video memory, in KiB (`vram`); `None` when unset.
    pub fn vram(&self) -> Option<u32> {
        self.model_u32("vram")
    }

    /// Sets the video memory, in KiB (`vram`).
    pub fn set_vram(&self, kbytes: u32) {
        self.model_node().set_u64_attribute("vram", kbytes.into())
    }

    /// The RAM of QXL's primary bar, in KiB (`ram`); `None` when unset.
    pub fn ram(&self) -> Option<u32> {
        self.model_u32("ram")
    }

    /// Sets the RAM of QXL's primary bar, in KiB (`ram`).
    pub fn set_ram(&self, kbytes: u32) {
        self.model_node().set_u64_attribute("ram", kbytes.into())
    }

    /// The VGA framebuffer size of QXL, in KiB (`vgamem`); `None` when unset.
    pub fn vgamem(&self) -> Option<u32> {
        self.model_u32("vgamem")
    }

    /// Sets the VGA framebuffer size of QXL, in KiB (`vgamem`).
    pub fn set_vgamem(&self, kbytes: u32) {
        self.model_node().set_u64_attribute("vgamem", kbytes.into())
    }

    /// The number of screens (`heads`); `None` when unset.
    pub fn heads(&self) -> Option<u32> {
        self.model_u32("heads")
    }

    /// Sets the number of screens (`heads`).
    pub fn set_heads(&self, head_count: u32) {
        self.model_node().set_u64_attribute("heads", head_count.into())
    }

    /// Whether 3D acceleration is on; `None` when not stated.
    pub fn accel3d(&self) -> Option<bool> {
        self.node().child("model")?.child("acceleration")?.bool_attribute("accel3d")
    }

    /// Turns 3D acceleration on or off (`<acceleration accel3d='yes|no'/>` inside `<model>`).
    pub fn set_accel3d(&self, accel3d: bool) {
        self.model_node().ensure_child("acceleration").set_bool_attribute("accel3d", accel3d, BoolStyle::YesNo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_like_libvirt_glib() {
        let video = DomainVideo::new();
        assert_eq!(video.to_xml(), "<video/>");
        assert_eq!(video.model(), DomainVideoModel::Vga);
        video.set_vram(16384);
        video.set_heads(1);
        video.set_accel3d(true);
        assert_eq!(
            video.to_xml(),
            "<video>\n  <model vram=\"16384\" heads=\"1\">\n    <acceleration accel3d=\"yes\"/>\n  </model>\n</video>"
        );
        video.set_model(DomainVideoModel::Qxl);
        video.set_ram(65536);
        video.set_vgamem(8192);
        video.set_vram(32768);
        video.set_accel3d(false);
        video.set_heads(2);
        assert_eq!(
            video.to_xml(),
            "<video>\n  <model type=\"qxl\" ram=\"65536\" vgamem=\"8192\" vram=\"32768\" heads=\"2\">\n    \
             <acceleration accel3d=\"no\"/>\n  </model>\n</video>"
        );
        assert_eq!(video.model(), DomainVideoModel::Qxl);
    }

    #[test]
    fn parsed() {
        let video = DomainVideo::from_xml("<video><model type='ramfb'/><address type='pci' slot='2'/></video>").unwrap();
        assert_eq!(video.model(), DomainVideoModel::Vga);
        video.set_model(DomainVideoModel::Bochs);
        assert_eq!(video.model(), DomainVideoModel::Bochs);
        assert_eq!(
            video.to_xml(),
            "<video>\n  <model type=\"bochs\"/>\n  <address type=\"pci\" slot=\"2\"/>\n</video>"
        );
    }
}
