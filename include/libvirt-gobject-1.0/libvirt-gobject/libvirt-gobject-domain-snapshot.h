/*
 * libvirt-gobject-domain-snapshot.h: a snapshot of a libvirt domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_DOMAIN_SNAPSHOT_H__
#define __LIBVIRT_GOBJECT_DOMAIN_SNAPSHOT_H__

#include <glib-object.h>
#include <gio/gio.h>
#include <libvirt-gconfig/libvirt-gconfig.h>

G_BEGIN_DECLS

#define GVIR_TYPE_DOMAIN_SNAPSHOT            (gvir_domain_snapshot_get_type ())
#define GVIR_DOMAIN_SNAPSHOT(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_DOMAIN_SNAPSHOT, GVirDomainSnapshot))
#define GVIR_DOMAIN_SNAPSHOT_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_DOMAIN_SNAPSHOT, GVirDomainSnapshotClass))
#define GVIR_IS_DOMAIN_SNAPSHOT(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_DOMAIN_SNAPSHOT))
#define GVIR_IS_DOMAIN_SNAPSHOT_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_DOMAIN_SNAPSHOT))
#define GVIR_DOMAIN_SNAPSHOT_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_DOMAIN_SNAPSHOT, GVirDomainSnapshotClass))

#define GVIR_TYPE_DOMAIN_SNAPSHOT_HANDLE     (gvir_domain_snapshot_handle_get_type())

typedef struct _GVirDomainSnapshot GVirDomainSnapshot;
typedef struct _GVirDomainSnapshotPrivate GVirDomainSnapshotPrivate;
typedef struct _GVirDomainSnapshotClass GVirDomainSnapshotClass;

/**
 * GVirDomainSnapshot:
 *
 * A snapshot of a domain, around the libvirt snapshot in its "handle" property.
 */
struct _GVirDomainSnapshot
{
    GObject parent;

    GVirDomainSnapshotPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirDomainSnapshotClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirDomainSnapshotDeleteFlags:
 * @GVIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN: delete the snapshot's descendants too
 * @GVIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY: delete only libvirt's metadata of the snapshot
 * @GVIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY: delete the descendants but keep the snapshot
 *
 * What gvir_domain_snapshot_delete() deletes.
 */
typedef enum {
  GVIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN = 1,
  GVIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY = 2,
  GVIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY = 4
} GVirDomainSnapshotDeleteFlags;

/**
 * GVirDomainSnapshotRevertFlags:
 * @GVIR_DOMAIN_SNAPSHOT_REVERT_RUNNING: leave the domain running afterwards
 * @GVIR_DOMAIN_SNAPSHOT_REVERT_PAUSED: leave the domain paused afterwards
 * @GVIR_DOMAIN_SNAPSHOT_REVERT_FORCE: revert even when it is risky
 *
 * How gvir_domain_snapshot_revert_to() reverts.
 */
typedef enum {
  GVIR_DOMAIN_SNAPSHOT_REVERT_RUNNING = 1,
  GVIR_DOMAIN_SNAPSHOT_REVERT_PAUSED = 2,
  GVIR_DOMAIN_SNAPSHOT_REVERT_FORCE = 4
} GVirDomainSnapshotRevertFlags;

GType gvir_domain_snapshot_get_type(void);
GType gvir_domain_snapshot_handle_get_type(void);

/**
 * gvir_domain_snapshot_get_name:
 * @snapshot: the snapshot
 *
 * Returns: (transfer none): the snapshot's name, owned by @snapshot
 */
const gchar *gvir_domain_snapshot_get_name(GVirDomainSnapshot *snapshot);

/**
 * gvir_domain_snapshot_get_config:
 * @snapshot: the snapshot
 * @flags: libvirt's `virDomainSnapshotXMLFlags`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the snapshot's configuration, or %NULL with @err set
 */
GVirConfigDomainSnapshot *gvir_domain_snapshot_get_config
                                (GVirDomainSnapshot *snapshot,
                                 guint flags,
                                 GError **err);

/**
 * gvir_domain_snapshot_delete:
 * @snapshot: the snapshot
 * @flags: #GVirDomainSnapshotDeleteFlags, or 0
 * @error: return location for a #GError, or %NULL
 *
 * Deletes the snapshot. Its domain lists it until the next gvir_domain_fetch_snapshots().
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean gvir_domain_snapshot_delete (GVirDomainSnapshot *snapshot,
                                      guint flags,
                                      GError **error);

/**
 * gvir_domain_snapshot_delete_async:
 * @snapshot: the snapshot
 * @flags: #GVirDomainSnapshotDeleteFlags, or 0
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Deletes the snapshot as gvir_domain_snapshot_delete() does, on a worker thread.
 */
void gvir_domain_snapshot_delete_async(GVirDomainSnapshot *snapshot,
                                       guint flags,
                                       GCancellable *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer user_data);

/**
 * gvir_domain_snapshot_delete_finish:
 * @snapshot: the snapshot
 * @res: (transfer none): the result @callback received
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean gvir_domain_snapshot_delete_finish(GVirDomainSnapshot *snapshot,
                                            GAsyncResult *res,
                                            GError **error);

/**
 * gvir_domain_snapshot_get_is_current:
 * @snapshot: the snapshot
 * @flags: none yet, pass 0
 * @is_current: (out): set to whether @snapshot is its domain's current snapshot
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success (@is_current is then set), %FALSE with @error set otherwise
 */
gboolean gvir_domain_snapshot_get_is_current(GVirDomainSnapshot *snapshot,
                                             guint flags,
                                             gboolean *is_current,
                                             GError **error);

/**
 * gvir_domain_snapshot_revert_to:
 * @snapshot: the snapshot
 * @flags: #GVirDomainSnapshotRevertFlags, or 0
 * @error: return location for a #GError, or %NULL
 *
 * Brings the domain back to the state recorded in @snapshot.
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean gvir_domain_snapshot_revert_to(GVirDomainSnapshot *snapshot,
                                        guint flags,
                                        GError **error);

/**
 * gvir_domain_snapshot_revert_to_async:
 * @snapshot: the snapshot
 * @flags: #GVirDomainSnapshotRevertFlags, or 0
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Reverts as gvir_domain_snapshot_revert_to() does, on a worker thread.
 */
void gvir_domain_snapshot_revert_to_async(GVirDomainSnapshot *snapshot,
                                          guint flags,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data);

/**
 * gvir_domain_snapshot_revert_to_finish:
 * @snapshot: the snapshot
 * @result: (transfer none): the result @callback received
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean gvir_domain_snapshot_revert_to_finish(GVirDomainSnapshot *snapshot,
                                               GAsyncResult *result,
                                               GError **error);

/**
 * gvir_domain_snapshot_set_config:
 * @snapshot: the snapshot
 * @conf: the new configuration of the snapshot (its name must be the snapshot's)
 * @error: return location for a #GError, or %NULL
 *
 * Replaces the snapshot's metadata, such as its description.
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean gvir_domain_snapshot_set_config(GVirDomainSnapshot *snapshot,
                                         GVirConfigDomainSnapshot *conf,
                                         GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_DOMAIN_SNAPSHOT_H__ */
