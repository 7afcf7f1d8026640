/*
 * libvirt-gconfig-domain-redirfilter-usbdev.h: rules of the filter of redirected USB devices (<usbdev>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_REDIRFILTER_USBDEV_H__
#define __LIBVIRT_GCONFIG_DOMAIN_REDIRFILTER_USBDEV_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER_USBDEV (gvir_config_domain_redirfilter_usbdev_get_type ())
#define GVIR_CONFIG_DOMAIN_REDIRFILTER_USBDEV(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER_USBDEV, GVirConfigDomainRedirfilterUsbdev))
#define GVIR_CONFIG_DOMAIN_REDIRFILTER_USBDEV_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER_USBDEV, GVirConfigDomainRedirfilterUsbdevClass))
#define GVIR_CONFIG_IS_DOMAIN_REDIRFILTER_USBDEV(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER_USBDEV))
#define GVIR_CONFIG_IS_DOMAIN_REDIRFILTER_USBDEV_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER_USBDEV))
#define GVIR_CONFIG_DOMAIN_REDIRFILTER_USBDEV_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER_USBDEV, GVirConfigDomainRedirfilterUsbdevClass))

typedef struct _GVirConfigDomainRedirfilterUsbdev GVirConfigDomainRedirfilterUsbdev;
typedef struct _GVirConfigDomainRedirfilterUsbdevPrivate GVirConfigDomainRedirfilterUsbdevPrivate;
typedef struct _GVirConfigDomainRedirfilterUsbdevClass GVirConfigDomainRedirfilterUsbdevClass;

/**
 * GVirConfigDomainRedirfilterUsbdev:
 *
 * One rule of a redirection filter (`<usbdev>`): devices that match every attribute set are
 * allowed or refused; an unset attribute matches any device.
 */
struct _GVirConfigDomainRedirfilterUsbdev
{
    GVirConfigObject parent;

    GVirConfigDomainRedirfilterUsbdevPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainRedirfilterUsbdevClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_redirfilter_usbdev_get_type(void);

/**
 * gvir_config_domain_redirfilter_usbdev_new:
 *
 * Returns: (transfer full): a new rule `<usbdev allow='no'/>`
 */
GVirConfigDomainRedirfilterUsbdev *gvir_config_domain_redirfilter_usbdev_new(void);

/**
 * gvir_config_domain_redirfilter_usbdev_new_from_xml:
 * @xml: a `<usbdev>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainRedirfilterUsbdev *gvir_config_domain_redirfilter_usbdev_new_from_xml(const gchar *xml,
                                                                                      GError **error);

/**
 * gvir_config_domain_redirfilter_usbdev_get_class:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 *
 * Returns: the USB class the rule matches, or -1 for any
 */
gint gvir_config_domain_redirfilter_usbdev_get_class(GVirConfigDomainRedirfilterUsbdev *usbdev);

/**
 * gvir_config_domain_redirfilter_usbdev_set_class:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 * @usb_class: the USB class to match, or -1 for any
 *
 * Sets the USB class the rule matches.
 */
void gvir_config_domain_redirfilter_usbdev_set_class(GVirConfigDomainRedirfilterUsbdev *usbdev,
                                                     gint usb_class);

/**
 * gvir_config_domain_redirfilter_usbdev_get_vendor:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 *
 * Returns: the vendor id the rule matches, or -1 for any
 */
gint gvir_config_domain_redirfilter_usbdev_get_vendor(GVirConfigDomainRedirfilterUsbdev *usbdev);

/**
 * gvir_config_domain_redirfilter_usbdev_set_vendor:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 * @vendor: the vendor id to match, or -1 for any
 *
 * Sets the vendor id the rule matches.
 */
void gvir_config_domain_redirfilter_usbdev_set_vendor(GVirConfigDomainRedirfilterUsbdev *usbdev,
                                                      gint vendor);

/**
 * gvir_config_domain_redirfilter_usbdev_get_product:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 *
 * Returns: the product id the rule matches, or -1 for any
 */
gint gvir_config_domain_redirfilter_usbdev_get_product(GVirConfigDomainRedirfilterUsbdev *usbdev);

/**
 * gvir_config_domain_redirfilter_usbdev_set_product:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 * @product: the product id to match, or -1 for any
 *
 * Sets the product id the rule matches.
 */
void gvir_config_domain_redirfilter_usbdev_set_product(GVirConfigDomainRedirfilterUsbdev *usbdev,
                                                       gint product);

/**
 * gvir_config_domain_redirfilter_usbdev_get_version:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 *
 * Returns: (nullable): the device version the rule matches (`"2.00"`), or %NULL for any
 */
const gchar *gvir_config_domain_redirfilter_usbdev_get_version(GVirConfigDomainRedirfilterUsbdev *usbdev);

/**
 * gvir_config_domain_redirfilter_usbdev_set_version:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 * @version: (nullable): the new value, or %NULL
 *
 * Sets the device version the rule matches; %NULL matches any.
 */
void gvir_config_domain_redirfilter_usbdev_set_version(GVirConfigDomainRedirfilterUsbdev *usbdev,
                                                       const gchar *version);

/**
 * gvir_config_domain_redirfilter_usbdev_get_allow:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 *
 * Returns: whether matching devices are allowed
 */
gboolean gvir_config_domain_redirfilter_usbdev_get_allow(GVirConfigDomainRedirfilterUsbdev *usbdev);

/**
 * gvir_config_domain_redirfilter_usbdev_set_allow:
 * @usbdev: a #GVirConfigDomainRedirfilterUsbdev
 * @allow: the new value
 *
 * Allows or refuses the matching devices.
 */
void gvir_config_domain_redirfilter_usbdev_set_allow(GVirConfigDomainRedirfilterUsbdev *usbdev,
                                                     gboolean allow);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_REDIRFILTER_USBDEV_H__ */
