/*
 * libvirt-gconfig-getters.h: accessors libvirt-glib lacks: a getter for each setter it
 * left write-only, where a display server listens, I/O threads, resource partition and
 * devices' boot order, typed metadata and stashed devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_GETTERS_H__
#define __LIBVIRT_GCONFIG_GETTERS_H__

#include <libvirt-gconfig/libvirt-gconfig-domain.h>
#include <libvirt-gconfig/libvirt-gconfig-storage-vol.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-disk.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-interface.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-redirdev.h>

G_BEGIN_DECLS

/**
 * gvir_config_domain_get_lifecycle:
 * @domain: a #GVirConfigDomain
 * @event: the event
 *
 * Returns: what libvirt does on @event; libvirt's default (%GVIR_CONFIG_DOMAIN_LIFECYCLE_RESTART
 * for %GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_REBOOT, %GVIR_CONFIG_DOMAIN_LIFECYCLE_DESTROY otherwise)
 * when the domain names none
 */
GVirConfigDomainLifecycleAction gvir_config_domain_get_lifecycle(GVirConfigDomain *domain,
                                                                 GVirConfigDomainLifecycleEvent event);

/**
 * gvir_config_domain_graphics_set_listen_address:
 * @graphics: a #GVirConfigDomainGraphics
 * @address: (allow-none): the address to listen on, or %NULL to remove it
 *
 * Writes the `listen` attribute and one `<listen type='address'>`, replacing every other
 * `<listen>`, as libvirt writes them.
 */
void gvir_config_domain_graphics_set_listen_address(GVirConfigDomainGraphics *graphics,
                                                    const char *address);

/**
 * gvir_config_domain_get_seclabel:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the first security label (`<seclabel>`), or %NULL
 */
GVirConfigDomainSeclabel *gvir_config_domain_get_seclabel(GVirConfigDomain *domain);

/**
 * gvir_config_domain_get_seclabels:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (element-type LibvirtGConfig.DomainSeclabel) (transfer full): every security label (`<seclabel>`), one per security driver, in document order
 */
GList *gvir_config_domain_get_seclabels(GVirConfigDomain *domain);

/**
 * gvir_config_domain_get_power_management:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the power management settings (`<pm>`), or %NULL
 */
GVirConfigDomainPowerManagement *gvir_config_domain_get_power_management(GVirConfigDomain *domain);

/**
 * gvir_config_domain_address_usb_get_bus:
 * @address: a #GVirConfigDomainAddressUsb
 *
 * Returns: the USB bus, -1 when unset
 */
gint gvir_config_domain_address_usb_get_bus(GVirConfigDomainAddressUsb *address);

/**
 * gvir_config_domain_address_usb_get_port:
 * @address: a #GVirConfigDomainAddressUsb
 *
 * Returns: the port path on the bus (`1.2`, …), or %NULL
 */
const char *gvir_config_domain_address_usb_get_port(GVirConfigDomainAddressUsb *address);

/**
 * gvir_config_domain_console_get_target_type:
 * @console: a #GVirConfigDomainConsole
 *
 * Returns: the target type; %GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_SERIAL when unset or unknown (libvirt's default)
 */
GVirConfigDomainConsoleTargetType gvir_config_domain_console_get_target_type(GVirConfigDomainConsole *console);

/**
 * gvir_config_domain_controller_get_address:
 * @controller: a #GVirConfigDomainController
 *
 * Returns: (transfer full) (nullable): the guest address (a #GVirConfigDomainAddressPci or #GVirConfigDomainAddressUsb), or %NULL when absent or of another type
 */
GVirConfigDomainAddress *gvir_config_domain_controller_get_address(GVirConfigDomainController *controller);

/**
 * gvir_config_domain_controller_usb_get_model:
 * @controller: a #GVirConfigDomainControllerUsb
 *
 * Returns: the model; %GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PIIX3_UHCI when unset or unknown
 */
GVirConfigDomainControllerUsbModel gvir_config_domain_controller_usb_get_model(GVirConfigDomainControllerUsb *controller);

/**
 * gvir_config_domain_controller_usb_get_master_startport:
 * @controller: a #GVirConfigDomainControllerUsb
 *
 * Returns: the first port of the master controller this companion controller uses (`<master startport>`), -1 when it is no companion
 */
