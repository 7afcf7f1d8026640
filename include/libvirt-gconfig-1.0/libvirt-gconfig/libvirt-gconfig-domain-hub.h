/*
 * libvirt-gconfig-domain-hub.h: hub devices of a domain (<hub>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_HUB_H__
#define __LIBVIRT_GCONFIG_DOMAIN_HUB_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_HUB (gvir_config_domain_hub_get_type ())
#define GVIR_CONFIG_DOMAIN_HUB(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_HUB, GVirConfigDomainHub))
#define GVIR_CONFIG_DOMAIN_HUB_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_HUB, GVirConfigDomainHubClass))
#define GVIR_CONFIG_IS_DOMAIN_HUB(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_HUB))
#define GVIR_CONFIG_IS_DOMAIN_HUB_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_HUB))
#define GVIR_CONFIG_DOMAIN_HUB_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_HUB, GVirConfigDomainHubClass))

typedef struct _GVirConfigDomainHub GVirConfigDomainHub;
typedef struct _GVirConfigDomainHubPrivate GVirConfigDomainHubPrivate;
typedef struct _GVirConfigDomainHubClass GVirConfigDomainHubClass;

/**
 * GVirConfigDomainHub:
 *
 * A hub that gives a bus more ports (`<hub>`).
 */
struct _GVirConfigDomainHub
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainHubPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainHubClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_hub_get_type(void);

/**
 * GVirConfigDomainHubType:
 * @GVIR_CONFIG_DOMAIN_HUB_TYPE_USB: a USB hub (`usb`)
 *
 * Buses of hubs (the `type` attribute of `<hub>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_HUB_TYPE_USB
} GVirConfigDomainHubType;

/**
 * gvir_config_domain_hub_new:
 *
 * Returns: (transfer full): a new `<hub type='usb'/>`
 */
GVirConfigDomainHub *gvir_config_domain_hub_new(void);

/**
 * gvir_config_domain_hub_new_from_xml:
 * @xml: a `<hub>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainHub *gvir_config_domain_hub_new_from_xml(const gchar *xml,
                                                         GError **error);

/**
 * gvir_config_domain_hub_get_hub_type:
 * @hub: a #GVirConfigDomainHub
 *
 * Returns: the bus of the hub (%GVIR_CONFIG_DOMAIN_HUB_TYPE_USB when unset or unknown)
 */
GVirConfigDomainHubType gvir_config_domain_hub_get_hub_type(GVirConfigDomainHub *hub);

/**
 * gvir_config_domain_hub_set_hub_type:
 * @hub: a #GVirConfigDomainHub
 * @hub_type: the new value
 *
 * Sets the `type` attribute.
 */
void gvir_config_domain_hub_set_hub_type(GVirConfigDomainHub *hub,
                                         GVirConfigDomainHubType hub_type);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_HUB_H__ */
