/*
 * libvirt-gconfig-domain-interface-bridge.h: interface plugged into a bridge of the host (<interface type='bridge'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_BRIDGE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_BRIDGE_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-interface.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_BRIDGE (gvir_config_domain_interface_bridge_get_type ())
#define GVIR_CONFIG_DOMAIN_INTERFACE_BRIDGE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_BRIDGE, GVirConfigDomainInterfaceBridge))
#define GVIR_CONFIG_DOMAIN_INTERFACE_BRIDGE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_BRIDGE, GVirConfigDomainInterfaceBridgeClass))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_BRIDGE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_BRIDGE))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_BRIDGE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_BRIDGE))
#define GVIR_CONFIG_DOMAIN_INTERFACE_BRIDGE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_BRIDGE, GVirConfigDomainInterfaceBridgeClass))

typedef struct _GVirConfigDomainInterfaceBridge GVirConfigDomainInterfaceBridge;
typedef struct _GVirConfigDomainInterfaceBridgePrivate GVirConfigDomainInterfaceBridgePrivate;
typedef struct _GVirConfigDomainInterfaceBridgeClass GVirConfigDomainInterfaceBridgeClass;

/**
 * GVirConfigDomainInterfaceBridge:
 *
 * An interface plugged into a bridge of the host: `<interface type='bridge'>`.
 */
struct _GVirConfigDomainInterfaceBridge
{
    GVirConfigDomainInterface parent;

    GVirConfigDomainInterfaceBridgePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainInterfaceBridgeClass
{
    GVirConfigDomainInterfaceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_interface_bridge_get_type(void);

/**
 * gvir_config_domain_interface_bridge_new:
 *
 * Returns: (transfer full): a new `<interface type='bridge'/>`
 */
GVirConfigDomainInterfaceBridge *gvir_config_domain_interface_bridge_new(void);

/**
 * gvir_config_domain_interface_bridge_new_from_xml:
 * @xml: an `<interface>` element whose type is `bridge`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainInterfaceBridge *gvir_config_domain_interface_bridge_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_interface_bridge_set_source:
 * @interface: a #GVirConfigDomainInterfaceBridge
 * @brname: the name of the host bridge, or %NULL to remove it
 *
 * Sets `<source bridge>`.
 */
void gvir_config_domain_interface_bridge_set_source(GVirConfigDomainInterfaceBridge *interface,
                                                    const char *brname);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_BRIDGE_H__ */
