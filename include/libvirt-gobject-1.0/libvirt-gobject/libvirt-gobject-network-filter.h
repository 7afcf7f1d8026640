/*
 * libvirt-gobject-network-filter.h: a network filter
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_NETWORK_FILTER_H__
#define __LIBVIRT_GOBJECT_NETWORK_FILTER_H__

#include <glib-object.h>
#include <libvirt-gconfig/libvirt-gconfig.h>

G_BEGIN_DECLS

#define GVIR_TYPE_NETWORK_FILTER            (gvir_network_filter_get_type ())
#define GVIR_NETWORK_FILTER(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_NETWORK_FILTER, GVirNetworkFilter))
#define GVIR_NETWORK_FILTER_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_NETWORK_FILTER, GVirNetworkFilterClass))
#define GVIR_IS_NETWORK_FILTER(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_NETWORK_FILTER))
#define GVIR_IS_NETWORK_FILTER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_NETWORK_FILTER))
#define GVIR_NETWORK_FILTER_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_NETWORK_FILTER, GVirNetworkFilterClass))

#define GVIR_TYPE_NETWORK_FILTER_HANDLE     (gvir_network_filter_handle_get_type())

typedef struct _GVirNetworkFilter GVirNetworkFilter;
typedef struct _GVirNetworkFilterPrivate GVirNetworkFilterPrivate;
typedef struct _GVirNetworkFilterClass GVirNetworkFilterClass;

/**
 * GVirNetworkFilter:
 *
 * A network filter, around the libvirt object in its "handle" property.
 */
struct _GVirNetworkFilter
{
    GObject parent;

    GVirNetworkFilterPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirNetworkFilterClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_network_filter_get_type(void);
GType gvir_network_filter_handle_get_type(void);

/**
 * gvir_network_filter_get_name:
 * @filter: the filter
 *
 * Returns: (transfer none): the filter's name, owned by @filter
 */
const gchar *gvir_network_filter_get_name(GVirNetworkFilter *filter);

/**
 * gvir_network_filter_get_uuid:
 * @filter: the filter
 *
 * Returns: (transfer none): the filter's UUID, owned by @filter
 */
const gchar *gvir_network_filter_get_uuid(GVirNetworkFilter *filter);

/**
 * gvir_network_filter_get_config:
 * @filter: the filter
 * @flags: libvirt's XML flags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the filter's configuration, or %NULL with @err set
 */
GVirConfigNetworkFilter *gvir_network_filter_get_config(GVirNetworkFilter *filter,
                                        guint flags,
                                        GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_NETWORK_FILTER_H__ */
