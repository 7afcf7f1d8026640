/*
 * libvirt-gobject-network-dhcp-lease.h: a DHCP lease of a virtual network
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_NETWORK_DHCP_LEASE_H__
#define __LIBVIRT_GOBJECT_NETWORK_DHCP_LEASE_H__

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * GVirIPAddrType:
 * @GVIR_IP_ADDR_TYPE_IPV4: an IPv4 address
 * @GVIR_IP_ADDR_TYPE_IPV6: an IPv6 address
 *
 * The kind of address of a lease (see gvir_network_dhcp_lease_get_ip_type()).
 */
typedef enum {
    GVIR_IP_ADDR_TYPE_IPV4 = 0,
    GVIR_IP_ADDR_TYPE_IPV6 = 1
} GVirIPAddrType;

#define GVIR_TYPE_NETWORK_DHCP_LEASE            (gvir_network_dhcp_lease_get_type ())
#define GVIR_NETWORK_DHCP_LEASE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_NETWORK_DHCP_LEASE, GVirNetworkDHCPLease))
#define GVIR_NETWORK_DHCP_LEASE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_NETWORK_DHCP_LEASE, GVirNetworkDHCPLeaseClass))
#define GVIR_IS_NETWORK_DHCP_LEASE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_NETWORK_DHCP_LEASE))
#define GVIR_IS_NETWORK_DHCP_LEASE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_NETWORK_DHCP_LEASE))
#define GVIR_NETWORK_DHCP_LEASE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_NETWORK_DHCP_LEASE, GVirNetworkDHCPLeaseClass))

typedef struct _GVirNetworkDHCPLease GVirNetworkDHCPLease;
typedef struct _GVirNetworkDHCPLeasePrivate GVirNetworkDHCPLeasePrivate;
typedef struct _GVirNetworkDHCPLeaseClass GVirNetworkDHCPLeaseClass;

/**
 * GVirNetworkDHCPLease:
 *
 * A DHCP lease handed out on a virtual network, as gvir_network_get_dhcp_leases() found it.
 */
struct _GVirNetworkDHCPLease
{
    GObject parent;

    GVirNetworkDHCPLeasePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirNetworkDHCPLeaseClass
{
    GObjectClass parent_class;

    gpointer padding[7];
};

GType gvir_network_dhcp_lease_get_type(void);

/**
 * gvir_network_dhcp_lease_get_iface:
 * @lease: the lease
 *
 * Returns: (transfer none): the network interface the lease was given on
 */
const gchar *gvir_network_dhcp_lease_get_iface(GVirNetworkDHCPLease *lease);

/**
 * gvir_network_dhcp_lease_get_expiry_time:
 * @lease: the lease
 *
 * Returns: when the lease expires, in seconds since the epoch
 */
gint64 gvir_network_dhcp_lease_get_expiry_time(GVirNetworkDHCPLease *lease);

/**
 * gvir_network_dhcp_lease_get_ip_type:
 * @lease: the lease
 *
 * Returns: the kind of address (libvirt's virIPAddrType: 0 for IPv4, 1 for IPv6)
 */
gint gvir_network_dhcp_lease_get_ip_type(GVirNetworkDHCPLease *lease);

/**
 * gvir_network_dhcp_lease_get_mac:
 * @lease: the lease
 *
 * Returns: (transfer none): the MAC address of the client
 */
const gchar *gvir_network_dhcp_lease_get_mac(GVirNetworkDHCPLease *lease);

/**
 * gvir_network_dhcp_lease_get_iaid:
 * @lease: the lease
 *
 * Returns: (transfer none): the IAID of the client (DHCPv6 only), or %NULL
 */
const gchar *gvir_network_dhcp_lease_get_iaid(GVirNetworkDHCPLease *lease);

/**
 * gvir_network_dhcp_lease_get_ip:
 * @lease: the lease
 *
 * Returns: (transfer none): the leased address
 */
const gchar *gvir_network_dhcp_lease_get_ip(GVirNetworkDHCPLease *lease);

/**
 * gvir_network_dhcp_lease_get_prefix:
 * @lease: the lease
 *
 * Returns: the prefix length of the address
 */
guint gvir_network_dhcp_lease_get_prefix(GVirNetworkDHCPLease *lease);

/**
 * gvir_network_dhcp_lease_get_hostname:
 * @lease: the lease
 *
 * Returns: (transfer none): the client's host name, or %NULL
 */
const gchar *gvir_network_dhcp_lease_get_hostname(GVirNetworkDHCPLease *lease);

/**
 * gvir_network_dhcp_lease_get_client_id:
 * @lease: the lease
 *
 * Returns: (transfer none): the client identifier, or %NULL
 */
const gchar *gvir_network_dhcp_lease_get_client_id(GVirNetworkDHCPLease *lease);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_NETWORK_DHCP_LEASE_H__ */
