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
#include <libvirt-gconfig/libvirt-gconfig-network-ip.h>

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

/* The accessors below are beyond libvirt-glib 4.0.0 (version node LIBVIRT_GCONFIG_RS_1.0). */

/**
 * GVirConfigNetworkForwardMode:
 * @GVIR_CONFIG_NETWORK_FORWARD_MODE_NAT: NAT to the host's network (`nat`)
 * @GVIR_CONFIG_NETWORK_FORWARD_MODE_ROUTE: routed to the host's network, without NAT (`route`)
 * @GVIR_CONFIG_NETWORK_FORWARD_MODE_OPEN: routed, with no firewall rules added by libvirt (`open`)
 * @GVIR_CONFIG_NETWORK_FORWARD_MODE_BRIDGE: a host bridge managed outside libvirt (`bridge`)
 * @GVIR_CONFIG_NETWORK_FORWARD_MODE_PASSTHROUGH: macvtap passthrough to a host device (`passthrough`)
 * @GVIR_CONFIG_NETWORK_FORWARD_MODE_PRIVATE: macvtap private mode (`private`)
 * @GVIR_CONFIG_NETWORK_FORWARD_MODE_VEPA: macvtap VEPA mode (`vepa`)
 * @GVIR_CONFIG_NETWORK_FORWARD_MODE_HOSTDEV: SR-IOV virtual functions assigned to guests (`hostdev`)
 *
 * How a network forwards traffic to the outside (the `mode` attribute of `<forward>`).
 */
typedef enum {
    GVIR_CONFIG_NETWORK_FORWARD_MODE_NAT,
    GVIR_CONFIG_NETWORK_FORWARD_MODE_ROUTE,
    GVIR_CONFIG_NETWORK_FORWARD_MODE_OPEN,
    GVIR_CONFIG_NETWORK_FORWARD_MODE_BRIDGE,
    GVIR_CONFIG_NETWORK_FORWARD_MODE_PASSTHROUGH,
    GVIR_CONFIG_NETWORK_FORWARD_MODE_PRIVATE,
    GVIR_CONFIG_NETWORK_FORWARD_MODE_VEPA,
    GVIR_CONFIG_NETWORK_FORWARD_MODE_HOSTDEV
} GVirConfigNetworkForwardMode;

/**
 * gvir_config_network_get_name:
 * @network: a #GVirConfigNetwork
 *
 * Returns: (nullable): the name of the network (`<name>`), or %NULL
 */
