/*
 * libvirt-gobject-manager.h: a set of libvirt connections
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_MANAGER_H__
#define __LIBVIRT_GOBJECT_MANAGER_H__

#include <glib-object.h>
#include <libvirt-gobject/libvirt-gobject-connection.h>

G_BEGIN_DECLS

#define GVIR_TYPE_MANAGER            (gvir_manager_get_type ())
#define GVIR_MANAGER(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_MANAGER, GVirManager))
#define GVIR_MANAGER_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_MANAGER, GVirManagerClass))
#define GVIR_IS_MANAGER(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_MANAGER))
#define GVIR_IS_MANAGER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_MANAGER))
#define GVIR_MANAGER_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_MANAGER, GVirManagerClass))

typedef struct _GVirManager GVirManager;
typedef struct _GVirManagerPrivate GVirManagerPrivate;
typedef struct _GVirManagerClass GVirManagerClass;

/**
 * GVirManager:
 *
 * A set of connections an application keeps together; it holds a reference to each.
 */
struct _GVirManager
{
    GObject parent;

    GVirManagerPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirManagerClass:
 * @parent_class: the parent class
 * @connection_added: default handler of #GVirManager::connection-added
 * @connection_removed: default handler of #GVirManager::connection-removed
 */
struct _GVirManagerClass
{
    GObjectClass parent_class;

    void (*connection_added)(GVirManager *man, GVirConnection *conn);
    void (*connection_removed)(GVirManager *man, GVirConnection *conn);

    gpointer padding[20];
};

GType gvir_manager_get_type(void);

/**
 * gvir_manager_new:
 *
 * Returns: (transfer full): a manager without connections
 */
GVirManager *gvir_manager_new(void);

/**
 * gvir_manager_add_connection:
 * @man: the manager
 * @conn: (transfer none): the connection to add; the manager takes its own reference
 *
 * Adds @conn and emits #GVirManager::connection-added.
 */
void gvir_manager_add_connection(GVirManager *man,
                                 GVirConnection *conn);

/**
 * gvir_manager_remove_connection:
 * @man: the manager
 * @conn: (transfer none): the connection to remove
 *
 * Removes @conn, emits #GVirManager::connection-removed and drops the manager's reference.
 * Nothing happens when @man does not hold @conn.
 */
void gvir_manager_remove_connection(GVirManager *man,
                                    GVirConnection *conn);

/**
 * gvir_manager_get_connections:
 * @man: the manager
 *
 * Returns: (transfer full) (element-type LibvirtGObject.Connection): the connections, in the
 *   order they were added; free with g_list_free_full() and g_object_unref()
 */
GList *gvir_manager_get_connections(GVirManager *man);

/**
 * gvir_manager_find_connection_by_uri:
 * @man: the manager
 * @uri: the URI to look for
 *
 * Returns: (transfer full) (nullable): the first connection whose URI is @uri, or %NULL
 */
GVirConnection *gvir_manager_find_connection_by_uri(GVirManager *man,
                                                    const gchar *uri);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_MANAGER_H__ */
