/*
 * libvirt-gconfig-domain-disk-driver.h: how a disk image is accessed (<driver> of a <disk>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_DISK_DRIVER_H__
#define __LIBVIRT_GCONFIG_DOMAIN_DISK_DRIVER_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_DISK_DRIVER            (gvir_config_domain_disk_driver_get_type ())
#define GVIR_CONFIG_DOMAIN_DISK_DRIVER(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_DISK_DRIVER, GVirConfigDomainDiskDriver))
#define GVIR_CONFIG_DOMAIN_DISK_DRIVER_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_DISK_DRIVER, GVirConfigDomainDiskDriverClass))
#define GVIR_CONFIG_IS_DOMAIN_DISK_DRIVER(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_DISK_DRIVER))
#define GVIR_CONFIG_IS_DOMAIN_DISK_DRIVER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_DISK_DRIVER))
#define GVIR_CONFIG_DOMAIN_DISK_DRIVER_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_DISK_DRIVER, GVirConfigDomainDiskDriverClass))

typedef struct _GVirConfigDomainDiskDriver GVirConfigDomainDiskDriver;
typedef struct _GVirConfigDomainDiskDriverPrivate GVirConfigDomainDiskDriverPrivate;
typedef struct _GVirConfigDomainDiskDriverClass GVirConfigDomainDiskDriverClass;

/**
 * GVirConfigDomainDiskDriver:
 *
 * The `<driver>` element of a disk: the backend, the image format, and the
 * caching, error, I/O and discard policies the hypervisor uses for it.
 */
struct _GVirConfigDomainDiskDriver
{
    GVirConfigObject parent;

    GVirConfigDomainDiskDriverPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainDiskDriverClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_disk_driver_get_type(void);

/**
 * GVirConfigDomainDiskCacheType:
 * @GVIR_CONFIG_DOMAIN_DISK_CACHE_DEFAULT: the hypervisor's default
 * @GVIR_CONFIG_DOMAIN_DISK_CACHE_NONE: bypass the host page cache
 * @GVIR_CONFIG_DOMAIN_DISK_CACHE_WRITETHROUGH: cache reads, write synchronously
 * @GVIR_CONFIG_DOMAIN_DISK_CACHE_WRITEBACK: cache reads and writes
 * @GVIR_CONFIG_DOMAIN_DISK_CACHE_DIRECTSYNC: bypass the cache, write synchronously
 * @GVIR_CONFIG_DOMAIN_DISK_CACHE_UNSAFE: cache everything and ignore flush requests
 *
 * Host page cache modes of a disk (the `cache` attribute of `<driver>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_CACHE_DEFAULT,
    GVIR_CONFIG_DOMAIN_DISK_CACHE_NONE,
    GVIR_CONFIG_DOMAIN_DISK_CACHE_WRITETHROUGH,
    GVIR_CONFIG_DOMAIN_DISK_CACHE_WRITEBACK,
    GVIR_CONFIG_DOMAIN_DISK_CACHE_DIRECTSYNC,
    GVIR_CONFIG_DOMAIN_DISK_CACHE_UNSAFE
} GVirConfigDomainDiskCacheType;

/**
 * GVirConfigDomainDiskFormat:
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW: raw image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_DIR: directory
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_BOCHS: Bochs image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_CLOOP: compressed loop image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_COW: User Mode Linux copy-on-write image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_DMG: Mac disk image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_ISO: CD-ROM image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW: QEMU copy-on-write, version 1
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW2: QEMU copy-on-write, version 2
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_QED: QEMU enhanced disk
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_VMDK: VMware disk
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_VPC: Virtual PC disk
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_FAT: directory exported as a FAT filesystem
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_VHD: Hyper-V virtual hard disk
 *
 * Formats of disk images (the `type` attribute of a disk's `<driver>`, the `format` of a
 * filesystem's).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_DIR,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_BOCHS,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_CLOOP,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_COW,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_DMG,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_ISO,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW2,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_QED,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_VMDK,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_VPC,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_FAT,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_VHD
} GVirConfigDomainDiskFormat;

/**
 * GVirConfigDomainDiskDriverErrorPolicy:
 * @GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_STOP: pause the guest
 * @GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_REPORT: report the error to the guest
 * @GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_IGNORE: ignore the error
 * @GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_ENOSPACE: report only out-of-space errors
 *
 * What the hypervisor does when a disk read or write fails (`error_policy`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_STOP,
    GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_REPORT,
    GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_IGNORE,
    GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_ENOSPACE
} GVirConfigDomainDiskDriverErrorPolicy;

/**
 * GVirConfigDomainDiskDriverIoPolicy:
 * @GVIR_CONFIG_DOMAIN_DISK_DRIVER_IO_POLICY_THREADS: a pool of I/O threads
 * @GVIR_CONFIG_DOMAIN_DISK_DRIVER_IO_POLICY_NATIVE: the host's native asynchronous I/O
 *
 * How the hypervisor performs disk I/O (`io`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_DRIVER_IO_POLICY_THREADS,
    GVIR_CONFIG_DOMAIN_DISK_DRIVER_IO_POLICY_NATIVE
} GVirConfigDomainDiskDriverIoPolicy;

/**
 * GVirConfigDomainDiskDriverDiscard:
 * @GVIR_CONFIG_DOMAIN_DISK_DRIVER_DISCARD_UNMAP: pass discard requests to the image
 * @GVIR_CONFIG_DOMAIN_DISK_DRIVER_DISCARD_IGNORE: drop discard requests
 *
 * What happens to the guest's discard (trim) requests (`discard`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_DRIVER_DISCARD_UNMAP,
    GVIR_CONFIG_DOMAIN_DISK_DRIVER_DISCARD_IGNORE
} GVirConfigDomainDiskDriverDiscard;

/**
 * gvir_config_domain_disk_driver_new:
 *
 * Returns: (transfer full): a new, empty `<driver>`
 */
GVirConfigDomainDiskDriver *gvir_config_domain_disk_driver_new(void);

/**
 * gvir_config_domain_disk_driver_new_from_xml:
 * @xml: a `<driver>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed driver, or %NULL with @error set
 */
GVirConfigDomainDiskDriver *gvir_config_domain_disk_driver_new_from_xml(const gchar *xml,
                                                                        GError **error);

/**
 * gvir_config_domain_disk_driver_set_cache:
 * @driver: a #GVirConfigDomainDiskDriver
 * @cache_type: the cache mode
 */
void gvir_config_domain_disk_driver_set_cache(GVirConfigDomainDiskDriver *driver,
                                              GVirConfigDomainDiskCacheType cache_type);

/**
 * gvir_config_domain_disk_driver_get_cache:
 * @driver: a #GVirConfigDomainDiskDriver
 *
 * Returns: the cache mode; %GVIR_CONFIG_DOMAIN_DISK_CACHE_DEFAULT when unset
 */
GVirConfigDomainDiskCacheType gvir_config_domain_disk_driver_get_cache(GVirConfigDomainDiskDriver *driver);

/**
 * gvir_config_domain_disk_driver_set_name:
 * @driver: a #GVirConfigDomainDiskDriver
 * @name: the backend (`qemu`, `tap`, …); %NULL removes it
 */
void gvir_config_domain_disk_driver_set_name(GVirConfigDomainDiskDriver *driver,
                                             const char *name);

/**
 * gvir_config_domain_disk_driver_get_name:
 * @driver: a #GVirConfigDomainDiskDriver
 *
 * Returns: the backend name, or %NULL when unset
 */
const char *gvir_config_domain_disk_driver_get_name(GVirConfigDomainDiskDriver *driver);

/**
 * gvir_config_domain_disk_driver_set_error_policy:
 * @driver: a #GVirConfigDomainDiskDriver
 * @policy: what to do on I/O errors
 */
void gvir_config_domain_disk_driver_set_error_policy(GVirConfigDomainDiskDriver *driver,
                                                     GVirConfigDomainDiskDriverErrorPolicy policy);

/**
 * gvir_config_domain_disk_driver_get_error_policy:
 * @driver: a #GVirConfigDomainDiskDriver
 *
 * Returns: the error policy; %GVIR_CONFIG_DOMAIN_DISK_DRIVER_ERROR_POLICY_REPORT when unset
 */
GVirConfigDomainDiskDriverErrorPolicy gvir_config_domain_disk_driver_get_error_policy(GVirConfigDomainDiskDriver *driver);

/**
 * gvir_config_domain_disk_driver_set_format:
 * @driver: a #GVirConfigDomainDiskDriver
 * @format: the image format
 */
void gvir_config_domain_disk_driver_set_format(GVirConfigDomainDiskDriver *driver,
                                               GVirConfigDomainDiskFormat format);

/**
 * gvir_config_domain_disk_driver_get_format:
 * @driver: a #GVirConfigDomainDiskDriver
 *
 * Returns: the image format; %GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW when unset
 */
GVirConfigDomainDiskFormat gvir_config_domain_disk_driver_get_format(GVirConfigDomainDiskDriver *driver);

/**
 * gvir_config_domain_disk_driver_set_io_policy:
 * @driver: a #GVirConfigDomainDiskDriver
 * @policy: the I/O mode
 */
void gvir_config_domain_disk_driver_set_io_policy(GVirConfigDomainDiskDriver *driver,
                                                  GVirConfigDomainDiskDriverIoPolicy policy);

/**
 * gvir_config_domain_disk_driver_get_io_policy:
 * @driver: a #GVirConfigDomainDiskDriver
 *
 * Returns: the I/O mode; %GVIR_CONFIG_DOMAIN_DISK_DRIVER_IO_POLICY_THREADS when unset
 */
GVirConfigDomainDiskDriverIoPolicy gvir_config_domain_disk_driver_get_io_policy(GVirConfigDomainDiskDriver *driver);

/**
 * gvir_config_domain_disk_driver_set_copy_on_read:
 * @driver: a #GVirConfigDomainDiskDriver
 * @copy_on_read: whether blocks read from a backing file are copied into the image
 */
void gvir_config_domain_disk_driver_set_copy_on_read(GVirConfigDomainDiskDriver *driver,
                                                     gboolean copy_on_read);

/**
 * gvir_config_domain_disk_driver_get_copy_on_read:
 * @driver: a #GVirConfigDomainDiskDriver
 *
 * Returns: %TRUE when copy-on-read is on
 */
gboolean gvir_config_domain_disk_driver_get_copy_on_read(GVirConfigDomainDiskDriver *driver);

/**
 * gvir_config_domain_disk_driver_set_discard:
 * @driver: a #GVirConfigDomainDiskDriver
 * @discard: what to do with discard requests
 */
void gvir_config_domain_disk_driver_set_discard(GVirConfigDomainDiskDriver *driver,
                                                GVirConfigDomainDiskDriverDiscard discard);

/**
 * gvir_config_domain_disk_driver_get_discard:
 * @driver: a #GVirConfigDomainDiskDriver
 *
 * Returns: the discard mode; %GVIR_CONFIG_DOMAIN_DISK_DRIVER_DISCARD_IGNORE when unset
 */
GVirConfigDomainDiskDriverDiscard gvir_config_domain_disk_driver_get_discard(GVirConfigDomainDiskDriver *driver);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_DISK_DRIVER_H__ */
