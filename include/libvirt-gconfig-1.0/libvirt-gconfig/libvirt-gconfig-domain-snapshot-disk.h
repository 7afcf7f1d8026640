/*
 * libvirt-gconfig-domain-snapshot-disk.h: a disk of a domain snapshot (<disk>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SNAPSHOT_DISK_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SNAPSHOT_DISK_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-disk.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-disk-driver.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT_DISK (gvir_config_domain_snapshot_disk_get_type ())
#define GVIR_CONFIG_DOMAIN_SNAPSHOT_DISK(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT_DISK, GVirConfigDomainSnapshotDisk))
#define GVIR_CONFIG_DOMAIN_SNAPSHOT_DISK_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT_DISK, GVirConfigDomainSnapshotDiskClass))
#define GVIR_CONFIG_IS_DOMAIN_SNAPSHOT_DISK(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT_DISK))
#define GVIR_CONFIG_IS_DOMAIN_SNAPSHOT_DISK_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT_DISK))
#define GVIR_CONFIG_DOMAIN_SNAPSHOT_DISK_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT_DISK, GVirConfigDomainSnapshotDiskClass))

typedef struct _GVirConfigDomainSnapshotDisk GVirConfigDomainSnapshotDisk;
typedef struct _GVirConfigDomainSnapshotDiskPrivate GVirConfigDomainSnapshotDiskPrivate;
typedef struct _GVirConfigDomainSnapshotDiskClass GVirConfigDomainSnapshotDiskClass;

/**
 * GVirConfigDomainSnapshotDisk:
 *
 * How a snapshot covers one disk of the domain (`<disk>` in a snapshot).
 */
struct _GVirConfigDomainSnapshotDisk
{
    GVirConfigObject parent;

    GVirConfigDomainSnapshotDiskPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSnapshotDiskClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_snapshot_disk_get_type(void);

/**
 * gvir_config_domain_snapshot_disk_new:
 * Returns: (transfer full): a new, empty `<disk>` element
 */
GVirConfigDomainSnapshotDisk *gvir_config_domain_snapshot_disk_new(void);

/**
 * gvir_config_domain_snapshot_disk_new_from_xml:
 * @xml: a `<disk>` element of a snapshot
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed disk, or %NULL with @error set
 */
GVirConfigDomainSnapshotDisk *gvir_config_domain_snapshot_disk_new_from_xml(const gchar *xml,
                                                                            GError **error);

/**
 * gvir_config_domain_snapshot_disk_get_name:
 * @disk: a #GVirConfigDomainSnapshotDisk
 *
 * Returns: the disk's name (its target, `vda`, or its source path), or %NULL; the
 *   string belongs to @disk
 */
const char *gvir_config_domain_snapshot_disk_get_name(GVirConfigDomainSnapshotDisk *disk);

/**
 * gvir_config_domain_snapshot_disk_set_name:
 * @disk: a #GVirConfigDomainSnapshotDisk
 * @name: the disk's target or source path; %NULL
 *   removes it
 *
 * Sets the `name` attribute, where libvirt looks for it.
 */
void gvir_config_domain_snapshot_disk_set_name(GVirConfigDomainSnapshotDisk *disk,
                                               const char *name);

/**
 * gvir_config_domain_snapshot_disk_get_snapshot_type:
 * @disk: a #GVirConfigDomainSnapshotDisk
 *
 * Returns: whether and how the disk is snapshotted;
 *   %GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO when not given
 */
GVirConfigDomainDiskSnapshotType gvir_config_domain_snapshot_disk_get_snapshot_type(GVirConfigDomainSnapshotDisk *disk);

/**
 * gvir_config_domain_snapshot_disk_set_snapshot_type:
 * @disk: a #GVirConfigDomainSnapshotDisk
 * @type: whether and how to snapshot the disk
 */
void gvir_config_domain_snapshot_disk_set_snapshot_type(GVirConfigDomainSnapshotDisk *disk,
                                                        GVirConfigDomainDiskSnapshotType type);

/**
 * gvir_config_domain_snapshot_disk_get_source_file:
 * @disk: a #GVirConfigDomainSnapshotDisk
 *
 * Returns: the file an external snapshot of the disk goes to, or %NULL; the string
 *   belongs to @disk
 */
const char *gvir_config_domain_snapshot_disk_get_source_file(GVirConfigDomainSnapshotDisk *disk);

/**
 * gvir_config_domain_snapshot_disk_set_source_file:
 * @disk: a #GVirConfigDomainSnapshotDisk
 * @filename: the file for an external snapshot;
 *   %NULL removes it
 */
void gvir_config_domain_snapshot_disk_set_source_file(GVirConfigDomainSnapshotDisk *disk,
                                                      const char *filename);

/**
 * gvir_config_domain_snapshot_disk_get_driver_format:
 * @disk: a #GVirConfigDomainSnapshotDisk
 *
 * Returns: the format of the snapshot file; %GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW when not
 *   given
 */
GVirConfigDomainDiskFormat gvir_config_domain_snapshot_disk_get_driver_format(GVirConfigDomainSnapshotDisk *disk);

/**
 * gvir_config_domain_snapshot_disk_set_driver_format:
 * @disk: a #GVirConfigDomainSnapshotDisk
 * @format: the format of the snapshot file
 */
void gvir_config_domain_snapshot_disk_set_driver_format(GVirConfigDomainSnapshotDisk *disk,
                                                        GVirConfigDomainDiskFormat format);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SNAPSHOT_DISK_H__ */
