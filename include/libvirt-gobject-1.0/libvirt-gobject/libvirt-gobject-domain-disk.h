/*
 * libvirt-gobject-domain-disk.h: a disk of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_DOMAIN_DISK_H__
#define __LIBVIRT_GOBJECT_DOMAIN_DISK_H__

#include <libvirt-gobject/libvirt-gobject-domain-device.h>

G_BEGIN_DECLS

#define GVIR_TYPE_DOMAIN_DISK            (gvir_domain_disk_get_type ())
#define GVIR_DOMAIN_DISK(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_DOMAIN_DISK, GVirDomainDisk))
#define GVIR_DOMAIN_DISK_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_DOMAIN_DISK, GVirDomainDiskClass))
#define GVIR_IS_DOMAIN_DISK(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_DOMAIN_DISK))
#define GVIR_IS_DOMAIN_DISK_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_DOMAIN_DISK))
#define GVIR_DOMAIN_DISK_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_DOMAIN_DISK, GVirDomainDiskClass))

#define GVIR_TYPE_DOMAIN_DISK_STATS       (gvir_domain_disk_stats_get_type())

typedef struct _GVirDomainDiskStats GVirDomainDiskStats;

/**
 * GVirDomainDiskStats:
 * @rd_req: read requests
 * @rd_bytes: bytes read
 * @wr_req: write requests
 * @wr_bytes: bytes written
 * @errs: errors (what this counts depends on the hypervisor)
 *
 * A disk's I/O counters, from gvir_domain_disk_get_stats(); -1 where the hypervisor does
 * not count.
 */
struct _GVirDomainDiskStats
{
    gint64 rd_req;
    gint64 rd_bytes;
    gint64 wr_req;
    gint64 wr_bytes;
    gint64 errs;
};

typedef struct _GVirDomainDisk GVirDomainDisk;
typedef struct _GVirDomainDiskPrivate GVirDomainDiskPrivate;
typedef struct _GVirDomainDiskClass GVirDomainDiskClass;

/**
 * GVirDomainDisk:
 *
 * A disk of a domain.
 */
struct _GVirDomainDisk
{
    GVirDomainDevice parent;

    GVirDomainDiskPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirDomainDiskClass:
 * @parent_class: the parent class
 * @padding: room for later additions
 */
struct _GVirDomainDiskClass
{
    GVirDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_domain_disk_get_type(void);
GType gvir_domain_disk_stats_get_type(void);

/**
 * gvir_domain_disk_get_stats:
 * @self: the disk
 * @err: return location for a #GError, or %NULL
 *
 * Asks libvirt for the I/O counters of the disk (named by its target).
 *
 * Returns: (transfer full): the counters, or %NULL with @err set; free them with
 *   g_boxed_free()
 */
GVirDomainDiskStats *gvir_domain_disk_get_stats(GVirDomainDisk *self, GError **err);

/**
 * gvir_domain_disk_resize:
 * @self: the disk
 * @size: the new size, in KiB (in bytes with `VIR_DOMAIN_BLOCK_RESIZE_BYTES` in @flags)
 * @flags: libvirt's `virDomainBlockResizeFlags`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Grows or shrinks the disk's image while the domain runs.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_disk_resize(GVirDomainDisk *self,
                                 guint64 size,
                                 guint flags,
                                 GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_DOMAIN_DISK_H__ */
