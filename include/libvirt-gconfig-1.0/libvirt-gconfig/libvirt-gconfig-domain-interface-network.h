/*
 * libvirt-gconfig-domain-interface-network.h: interface on a libvirt virtual network (<interface type='network'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_NETWORK_H__
#define __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_NETWORK_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-interface.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_NETWORK (gvir_config_domain_interface_network_get_type ())
#define GVIR_CONFIG_DOMAIN_INTERFACE_NETWORK(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_NETWORK, GVirConfigDomainInterfaceNetwork))
#define GVIR_CONFIG_DOMAIN_INTERFACE_NETWORK_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_NETWORK, GVirConfigDomainInterfaceNetworkClass))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_NETWORK(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_NETWORK))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_NETWORK_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_NETWORK))
#define GVIR_CONFIG_DOMAIN_INTERFACE_NETWORK_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_NETWORK, GVirConfigDomainInterfaceNetworkClass))

typedef struct _GVirConfigDomainInterfaceNetwork GVirConfigDomainInterfaceNetwork;
typedef struct _GVirConfigDomainInterfaceNetworkPrivate GVirConfigDomainInterfaceNetworkPrivate;
typedef struct _GVirConfigDomainInterfaceNetworkClass GVirConfigDomainInterfaceNetworkClass;

/**
 * GVirConfigDomainInterfaceNetwork:
 *
 * An interface on a libvirt virtual network: `<interface type='network'>`.
 */
struct _GVirConfigDomainInterfaceNetwork
{
    GVirConfigDomainInterface parent;

    GVirConfigDomainInterfaceNetworkPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainInterfaceNetworkClass
{
    GVirConfigDomainInterfaceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_interface_network_get_type(void);

/**
 * gvir_config_domain_interface_network_new:
 *
 * Returns: (transfer full): a new `<interface type='network'/>`
 */
GVirConfigDomainInterfaceNetwork *gvir_config_domain_interface_network_new(void);

/**
 * gvir_config_domain_interface_network_new_from_xml:
 * @xml: an `<interface>` element whose type is `network`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainInterfaceNetwork *gvir_config_domain_interface_network_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_interface_network_set_source:
 * @interface: a #GVirConfigDomainInterfaceNetwork
 * @source: the name of the virtual network, or %NULL to remove it
 *
 * Sets `<source network>`.
 */
void gvir_config_domain_interface_network_set_source(GVirConfigDomainInterfaceNetwork *interface,
                                                     const char *source);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_NETWORK_H__ */
