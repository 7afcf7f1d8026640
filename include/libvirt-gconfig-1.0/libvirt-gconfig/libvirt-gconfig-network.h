/*
 * libvirt-gconfig-network.h: a libvirt virtual network definition (<network>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_NETWORK_H__
#define __LIBVIRT_GCONFIG_NETWORK_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_NETWORK            (gvir_config_network_get_type ())
#define GVIR_CONFIG_NETWORK(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_NETWORK, GVirConfigNetwork))
#define GVIR_CONFIG_NETWORK_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_NETWORK, GVirConfigNetworkClass))
#define GVIR_CONFIG_IS_NETWORK(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_NETWORK))
#define GVIR_CONFIG_IS_NETWORK_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_NETWORK))
#define GVIR_CONFIG_NETWORK_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_NETWORK, GVirConfigNetworkClass))

typedef struct _GVirConfigNetwork GVirConfigNetwork;
typedef struct _GVirConfigNetworkPrivate GVirConfigNetworkPrivate;
typedef struct _GVirConfigNetworkClass GVirConfigNetworkClass;

/**
 * GVirConfigNetwork:
 *
 * A virtual network definition: the `<network>` document of libvirt (schema
 * `network.rng`).
 */
struct _GVirConfigNetwork
{
    GVirConfigObject parent;

    GVirConfigNetworkPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigNetworkClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_network_get_type(void);

/**
 * gvir_config_network_new:
 *
 * Creates an empty `<network>` network definition.
 *
 * Returns: (transfer full): a new #GVirConfigNetwork
 */
GVirConfigNetwork *gvir_config_network_new(void);

/**
 * gvir_config_network_new_from_xml:
 * @xml: the XML of a `<network>` network definition
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<network>`.
 *
 * Returns: (transfer full): the parsed network definition, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigNetwork *gvir_config_network_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_NETWORK_H__ */
