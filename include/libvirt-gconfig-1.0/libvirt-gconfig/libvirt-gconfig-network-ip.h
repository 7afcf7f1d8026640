/*
 * libvirt-gconfig-network-ip.h: an address of a virtual network (<ip>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_NETWORK_IP_H__
#define __LIBVIRT_GCONFIG_NETWORK_IP_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-network-dhcp-range.h>
#include <libvirt-gconfig/libvirt-gconfig-network-dhcp-host.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_NETWORK_IP (gvir_config_network_ip_get_type ())
#define GVIR_CONFIG_NETWORK_IP(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_NETWORK_IP, GVirConfigNetworkIp))
#define GVIR_CONFIG_NETWORK_IP_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_NETWORK_IP, GVirConfigNetworkIpClass))
#define GVIR_CONFIG_IS_NETWORK_IP(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_NETWORK_IP))
#define GVIR_CONFIG_IS_NETWORK_IP_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_NETWORK_IP))
#define GVIR_CONFIG_NETWORK_IP_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_NETWORK_IP, GVirConfigNetworkIpClass))

typedef struct _GVirConfigNetworkIp GVirConfigNetworkIp;
typedef struct _GVirConfigNetworkIpPrivate GVirConfigNetworkIpPrivate;
typedef struct _GVirConfigNetworkIpClass GVirConfigNetworkIpClass;

/**
 * GVirConfigNetworkIp:
 *
 * An address of a virtual network on the host (`<ip address='192.168.122.1'
 * netmask='255.255.255.0'>`), and the DHCP server libvirt runs on it. Beyond libvirt-glib 4.0.0.
 */
struct _GVirConfigNetworkIp
{
    GVirConfigObject parent;

    GVirConfigNetworkIpPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigNetworkIpClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_network_ip_get_type(void);

/**
 * gvir_config_network_ip_new:
 *
 * Returns: (transfer full): a new, empty `<ip/>`
 */
GVirConfigNetworkIp *gvir_config_network_ip_new(void);

/**
 * gvir_config_network_ip_new_from_xml:
 * @xml: a `<ip>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigNetworkIp *gvir_config_network_ip_new_from_xml(const gchar *xml, GError **error);

/**
 * GVirConfigNetworkIpFamily:
 * @GVIR_CONFIG_NETWORK_IP_FAMILY_IPV4: IPv4 (`ipv4`)
 * @GVIR_CONFIG_NETWORK_IP_FAMILY_IPV6: IPv6 (`ipv6`)
 *
 * The address family of a network's `<ip>` (its `family` attribute).
 */
typedef enum {
    GVIR_CONFIG_NETWORK_IP_FAMILY_IPV4,
    GVIR_CONFIG_NETWORK_IP_FAMILY_IPV6
} GVirConfigNetworkIpFamily;

/**
 * gvir_config_network_ip_get_address:
 * @ip: a #GVirConfigNetworkIp
 *
 * Returns: (nullable): the host's address on the network, or %NULL
 */
const gchar *gvir_config_network_ip_get_address(GVirConfigNetworkIp *ip);

/**
 * gvir_config_network_ip_set_address:
 * @ip: a #GVirConfigNetworkIp
 * @address: (nullable): the address, or %NULL to remove it
 */
void gvir_config_network_ip_set_address(GVirConfigNetworkIp *ip, const gchar *address);

/**
 * gvir_config_network_ip_get_netmask:
 * @ip: a #GVirConfigNetworkIp
 *
 * Returns: (nullable): the IPv4 netmask (`netmask='255.255.255.0'`), or %NULL when the prefix is
 *   not written that way
 */
const gchar *gvir_config_network_ip_get_netmask(GVirConfigNetworkIp *ip);

/**
 * gvir_config_network_ip_set_netmask:
 * @ip: a #GVirConfigNetworkIp
 * @netmask: (nullable): the netmask, or %NULL to remove it
 *
 * Sets the netmask; it replaces any prefix length (an `<ip>` has one or the other).
 */
void gvir_config_network_ip_set_netmask(GVirConfigNetworkIp *ip, const gchar *netmask);

/**
 * gvir_config_network_ip_get_prefix:
 * @ip: a #GVirConfigNetworkIp
 *
 * Returns: the length of the network prefix (`prefix='24'`); 0 when not written that way
 */
guint gvir_config_network_ip_get_prefix(GVirConfigNetworkIp *ip);

/**
 * gvir_config_network_ip_set_prefix:
 * @ip: a #GVirConfigNetworkIp
 * @prefix: the prefix length, or 0 to remove it
 *
 * Sets the prefix length; it replaces any netmask.
 */
void gvir_config_network_ip_set_prefix(GVirConfigNetworkIp *ip, guint prefix);

/**
 * gvir_config_network_ip_get_family:
 * @ip: a #GVirConfigNetworkIp
 *
 * Returns: the address family as libvirt decides it: the `family` attribute when set, otherwise
 *   IPv6 for an address with a colon and IPv4 for any other
 */
GVirConfigNetworkIpFamily gvir_config_network_ip_get_family(GVirConfigNetworkIp *ip);

/**
 * gvir_config_network_ip_set_family:
 * @ip: a #GVirConfigNetworkIp
 * @family: the address family
 */
void gvir_config_network_ip_set_family(GVirConfigNetworkIp *ip, GVirConfigNetworkIpFamily family);

/**
 * gvir_config_network_ip_get_dhcp_ranges:
 * @ip: a #GVirConfigNetworkIp
 *
 * Returns: (element-type LibvirtGConfig.NetworkDhcpRange) (transfer full): the ranges the DHCP
 *   server hands addresses out of (`<dhcp><range>`), in order; unref each one and free the list
 */
GList *gvir_config_network_ip_get_dhcp_ranges(GVirConfigNetworkIp *ip);

/**
 * gvir_config_network_ip_add_dhcp_range:
 * @ip: a #GVirConfigNetworkIp
 * @range: the range to append
 *
 * Appends @range to `<dhcp>` (created when missing); its element moves into the document of @ip.
 */
void gvir_config_network_ip_add_dhcp_range(GVirConfigNetworkIp *ip, GVirConfigNetworkDhcpRange *range);

/**
 * gvir_config_network_ip_get_dhcp_hosts:
 * @ip: a #GVirConfigNetworkIp
 *
 * Returns: (element-type LibvirtGConfig.NetworkDhcpHost) (transfer full): the hosts the DHCP
 *   server gives fixed addresses to (`<dhcp><host>`), in order; unref each one and free the list
 */
GList *gvir_config_network_ip_get_dhcp_hosts(GVirConfigNetworkIp *ip);

/**
 * gvir_config_network_ip_add_dhcp_host:
 * @ip: a #GVirConfigNetworkIp
 * @host: the host to append
 *
 * Appends @host to `<dhcp>` (created when missing); its element moves into the document of @ip.
 */
void gvir_config_network_ip_add_dhcp_host(GVirConfigNetworkIp *ip, GVirConfigNetworkDhcpHost *host);

/**
 * gvir_config_network_ip_remove_dhcp:
 * @ip: a #GVirConfigNetworkIp
 *
 * Removes `<dhcp>` with its ranges and hosts: no DHCP server on this address.
 */
void gvir_config_network_ip_remove_dhcp(GVirConfigNetworkIp *ip);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_NETWORK_IP_H__ */
