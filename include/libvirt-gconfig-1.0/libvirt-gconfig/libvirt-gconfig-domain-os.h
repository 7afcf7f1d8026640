/*
 * libvirt-gconfig-domain-os.h: how a domain boots (<os>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_OS_H__
#define __LIBVIRT_GCONFIG_DOMAIN_OS_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_OS            (gvir_config_domain_os_get_type ())
#define GVIR_CONFIG_DOMAIN_OS(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_OS, GVirConfigDomainOs))
#define GVIR_CONFIG_DOMAIN_OS_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_OS, GVirConfigDomainOsClass))
#define GVIR_CONFIG_IS_DOMAIN_OS(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_OS))
#define GVIR_CONFIG_IS_DOMAIN_OS_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_OS))
#define GVIR_CONFIG_DOMAIN_OS_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_OS, GVirConfigDomainOsClass))

typedef struct _GVirConfigDomainOs GVirConfigDomainOs;
typedef struct _GVirConfigDomainOsPrivate GVirConfigDomainOsPrivate;
typedef struct _GVirConfigDomainOsClass GVirConfigDomainOsClass;

/**
 * GVirConfigDomainOs:
 *
 * The boot configuration of a domain (`<os>`): OS type, architecture and machine, firmware,
 * direct kernel boot, boot order, boot menu and SMBIOS mode.
 */
struct _GVirConfigDomainOs
{
    GVirConfigObject parent;

    GVirConfigDomainOsPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainOsClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_os_get_type(void);

/**
 * GVirConfigDomainOsType:
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_HVM: a fully virtualized machine
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX: a Xen paravirtualized Linux guest
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_EXE: a container running a program
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_XEN: a Xen paravirtualized guest
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_UML: a User Mode Linux guest
 *
 * The kind of operating system a domain runs (the text of `<type>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_OS_TYPE_HVM,
    GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX,
    GVIR_CONFIG_DOMAIN_OS_TYPE_EXE,
    GVIR_CONFIG_DOMAIN_OS_TYPE_XEN,
    GVIR_CONFIG_DOMAIN_OS_TYPE_UML
} GVirConfigDomainOsType;

/**
 * GVirConfigDomainOsSmBiosMode:
 * @GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_EMULATE: the hypervisor makes the tables up
 * @GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_HOST: copied from the host
 * @GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_SYSINFO: taken from the domain's `<sysinfo>`
 *
 * Where the guest's SMBIOS tables come from.
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_EMULATE,
    GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_HOST,
    GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_SYSINFO
} GVirConfigDomainOsSmBiosMode;

/**
 * GVirConfigDomainOsBootDevice:
 * @GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_FD: a floppy disk
 * @GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_HD: a hard disk
 * @GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_CDROM: a CD-ROM
 * @GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_NETWORK: the network (PXE)
 *
 * A kind of device the firmware may boot from (`<boot dev='...'/>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_FD,
    GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_HD,
    GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_CDROM,
    GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_NETWORK
} GVirConfigDomainOsBootDevice;

/**
 * GVirConfigDomainOsFirmware:
 * @GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS: a legacy BIOS
 * @GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI: UEFI firmware
 *
 * The kind of firmware libvirt picks for the domain (`<os firmware='...'>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS,
    GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI
} GVirConfigDomainOsFirmware;

/**
 * gvir_config_domain_os_new:
 *
 * Returns: (transfer full): a new, empty boot configuration (`<os>`)
 */
GVirConfigDomainOs *gvir_config_domain_os_new(void);

/**
 * gvir_config_domain_os_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainOs *gvir_config_domain_os_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_os_set_os_type:
 * @os: a #GVirConfigDomainOs
 * @type: the kind of operating system
 *
 * Replaces the `<type>` element; its architecture and machine are reset too, so set them
 * after this.
 */
void gvir_config_domain_os_set_os_type(GVirConfigDomainOs *os, GVirConfigDomainOsType type);

/**
 * gvir_config_domain_os_get_os_type:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: the kind of operating system; %GVIR_CONFIG_DOMAIN_OS_TYPE_HVM when unset
 */
GVirConfigDomainOsType gvir_config_domain_os_get_os_type(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_get_arch:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: (transfer none): the guest CPU architecture, or %NULL
 */
const char *gvir_config_domain_os_get_arch(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_get_machine:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: (transfer none): the machine type, or %NULL
 */
const char *gvir_config_domain_os_get_machine(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_set_arch:
 * @os: a #GVirConfigDomainOs
 * @arch: the guest CPU architecture, e.g. `x86_64`
 *
 * The OS type must be set first (gvir_config_domain_os_set_os_type()).
 */
void gvir_config_domain_os_set_arch(GVirConfigDomainOs *os, const char *arch);

/**
 * gvir_config_domain_os_get_boot_devices:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: (element-type LibvirtGConfig.DomainOsBootDevice) (transfer container): the boot
 *   order, as #GVirConfigDomainOsBootDevice values stored with GINT_TO_POINTER(); free the
 *   list with g_list_free()
 */
GList *gvir_config_domain_os_get_boot_devices(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_set_boot_devices:
 * @os: a #GVirConfigDomainOs
 * @boot_devices: (in) (element-type LibvirtGConfig.DomainOsBootDevice): the boot order, as
 *   #GVirConfigDomainOsBootDevice values stored with GINT_TO_POINTER()
 *
 * Replaces the boot order.
 */
void gvir_config_domain_os_set_boot_devices(GVirConfigDomainOs *os, GList *boot_devices);

/**
 * gvir_config_domain_os_set_kernel:
 * @os: a #GVirConfigDomainOs
 * @kernel: (allow-none): the kernel image to boot directly, or %NULL to remove it
 */
void gvir_config_domain_os_set_kernel(GVirConfigDomainOs *os, const char *kernel);

/**
 * gvir_config_domain_os_set_ramdisk:
 * @os: a #GVirConfigDomainOs
 * @ramdisk: (allow-none): the initial ramdisk of the kernel, or %NULL to remove it
 */
void gvir_config_domain_os_set_ramdisk(GVirConfigDomainOs *os, const char *ramdisk);

/**
 * gvir_config_domain_os_set_cmdline:
 * @os: a #GVirConfigDomainOs
 * @cmdline: (allow-none): the kernel command line, or %NULL to remove it
 */
void gvir_config_domain_os_set_cmdline(GVirConfigDomainOs *os, const char *cmdline);

/**
 * gvir_config_domain_os_set_init:
 * @os: a #GVirConfigDomainOs
 * @init: (allow-none): the first program of a container, or %NULL to remove it
 */
void gvir_config_domain_os_set_init(GVirConfigDomainOs *os, const char *init);

/**
 * gvir_config_domain_os_set_loader:
 * @os: a #GVirConfigDomainOs
 * @loader: (allow-none): the firmware image, or %NULL to remove it
 */
void gvir_config_domain_os_set_loader(GVirConfigDomainOs *os, const char * loader);

/**
 * gvir_config_domain_os_set_machine:
 * @os: a #GVirConfigDomainOs
 * @machine: the machine type, e.g. `q35`
 *
 * The OS type must be set first (gvir_config_domain_os_set_os_type()).
 */
void gvir_config_domain_os_set_machine(GVirConfigDomainOs *os, const char *machine);

/**
 * gvir_config_domain_os_set_smbios_mode:
 * @os: a #GVirConfigDomainOs
 * @mode: where the SMBIOS tables come from
 */
void gvir_config_domain_os_set_smbios_mode(GVirConfigDomainOs *os,
                                           GVirConfigDomainOsSmBiosMode mode);

/**
 * gvir_config_domain_os_enable_boot_menu:
 * @os: a #GVirConfigDomainOs
 * @enable: whether the firmware shows its boot menu
 */
void gvir_config_domain_os_enable_boot_menu(GVirConfigDomainOs *os, gboolean enable);

/**
 * gvir_config_domain_os_bios_enable_serial:
 * @os: a #GVirConfigDomainOs
 * @enable: whether the BIOS prints to the serial port
 */
void gvir_config_domain_os_bios_enable_serial(GVirConfigDomainOs *os, gboolean enable);

/**
 * gvir_config_domain_os_get_firmware:
 * @os: a #GVirConfigDomainOs
 *
 * Returns: the kind of firmware; %GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS when unset
 */
GVirConfigDomainOsFirmware gvir_config_domain_os_get_firmware(GVirConfigDomainOs *os);

/**
 * gvir_config_domain_os_set_firmware:
 * @os: a #GVirConfigDomainOs
 * @firmware: the kind of firmware libvirt should pick
 */
void gvir_config_domain_os_set_firmware(GVirConfigDomainOs *os,
                                        GVirConfigDomainOsFirmware firmware);

/**
 * gvir_config_domain_os_enable_firmware_feature:
 * @os: a #GVirConfigDomainOs
 * @name: a firmware feature, e.g. `secure-boot` or `enrolled-keys`
 * @enable: whether the firmware libvirt picks must have the feature (%TRUE) or must not
 *
 * Adds the feature to the `<firmware>` element of @os (updating it when it is listed).
 *
 * Since: 5.0.0
 */
void gvir_config_domain_os_enable_firmware_feature(GVirConfigDomainOs *os,
                                                   const char *name,
                                                   gboolean enable);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_OS_H__ */
