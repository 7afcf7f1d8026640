/*
 * libvirt-gconfig-network-filter.h: a libvirt network filter definition (<filter>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_NETWORK_FILTER_H__
#define __LIBVIRT_GCONFIG_NETWORK_FILTER_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_NETWORK_FILTER            (gvir_config_network_filter_get_type ())
#define GVIR_CONFIG_NETWORK_FILTER(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_NETWORK_FILTER, GVirConfigNetworkFilter))
#define GVIR_CONFIG_NETWORK_FILTER_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_NETWORK_FILTER, GVirConfigNetworkFilterClass))
#define GVIR_CONFIG_IS_NETWORK_FILTER(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_NETWORK_FILTER))
#define GVIR_CONFIG_IS_NETWORK_FILTER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_NETWORK_FILTER))
#define GVIR_CONFIG_NETWORK_FILTER_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_NETWORK_FILTER, GVirConfigNetworkFilterClass))

typedef struct _GVirConfigNetworkFilter GVirConfigNetworkFilter;
typedef struct _GVirConfigNetworkFilterPrivate GVirConfigNetworkFilterPrivate;
typedef struct _GVirConfigNetworkFilterClass GVirConfigNetworkFilterClass;

/**
 * GVirConfigNetworkFilter:
 *
 * A network filter definition: the `<filter>` document of libvirt's nwfilter driver
 * (schema `nwfilter.rng`).
 */
struct _GVirConfigNetworkFilter
{
    GVirConfigObject parent;

    GVirConfigNetworkFilterPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigNetworkFilterClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_network_filter_get_type(void);

/**
 * gvir_config_network_filter_new:
 *
 * Creates an empty `<filter>` network filter definition.
 *
 * Returns: (transfer full): a new #GVirConfigNetworkFilter
 */
GVirConfigNetworkFilter *gvir_config_network_filter_new(void);

/**
 * gvir_config_network_filter_new_from_xml:
 * @xml: the XML of a `<filter>` network filter definition
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<filter>`.
 *
 * Returns: (transfer full): the parsed network filter definition, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigNetworkFilter *gvir_config_network_filter_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_NETWORK_FILTER_H__ */
