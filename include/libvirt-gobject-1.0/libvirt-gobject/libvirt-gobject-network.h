/*
 * libvirt-gobject-network.h: a libvirt virtual network
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_NETWORK_H__
#define __LIBVIRT_GOBJECT_NETWORK_H__

#include <gio/gio.h>
#include <libvirt/libvirt.h>
#include <libvirt-gconfig/libvirt-gconfig.h>
#include <libvirt-gobject/libvirt-gobject-network-dhcp-lease.h>

G_BEGIN_DECLS

#define GVIR_TYPE_NETWORK            (gvir_network_get_type ())
#define GVIR_NETWORK(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_NETWORK, GVirNetwork))
#define GVIR_NETWORK_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_NETWORK, GVirNetworkClass))
#define GVIR_IS_NETWORK(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_NETWORK))
#define GVIR_IS_NETWORK_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_NETWORK))
#define GVIR_NETWORK_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_NETWORK, GVirNetworkClass))

#define GVIR_TYPE_NETWORK_HANDLE     (gvir_network_handle_get_type())

typedef struct _GVirNetwork GVirNetwork;
typedef struct _GVirNetworkPrivate GVirNetworkPrivate;
typedef struct _GVirNetworkClass GVirNetworkClass;

/**
 * GVirNetwork:
 *
 * A libvirt virtual network.
 */
struct _GVirNetwork
{
    GObject parent;

    GVirNetworkPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirNetworkClass:
 * @parent_class: the parent class
 * @started: reserved (no signal uses it)
 * @stopped: reserved (no signal uses it)
 */
struct _GVirNetworkClass
{
    GObjectClass parent_class;

    void (*started)(GVirNetwork *net);
    void (*stopped)(GVirNetwork *net);

    gpointer padding[20];
};

GType gvir_network_get_type(void);
GType gvir_network_handle_get_type(void);

/**
 * gvir_network_get_name:
 * @network: the network
 *
 * Returns: (transfer none): the network's name, owned by @network
 */
const gchar *gvir_network_get_name(GVirNetwork *network);

/**
 * gvir_network_get_uuid:
 * @network: the network
 *
 * Returns: (transfer none): the network's UUID in its text form, owned by @network
 */
const gchar *gvir_network_get_uuid(GVirNetwork *network);

/**
 * gvir_network_get_config:
 * @network: the network
 * @flags: libvirt's XML flags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the network's configuration, or %NULL with @err set
 */
GVirConfigNetwork *gvir_network_get_config(GVirNetwork *network,
                                           guint flags,
                                           GError **err);

/**
 * gvir_network_get_dhcp_leases:
 * @network: the network
 * @mac: (allow-none): only the leases of the interface with this MAC address, or %NULL
 * @flags: none yet, pass 0
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (element-type LibvirtGObject.NetworkDHCPLease) (transfer full): the network's
 *   DHCP leases; free with g_list_free_full() and g_object_unref(). %NULL with @err set on
 *   failure
 */
GList *gvir_network_get_dhcp_leases(GVirNetwork *network,
                                    const char *mac,
                                    guint flags,
                                    GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_NETWORK_H__ */
