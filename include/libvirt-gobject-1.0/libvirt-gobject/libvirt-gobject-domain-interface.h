/*
 * libvirt-gobject-domain-interface.h: a network interface of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_DOMAIN_INTERFACE_H__
#define __LIBVIRT_GOBJECT_DOMAIN_INTERFACE_H__

#include <libvirt-gobject/libvirt-gobject-domain-device.h>

G_BEGIN_DECLS

#define GVIR_TYPE_DOMAIN_INTERFACE            (gvir_domain_interface_get_type ())
#define GVIR_DOMAIN_INTERFACE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_DOMAIN_INTERFACE, GVirDomainInterface))
#define GVIR_DOMAIN_INTERFACE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_DOMAIN_INTERFACE, GVirDomainInterfaceClass))
#define GVIR_IS_DOMAIN_INTERFACE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_DOMAIN_INTERFACE))
#define GVIR_IS_DOMAIN_INTERFACE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_DOMAIN_INTERFACE))
#define GVIR_DOMAIN_INTERFACE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_DOMAIN_INTERFACE, GVirDomainInterfaceClass))

#define GVIR_TYPE_DOMAIN_INTERFACE_STATS       (gvir_domain_interface_stats_get_type())

typedef struct _GVirDomainInterfaceStats GVirDomainInterfaceStats;

/**
 * GVirDomainInterfaceStats:
 * @rx_bytes: bytes received
 * @rx_packets: packets received
 * @rx_errs: receive errors
 * @rx_drop: received packets dropped
 * @tx_bytes: bytes sent
 * @tx_packets: packets sent
 * @tx_errs: send errors
 * @tx_drop: packets dropped on sending
 *
 * An interface's traffic counters, from gvir_domain_interface_get_stats(); -1 where the
 * hypervisor does not count.
 */
struct _GVirDomainInterfaceStats
{
    gint64 rx_bytes;
    gint64 rx_packets;
    gint64 rx_errs;
    gint64 rx_drop;
    gint64 tx_bytes;
    gint64 tx_packets;
    gint64 tx_errs;
    gint64 tx_drop;
};

typedef struct _GVirDomainInterface GVirDomainInterface;
typedef struct _GVirDomainInterfacePrivate GVirDomainInterfacePrivate;
typedef struct _GVirDomainInterfaceClass GVirDomainInterfaceClass;

/**
 * GVirDomainInterface:
 *
 * A network interface of a domain.
 */
struct _GVirDomainInterface
{
    GVirDomainDevice parent;

    GVirDomainInterfacePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirDomainInterfaceClass:
 * @parent_class: the parent class
 * @padding: room for later additions
 */
struct _GVirDomainInterfaceClass
{
    GVirDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_domain_interface_get_type(void);
GType gvir_domain_interface_stats_get_type(void);

/**
 * gvir_domain_interface_get_stats:
 * @self: the interface
 * @err: return location for a #GError, or %NULL
 *
 * Asks libvirt for the traffic counters of the interface (named by its host-side device).
 * User-mode interfaces have none: that is an error.
 *
 * Returns: (transfer full): the counters, or %NULL with @err set; free them with
 *   g_boxed_free()
 */
GVirDomainInterfaceStats *gvir_domain_interface_get_stats(GVirDomainInterface *self, GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_DOMAIN_INTERFACE_H__ */
