/*
 * libvirt-gobject-storage-figures.h: how large volumes can grow (libvirt-glib-rs addition)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_STORAGE_FIGURES_H__
#define __LIBVIRT_GOBJECT_STORAGE_FIGURES_H__

#include <gio/gio.h>
#include <libvirt-gobject/libvirt-gobject-storage-vol.h>
#include <libvirt-gobject/libvirt-gobject-storage-pool.h>

G_BEGIN_DECLS

#define GVIR_TYPE_STORAGE_VOL_FIGURES       (gvir_storage_vol_figures_get_type())
#define GVIR_TYPE_STORAGE_POOL_COMMITMENT   (gvir_storage_pool_commitment_get_type())

typedef struct _GVirStorageVolFigures GVirStorageVolFigures;

/**
 * GVirStorageVolFigures:
 * @capacity: the virtual size (what the guest sees), in bytes
 * @length: the physical size (the length of the file), in bytes
 * @allocation: the bytes of storage in use (less than @length for a sparse file)
 * @commitment: the most @length can grow to, in bytes, or -1 when there is no bound
 *   (a qcow2 image with internal snapshots)
 * @from_header: %TRUE if @commitment was computed from the qcow2 header read from the
 *   file; %FALSE if it was derived from @capacity: exact for a raw file, an estimate for a
 *   qcow2 image that cannot be read (remote connection, missing file)
 * @external_data: %TRUE if the qcow2 image keeps its data in an external data file:
 *   @commitment covers this file's metadata only
 * @bitmaps_not_counted: %TRUE if the qcow2 image holds persistent dirty bitmaps, whose
 *   clusters @commitment does not count
 * @refcount_table_moves: %TRUE if QEMU will have to move the qcow2 image's refcount table
 *   to reach @commitment, and can then leave the file slightly longer (small clusters only)
 *
 * A volume's sizes, from gvir_storage_vol_get_figures().
 *
 * Since: 5.0
 */
struct _GVirStorageVolFigures
{
    guint64 capacity;
    guint64 length;
    guint64 allocation;
    gint64 commitment;
    gboolean from_header;
    gboolean external_data;
    gboolean bitmaps_not_counted;
    gboolean refcount_table_moves;
};

typedef struct _GVirStoragePoolCommitment GVirStoragePoolCommitment;

/**
 * GVirStoragePoolCommitment:
 * @capacity: the pool's size, in bytes
 * @allocation: the pool's allocated bytes
 * @available: the pool's free bytes
 * @volumes: the number of volumes counted
 * @unbounded: how many of them have no bound
 * @commitment: the sum of the volumes' commitments, or -1 if any is unbounded
 * @growth: the sum of what the volumes may still claim (commitment minus allocation,
 *   each), or -1 if any is unbounded
 * @overcommitted: %TRUE if the volumes can claim more than @available
 *
 * What a pool's volumes may claim against its free space, from
 * gvir_storage_pool_get_commitment().
 *
 * Since: 5.0
 */
struct _GVirStoragePoolCommitment
{
    guint64 capacity;
    guint64 allocation;
    guint64 available;
    guint volumes;
    guint unbounded;
    gint64 commitment;
    gint64 growth;
    gboolean overcommitted;
};

GType gvir_storage_vol_figures_get_type(void);
GType gvir_storage_pool_commitment_get_type(void);

/**
 * gvir_storage_vol_get_figures:
 * @vol: the volume
 * @err: return location for a #GError, or %NULL
 *
 * The volume's capacity, length, allocation and commitment: the most its file can grow to.
 * For a raw file it is the capacity; for a qcow2 image on this host, it is computed from the
 * image header read from the file, as `qemu-img measure` computes its "fully allocated
 * size", and never less than the file's current length.
 *
 * Returns: (transfer full): the figures (free with g_boxed_free()), or %NULL with @err set
 *
 * Since: 5.0
 */
GVirStorageVolFigures *gvir_storage_vol_get_figures(GVirStorageVol *vol,
                                                    GError **err);

/**
 * gvir_storage_vol_get_figures_async:
 * @vol: the volume
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @callback: (scope async): called when the figures are known
 * @user_data: (closure): data for @callback
 *
 * gvir_storage_vol_get_figures() on a worker thread.
 *
 * Since: 5.0
 */
void gvir_storage_vol_get_figures_async(GVirStorageVol *vol,
                                        GCancellable *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer user_data);

/**
 * gvir_storage_vol_get_figures_finish:
 * @vol: the volume
 * @result: the #GAsyncResult passed to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the figures (free with g_boxed_free()), or %NULL with @err set
 *
 * Since: 5.0
 */
GVirStorageVolFigures *gvir_storage_vol_get_figures_finish(GVirStorageVol *vol,
                                                           GAsyncResult *result,
                                                           GError **err);

/**
 * gvir_storage_pool_get_commitment:
 * @pool: the pool
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Lists the pool's volumes again (as gvir_storage_pool_refresh() does) and adds up their
 * commitments (see gvir_storage_vol_get_figures()) against the pool's free space.
 *
 * Returns: (transfer full): the totals (free with g_boxed_free()), or %NULL with @err set
 *
 * Since: 5.0
 */
GVirStoragePoolCommitment *gvir_storage_pool_get_commitment(GVirStoragePool *pool,
                                                            GCancellable *cancellable,
                                                            GError **err);

/**
 * gvir_storage_pool_get_commitment_async:
 * @pool: the pool
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @callback: (scope async): called when the totals are known
 * @user_data: (closure): data for @callback
 *
 * gvir_storage_pool_get_commitment() on a worker thread.
 *
 * Since: 5.0
 */
void gvir_storage_pool_get_commitment_async(GVirStoragePool *pool,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data);

/**
 * gvir_storage_pool_get_commitment_finish:
 * @pool: the pool
 * @result: the #GAsyncResult passed to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the totals (free with g_boxed_free()), or %NULL with @err set
 *
 * Since: 5.0
 */
GVirStoragePoolCommitment *gvir_storage_pool_get_commitment_finish(GVirStoragePool *pool,
                                                                   GAsyncResult *result,
                                                                   GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_STORAGE_FIGURES_H__ */
