//! C ABI of the getters libvirt-glib lacks: one for every setter it left write-only (found
//! with `scripts/list-write-only-setters.py`), plus where a display server listens.
//! Enum getters return the value documented in the header when the document has none.

use glib::translate::{IntoGlib, IntoGlibPtr};

use super::accessor_fns::{list_getter, object, object_getter};
use super::{object_arg, opt_object_arg, str_arg, GObjectPtr};
use crate::*;

/// libvirt's action when a domain's document names none for `event`.
fn default_action(event: DomainLifecycleEvent) -> DomainLifecycleAction {
    match event {
        DomainLifecycleEvent::OnReboot => DomainLifecycleAction::Restart,
        DomainLifecycleEvent::OnPoweroff | DomainLifecycleEvent::OnCrash => DomainLifecycleAction::Destroy,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_lifecycle(domain: GObjectPtr, event: i32) -> i32 {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_get_lifecycle";
    let default = DomainLifecycleAction::Destroy.into_glib();
    let Some(domain) = object::<Domain>(domain, NAME, "domain") else { return default };
    let Some(event) = super::accessor_fns::enum_arg::<DomainLifecycleEvent>(event, NAME, c"event is a GVirConfigDomainLifecycleEvent")
    else {
        return default;
    };
    capi_support::guard("gvir_config_domain_get_lifecycle", default, || {
        domain.lifecycle(event).unwrap_or_else(|| default_action(event)).into_glib()
    })
}

ffi_str_setter!(gvir_config_domain_graphics_set_listen_address, graphics: DomainGraphics, |g: &DomainGraphics, v: Option<&str>| {
    g.set_listen_address(v)
});

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_seclabel(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_seclabel", "domain", |g: &Domain| g.seclabel())
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_seclabels(domain: GObjectPtr) -> *mut glib::ffi::GList {
    list_getter::<Domain, _>(domain, c"gvir_config_domain_get_seclabels", "domain", |g: &Domain| g.seclabels())
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_power_management(domain: GObjectPtr) -> GObjectPtr {
    object_getter::<Domain, _>(domain, c"gvir_config_domain_get_power_management", "domain", |g: &Domain| g.power_management())
}
ffi_int_getter!(gvir_config_domain_address_usb_get_bus, address: DomainAddressUsb, i32, |g: &DomainAddressUsb| g.bus().map_or(-1, i32::from));
ffi_str_getter!(gvir_config_domain_address_usb_get_port, address: DomainAddressUsb, |g: &DomainAddressUsb| g.port());
ffi_enum_getter!(gvir_config_domain_console_get_target_type, console: DomainConsole, DomainConsoleTargetType::Serial, |g: &DomainConsole| g.target_type().unwrap_or(DomainConsoleTargetType::Serial));
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_controller_get_address(controller: GObjectPtr) -> GObjectPtr {
    object_getter::<DomainController, _>(controller, c"gvir_config_domain_controller_get_address", "controller", |g: &DomainController| g.address())
}
ffi_enum_getter!(gvir_config_domain_controller_usb_get_model, controller: DomainControllerUsb, DomainControllerUsbModel::Piix3Uhci, |g: &DomainControllerUsb| g.model().unwrap_or(DomainControllerUsbModel::Piix3Uhci));
ffi_int_getter!(gvir_config_domain_controller_usb_get_master_startport, controller: DomainControllerUsb, i64, |g: &DomainControllerUsb| g.master_startport().map_or(-1, i64::from));
ffi_bool_getter!(gvir_config_domain_disk_get_readonly, disk: DomainDisk, |g: &DomainDisk| g.readonly());
ffi_enum_getter!(gvir_config_domain_filesys_get_filesys_type, filesys: DomainFilesys, DomainFilesysType::Mount, |g: &DomainFilesys| g.filesys_type());
ffi_enum_getter!(gvir_config_domain_filesys_get_access_type, filesys: DomainFilesys, DomainFilesysAccessType::Passthrough, |g: &DomainFilesys| g.access_type().unwrap_or(DomainFilesysAccessType::Passthrough));
ffi_enum_getter!(gvir_config_domain_filesys_get_driver_type, filesys: DomainFilesys, DomainFilesysDriverType::Default, |g: &DomainFilesys| g.driver_type());
ffi_enum_getter!(gvir_config_domain_filesys_get_driver_format, filesys: DomainFilesys, DomainDiskFormat::Raw, |g: &DomainFilesys| g.driver_format().unwrap_or(DomainDiskFormat::Raw));
ffi_str_getter!(gvir_config_domain_filesys_get_source, filesys: DomainFilesys, |g: &DomainFilesys| g.source());
ffi_int_getter!(gvir_config_domain_filesys_get_ram_usage, filesys: DomainFilesys, u64, |g: &DomainFilesys| g.ram_usage().unwrap_or(0));
ffi_str_getter!(gvir_config_domain_filesys_get_target, filesys: DomainFilesys, |g: &DomainFilesys| g.target());
ffi_bool_getter!(gvir_config_domain_filesys_get_readonly, filesys: DomainFilesys, |g: &DomainFilesys| g.readonly());
ffi_str_getter!(gvir_config_domain_graphics_get_listen_address, graphics: DomainGraphics, |g: &DomainGraphics| g.listen_address());
ffi_str_getter!(gvir_config_domain_graphics_get_listen_socket, graphics: DomainGraphics, |g: &DomainGraphics| g.listen_socket());
ffi_bool_getter!(gvir_config_domain_graphics_rdp_get_autoport, graphics: DomainGraphicsRdp, |g: &DomainGraphicsRdp| g.autoport());
ffi_str_getter!(gvir_config_domain_graphics_sdl_get_display, graphics: DomainGraphicsSdl, |g: &DomainGraphicsSdl| g.display());
ffi_str_getter!(gvir_config_domain_graphics_sdl_get_xauthority, graphics: DomainGraphicsSdl, |g: &DomainGraphicsSdl| g.xauthority());
ffi_bool_getter!(gvir_config_domain_graphics_sdl_get_fullscreen, graphics: DomainGraphicsSdl, |g: &DomainGraphicsSdl| g.fullscreen());
ffi_bool_getter!(gvir_config_domain_graphics_spice_get_autoport, graphics: DomainGraphicsSpice, |g: &DomainGraphicsSpice| g.autoport());
ffi_str_getter!(gvir_config_domain_graphics_spice_get_password, graphics: DomainGraphicsSpice, |g: &DomainGraphicsSpice| g.password());
ffi_int_getter!(gvir_config_domain_graphics_spice_get_tls_port, graphics: DomainGraphicsSpice, i32, |g: &DomainGraphicsSpice| g.tls_port());
ffi_bool_getter!(gvir_config_domain_graphics_spice_get_gl, graphics: DomainGraphicsSpice, |g: &DomainGraphicsSpice| g.gl().unwrap_or(false));
ffi_bool_getter!(gvir_config_domain_graphics_vnc_get_autoport, graphics: DomainGraphicsVnc, |g: &DomainGraphicsVnc| g.autoport());
ffi_str_getter!(gvir_config_domain_graphics_vnc_get_password, graphics: DomainGraphicsVnc, |g: &DomainGraphicsVnc| g.password());
ffi_bool_getter!(gvir_config_domain_graphics_dbus_get_gl, graphics: DomainGraphicsDBus, |g: &DomainGraphicsDBus| g.gl().unwrap_or(false));
ffi_str_getter!(gvir_config_domain_interface_bridge_get_source, interface: DomainInterfaceBridge, |g: &DomainInterfaceBridge| g.source());
ffi_str_getter!(gvir_config_domain_interface_network_get_source, interface: DomainInterfaceNetwork, |g: &DomainInterfaceNetwork| g.source());
ffi_enum_getter!(gvir_config_domain_memballoon_get_model, memballoon: DomainMemballoon, DomainMemballoonModel::None, |g: &DomainMemballoon| g.model().unwrap_or(DomainMemballoonModel::None));
ffi_str_getter!(gvir_config_domain_os_get_kernel, os: DomainOs, |g: &DomainOs| g.kernel());
ffi_str_getter!(gvir_config_domain_os_get_ramdisk, os: DomainOs, |g: &DomainOs| g.ramdisk());
ffi_str_getter!(gvir_config_domain_os_get_cmdline, os: DomainOs, |g: &DomainOs| g.cmdline());
ffi_str_getter!(gvir_config_domain_os_get_init, os: DomainOs, |g: &DomainOs| g.init());
ffi_str_getter!(gvir_config_domain_os_get_loader, os: DomainOs, |g: &DomainOs| g.loader());
ffi_enum_getter!(gvir_config_domain_os_get_smbios_mode, os: DomainOs, DomainOsSmBiosMode::Emulate, |g: &DomainOs| g.smbios_mode().unwrap_or(DomainOsSmBiosMode::Emulate));
ffi_bool_getter!(gvir_config_domain_power_management_get_mem_suspend_enabled, pm: DomainPowerManagement, |g: &DomainPowerManagement| g.mem_suspend_enabled().unwrap_or(false));
ffi_bool_getter!(gvir_config_domain_power_management_get_disk_suspend_enabled, pm: DomainPowerManagement, |g: &DomainPowerManagement| g.disk_suspend_enabled().unwrap_or(false));
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirdev_get_address(redirdev: GObjectPtr) -> GObjectPtr {
    object_getter::<DomainRedirdev, _>(redirdev, c"gvir_config_domain_redirdev_get_address", "redirdev", |g: &DomainRedirdev| g.address())
}
ffi_enum_getter!(gvir_config_domain_redirdev_get_bus, redirdev: DomainRedirdev, DomainRedirdevBus::Usb, |g: &DomainRedirdev| g.bus().unwrap_or(DomainRedirdevBus::Usb));
ffi_enum_getter!(gvir_config_domain_seclabel_get_label_type, seclabel: DomainSeclabel, DomainSeclabelType::Dynamic, |g: &DomainSeclabel| g.label_type().unwrap_or(DomainSeclabelType::Dynamic));
ffi_str_getter!(gvir_config_domain_seclabel_get_model, seclabel: DomainSeclabel, |g: &DomainSeclabel| g.model());
ffi_str_getter!(gvir_config_domain_seclabel_get_baselabel, seclabel: DomainSeclabel, |g: &DomainSeclabel| g.baselabel());
ffi_str_getter!(gvir_config_domain_seclabel_get_label, seclabel: DomainSeclabel, |g: &DomainSeclabel| g.label());
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_smartcard_host_certificates_get_certificates(smartcard: GObjectPtr) -> *mut *mut std::ffi::c_char {
    let Some(object) = object::<DomainSmartcardHostCertificates>(smartcard, c"gvir_config_domain_smartcard_host_certificates_get_certificates", "smartcard") else { return std::ptr::null_mut() };
    capi_support::guard("gvir_config_domain_smartcard_host_certificates_get_certificates", std::ptr::null_mut(), || {
        let g = &*object;
        g.certificates().into_iter().map(glib::GString::from).collect::<glib::StrV>().into_glib_ptr()
    })
}
ffi_str_getter!(gvir_config_domain_smartcard_host_certificates_get_database, smartcard: DomainSmartcardHostCertificates, |g: &DomainSmartcardHostCertificates| g.database());
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_smartcard_passthrough_get_source(smartcard: GObjectPtr) -> GObjectPtr {
    object_getter::<DomainSmartcardPassthrough, _>(smartcard, c"gvir_config_domain_smartcard_passthrough_get_source", "smartcard", |g: &DomainSmartcardPassthrough| g.source())
}
ffi_enum_getter!(gvir_config_domain_sound_get_model, sound: DomainSound, DomainSoundModel::Sb16, |g: &DomainSound| g.model().unwrap_or(DomainSoundModel::Sb16));
ffi_int_getter!(gvir_config_domain_video_get_vram, video: DomainVideo, u32, |g: &DomainVideo| g.vram().unwrap_or(0));
ffi_int_getter!(gvir_config_domain_video_get_ram, video: DomainVideo, u32, |g: &DomainVideo| g.ram().unwrap_or(0));
ffi_int_getter!(gvir_config_domain_video_get_vgamem, video: DomainVideo, u32, |g: &DomainVideo| g.vgamem().unwrap_or(0));
ffi_int_getter!(gvir_config_domain_video_get_heads, video: DomainVideo, u32, |g: &DomainVideo| g.heads().unwrap_or(0));
ffi_bool_getter!(gvir_config_domain_video_get_accel3d, video: DomainVideo, |g: &DomainVideo| g.accel3d().unwrap_or(false));
ffi_enum_getter!(gvir_config_domain_audio_get_backend, audio: DomainAudio, DomainAudioBackend::None, |g: &DomainAudio| g.backend().unwrap_or(DomainAudioBackend::None));
ffi_str_getter!(gvir_config_domain_audio_get_server_name, audio: DomainAudio, |g: &DomainAudio| g.server_name());
ffi_int_getter!(gvir_config_domain_vsock_get_cid_address, vsock: DomainVsock, u32, |g: &DomainVsock| g.cid_address().unwrap_or(0));
ffi_str_getter!(gvir_config_storage_vol_get_name, vol: StorageVol, |g: &StorageVol| g.name());
ffi_int_getter!(gvir_config_storage_vol_get_capacity, vol: StorageVol, u64, |g: &StorageVol| g.capacity());
ffi_int_getter!(gvir_config_storage_vol_get_allocation, vol: StorageVol, u64, |g: &StorageVol| g.allocation());
#[no_mangle]
pub unsafe extern "C" fn gvir_config_storage_vol_get_target(vol: GObjectPtr) -> GObjectPtr {
    object_getter::<StorageVol, _>(vol, c"gvir_config_storage_vol_get_target", "vol", |g: &StorageVol| g.target())
}
#[no_mangle]
pub unsafe extern "C" fn gvir_config_storage_vol_get_backing_store(vol: GObjectPtr) -> GObjectPtr {
    object_getter::<StorageVol, _>(vol, c"gvir_config_storage_vol_get_backing_store", "vol", |g: &StorageVol| g.backing_store())
}
ffi_str_getter!(gvir_config_storage_vol_backing_store_get_path, backing_store: StorageVolBackingStore, |g: &StorageVolBackingStore| g.path());
ffi_str_getter!(gvir_config_storage_vol_backing_store_get_format, backing_store: StorageVolBackingStore, |g: &StorageVolBackingStore| g.format());
ffi_str_getter!(gvir_config_storage_vol_target_get_format, target: StorageVolTarget, |g: &StorageVolTarget| g.format());
ffi_str_getter!(gvir_config_storage_vol_target_get_compat, target: StorageVolTarget, |g: &StorageVolTarget| g.compat());
ffi_int_getter!(gvir_config_storage_vol_target_get_features, target: StorageVolTarget, u64, |g: &StorageVolTarget| u64::from(g.features().bits()));
#[no_mangle]
pub unsafe extern "C" fn gvir_config_storage_vol_target_get_permissions(target: GObjectPtr) -> GObjectPtr {
    object_getter::<StorageVolTarget, _>(target, c"gvir_config_storage_vol_target_get_permissions", "target", |g: &StorageVolTarget| g.permissions())
}

// Domain-level values without an element class of their own, and devices' boot order.
ffi_int_getter!(gvir_config_domain_get_iothreads, domain: Domain, u32, |d: &Domain| d.iothreads());
ffi_int_setter!(gvir_config_domain_set_iothreads, domain: Domain, u32, |d: &Domain, v| d.set_iothreads(v));
ffi_str_getter!(gvir_config_domain_get_resource_partition, domain: Domain, |d: &Domain| d.resource_partition());
ffi_str_setter!(gvir_config_domain_set_resource_partition, domain: Domain, |d: &Domain, v: Option<&str>| d.set_resource_partition(v));
ffi_int_getter!(gvir_config_domain_disk_get_boot_order, disk: DomainDisk, i32, |d: &DomainDisk| d.boot_order());
ffi_int_setter!(gvir_config_domain_disk_set_boot_order, disk: DomainDisk, i32, |d: &DomainDisk, v| d.set_boot_order(v));
ffi_int_getter!(gvir_config_domain_interface_get_boot_order, interface: DomainInterface, i32, |d: &DomainInterface| d.boot_order());
ffi_int_setter!(gvir_config_domain_interface_set_boot_order, interface: DomainInterface, i32, |d: &DomainInterface, v| d.set_boot_order(v));
ffi_int_getter!(gvir_config_domain_redirdev_get_boot_order, redirdev: DomainRedirdev, i32, |d: &DomainRedirdev| d.boot_order());
ffi_int_setter!(gvir_config_domain_redirdev_set_boot_order, redirdev: DomainRedirdev, i32, |d: &DomainRedirdev, v| d.set_boot_order(v));

// Typed metadata and stashed devices.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_custom_object(domain: GObjectPtr, ns_uri: *const std::ffi::c_char) -> GObjectPtr {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_get_custom_object";
    let domain = object_arg!(domain as Domain, NAME, std::ptr::null_mut());
    let ns_uri = str_arg!(ns_uri, NAME, std::ptr::null_mut());
    capi_support::guard("gvir_config_domain_get_custom_object", std::ptr::null_mut(), || {
        domain.custom_object::<ConfigObject>(&ns_uri).map_or(std::ptr::null_mut(), super::full)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_set_custom_object(
    domain: GObjectPtr,
    object: GObjectPtr,
    ns: *const std::ffi::c_char,
    ns_uri: *const std::ffi::c_char,
) {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_set_custom_object";
    let domain = object_arg!(domain as Domain, NAME, ());
    let object = opt_object_arg!(object as ConfigObject, NAME, ());
    let ns = str_arg!(ns, NAME, ());
    let ns_uri = str_arg!(ns_uri, NAME, ());
    capi_support::guard("gvir_config_domain_set_custom_object", (), || domain.set_custom_object(object.as_deref(), &ns, &ns_uri))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_stash_device(
    domain: GObjectPtr,
    device: GObjectPtr,
    ns: *const std::ffi::c_char,
    ns_uri: *const std::ffi::c_char,
    error: *mut *mut glib::ffi::GError,
) -> glib::ffi::gboolean {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_stash_device";
    let domain = object_arg!(domain as Domain, NAME, glib::ffi::GFALSE);
    let device = object_arg!(device as DomainDevice, NAME, glib::ffi::GFALSE);
    let ns = str_arg!(ns, NAME, glib::ffi::GFALSE);
    let ns_uri = str_arg!(ns_uri, NAME, glib::ffi::GFALSE);
    capi_support::guard("gvir_config_domain_stash_device", glib::ffi::GFALSE, || {
        match domain.stash_device(&*device, &ns, &ns_uri) {
            Ok(()) => glib::ffi::GTRUE,
            Err(e) => {
                capi_support::propagate_error(error, e);
                glib::ffi::GFALSE
            }
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_get_stashed_devices(domain: GObjectPtr, ns_uri: *const std::ffi::c_char) -> *mut glib::ffi::GList {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_get_stashed_devices";
    let domain = object_arg!(domain as Domain, NAME, std::ptr::null_mut());
    let ns_uri = str_arg!(ns_uri, NAME, std::ptr::null_mut());
    capi_support::guard("gvir_config_domain_get_stashed_devices", std::ptr::null_mut(), || {
        capi_support::object_list_full(domain.stashed_devices(&ns_uri))
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_restore_stashed_device(
    domain: GObjectPtr,
    device: GObjectPtr,
    ns_uri: *const std::ffi::c_char,
) -> glib::ffi::gboolean {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_restore_stashed_device";
    let domain = object_arg!(domain as Domain, NAME, glib::ffi::GFALSE);
    let device = object_arg!(device as DomainDevice, NAME, glib::ffi::GFALSE);
    let ns_uri = str_arg!(ns_uri, NAME, glib::ffi::GFALSE);
    capi_support::guard("gvir_config_domain_restore_stashed_device", glib::ffi::GFALSE, || {
        domain.restore_stashed_device(&*device, &ns_uri).into_glib()
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_restore_stashed_devices(domain: GObjectPtr, ns_uri: *const std::ffi::c_char) -> u32 {
    const NAME: &std::ffi::CStr = c"gvir_config_domain_restore_stashed_devices";
    let domain = object_arg!(domain as Domain, NAME, 0);
    let ns_uri = str_arg!(ns_uri, NAME, 0);
    capi_support::guard("gvir_config_domain_restore_stashed_devices", 0, || domain.restore_stashed_devices(&ns_uri) as u32)
}
