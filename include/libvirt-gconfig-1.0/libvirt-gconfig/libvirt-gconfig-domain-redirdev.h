/*
 * libvirt-gconfig-domain-redirdev.h: a redirected device
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_REDIRDEV_H__
#define __LIBVIRT_GCONFIG_DOMAIN_REDIRDEV_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-chardev.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-address.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_REDIRDEV            (gvir_config_domain_redirdev_get_type ())
#define GVIR_CONFIG_DOMAIN_REDIRDEV(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRDEV, GVirConfigDomainRedirdev))
#define GVIR_CONFIG_DOMAIN_REDIRDEV_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_REDIRDEV, GVirConfigDomainRedirdevClass))
#define GVIR_CONFIG_IS_DOMAIN_REDIRDEV(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRDEV))
#define GVIR_CONFIG_IS_DOMAIN_REDIRDEV_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_REDIRDEV))
#define GVIR_CONFIG_DOMAIN_REDIRDEV_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRDEV, GVirConfigDomainRedirdevClass))

typedef struct _GVirConfigDomainRedirdev GVirConfigDomainRedirdev;
typedef struct _GVirConfigDomainRedirdevPrivate GVirConfigDomainRedirdevPrivate;
typedef struct _GVirConfigDomainRedirdevClass GVirConfigDomainRedirdevClass;

/**
 * GVirConfigDomainRedirdev:
 *
 * A device of the client forwarded to the guest (`<redirdev>`), such as a USB device
 * redirected over SPICE.
 */
struct _GVirConfigDomainRedirdev
{
    GVirConfigDomainChardev parent;

    GVirConfigDomainRedirdevPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainRedirdevClass
{
    GVirConfigDomainChardevClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_redirdev_get_type(void);

/**
 * GVirConfigDomainRedirdevBus:
 * @GVIR_CONFIG_DOMAIN_REDIRDEV_BUS_USB: USB
 *
 * The guest bus a redirected device is attached to.
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_REDIRDEV_BUS_USB
} GVirConfigDomainRedirdevBus;

/**
 * gvir_config_domain_redirdev_new:
 *
 * Returns: (transfer full): a new, empty redirected device (`<redirdev>`)
 */
GVirConfigDomainRedirdev *gvir_config_domain_redirdev_new(void);

/**
 * gvir_config_domain_redirdev_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainRedirdev *gvir_config_domain_redirdev_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_redirdev_set_bus:
 * @redirdev: a #GVirConfigDomainRedirdev
 * @bus: the guest bus of the device
 */
void gvir_config_domain_redirdev_set_bus(GVirConfigDomainRedirdev *redirdev,
                                         GVirConfigDomainRedirdevBus bus);

/**
 * gvir_config_domain_redirdev_set_address:
 * @redirdev: a #GVirConfigDomainRedirdev
 * @address: (allow-none): the address of the device on its guest bus, or %NULL to remove it
 *
 * The element of @address moves into @redirdev, replacing its address.
 */
void gvir_config_domain_redirdev_set_address(GVirConfigDomainRedirdev *redirdev,
                                             GVirConfigDomainAddress *address);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_REDIRDEV_H__ */
