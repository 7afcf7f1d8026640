//! A DOM-backed object model of libvirt's XML documents.
//!
//! Every configuration object is a typed view of one element of a libxml2 document that the
//! objects share. The document is the single source of truth: what the typed API does not know
//! about (unknown elements, comments, foreign-namespace metadata) survives untouched.
//!
//! This crate has no dependency on libvirt: it reads and writes XML only.

#[macro_use]
mod class;

mod child;
mod capabilities;
mod child_objects;
mod domain;
mod domain_capabilities;
mod domain_snapshot;
mod error;
mod metadata;
mod object;
pub mod xml;
mod interface;
mod network;
mod network_filter;
mod node_device;
mod secret;
mod storage_permissions;
mod storage_pool;
mod storage_vol;

pub use domain::{
    DomainBlkiotune, DomainBlkiotuneImpl, DomainCputune, DomainCputuneImpl, DomainLaunchSecurity, DomainLaunchSecurityImpl,
    DomainMemoryBacking, DomainMemoryBackingAccessMode, DomainMemoryBackingImpl, DomainMemoryBackingSourceType, DomainMemtune,
    DomainMemtuneImpl, DomainNumatune, DomainNumatuneImpl, DomainNumatuneMemoryMode, DomainSysinfo, DomainSysinfoImpl,
};
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
pub use domain::channel::{DomainChannel, DomainChannelImpl, DomainChannelTargetType};
pub use domain::chardev::{DomainChardev, DomainChardevExt, DomainChardevImpl};
pub use domain::chardev_source::{DomainChardevSource, DomainChardevSourceExt, DomainChardevSourceImpl};
pub use domain::chardev_source_pty::{DomainChardevSourcePty, DomainChardevSourcePtyImpl};
pub use domain::chardev_source_spiceport::{DomainChardevSourceSpicePort, DomainChardevSourceSpicePortImpl};
pub use domain::chardev_source_spicevmc::{DomainChardevSourceSpiceVmc, DomainChardevSourceSpiceVmcImpl};
pub use domain::chardev_source_unix::{DomainChardevSourceUnix, DomainChardevSourceUnixImpl};
pub use domain::clock::{DomainClock, DomainClockImpl, DomainClockOffset};
pub use domain::console::{DomainConsole, DomainConsoleImpl, DomainConsoleTargetType};
pub use domain::os::{DomainOs, DomainOsBootDevice, DomainOsFirmware, DomainOsImpl, DomainOsSmBiosMode, DomainOsType};
pub use domain::parallel::{DomainParallel, DomainParallelImpl};
pub use domain::power_management::{DomainPowerManagement, DomainPowerManagementImpl};
pub use domain::redirdev::{DomainRedirdev, DomainRedirdevBus, DomainRedirdevImpl};
pub use domain::seclabel::{DomainSeclabel, DomainSeclabelImpl, DomainSeclabelType};
pub use domain::serial::{DomainSerial, DomainSerialImpl};
pub use domain::timer::{DomainTimer, DomainTimerExt, DomainTimerImpl, DomainTimerTickPolicy};
pub use domain::timer_hpet::{DomainTimerHpet, DomainTimerHpetImpl};
pub use domain::timer_pit::{DomainTimerPit, DomainTimerPitImpl};
pub use domain::timer_rtc::{DomainTimerRtc, DomainTimerRtcImpl};
// typed device kinds beyond libvirt-glib
pub use domain::crypto::{DomainCrypto, DomainCryptoBackendModel, DomainCryptoImpl, DomainCryptoModel, DomainCryptoType};
pub use domain::hub::{DomainHub, DomainHubImpl, DomainHubType};
pub use domain::iommu::{DomainIommu, DomainIommuImpl, DomainIommuModel};
pub use domain::lease::{DomainLease, DomainLeaseImpl};
pub use domain::memory_device::{DomainMemoryDevice, DomainMemoryDeviceAccess, DomainMemoryDeviceImpl, DomainMemoryDeviceModel};
pub use domain::nvram::{DomainNvram, DomainNvramImpl};
pub use domain::panic::{DomainPanic, DomainPanicImpl, DomainPanicModel};
pub use domain::pstore::{DomainPstore, DomainPstoreBackend, DomainPstoreImpl};
pub use domain::redirfilter::usbdev::{DomainRedirfilterUsbdev, DomainRedirfilterUsbdevImpl};
pub use domain::redirfilter::{DomainRedirfilter, DomainRedirfilterImpl};
pub use domain::rng::{DomainRng, DomainRngBackendModel, DomainRngImpl, DomainRngModel};
pub use domain::shmem::{DomainShmem, DomainShmemImpl, DomainShmemModel, DomainShmemRole};
pub use domain::tpm::{DomainTpm, DomainTpmBackendType, DomainTpmImpl, DomainTpmModel};
pub use domain::watchdog::{DomainWatchdog, DomainWatchdogAction, DomainWatchdogImpl, DomainWatchdogModel};
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
    DomainCpuMode, DomainCpuModel, DomainCpuModelImpl,
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
pub use interface::{Interface, InterfaceImpl};
pub use network::{
    Network, NetworkDhcpHost, NetworkDhcpHostImpl, NetworkDhcpRange, NetworkDhcpRangeImpl, NetworkForwardMode, NetworkImpl,
    NetworkIp, NetworkIpFamily, NetworkIpImpl,
};
pub use network_filter::{NetworkFilter, NetworkFilterImpl};
pub use node_device::{NodeDevice, NodeDeviceCapability, NodeDeviceCapabilityImpl, NodeDeviceImpl};
pub use secret::{Secret, SecretImpl, SecretUsageType};
pub use storage_permissions::{StoragePermissions, StoragePermissionsImpl};
pub use storage_pool::{
    StoragePool, StoragePoolImpl, StoragePoolSource, StoragePoolSourceImpl, StoragePoolTarget, StoragePoolTargetImpl,
    StoragePoolType,
};
pub use storage_vol::{
    StorageVol, StorageVolBackingStore, StorageVolBackingStoreImpl, StorageVolImpl, StorageVolTarget,
    StorageVolTargetFeatures, StorageVolTargetImpl,
};
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
