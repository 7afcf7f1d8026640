/*
 * libvirt-gconfig-network-dhcp-host.h: a host the DHCP server of a network knows (<host>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_NETWORK_DHCP_HOST_H__
#define __LIBVIRT_GCONFIG_NETWORK_DHCP_HOST_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_NETWORK_DHCP_HOST (gvir_config_network_dhcp_host_get_type ())
#define GVIR_CONFIG_NETWORK_DHCP_HOST(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_NETWORK_DHCP_HOST, GVirConfigNetworkDhcpHost))
#define GVIR_CONFIG_NETWORK_DHCP_HOST_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_NETWORK_DHCP_HOST, GVirConfigNetworkDhcpHostClass))
#define GVIR_CONFIG_IS_NETWORK_DHCP_HOST(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_NETWORK_DHCP_HOST))
#define GVIR_CONFIG_IS_NETWORK_DHCP_HOST_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_NETWORK_DHCP_HOST))
#define GVIR_CONFIG_NETWORK_DHCP_HOST_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_NETWORK_DHCP_HOST, GVirConfigNetworkDhcpHostClass))

typedef struct _GVirConfigNetworkDhcpHost GVirConfigNetworkDhcpHost;
typedef struct _GVirConfigNetworkDhcpHostPrivate GVirConfigNetworkDhcpHostPrivate;
typedef struct _GVirConfigNetworkDhcpHostClass GVirConfigNetworkDhcpHostClass;

/**
 * GVirConfigNetworkDhcpHost:
 *
 * A fixed address the DHCP server of a network gives to one host, known by its MAC address or
 * its name (`<host>` under `<ip><dhcp>`). Beyond libvirt-glib 4.0.0.
 */
struct _GVirConfigNetworkDhcpHost
{
    GVirConfigObject parent;

    GVirConfigNetworkDhcpHostPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigNetworkDhcpHostClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_network_dhcp_host_get_type(void);

/**
 * gvir_config_network_dhcp_host_new:
 *
 * Returns: (transfer full): a new, empty `<host/>`
 */
GVirConfigNetworkDhcpHost *gvir_config_network_dhcp_host_new(void);

/**
 * gvir_config_network_dhcp_host_new_from_xml:
 * @xml: a `<host>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigNetworkDhcpHost *gvir_config_network_dhcp_host_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_network_dhcp_host_get_mac:
 * @host: a #GVirConfigNetworkDhcpHost
 *
 * Returns: (nullable): the MAC address the host is known by, or %NULL
 */
const gchar *gvir_config_network_dhcp_host_get_mac(GVirConfigNetworkDhcpHost *host);

/**
 * gvir_config_network_dhcp_host_set_mac:
 * @host: a #GVirConfigNetworkDhcpHost
 * @mac: (nullable): the MAC address, or %NULL to remove it
 */
void gvir_config_network_dhcp_host_set_mac(GVirConfigNetworkDhcpHost *host, const gchar *mac);

/**
 * gvir_config_network_dhcp_host_get_name:
 * @host: a #GVirConfigNetworkDhcpHost
 *
 * Returns: (nullable): the host's name, or %NULL
 */
const gchar *gvir_config_network_dhcp_host_get_name(GVirConfigNetworkDhcpHost *host);

/**
 * gvir_config_network_dhcp_host_set_name:
 * @host: a #GVirConfigNetworkDhcpHost
 * @name: (nullable): the name, or %NULL to remove it
 */
void gvir_config_network_dhcp_host_set_name(GVirConfigNetworkDhcpHost *host, const gchar *name);

/**
 * gvir_config_network_dhcp_host_get_ip:
 * @host: a #GVirConfigNetworkDhcpHost
 *
 * Returns: (nullable): the address the host gets, or %NULL
 */
const gchar *gvir_config_network_dhcp_host_get_ip(GVirConfigNetworkDhcpHost *host);

/**
 * gvir_config_network_dhcp_host_set_ip:
 * @host: a #GVirConfigNetworkDhcpHost
 * @ip: (nullable): the address, or %NULL to remove it
 */
void gvir_config_network_dhcp_host_set_ip(GVirConfigNetworkDhcpHost *host, const gchar *ip);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_NETWORK_DHCP_HOST_H__ */
