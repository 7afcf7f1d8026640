/*
 * libvirt-gconfig-domain-disk.h: a disk, CD-ROM or floppy of a domain (<disk>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_DISK_H__
#define __LIBVIRT_GCONFIG_DOMAIN_DISK_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-disk-driver.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_DISK            (gvir_config_domain_disk_get_type ())
#define GVIR_CONFIG_DOMAIN_DISK(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_DISK, GVirConfigDomainDisk))
#define GVIR_CONFIG_DOMAIN_DISK_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_DISK, GVirConfigDomainDiskClass))
#define GVIR_CONFIG_IS_DOMAIN_DISK(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_DISK))
#define GVIR_CONFIG_IS_DOMAIN_DISK_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_DISK))
#define GVIR_CONFIG_DOMAIN_DISK_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_DISK, GVirConfigDomainDiskClass))

typedef struct _GVirConfigDomainDisk GVirConfigDomainDisk;
typedef struct _GVirConfigDomainDiskPrivate GVirConfigDomainDiskPrivate;
typedef struct _GVirConfigDomainDiskClass GVirConfigDomainDiskClass;

/**
 * GVirConfigDomainDisk:
 *
 * A `<disk>` device: where its data comes from (`<source>`), how the guest sees it
 * (`device`, `<target>`) and how the hypervisor accesses it (`<driver>`).
 */
struct _GVirConfigDomainDisk
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainDiskPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainDiskClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_disk_get_type(void);

/**
 * GVirConfigDomainDiskType:
 * @GVIR_CONFIG_DOMAIN_DISK_FILE: an image file
 * @GVIR_CONFIG_DOMAIN_DISK_BLOCK: a host block device
 * @GVIR_CONFIG_DOMAIN_DISK_DIR: a host directory
 * @GVIR_CONFIG_DOMAIN_DISK_NETWORK: a network storage protocol
 *
 * Where a disk's data lives (the `type` attribute of `<disk>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_FILE,
    GVIR_CONFIG_DOMAIN_DISK_BLOCK,
    GVIR_CONFIG_DOMAIN_DISK_DIR,
    GVIR_CONFIG_DOMAIN_DISK_NETWORK
} GVirConfigDomainDiskType;

/**
 * GVirConfigDomainDiskBus:
 * @GVIR_CONFIG_DOMAIN_DISK_BUS_IDE: IDE
 * @GVIR_CONFIG_DOMAIN_DISK_BUS_FDC: floppy controller
 * @GVIR_CONFIG_DOMAIN_DISK_BUS_SCSI: SCSI
 * @GVIR_CONFIG_DOMAIN_DISK_BUS_VIRTIO: virtio
 * @GVIR_CONFIG_DOMAIN_DISK_BUS_XEN: Xen paravirtual
 * @GVIR_CONFIG_DOMAIN_DISK_BUS_USB: USB
 * @GVIR_CONFIG_DOMAIN_DISK_BUS_UML: User Mode Linux
 * @GVIR_CONFIG_DOMAIN_DISK_BUS_SATA: SATA
 *
 * Buses a guest sees disks on (the `bus` attribute of `<target>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_BUS_IDE,
    GVIR_CONFIG_DOMAIN_DISK_BUS_FDC,
    GVIR_CONFIG_DOMAIN_DISK_BUS_SCSI,
    GVIR_CONFIG_DOMAIN_DISK_BUS_VIRTIO,
    GVIR_CONFIG_DOMAIN_DISK_BUS_XEN,
    GVIR_CONFIG_DOMAIN_DISK_BUS_USB,
    GVIR_CONFIG_DOMAIN_DISK_BUS_UML,
    GVIR_CONFIG_DOMAIN_DISK_BUS_SATA
} GVirConfigDomainDiskBus;

/**
 * GVirConfigDomainDiskGuestDeviceType:
 * @GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_DISK: a hard disk
 * @GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_FLOPPY: a floppy drive
 * @GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_CDROM: a CD-ROM drive
 *
 * The kind of drive the guest sees (the `device` attribute of `<disk>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_DISK,
    GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_FLOPPY,
    GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_CDROM
} GVirConfigDomainDiskGuestDeviceType;

/**
 * GVirConfigDomainDiskSnapshotType:
 * @GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO: the disk is left out of snapshots
 * @GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_INTERNAL: snapshots are stored inside the image
 * @GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_EXTERNAL: snapshots go to separate overlay files
 *
 * How a disk takes part in domain snapshots (the `snapshot` attribute of `<disk>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO,
    GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_INTERNAL,
    GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_EXTERNAL
} GVirConfigDomainDiskSnapshotType;

/**
 * GVirConfigDomainDiskStartupPolicy:
 * @GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_MANDATORY: a missing source is an error
 * @GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_REQUISITE: drop a missing source on migration or restore only
 * @GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_OPTIONAL: drop a missing source
 *
 * What happens when a disk's source is missing when the domain starts (the
 * `startupPolicy` attribute of `<source>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_MANDATORY,
    GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_REQUISITE,
    GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_OPTIONAL
} GVirConfigDomainDiskStartupPolicy;

/* Asynchronous I/O images are raw images. */
#define GVIR_CONFIG_DOMAIN_DISK_FORMAT_AIO GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW

