/*
 * libvirt-gconfig-network-dhcp-range.h: a range of addresses of a network's DHCP server (<range>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_NETWORK_DHCP_RANGE_H__
#define __LIBVIRT_GCONFIG_NETWORK_DHCP_RANGE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_NETWORK_DHCP_RANGE (gvir_config_network_dhcp_range_get_type ())
#define GVIR_CONFIG_NETWORK_DHCP_RANGE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_NETWORK_DHCP_RANGE, GVirConfigNetworkDhcpRange))
#define GVIR_CONFIG_NETWORK_DHCP_RANGE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_NETWORK_DHCP_RANGE, GVirConfigNetworkDhcpRangeClass))
#define GVIR_CONFIG_IS_NETWORK_DHCP_RANGE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_NETWORK_DHCP_RANGE))
#define GVIR_CONFIG_IS_NETWORK_DHCP_RANGE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_NETWORK_DHCP_RANGE))
#define GVIR_CONFIG_NETWORK_DHCP_RANGE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_NETWORK_DHCP_RANGE, GVirConfigNetworkDhcpRangeClass))

typedef struct _GVirConfigNetworkDhcpRange GVirConfigNetworkDhcpRange;
typedef struct _GVirConfigNetworkDhcpRangePrivate GVirConfigNetworkDhcpRangePrivate;
typedef struct _GVirConfigNetworkDhcpRangeClass GVirConfigNetworkDhcpRangeClass;

/**
 * GVirConfigNetworkDhcpRange:
 *
 * Addresses the DHCP server of a network hands out, from `start` to `end` inclusive (`<range>`
 * under `<ip><dhcp>`). Beyond libvirt-glib 4.0.0.
 */
struct _GVirConfigNetworkDhcpRange
{
    GVirConfigObject parent;

    GVirConfigNetworkDhcpRangePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigNetworkDhcpRangeClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_network_dhcp_range_get_type(void);

/**
 * gvir_config_network_dhcp_range_new:
 *
 * Returns: (transfer full): a new, empty `<range/>`
 */
GVirConfigNetworkDhcpRange *gvir_config_network_dhcp_range_new(void);

/**
 * gvir_config_network_dhcp_range_new_from_xml:
 * @xml: a `<range>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigNetworkDhcpRange *gvir_config_network_dhcp_range_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_network_dhcp_range_get_start:
 * @range: a #GVirConfigNetworkDhcpRange
 *
 * Returns: (nullable): the first address of the range, or %NULL
 */
const gchar *gvir_config_network_dhcp_range_get_start(GVirConfigNetworkDhcpRange *range);

/**
 * gvir_config_network_dhcp_range_set_start:
 * @range: a #GVirConfigNetworkDhcpRange
 * @start: (nullable): the first address, or %NULL to remove it
 */
void gvir_config_network_dhcp_range_set_start(GVirConfigNetworkDhcpRange *range, const gchar *start);

/**
 * gvir_config_network_dhcp_range_get_end:
 * @range: a #GVirConfigNetworkDhcpRange
 *
 * Returns: (nullable): the last address of the range, or %NULL
 */
const gchar *gvir_config_network_dhcp_range_get_end(GVirConfigNetworkDhcpRange *range);

/**
 * gvir_config_network_dhcp_range_set_end:
 * @range: a #GVirConfigNetworkDhcpRange
 * @end: (nullable): the last address, or %NULL to remove it
 */
void gvir_config_network_dhcp_range_set_end(GVirConfigNetworkDhcpRange *range, const gchar *end);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_NETWORK_DHCP_RANGE_H__ */
