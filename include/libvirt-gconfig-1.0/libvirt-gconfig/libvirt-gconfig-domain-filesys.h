/*
 * libvirt-gconfig-domain-filesys.h: a filesystem exported to a domain (<filesystem>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_FILESYS_H__
#define __LIBVIRT_GCONFIG_DOMAIN_FILESYS_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-disk-driver.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_FILESYS            (gvir_config_domain_filesys_get_type ())
#define GVIR_CONFIG_DOMAIN_FILESYS(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_FILESYS, GVirConfigDomainFilesys))
#define GVIR_CONFIG_DOMAIN_FILESYS_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_FILESYS, GVirConfigDomainFilesysClass))
#define GVIR_CONFIG_IS_DOMAIN_FILESYS(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_FILESYS))
#define GVIR_CONFIG_IS_DOMAIN_FILESYS_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_FILESYS))
#define GVIR_CONFIG_DOMAIN_FILESYS_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_FILESYS, GVirConfigDomainFilesysClass))

typedef struct _GVirConfigDomainFilesys GVirConfigDomainFilesys;
typedef struct _GVirConfigDomainFilesysPrivate GVirConfigDomainFilesysPrivate;
typedef struct _GVirConfigDomainFilesysClass GVirConfigDomainFilesysClass;

/**
 * GVirConfigDomainFilesys:
 *
 * A `<filesystem>` device: a host directory, block device, image, template or RAM disk
 * the guest mounts.
 */
struct _GVirConfigDomainFilesys
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainFilesysPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainFilesysClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_filesys_get_type(void);

/**
 * GVirConfigDomainFilesysType:
 * @GVIR_CONFIG_DOMAIN_FILESYS_MOUNT: a host directory
 * @GVIR_CONFIG_DOMAIN_FILESYS_BLOCK: a host block device
 * @GVIR_CONFIG_DOMAIN_FILESYS_FILE: an image file
 * @GVIR_CONFIG_DOMAIN_FILESYS_TEMPLATE: an OpenVZ template
 * @GVIR_CONFIG_DOMAIN_FILESYS_RAM: a RAM disk (tmpfs)
 * @GVIR_CONFIG_DOMAIN_FILESYS_BIND: a directory bind-mounted inside the guest
 *
 * What a filesystem's source is (the `type` attribute of `<filesystem>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_FILESYS_MOUNT,
    GVIR_CONFIG_DOMAIN_FILESYS_BLOCK,
    GVIR_CONFIG_DOMAIN_FILESYS_FILE,
    GVIR_CONFIG_DOMAIN_FILESYS_TEMPLATE,
    GVIR_CONFIG_DOMAIN_FILESYS_RAM,
    GVIR_CONFIG_DOMAIN_FILESYS_BIND
} GVirConfigDomainFilesysType;

/**
 * GVirConfigDomainFilesysAccessType:
 * @GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_PASSTHROUGH: guest accesses use the guest's credentials on the host
 * @GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_MAPPED: guest credentials are stored in extended attributes
 * @GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_SQUASH: like passthrough, ignoring failures to change ownership
 *
 * How ownership and permissions of guest files map to the host (`accessmode`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_PASSTHROUGH,
    GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_MAPPED,
    GVIR_CONFIG_DOMAIN_FILESYS_ACCESS_SQUASH
} GVirConfigDomainFilesysAccessType;

/**
 * GVirConfigDomainFilesysDriverType:
 * @GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_DEFAULT: the hypervisor's default (no `type`)
 * @GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_PATH: QEMU's path-based driver
 * @GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_HANDLE: QEMU's handle-based driver
 * @GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_LOOP: a loop device (LXC)
 * @GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_NBD: a network block device (LXC)
 * @GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_PLOOP: a Parallels loop device
 *
 * Filesystem drivers (the `type` attribute of a filesystem's `<driver>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_DEFAULT,
    GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_PATH,
    GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_HANDLE,
    GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_LOOP,
    GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_NBD,
    GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_PLOOP
} GVirConfigDomainFilesysDriverType;

/**
 * gvir_config_domain_filesys_new:
 *
 * Returns: (transfer full): a new, empty `<filesystem>`
 */
GVirConfigDomainFilesys *gvir_config_domain_filesys_new(void);

/**
 * gvir_config_domain_filesys_new_from_xml:
 * @xml: a `<filesystem>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed filesystem, or %NULL with @error set
 */
GVirConfigDomainFilesys *gvir_config_domain_filesys_new_from_xml(const gchar *xml,
                                                                 GError **error);

/**
 * gvir_config_domain_filesys_set_type:
 * @filesys: a #GVirConfigDomainFilesys
 * @type: what the source is
 *
 * Sets the filesystem type; set it before the source, whose attribute it decides.
 */
void gvir_config_domain_filesys_set_type(GVirConfigDomainFilesys *filesys,
                                         GVirConfigDomainFilesysType type);

/**
 * gvir_config_domain_filesys_set_access_type:
 * @filesys: a #GVirConfigDomainFilesys
 * @type: the access mode
 */
void gvir_config_domain_filesys_set_access_type(GVirConfigDomainFilesys *filesys,
                                                GVirConfigDomainFilesysAccessType type);

/**
 * gvir_config_domain_filesys_set_driver_type:
 * @filesys: a #GVirConfigDomainFilesys
 * @type: the driver; %GVIR_CONFIG_DOMAIN_FILESYS_DRIVER_DEFAULT removes the driver type
 */
void gvir_config_domain_filesys_set_driver_type(GVirConfigDomainFilesys *filesys,
                                                GVirConfigDomainFilesysDriverType type);

/**
 * gvir_config_domain_filesys_set_driver_format:
 * @filesys: a #GVirConfigDomainFilesys
 * @format: the format of the image behind the filesystem
 */
void gvir_config_domain_filesys_set_driver_format(GVirConfigDomainFilesys *filesys,
                                                  GVirConfigDomainDiskFormat format);

/**
 * gvir_config_domain_filesys_set_source:
 * @filesys: a #GVirConfigDomainFilesys
 * @source: the directory, device, file or template name, depending on the type
 *
 * Replaces `<source>` with one naming @source in the attribute the filesystem type calls
 * for. Not for RAM filesystems: see gvir_config_domain_filesys_set_ram_usage().
 */
void gvir_config_domain_filesys_set_source(GVirConfigDomainFilesys *filesys,
                                           const char *source);

/**
 * gvir_config_domain_filesys_set_ram_usage:
 * @filesys: a #GVirConfigDomainFilesys of type %GVIR_CONFIG_DOMAIN_FILESYS_RAM
 * @bytes: the size of the RAM disk, in bytes
 */
void gvir_config_domain_filesys_set_ram_usage(GVirConfigDomainFilesys *filesys,
                                              guint64 bytes);

/**
 * gvir_config_domain_filesys_set_target:
 * @filesys: a #GVirConfigDomainFilesys
 * @target: where the guest mounts the filesystem
 */
void gvir_config_domain_filesys_set_target(GVirConfigDomainFilesys *filesys,
                                           const char *target);

/**
 * gvir_config_domain_filesys_set_readonly:
 * @filesys: a #GVirConfigDomainFilesys
 * @readonly: whether the guest may only read the filesystem
 */
void gvir_config_domain_filesys_set_readonly(GVirConfigDomainFilesys *filesys,
                                             gboolean readonly);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_FILESYS_H__ */