/**
 * gvir_config_domain_disk_new:
 *
 * Returns: (transfer full): a new, empty `<disk>`
 */
GVirConfigDomainDisk *gvir_config_domain_disk_new(void);

/**
 * gvir_config_domain_disk_new_from_xml:
 * @xml: a `<disk>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed disk, or %NULL with @error set
 */
GVirConfigDomainDisk *gvir_config_domain_disk_new_from_xml(const gchar *xml,
                                                           GError **error);

/**
 * gvir_config_domain_disk_set_type:
 * @disk: a #GVirConfigDomainDisk
 * @type: where the disk's data lives
 *
 * Sets the disk type. Set it before the source: the type decides which attribute of
 * `<source>` gvir_config_domain_disk_set_source() writes.
 */
void gvir_config_domain_disk_set_type(GVirConfigDomainDisk *disk,
                                      GVirConfigDomainDiskType type);

/**
 * gvir_config_domain_disk_set_guest_device_type:
 * @disk: a #GVirConfigDomainDisk
 * @type: the kind of drive the guest sees
 */
void gvir_config_domain_disk_set_guest_device_type(GVirConfigDomainDisk *disk,
                                                   GVirConfigDomainDiskGuestDeviceType type);

/**
 * gvir_config_domain_disk_set_snapshot_type:
 * @disk: a #GVirConfigDomainDisk
 * @type: how the disk takes part in snapshots
 */
void gvir_config_domain_disk_set_snapshot_type(GVirConfigDomainDisk *disk,
                                               GVirConfigDomainDiskSnapshotType type);

/**
 * gvir_config_domain_disk_set_startup_policy:
 * @disk: a #GVirConfigDomainDisk
 * @policy: what to do when the source is missing
 *
 * Sets the start-up policy on `<source>`. Setting the source afterwards replaces
 * `<source>`, so set the source first.
 */
void gvir_config_domain_disk_set_startup_policy(GVirConfigDomainDisk *disk,
                                                GVirConfigDomainDiskStartupPolicy policy);

/**
 * gvir_config_domain_disk_set_source:
 * @disk: a #GVirConfigDomainDisk
 * @source: the image path, device, directory or network protocol, depending on the
 * disk type
 *
 * Replaces `<source>` with one naming @source in the attribute the disk type calls for
 * (`file`, `dev`, `dir` or `protocol`).
 */
void gvir_config_domain_disk_set_source(GVirConfigDomainDisk *disk,
                                        const char *source);

/**
 * gvir_config_domain_disk_set_driver_cache:
 * @disk: a #GVirConfigDomainDisk
 * @cache_type: the cache mode
 *
 * Sets the cache mode of the disk's `<driver>`.
 */
G_DEPRECATED_FOR(gvir_config_domain_disk_driver_set_cache)
void gvir_config_domain_disk_set_driver_cache(GVirConfigDomainDisk *disk,
                                              GVirConfigDomainDiskCacheType cache_type);

/**
 * gvir_config_domain_disk_set_driver_name:
 * @disk: a #GVirConfigDomainDisk
 * @driver_name: the backend (`qemu`, `tap`, …)
 *
 * Sets the backend of the disk's `<driver>`.
 */
G_DEPRECATED_FOR(gvir_config_domain_disk_driver_set_name)
void gvir_config_domain_disk_set_driver_name(GVirConfigDomainDisk *disk,
                                             const char *driver_name);

/**
 * gvir_config_domain_disk_set_driver_type:
 * @disk: a #GVirConfigDomainDisk
 * @driver_type: the image format, as libvirt spells it
 *
 * Sets the image format of the disk's `<driver>`.
 *
 * Deprecated: 0.1.7: Use gvir_config_domain_disk_set_driver_format() instead.
 */
G_DEPRECATED_FOR(gvir_config_domain_disk_driver_set_format)
void gvir_config_domain_disk_set_driver_type(GVirConfigDomainDisk *disk,
                                             const char *driver_type);

