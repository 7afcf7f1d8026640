//! A DOM-backed object model of libvirt's XML documents.
//!
//! Every configuration object is a typed view of one element of a libxml2 document that the
//! objects share. The document is the single source of truth: what the typed API does not know
//! about (unknown elements, comments, foreign-namespace metadata) survives untouched.
//!
//! This crate has no dependency on libvirt: it reads and writes XML only.

#[macro_use]
mod class;

mod capabilities;
mod child_objects;
mod domain;
mod domain_capabilities;
mod domain_snapshot;
mod error;
mod metadata;
mod object;
pub mod xml;

pub use domain::{
    Domain, DomainDevice, DomainDeviceExt, DomainDeviceImpl, DomainImpl, DomainLifecycleAction, DomainLifecycleEvent,
    DomainVirtType,
};
pub use domain::{
    DomainAudio, DomainAudioBackend, DomainAudioImpl, DomainGraphics, DomainGraphicsDBus, DomainGraphicsDBusImpl,
    DomainGraphicsDesktop, DomainGraphicsDesktopImpl, DomainGraphicsImpl, DomainGraphicsRdp, DomainGraphicsRdpImpl,
    DomainGraphicsSdl, DomainGraphicsSdlImpl, DomainGraphicsSpice, DomainGraphicsSpiceImageCompression,
    DomainGraphicsSpiceImpl, DomainGraphicsVnc, DomainGraphicsVncImpl, DomainInput, DomainInputBus,
    DomainInputDeviceType, DomainInputImpl, DomainInterface, DomainInterfaceBridge, DomainInterfaceBridgeImpl,
    DomainInterfaceExt, DomainInterfaceFilterref, DomainInterfaceFilterrefImpl, DomainInterfaceFilterrefParameter,
    DomainInterfaceFilterrefParameterImpl, DomainInterfaceImpl, DomainInterfaceLinkState, DomainInterfaceNetwork,
    DomainInterfaceNetworkImpl, DomainInterfaceUser, DomainInterfaceUserImpl, DomainSound, DomainSoundImpl,
    DomainSoundModel, DomainVideo, DomainVideoImpl, DomainVideoModel, DomainVsock, DomainVsockImpl,
    DomainAddress, DomainAddressImpl, DomainAddressPci, DomainAddressPciImpl, DomainAddressUsb, DomainAddressUsbImpl,
    DomainController, DomainControllerExt, DomainControllerImpl, DomainControllerUsb, DomainControllerUsbImpl,
    DomainControllerUsbModel, DomainDisk, DomainDiskBus, DomainDiskCacheType, DomainDiskDriver, DomainDiskDriverDiscard,
    DomainDiskDriverErrorPolicy, DomainDiskDriverImpl, DomainDiskDriverIoPolicy, DomainDiskFormat, DomainDiskGuestDeviceType,
    DomainDiskImpl, DomainDiskSnapshotType, DomainDiskStartupPolicy, DomainDiskType, DomainFilesys, DomainFilesysAccessType,
    DomainFilesysDriverType, DomainFilesysImpl, DomainFilesysType, DomainHostdev, DomainHostdevExt, DomainHostdevImpl,
    DomainHostdevPci, DomainHostdevPciImpl, DomainMemballoon, DomainMemballoonImpl, DomainMemballoonModel, DomainSmartcard,
    DomainSmartcardExt, DomainSmartcardHost, DomainSmartcardHostCertificates, DomainSmartcardHostCertificatesImpl,
    DomainSmartcardHostImpl, DomainSmartcardImpl, DomainSmartcardPassthrough, DomainSmartcardPassthroughImpl,
};
pub use capabilities::{
    Capabilities, CapabilitiesCpu, CapabilitiesCpuExt, CapabilitiesCpuFeature, CapabilitiesCpuFeatureExt,
    CapabilitiesCpuFeatureImpl, CapabilitiesCpuImpl, CapabilitiesCpuImplExt, CapabilitiesCpuModel, CapabilitiesCpuModelExt,
    CapabilitiesCpuModelImpl, CapabilitiesCpuTopology, CapabilitiesCpuTopologyImpl, CapabilitiesGuest, CapabilitiesGuestArch,
    CapabilitiesGuestArchImpl, CapabilitiesGuestDomain, CapabilitiesGuestDomainImpl, CapabilitiesGuestFeature,
    CapabilitiesGuestFeatureImpl, CapabilitiesGuestImpl, CapabilitiesHost, CapabilitiesHostImpl, CapabilitiesHostSecModel,
    CapabilitiesHostSecModelImpl, CapabilitiesImpl,
};
pub use domain::{
    DomainCpu, DomainCpuFeature, DomainCpuFeatureImpl, DomainCpuFeaturePolicy, DomainCpuImpl, DomainCpuMatchPolicy,
    DomainCpuMode, DomainCpuModel, DomainCpuModelImpl, DomainOsFirmware, DomainOsType,
};
pub use domain_capabilities::{
    DomainCapabilities, DomainCapabilitiesImpl, DomainCapabilitiesOs, DomainCapabilitiesOsExt, DomainCapabilitiesOsImpl,
    DomainCapabilitiesOsImplExt,
};
pub use domain_snapshot::{
    DomainSnapshot, DomainSnapshotDisk, DomainSnapshotDiskImpl, DomainSnapshotDomainState, DomainSnapshotImpl,
    DomainSnapshotMemoryState,
};
pub use error::ObjectError;
pub use object::{ConfigObject, ConfigObjectClass, ConfigObjectExt, ConfigObjectImpl, ConfigObjectInstance, SCHEMA_DIR};
pub use xml::{Node, XmlDoc};

#[cfg(feature = "capi")]
pub mod ffi;

/// Prepares libxml2 for use from several threads (idempotent).
pub fn init() {
    static INIT: std::sync::Once = std::sync::Once::new();
    // SAFETY: xmlInitParser is meant to be called once before parsing, from any thread.
    INIT.call_once(|| unsafe { xml::sys::xmlInitParser() });
}