const gchar *gvir_config_network_get_name(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_name:
 * @network: a #GVirConfigNetwork
 * @name: (nullable): the new name, or %NULL to remove it
 */
void gvir_config_network_set_name(GVirConfigNetwork *network, const gchar *name);

/**
 * gvir_config_network_get_uuid:
 * @network: a #GVirConfigNetwork
 *
 * Returns: (nullable): the UUID of the network (`<uuid>`), or %NULL
 */
const gchar *gvir_config_network_get_uuid(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_uuid:
 * @network: a #GVirConfigNetwork
 * @uuid: (nullable): the new UUID, or %NULL to remove it (libvirt then makes one up)
 */
void gvir_config_network_set_uuid(GVirConfigNetwork *network, const gchar *uuid);

/**
 * gvir_config_network_get_bridge_name:
 * @network: a #GVirConfigNetwork
 *
 * Returns: (nullable): the host bridge device behind the network (`<bridge name='virbr0'>`), or
 *   %NULL
 */
const gchar *gvir_config_network_get_bridge_name(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_bridge_name:
 * @network: a #GVirConfigNetwork
 * @name: (nullable): the bridge device's name, or %NULL to let libvirt pick one
 *
 * Sets the name of the bridge, creating `<bridge>`; its other settings stay.
 */
void gvir_config_network_set_bridge_name(GVirConfigNetwork *network, const gchar *name);

/**
 * gvir_config_network_get_bridge_stp:
 * @network: a #GVirConfigNetwork
 *
 * Returns: whether the bridge runs the spanning tree protocol (`<bridge stp='on'>`); %FALSE when
 *   unset
 */
gboolean gvir_config_network_get_bridge_stp(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_bridge_stp:
 * @network: a #GVirConfigNetwork
 * @stp: whether the bridge runs the spanning tree protocol
 */
void gvir_config_network_set_bridge_stp(GVirConfigNetwork *network, gboolean stp);

/**
 * gvir_config_network_get_bridge_delay:
 * @network: a #GVirConfigNetwork
 *
 * Returns: the bridge's forward delay in seconds (`<bridge delay='0'>`); 0 when unset
 */
guint64 gvir_config_network_get_bridge_delay(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_bridge_delay:
 * @network: a #GVirConfigNetwork
 * @delay: the forward delay, in seconds
 */
void gvir_config_network_set_bridge_delay(GVirConfigNetwork *network, guint64 delay);

/**
 * gvir_config_network_get_forward_mode:
 * @network: a #GVirConfigNetwork
 * @mode: (out) (optional): where to store the forward mode
 *
 * How the network forwards traffic to the outside. A `<forward>` without `mode` is NAT, as
 * libvirt reads it.
 *
 * Returns: %TRUE with @mode set when the network forwards in a known mode; %FALSE, @mode left
 *   alone, when it has no `<forward>` (an isolated network) or a mode this library does not know
 */
gboolean gvir_config_network_get_forward_mode(GVirConfigNetwork *network,
                                              GVirConfigNetworkForwardMode *mode);

/**
 * gvir_config_network_set_forward_mode:
 * @network: a #GVirConfigNetwork
 * @mode: the forward mode
 *
 * Makes the network forward in @mode, creating `<forward>` (its device and other settings stay).
 */
void gvir_config_network_set_forward_mode(GVirConfigNetwork *network,
                                          GVirConfigNetworkForwardMode mode);

/**
 * gvir_config_network_remove_forward:
 * @network: a #GVirConfigNetwork
 *
 * Removes `<forward>` with everything in it: the network becomes isolated.
 */
void gvir_config_network_remove_forward(GVirConfigNetwork *network);

/**
 * gvir_config_network_get_forward_dev:
 * @network: a #GVirConfigNetwork
 *
 * Returns: (nullable): the host device traffic is forwarded through (`<forward dev='eth0'>`),
 *   or %NULL when any may be used
 */
const gchar *gvir_config_network_get_forward_dev(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_forward_dev:
 * @network: a #GVirConfigNetwork
 * @dev: (nullable): the host device, or %NULL for any
 *
 * Sets the forward device. On a network without `<forward>` this creates one, which libvirt
 * reads as NAT.
 */
void gvir_config_network_set_forward_dev(GVirConfigNetwork *network, const gchar *dev);

/**
 * gvir_config_network_get_domain_name:
 * @network: a #GVirConfigNetwork
 *
 * Returns: (nullable): the DNS domain of the network (`<domain name='example.com'>`), or %NULL
 */
const gchar *gvir_config_network_get_domain_name(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_domain_name:
 * @network: a #GVirConfigNetwork
 * @name: (nullable): the DNS domain, or %NULL to remove `<domain>`
 */
void gvir_config_network_set_domain_name(GVirConfigNetwork *network, const gchar *name);

/**
 * gvir_config_network_get_mtu:
 * @network: a #GVirConfigNetwork
 *
 * Returns: the MTU of the bridge in bytes (`<mtu size='9000'>`); 0 when unset
 */
guint gvir_config_network_get_mtu(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_mtu:
 * @network: a #GVirConfigNetwork
 * @size: the MTU in bytes, or 0 to remove `<mtu>` (libvirt's default)
 */
void gvir_config_network_set_mtu(GVirConfigNetwork *network, guint size);

/**
 * gvir_config_network_get_mac_address:
 * @network: a #GVirConfigNetwork
 *
 * Returns: (nullable): the MAC address of the bridge (`<mac address='…'>`), or %NULL
 */
const gchar *gvir_config_network_get_mac_address(GVirConfigNetwork *network);

/**
 * gvir_config_network_set_mac_address:
 * @network: a #GVirConfigNetwork
 * @address: (nullable): the MAC address, or %NULL to remove `<mac>` (libvirt then makes one up)
 */
void gvir_config_network_set_mac_address(GVirConfigNetwork *network, const gchar *address);

/**
 * gvir_config_network_get_ips:
 * @network: a #GVirConfigNetwork
 *
 * Returns: (element-type LibvirtGConfig.NetworkIp) (transfer full): the network's addresses
 *   (`<ip>`) in order, as views of its document; unref each one and free the list
 */
GList *gvir_config_network_get_ips(GVirConfigNetwork *network);

/**
 * gvir_config_network_add_ip:
 * @network: a #GVirConfigNetwork
 * @ip: the address to append
 *
 * Appends @ip; its element moves into the document of @network, so later changes made through
 * @ip change @network.
 */
void gvir_config_network_add_ip(GVirConfigNetwork *network, GVirConfigNetworkIp *ip);

/**
 * gvir_config_network_remove_ip:
 * @network: a #GVirConfigNetwork
 * @ip: one of the addresses of @network
 *
 * Removes @ip from @network; an @ip that is not one of its addresses is left alone.
 */
void gvir_config_network_remove_ip(GVirConfigNetwork *network, GVirConfigNetworkIp *ip);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_NETWORK_H__ */