/**
 * gvir_config_domain_disk_set_driver_format:
 * @disk: a #GVirConfigDomainDisk
 * @format: the image format
 *
 * Sets the image format of the disk's `<driver>`.
 */
G_DEPRECATED_FOR(gvir_config_domain_disk_driver_set_format)
void gvir_config_domain_disk_set_driver_format(GVirConfigDomainDisk *disk,
                                               GVirConfigDomainDiskFormat format);

/**
 * gvir_config_domain_disk_set_target_bus:
 * @disk: a #GVirConfigDomainDisk
 * @bus: the bus the guest sees the disk on
 */
void gvir_config_domain_disk_set_target_bus(GVirConfigDomainDisk *disk,
                                            GVirConfigDomainDiskBus bus);

/**
 * gvir_config_domain_disk_set_target_dev:
 * @disk: a #GVirConfigDomainDisk
 * @dev: the device name the guest is told (`vda`, `hdc`, …)
 */
void gvir_config_domain_disk_set_target_dev(GVirConfigDomainDisk *disk,
                                            const char *dev);

/**
 * gvir_config_domain_disk_set_driver:
 * @disk: a #GVirConfigDomainDisk
 * @driver: (allow-none): the new driver, or %NULL to remove it
 *
 * Replaces the disk's `<driver>` with @driver's element, which becomes part of @disk:
 * later changes made through @driver change @disk.
 */
void gvir_config_domain_disk_set_driver(GVirConfigDomainDisk *disk,
                                        GVirConfigDomainDiskDriver *driver);

/**
 * gvir_config_domain_disk_get_driver:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: (transfer full): the disk's driver (a view of its `<driver>`), or %NULL when
 * it has none
 */
GVirConfigDomainDiskDriver *gvir_config_domain_disk_get_driver(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_disk_type:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the disk type; %GVIR_CONFIG_DOMAIN_DISK_FILE when unset
 */
GVirConfigDomainDiskType gvir_config_domain_disk_get_disk_type(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_guest_device_type:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the kind of drive; %GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_DISK when unset
 */
GVirConfigDomainDiskGuestDeviceType gvir_config_domain_disk_get_guest_device_type(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_snapshot_type:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the snapshot mode; %GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO when unset
 */
GVirConfigDomainDiskSnapshotType gvir_config_domain_disk_get_snapshot_type(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_startup_policy:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the start-up policy; %GVIR_CONFIG_DOMAIN_DISK_STARTUP_POLICY_MANDATORY when unset
 */
GVirConfigDomainDiskStartupPolicy gvir_config_domain_disk_get_startup_policy(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_source:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the source (read from the `<source>` attribute the disk type calls for), or
 * %NULL
 */
const char *gvir_config_domain_disk_get_source(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_driver_cache:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the cache mode of the driver; %GVIR_CONFIG_DOMAIN_DISK_CACHE_DEFAULT when unset
 */
G_DEPRECATED_FOR(gvir_config_domain_disk_driver_get_cache)
GVirConfigDomainDiskCacheType gvir_config_domain_disk_get_driver_cache(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_driver_name:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the backend of the driver, or %NULL
 */
G_DEPRECATED_FOR(gvir_config_domain_disk_driver_get_name)
const char *gvir_config_domain_disk_get_driver_name(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_driver_type:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the image format of the driver as written, or %NULL
 *
 * Deprecated: 0.1.7: Use gvir_config_domain_disk_get_driver_format() instead.
 */
G_DEPRECATED_FOR(gvir_config_domain_disk_driver_get_format)
const char *gvir_config_domain_disk_get_driver_type(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_driver_format:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the image format of the driver; %GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW when unset
 */
G_DEPRECATED_FOR(gvir_config_domain_disk_driver_get_format)
GVirConfigDomainDiskFormat gvir_config_domain_disk_get_driver_format(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_target_bus:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the guest bus; %GVIR_CONFIG_DOMAIN_DISK_BUS_IDE when unset
 */
GVirConfigDomainDiskBus gvir_config_domain_disk_get_target_bus(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_get_target_dev:
 * @disk: a #GVirConfigDomainDisk
 *
 * Returns: the device name the guest is told, or %NULL
 */
const char *gvir_config_domain_disk_get_target_dev(GVirConfigDomainDisk *disk);

/**
 * gvir_config_domain_disk_set_readonly:
 * @disk: a #GVirConfigDomainDisk
 * @readonly: whether the guest may only read the disk
 */
void gvir_config_domain_disk_set_readonly(GVirConfigDomainDisk *disk,
                                          gboolean readonly);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_DISK_H__ */
