/*
 * libvirt-gobject-storage-pool.h: a libvirt storage pool and its volumes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_STORAGE_POOL_H__
#define __LIBVIRT_GOBJECT_STORAGE_POOL_H__

#include <gio/gio.h>
#include <libvirt/libvirt.h>
#include <libvirt-gconfig/libvirt-gconfig.h>
#include <libvirt-gobject/libvirt-gobject-storage-vol.h>

G_BEGIN_DECLS

#define GVIR_TYPE_STORAGE_POOL            (gvir_storage_pool_get_type ())
#define GVIR_STORAGE_POOL(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_STORAGE_POOL, GVirStoragePool))
#define GVIR_STORAGE_POOL_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_STORAGE_POOL, GVirStoragePoolClass))
#define GVIR_IS_STORAGE_POOL(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_STORAGE_POOL))
#define GVIR_IS_STORAGE_POOL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_STORAGE_POOL))
#define GVIR_STORAGE_POOL_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_STORAGE_POOL, GVirStoragePoolClass))

#define GVIR_TYPE_STORAGE_POOL_INFO       (gvir_storage_pool_info_get_type())
#define GVIR_TYPE_STORAGE_POOL_HANDLE     (gvir_storage_pool_handle_get_type())

typedef struct _GVirStoragePool GVirStoragePool;
typedef struct _GVirStoragePoolPrivate GVirStoragePoolPrivate;
typedef struct _GVirStoragePoolClass GVirStoragePoolClass;

/**
 * GVirStoragePool:
 *
 * A libvirt storage pool, with the volumes its last refresh found.
 */
struct _GVirStoragePool
{
    GObject parent;

    GVirStoragePoolPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirStoragePoolClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirStoragePoolState:
 * @GVIR_STORAGE_POOL_STATE_INACTIVE: not running
 * @GVIR_STORAGE_POOL_STATE_BUILDING: being built, not usable yet
 * @GVIR_STORAGE_POOL_STATE_RUNNING: running
 * @GVIR_STORAGE_POOL_STATE_DEGRADED: running, degraded
 * @GVIR_STORAGE_POOL_STATE_INACCESSIBLE: running, but not reachable
 *
 * The state of a storage pool.
 */
typedef enum {
    GVIR_STORAGE_POOL_STATE_INACTIVE     = 0,
    GVIR_STORAGE_POOL_STATE_BUILDING     = 1,
    GVIR_STORAGE_POOL_STATE_RUNNING      = 2,
    GVIR_STORAGE_POOL_STATE_DEGRADED     = 3,
    GVIR_STORAGE_POOL_STATE_INACCESSIBLE = 4,
} GVirStoragePoolState;

typedef struct _GVirStoragePoolInfo GVirStoragePoolInfo;

/**
 * GVirStoragePoolInfo:
 * @state: the pool's state
 * @capacity: its size, in bytes
 * @allocation: the bytes allocated
 * @available: the bytes free
 *
 * A storage pool's state and sizes, from gvir_storage_pool_get_info().
 */
struct _GVirStoragePoolInfo
{
    GVirStoragePoolState state;
    guint64 capacity;
    guint64 allocation;
    guint64 available;
};

GType gvir_storage_pool_get_type(void);
GType gvir_storage_pool_info_get_type(void);
GType gvir_storage_pool_handle_get_type(void);

/**
 * gvir_storage_pool_get_name:
 * @pool: the pool
 *
 * Returns: (transfer none): the pool's name, owned by @pool
 */
const gchar *gvir_storage_pool_get_name(GVirStoragePool *pool);

/**
 * gvir_storage_pool_get_uuid:
 * @pool: the pool
 *
 * Returns: (transfer none): the pool's UUID in its text form, owned by @pool
 */
const gchar *gvir_storage_pool_get_uuid(GVirStoragePool *pool);

/**
 * gvir_storage_pool_get_active:
 * @pool: the pool
 *
 * Returns: whether the pool is running
 */
gboolean gvir_storage_pool_get_active(GVirStoragePool *pool);

/**
 * gvir_storage_pool_get_persistent:
 * @pool: the pool
 *
 * Returns: whether the pool has a persistent definition
 */
gboolean gvir_storage_pool_get_persistent(GVirStoragePool *pool);

/**
 * gvir_storage_pool_get_config:
 * @pool: the pool
 * @flags: libvirt's XML flags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the pool's configuration, or %NULL with @err set
 */
GVirConfigStoragePool *gvir_storage_pool_get_config(GVirStoragePool *pool,
                                                    guint flags,
                                                    GError **err);

/**
 * gvir_storage_pool_get_info:
 * @pool: the pool
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the pool's state and sizes (free with g_boxed_free()), or %NULL
 *   with @err set
 */
GVirStoragePoolInfo *gvir_storage_pool_get_info(GVirStoragePool *pool,
                                                GError **err);

/**
 * gvir_storage_pool_refresh:
 * @pool: the pool
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Lists the pool's volumes (see gvir_storage_pool_get_volumes()); volumes already known keep
 * their objects.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_refresh(GVirStoragePool *pool,
                                   GCancellable *cancellable,
                                   GError **err);

/**
 * gvir_storage_pool_refresh_async:
 * @pool: the pool
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_storage_pool_refresh() on a worker thread.
 */
void gvir_storage_pool_refresh_async(GVirStoragePool *pool,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);

/**
 * gvir_storage_pool_refresh_finish:
 * @pool: the pool
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_refresh_finish(GVirStoragePool *pool,
                                          GAsyncResult *result,
                                          GError **err);

/**
 * gvir_storage_pool_get_volumes:
 * @pool: the pool
 *
 * Returns: (element-type LibvirtGObject.StorageVol) (transfer full): the volumes the last
 *   refresh found; free with g_list_free_full() and g_object_unref()
 */
GList *gvir_storage_pool_get_volumes(GVirStoragePool *pool);

/**
 * gvir_storage_pool_get_volume:
 * @pool: the pool
 * @name: the volume's name
 *
 * Returns: (transfer full): the volume called @name, or %NULL
 */
GVirStorageVol *gvir_storage_pool_get_volume(GVirStoragePool *pool,
                                             const gchar *name);

/**
 * gvir_storage_pool_create_volume:
 * @pool: the pool
 * @conf: the configuration of the new volume
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the new volume, or %NULL with @err set
 */
GVirStorageVol *gvir_storage_pool_create_volume
                                (GVirStoragePool *pool,
                                 GVirConfigStorageVol *conf,
                                 GError **err);

/**
 * gvir_storage_pool_build:
 * @pool: the pool
 * @flags: libvirt's flags for the operation
 * @err: return location for a #GError, or %NULL
 *
 * Builds the pool's underlying storage.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_build(GVirStoragePool *pool,
                                     guint flags,
                                 GError **err);

/**
 * gvir_storage_pool_build_async:
 * @pool: the pool
 * @flags: libvirt's flags for the operation
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_storage_pool_build() on a worker thread.
 */
void gvir_storage_pool_build_async(GVirStoragePool *pool,
                                     guint flags,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);

/**
 * gvir_storage_pool_build_finish:
 * @pool: the pool
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_build_finish(GVirStoragePool *pool,
                                         GAsyncResult *result,
                                         GError **err);

/**
 * gvir_storage_pool_undefine:
 * @pool: the pool
 * @err: return location for a #GError, or %NULL
 *
 * Removes the pool's persistent definition.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_undefine(GVirStoragePool *pool,
                                 GError **err);

/**
 * gvir_storage_pool_undefine_async:
 * @pool: the pool
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_storage_pool_undefine() on a worker thread.
 */
void gvir_storage_pool_undefine_async(GVirStoragePool *pool,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);

/**
 * gvir_storage_pool_undefine_finish:
 * @pool: the pool
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_undefine_finish(GVirStoragePool *pool,
                                         GAsyncResult *result,
                                         GError **err);

/**
 * gvir_storage_pool_start:
 * @pool: the pool
 * @flags: libvirt's flags for the operation
 * @err: return location for a #GError, or %NULL
 *
 * Starts the pool.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_start(GVirStoragePool *pool,
                                     guint flags,
                                 GError **err);

/**
 * gvir_storage_pool_start_async:
 * @pool: the pool
 * @flags: libvirt's flags for the operation
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_storage_pool_start() on a worker thread.
 */
void gvir_storage_pool_start_async(GVirStoragePool *pool,
                                     guint flags,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);

/**
 * gvir_storage_pool_start_finish:
 * @pool: the pool
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_start_finish(GVirStoragePool *pool,
                                         GAsyncResult *result,
                                         GError **err);

/**
 * gvir_storage_pool_stop:
 * @pool: the pool
 * @err: return location for a #GError, or %NULL
 *
 * Stops the pool.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_stop(GVirStoragePool *pool,
                                 GError **err);

/**
 * gvir_storage_pool_stop_async:
 * @pool: the pool
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_storage_pool_stop() on a worker thread.
 */
void gvir_storage_pool_stop_async(GVirStoragePool *pool,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);

/**
 * gvir_storage_pool_stop_finish:
 * @pool: the pool
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_stop_finish(GVirStoragePool *pool,
                                         GAsyncResult *result,
                                         GError **err);

/**
 * gvir_storage_pool_delete:
 * @pool: the pool
 * @flags: libvirt's flags for the operation
 * @err: return location for a #GError, or %NULL
 *
 * Deletes the pool's underlying storage.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_delete(GVirStoragePool *pool,
                                     guint flags,
                                 GError **err);

/**
 * gvir_storage_pool_delete_async:
 * @pool: the pool
 * @flags: libvirt's flags for the operation
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_storage_pool_delete() on a worker thread.
 */
void gvir_storage_pool_delete_async(GVirStoragePool *pool,
                                     guint flags,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);

/**
 * gvir_storage_pool_delete_finish:
 * @pool: the pool
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_delete_finish(GVirStoragePool *pool,
                                         GAsyncResult *result,
                                         GError **err);

/**
 * gvir_storage_pool_get_autostart:
 * @pool: the pool
 * @err: return location for a #GError, or %NULL
 *
 * Returns: whether the pool starts with the host; %FALSE with @err set on failure
 */
gboolean gvir_storage_pool_get_autostart(GVirStoragePool *pool,
                                         GError **err);

/**
 * gvir_storage_pool_set_autostart:
 * @pool: the pool
 * @autostart: whether it should start with the host
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_pool_set_autostart(GVirStoragePool *pool,
                                         gboolean autostart,
                                         GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_STORAGE_POOL_H__ */
