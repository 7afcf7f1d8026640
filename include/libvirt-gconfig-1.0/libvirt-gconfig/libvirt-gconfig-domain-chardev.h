/*
 * libvirt-gconfig-domain-chardev.h: base class of character devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-chardev-source.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CHARDEV            (gvir_config_domain_chardev_get_type ())
#define GVIR_CONFIG_DOMAIN_CHARDEV(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV, GVirConfigDomainChardev))
#define GVIR_CONFIG_DOMAIN_CHARDEV_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV, GVirConfigDomainChardevClass))
#define GVIR_CONFIG_IS_DOMAIN_CHARDEV(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV))
#define GVIR_CONFIG_IS_DOMAIN_CHARDEV_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV))
#define GVIR_CONFIG_DOMAIN_CHARDEV_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV, GVirConfigDomainChardevClass))

typedef struct _GVirConfigDomainChardev GVirConfigDomainChardev;
typedef struct _GVirConfigDomainChardevPrivate GVirConfigDomainChardevPrivate;
typedef struct _GVirConfigDomainChardevClass GVirConfigDomainChardevClass;

/**
 * GVirConfigDomainChardev:
 *
 * A character device of a domain: a serial or parallel port, a console, a channel or a
 * redirected device. Its host side is a #GVirConfigDomainChardevSource.
 */
struct _GVirConfigDomainChardev
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainChardevPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainChardevClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_chardev_get_type(void);

/**
 * gvir_config_domain_chardev_set_source:
 * @chardev: a #GVirConfigDomainChardev
 * @source: the host side to connect the device to
 *
 * Connects @chardev to @source: the attributes of @source (its `type`) are copied onto the
 * device element and its elements (`<source>`, ...) move into the device, replacing those of
 * the same name. The device's own `<target>`, `<address>` and `<alias>` stay.
 */
void gvir_config_domain_chardev_set_source(GVirConfigDomainChardev *chardev,
                                           GVirConfigDomainChardevSource *source);

/**
 * gvir_config_domain_chardev_get_source:
 * @chardev: a #GVirConfigDomainChardev
 *
 * The source is a view of the device element, of the subclass its `type` calls for; types
 * with no subclass give a plain #GVirConfigDomainChardevSource.
 *
 * Returns: (transfer full): the device's source, or %NULL when the device has no `type`
 */
GVirConfigDomainChardevSource *gvir_config_domain_chardev_get_source(GVirConfigDomainChardev *chardev);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_H__ */