gint64 gvir_config_domain_controller_usb_get_master_startport(GVirConfigDomainControllerUsb *controller);

/**
 * gvir_config_domain_disk_get_readonly:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: whether the guest sees the disk read-only (`<readonly/>`)
 */
gboolean gvir_config_domain_disk_get_readonly(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_filesys_get_filesys_type:
 * @filesys: a #GVirConfigDomainFilesys
 *
 * Returns: the filesystem type (`type`); %GVIR_CONFIG_DOMAIN_FILESYS_MOUNT when unset or unknown
 */
GVirConfigDomainFilesysType gvir_config_domain_filesys_get_filesys_type(GVirConfigDomainFilesys *filesys);

/**
 * gvir_config_domain_filesys_get_access_type:
 * @filesys: a #GVirConfigDomainFilesys
 *
 * Returns: the access mode (`accessmode`); %GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_PASSTHROUGH (libvirt's default) when unset or unknown
 */
GVirConfigDomainFilesysAccessType gvir_config_domain_filesys_get_access_type(GVirConfigDomainFilesys *filesys);

/**
 * gvir_config_domain_filesys_get_driver_type:
 * @filesys: a #GVirConfigDomainFilesys
 *
 * Returns: the driver type; %GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_DEFAULT when unset or unknown
 */
GVirConfigDomainFilesysDriverType gvir_config_domain_filesys_get_driver_type(GVirConfigDomainFilesys *filesys);

/**
 * gvir_config_domain_filesys_get_driver_format:
 * @filesys: a #GVirConfigDomainFilesys
 *
 * Returns: the image format of the driver; %GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW when unset or unknown
 */
GVirConfigDomainDiskFormat gvir_config_domain_filesys_get_driver_format(GVirConfigDomainFilesys *filesys);

/**
 * gvir_config_domain_filesys_get_source:
 * @filesys: a #GVirConfigDomainFilesys
 *
 * Returns: the source (directory, file, block device, … depending on the type), or %NULL
 */
const char *gvir_config_domain_filesys_get_source(GVirConfigDomainFilesys *filesys);

/**
 * gvir_config_domain_filesys_get_ram_usage:
 * @filesys: a #GVirConfigDomainFilesys
 *
 * Returns: the size of a RAM filesystem in bytes, 0 when unset
 */
guint64 gvir_config_domain_filesys_get_ram_usage(GVirConfigDomainFilesys *filesys);

/**
 * gvir_config_domain_filesys_get_target:
 * @filesys: a #GVirConfigDomainFilesys
 *
 * Returns: the target (mount tag or directory in the guest), or %NULL
 */
const char *gvir_config_domain_filesys_get_target(GVirConfigDomainFilesys *filesys);

/**
 * gvir_config_domain_filesys_get_readonly:
 * @filesys: a #GVirConfigDomainFilesys
 *
 * Returns: whether the filesystem is exported read-only
 */
gboolean gvir_config_domain_filesys_get_readonly(GVirConfigDomainFilesys *filesys);

/**
 * gvir_config_domain_graphics_get_listen_address:
 * @graphics: a #GVirConfigDomainGraphics
 *
 * Returns: the address the server listens on (the first `<listen type='address'>`, else the `listen` attribute), or %NULL
 */
const char *gvir_config_domain_graphics_get_listen_address(GVirConfigDomainGraphics *graphics);

/**
 * gvir_config_domain_graphics_get_listen_socket:
 * @graphics: a #GVirConfigDomainGraphics
 *
 * Returns: the UNIX socket the server listens on (the first `<listen type='socket'>`, else the `socket` attribute), or %NULL
 */
const char *gvir_config_domain_graphics_get_listen_socket(GVirConfigDomainGraphics *graphics);

/**
 * gvir_config_domain_graphics_rdp_get_autoport:
 * @graphics: a #GVirConfigDomainGraphicsRdp
 *
 * Returns: whether the hypervisor picks the port
 */
gboolean gvir_config_domain_graphics_rdp_get_autoport(GVirConfigDomainGraphicsRdp *graphics);

/**
 * gvir_config_domain_graphics_sdl_get_display:
 * @graphics: a #GVirConfigDomainGraphicsSdl
 *
 * Returns: the X display, or %NULL
 */
const char *gvir_config_domain_graphics_sdl_get_display(GVirConfigDomainGraphicsSdl *graphics);

/**
 * gvir_config_domain_graphics_sdl_get_xauthority:
 * @graphics: a #GVirConfigDomainGraphicsSdl
 *
 * Returns: the X authority file, or %NULL
 */
const char *gvir_config_domain_graphics_sdl_get_xauthority(GVirConfigDomainGraphicsSdl *graphics);

/**
 * gvir_config_domain_graphics_sdl_get_fullscreen:
 * @graphics: a #GVirConfigDomainGraphicsSdl
 *
 * Returns: whether the window is full screen
 */
gboolean gvir_config_domain_graphics_sdl_get_fullscreen(GVirConfigDomainGraphicsSdl *graphics);

/**
 * gvir_config_domain_graphics_spice_get_autoport:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 *
 * Returns: whether the hypervisor picks the ports
 */
gboolean gvir_config_domain_graphics_spice_get_autoport(GVirConfigDomainGraphicsSpice *graphics);

/**
 * gvir_config_domain_graphics_spice_get_password:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 *
 * Returns: the password clients must give, or %NULL
 */
const char *gvir_config_domain_graphics_spice_get_password(GVirConfigDomainGraphicsSpice *graphics);

/**
 * gvir_config_domain_graphics_spice_get_tls_port:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 *
 * Returns: the TLS port, 0 when unset
 */
int gvir_config_domain_graphics_spice_get_tls_port(GVirConfigDomainGraphicsSpice *graphics);

/**
 * gvir_config_domain_graphics_spice_get_gl:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 *
 * Returns: whether OpenGL is on (`<gl enable='yes'/>`)
 */
gboolean gvir_config_domain_graphics_spice_get_gl(GVirConfigDomainGraphicsSpice *graphics);

/**
 * gvir_config_domain_graphics_vnc_get_autoport:
 * @graphics: a #GVirConfigDomainGraphicsVnc
 *
 * Returns: whether the hypervisor picks the port
 */
gboolean gvir_config_domain_graphics_vnc_get_autoport(GVirConfigDomainGraphicsVnc *graphics);

/**
 * gvir_config_domain_graphics_vnc_get_password:
 * @graphics: a #GVirConfigDomainGraphicsVnc
 *
 * Returns: the password clients must give, or %NULL
 */
const char *gvir_config_domain_graphics_vnc_get_password(GVirConfigDomainGraphicsVnc *graphics);

/**
 * gvir_config_domain_graphics_dbus_get_gl:
 * @graphics: a #GVirConfigDomainGraphicsDBus
 *
 * Returns: whether OpenGL is on (`<gl enable='yes'/>`)
 */
gboolean gvir_config_domain_graphics_dbus_get_gl(GVirConfigDomainGraphicsDBus *graphics);

/**
 * gvir_config_domain_interface_bridge_get_source:
 * @interface: a #GVirConfigDomainInterfaceBridge
 *
 * Returns: the host bridge (`<source bridge>`), or %NULL
 */
const char *gvir_config_domain_interface_bridge_get_source(GVirConfigDomainInterfaceBridge *interface);

/**
 * gvir_config_domain_interface_network_get_source:
 * @interface: a #GVirConfigDomainInterfaceNetwork
 *
 * Returns: the libvirt network (`<source network>`), or %NULL
 */
const char *gvir_config_domain_interface_network_get_source(GVirConfigDomainInterfaceNetwork *interface);

/**
 * gvir_config_domain_memballoon_get_model:
 * @memballoon: a #GVirConfigDomainMemballoon
 *
 * Returns: the model; %GVIR_CONFIG_DOMAIN_MEMBALLOON_MODEL_NONE when unset or unknown
 */
GVirConfigDomainMemballoonModel gvir_config_domain_memballoon_get_model(GVirConfigDomainMemballoon *memballoon);

/**
 * gvir_config_domain_os_get_kernel:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: the kernel for direct boot (`<kernel>`), or %NULL
 */
const char *gvir_config_domain_os_get_kernel(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_get_ramdisk:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: the initial ramdisk for direct boot (`<initrd>`), or %NULL
 */
const char *gvir_config_domain_os_get_ramdisk(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_get_cmdline:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: the kernel command line (`<cmdline>`), or %NULL
 */
const char *gvir_config_domain_os_get_cmdline(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_get_init:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: the init program of a container (`<init>`), or %NULL
 */
const char *gvir_config_domain_os_get_init(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_get_loader:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: the firmware image (`<loader>`), or %NULL
 */
const char *gvir_config_domain_os_get_loader(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_get_smbios_mode:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: where the SMBIOS tables come from; %GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_EMULATE when unset or unknown
 */
GVirConfigDomainOsSmBiosMode gvir_config_domain_os_get_smbios_mode(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_power_management_get_mem_suspend_enabled:
 * @pm: a #GVirConfigDomainPowerManagement
 *
 * Returns: whether suspend to RAM is allowed (%FALSE when not stated)
 */
gboolean gvir_config_domain_power_management_get_mem_suspend_enabled(GVirConfigDomainPowerManagement *pm);

/**
 * gvir_config_domain_power_management_get_disk_suspend_enabled:
 * @pm: a #GVirConfigDomainPowerManagement
 *
 * Returns: whether suspend to disk is allowed (%FALSE when not stated)
 */
gboolean gvir_config_domain_power_management_get_disk_suspend_enabled(GVirConfigDomainPowerManagement *pm);

/**
 * gvir_config_domain_redirdev_get_address:
 * @redirdev: a #GVirConfigDomainRedirdev
 *
 * Returns: (transfer full) (nullable): the guest address (a #GVirConfigDomainAddressUsb or #GVirConfigDomainAddressPci), or %NULL when absent or of another type
 */
GVirConfigDomainAddress *gvir_config_domain_redirdev_get_address(GVirConfigDomainRedirdev *redirdev);

/**
 * gvir_config_domain_redirdev_get_bus:
 * @redirdev: a #GVirConfigDomainRedirdev
 *
 * Returns: the bus; %GVIR_CONFIG_DOMAIN_REDIRDEV_BUS_USB when unset or unknown
 */
GVirConfigDomainRedirdevBus gvir_config_domain_redirdev_get_bus(GVirConfigDomainRedirdev *redirdev);

/**
 * gvir_config_domain_seclabel_get_label_type:
 * @seclabel: a #GVirConfigDomainSeclabel
 *
 * Returns: how the label is chosen (`type`); %GVIR_CONFIG_DOMAIN_SECLABEL_DYNAMIC (libvirt's default) when unset or unknown
 */
GVirConfigDomainSeclabelType gvir_config_domain_seclabel_get_label_type(GVirConfigDomainSeclabel *seclabel);

/**
 * gvir_config_domain_seclabel_get_model:
 * @seclabel: a #GVirConfigDomainSeclabel
 *
 * Returns: the security driver (`selinux`, `apparmor`, `dac`, …), or %NULL
 */
const char *gvir_config_domain_seclabel_get_model(GVirConfigDomainSeclabel *seclabel);

/**
 * gvir_config_domain_seclabel_get_baselabel:
 * @seclabel: a #GVirConfigDomainSeclabel
 *
 * Returns: the base label of dynamic labels, or %NULL
 */
const char *gvir_config_domain_seclabel_get_baselabel(GVirConfigDomainSeclabel *seclabel);

/**
 * gvir_config_domain_seclabel_get_label:
 * @seclabel: a #GVirConfigDomainSeclabel
 *
 * Returns: the label, or %NULL
 */
const char *gvir_config_domain_seclabel_get_label(GVirConfigDomainSeclabel *seclabel);

/**
 * gvir_config_domain_smartcard_host_certificates_get_certificates:
 * @smartcard: a #GVirConfigDomainSmartcardHostCertificates
 *
 * Returns: (transfer full) (array zero-terminated=1): the certificate names, in order
 */
gchar **gvir_config_domain_smartcard_host_certificates_get_certificates(GVirConfigDomainSmartcardHostCertificates *smartcard);

/**
 * gvir_config_domain_smartcard_host_certificates_get_database:
 * @smartcard: a #GVirConfigDomainSmartcardHostCertificates
 *
 * Returns: the certificate database directory, or %NULL
 */
const char *gvir_config_domain_smartcard_host_certificates_get_database(GVirConfigDomainSmartcardHostCertificates *smartcard);

/**
 * gvir_config_domain_smartcard_passthrough_get_source:
 * @smartcard: a #GVirConfigDomainSmartcardPassthrough
 *
 * Returns: (transfer full) (nullable): the source the card is forwarded through, or %NULL
 */
GVirConfigDomainChardevSource *gvir_config_domain_smartcard_passthrough_get_source(GVirConfigDomainSmartcardPassthrough *smartcard);

/**
 * gvir_config_domain_sound_get_model:
 * @sound: a #GVirConfigDomainSound
 *
 * Returns: the model; %GVIR_CONFIG_DOMAIN_SOUND_MODEL_SB16 when unset or unknown
 */
GVirConfigDomainSoundModel gvir_config_domain_sound_get_model(GVirConfigDomainSound *sound);

/**
 * gvir_config_domain_video_get_vram:
 * @video: a #GVirConfigDomainVideo
 *
 * Returns: the video memory in KiB, 0 when unset
 */
guint gvir_config_domain_video_get_vram(GVirConfigDomainVideo *video);

/**
 * gvir_config_domain_video_get_ram:
 * @video: a #GVirConfigDomainVideo
 *
 * Returns: the RAM of QXL's primary bar in KiB, 0 when unset
 */
guint gvir_config_domain_video_get_ram(GVirConfigDomainVideo *video);

/**
 * gvir_config_domain_video_get_vgamem:
 * @video: a #GVirConfigDomainVideo
 *
 * Returns: the VGA framebuffer size of QXL in KiB, 0 when unset
 */
guint gvir_config_domain_video_get_vgamem(GVirConfigDomainVideo *video);

/**
 * gvir_config_domain_video_get_heads:
 * @video: a #GVirConfigDomainVideo
 *
 * Returns: the number of screens, 0 when unset
 */
guint gvir_config_domain_video_get_heads(GVirConfigDomainVideo *video);

/**
 * gvir_config_domain_video_get_accel3d:
 * @video: a #GVirConfigDomainVideo
 *
 * Returns: whether 3D acceleration is on
 */
gboolean gvir_config_domain_video_get_accel3d(GVirConfigDomainVideo *video);

/**
 * gvir_config_domain_audio_get_backend:
 * @audio: a #GVirConfigDomainAudio
 *
 * Returns: the backend (`type`); %GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_NONE when unset or unknown
 */
GVirConfigDomainAudioBackend gvir_config_domain_audio_get_backend(GVirConfigDomainAudio *audio);

/**
 * gvir_config_domain_audio_get_server_name:
 * @audio: a #GVirConfigDomainAudio
 *
 * Returns: the audio server to connect to, or %NULL
 */
const char *gvir_config_domain_audio_get_server_name(GVirConfigDomainAudio *audio);

/**
 * gvir_config_domain_vsock_get_cid_address:
 * @vsock: a #GVirConfigDomainVsock
 *
 * Returns: the guest CID, 0 when unset
 */
guint gvir_config_domain_vsock_get_cid_address(GVirConfigDomainVsock *vsock);

/**
 * gvir_config_storage_vol_get_name:
 * @vol: a #GVirConfigStorageVol
 *
 * Returns: the volume name, or %NULL
 */
const char *gvir_config_storage_vol_get_name(GVirConfigStorageVol *vol);

/**
 * gvir_config_storage_vol_get_capacity:
 * @vol: a #GVirConfigStorageVol
 *
 * Returns: the capacity in bytes, 0 when unset
 */
guint64 gvir_config_storage_vol_get_capacity(GVirConfigStorageVol *vol);

/**
 * gvir_config_storage_vol_get_allocation:
 * @vol: a #GVirConfigStorageVol
 *
 * Returns: the allocated size in bytes, 0 when unset
 */
guint64 gvir_config_storage_vol_get_allocation(GVirConfigStorageVol *vol);

/**
 * gvir_config_storage_vol_get_target:
 * @vol: a #GVirConfigStorageVol
 *
 * Returns: (transfer full) (nullable): the target (`<target>`), or %NULL
 */
GVirConfigStorageVolTarget *gvir_config_storage_vol_get_target(GVirConfigStorageVol *vol);

/**
 * gvir_config_storage_vol_get_backing_store:
 * @vol: a #GVirConfigStorageVol
 *
 * Returns: (transfer full) (nullable): the backing store (`<backingStore>`), or %NULL
 */
GVirConfigStorageVolBackingStore *gvir_config_storage_vol_get_backing_store(GVirConfigStorageVol *vol);

/**
 * gvir_config_storage_vol_backing_store_get_path:
 * @backing_store: a #GVirConfigStorageVolBackingStore
 *
 * Returns: the path of the backing image, or %NULL
 */
const char *gvir_config_storage_vol_backing_store_get_path(GVirConfigStorageVolBackingStore *backing_store);

/**
 * gvir_config_storage_vol_backing_store_get_format:
 * @backing_store: a #GVirConfigStorageVolBackingStore
 *
 * Returns: the format of the backing image, or %NULL
 */
const char *gvir_config_storage_vol_backing_store_get_format(GVirConfigStorageVolBackingStore *backing_store);

/**
 * gvir_config_storage_vol_target_get_format:
 * @target: a #GVirConfigStorageVolTarget
 *
 * Returns: the image format, or %NULL
 */
const char *gvir_config_storage_vol_target_get_format(GVirConfigStorageVolTarget *target);

/**
 * gvir_config_storage_vol_target_get_compat:
 * @target: a #GVirConfigStorageVolTarget
 *
 * Returns: the qcow2 compatibility level (`1.1`, …), or %NULL
 */
const char *gvir_config_storage_vol_target_get_compat(GVirConfigStorageVolTarget *target);

/**
 * gvir_config_storage_vol_target_get_features:
 * @target: a #GVirConfigStorageVolTarget
 *
 * Returns: the #GVirConfigStorageVolTargetFeatures set
 */
guint64 gvir_config_storage_vol_target_get_features(GVirConfigStorageVolTarget *target);

/**
 * gvir_config_storage_vol_target_get_permissions:
 * @target: a #GVirConfigStorageVolTarget
 *
 * Returns: (transfer full) (nullable): the permissions (`<permissions>`), or %NULL
 */
GVirConfigStoragePermissions *gvir_config_storage_vol_target_get_permissions(GVirConfigStorageVolTarget *target);

/* Domain-level values without an element class of their own, and devices' boot order. */

/**
 * gvir_config_domain_get_iothreads:
 * @domain: a #GVirConfigDomain
 *
 * Returns: the number of I/O threads (`<iothreads>`), 0 when unset
 */
guint gvir_config_domain_get_iothreads(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_iothreads:
 * @domain: a #GVirConfigDomain
 * @value: the number of I/O threads; 0 removes `<iothreads>`
 */
void gvir_config_domain_set_iothreads(GVirConfigDomain *domain, guint value);

/**
 * gvir_config_domain_get_resource_partition:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (nullable): the resource partition the domain is placed in
 * (`<resource><partition>`), or %NULL
 */
const char *gvir_config_domain_get_resource_partition(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_resource_partition:
 * @domain: a #GVirConfigDomain
 * @value: (allow-none): the partition (`/machine`), or %NULL to remove it
 */
void gvir_config_domain_set_resource_partition(GVirConfigDomain *domain, const char *value);

/**
 * gvir_config_domain_disk_get_boot_order:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the device's position in the boot order (`<boot order>`), -1 when unset
 */
gint gvir_config_domain_disk_get_boot_order(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_set_boot_order:
 * @disk: a #GVirConfigDomainDisk
 * @value: the position in the boot order (from 1); a negative value removes it
 */
void gvir_config_domain_disk_set_boot_order(GVirConfigDomainDisk *disk, gint value);

/**
 * gvir_config_domain_interface_get_boot_order:
 * @interface: a #GVirConfigDomainInterface
 *
 * Returns: the device's position in the boot order (`<boot order>`), -1 when unset
 */
gint gvir_config_domain_interface_get_boot_order(GVirConfigDomainInterface *interface);

/**
 * gvir_config_domain_interface_set_boot_order:
 * @interface: a #GVirConfigDomainInterface
 * @value: the position in the boot order (from 1); a negative value removes it
 */
void gvir_config_domain_interface_set_boot_order(GVirConfigDomainInterface *interface, gint value);

/**
 * gvir_config_domain_redirdev_get_boot_order:
 * @redirdev: a #GVirConfigDomainRedirdev
 *
 * Returns: the device's position in the boot order (`<boot order>`), -1 when unset
 */
gint gvir_config_domain_redirdev_get_boot_order(GVirConfigDomainRedirdev *redirdev);

/**
 * gvir_config_domain_redirdev_set_boot_order:
 * @redirdev: a #GVirConfigDomainRedirdev
 * @value: the position in the boot order (from 1); a negative value removes it
 */
void gvir_config_domain_redirdev_set_boot_order(GVirConfigDomainRedirdev *redirdev, gint value);

/* Typed metadata and stashed devices. */

/**
 * gvir_config_domain_get_custom_object:
 * @domain: a #GVirConfigDomain
 * @ns_uri: the namespace of the metadata element
 *
 * Returns: (transfer full) (nullable): the `<metadata>` element in namespace @ns_uri, as a
 * #GVirConfigObject viewing the domain's document (changes through it change the domain), or
 * %NULL when there is none
 */
GVirConfigObject *gvir_config_domain_get_custom_object(GVirConfigDomain *domain,
                                                       const char *ns_uri);

/**
 * gvir_config_domain_set_custom_object:
 * @domain: a #GVirConfigDomain
 * @object: (allow-none): the object whose element to store, or %NULL to remove the element
 * of @ns_uri
 * @ns: the namespace prefix
 * @ns_uri: the namespace
 *
 * Stores the element of @object in `<metadata>`, in namespace @ns_uri with prefix @ns, in place
 * of the element that namespace had (or last). The element moves into the domain's document
 * (@object goes on viewing it) with its name, attributes and children unchanged; every other
 * metadata element, comment and text stays.
 */
void gvir_config_domain_set_custom_object(GVirConfigDomain *domain,
                                          GVirConfigObject *object,
                                          const char *ns,
                                          const char *ns_uri);

/**
 * gvir_config_domain_stash_device:
 * @domain: a #GVirConfigDomain
 * @device: one of the domain's devices
 * @ns: the namespace prefix of the stash
 * @ns_uri: the namespace of the stash (reserved for it in `<metadata>`)
 * @error: return location for a #GError, or %NULL
 *
 * "Comments out" @device: its element moves, unchanged and with its position, from
 * `<devices>` into `<metadata>` (namespace @ns_uri). @device stays valid.
 * gvir_config_domain_restore_stashed_devices() puts the stashed devices back, giving the very
 * same document again, also after it was saved and parsed in between.
 *
 * Returns: %TRUE, or %FALSE with @error set when @device is not one of @domain's devices
 */
gboolean gvir_config_domain_stash_device(GVirConfigDomain *domain,
                                         GVirConfigDomainDevice *device,
                                         const char *ns,
                                         const char *ns_uri,
                                         GError **error);

/**
 * gvir_config_domain_get_stashed_devices:
 * @domain: a #GVirConfigDomain
 * @ns_uri: the namespace of the stash
 *
 * Returns: (element-type LibvirtGConfig.DomainDevice) (transfer full): the devices stashed in
 * @ns_uri, in stashing order
 */
GList *gvir_config_domain_get_stashed_devices(GVirConfigDomain *domain, const char *ns_uri);

/**
 * gvir_config_domain_restore_stashed_device:
 * @domain: a #GVirConfigDomain
 * @device: a device of gvir_config_domain_get_stashed_devices()
 * @ns_uri: the namespace of the stash
 *
 * Puts @device back where it was in `<devices>`.
 *
 * Returns: %FALSE when @device is not in the stash of @ns_uri
 */
gboolean gvir_config_domain_restore_stashed_device(GVirConfigDomain *domain,
                                                   GVirConfigDomainDevice *device,
                                                   const char *ns_uri);

/**
 * gvir_config_domain_restore_stashed_devices:
 * @domain: a #GVirConfigDomain
 * @ns_uri: the namespace of the stash
 *
 * Puts every device stashed in @ns_uri back, the last stashed first.
 *
 * Returns: how many devices were restored
 */
guint gvir_config_domain_restore_stashed_devices(GVirConfigDomain *domain, const char *ns_uri);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_GETTERS_H__ */
