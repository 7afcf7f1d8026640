/*
 * libvirt-gconfig-domain-redirfilter.h: the filter of redirected USB devices (<redirfilter>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_REDIRFILTER_H__
#define __LIBVIRT_GCONFIG_DOMAIN_REDIRFILTER_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-redirfilter-usbdev.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER (gvir_config_domain_redirfilter_get_type ())
#define GVIR_CONFIG_DOMAIN_REDIRFILTER(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER, GVirConfigDomainRedirfilter))
#define GVIR_CONFIG_DOMAIN_REDIRFILTER_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER, GVirConfigDomainRedirfilterClass))
#define GVIR_CONFIG_IS_DOMAIN_REDIRFILTER(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER))
#define GVIR_CONFIG_IS_DOMAIN_REDIRFILTER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER))
#define GVIR_CONFIG_DOMAIN_REDIRFILTER_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_REDIRFILTER, GVirConfigDomainRedirfilterClass))

typedef struct _GVirConfigDomainRedirfilter GVirConfigDomainRedirfilter;
typedef struct _GVirConfigDomainRedirfilterPrivate GVirConfigDomainRedirfilterPrivate;
typedef struct _GVirConfigDomainRedirfilterClass GVirConfigDomainRedirfilterClass;

/**
 * GVirConfigDomainRedirfilter:
 *
 * Which client USB devices may be redirected to the guest (`<redirfilter>`): the first rule
 * that matches a device decides.
 */
struct _GVirConfigDomainRedirfilter
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainRedirfilterPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainRedirfilterClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_redirfilter_get_type(void);

/**
 * gvir_config_domain_redirfilter_new:
 *
 * Returns: (transfer full): a new `<redirfilter/>` without rules
 */
GVirConfigDomainRedirfilter *gvir_config_domain_redirfilter_new(void);

/**
 * gvir_config_domain_redirfilter_new_from_xml:
 * @xml: a `<redirfilter>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainRedirfilter *gvir_config_domain_redirfilter_new_from_xml(const gchar *xml,
                                                                         GError **error);

/**
 * gvir_config_domain_redirfilter_add_usbdev:
 * @redirfilter: a #GVirConfigDomainRedirfilter
 * @usbdev: the rule to append
 *
 * Appends the rule @usbdev; its element moves into the document of @redirfilter.
 */
void gvir_config_domain_redirfilter_add_usbdev(GVirConfigDomainRedirfilter *redirfilter,
                                               GVirConfigDomainRedirfilterUsbdev *usbdev);

/**
 * gvir_config_domain_redirfilter_get_usbdevs:
 * @redirfilter: a #GVirConfigDomainRedirfilter
 *
 * Returns: (element-type LibvirtGConfig.DomainRedirfilterUsbdev) (transfer full):
 *   the rules, in order; unref each one and free the list
 */
GList *gvir_config_domain_redirfilter_get_usbdevs(GVirConfigDomainRedirfilter *redirfilter);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_REDIRFILTER_H__ */
