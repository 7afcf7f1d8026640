/*
 * libvirt-gconfig-domain-chardev-source.h: the host side of a character device
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE            (gvir_config_domain_chardev_source_get_type ())
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE, GVirConfigDomainChardevSource))
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE, GVirConfigDomainChardevSourceClass))
#define GVIR_CONFIG_IS_DOMAIN_CHARDEV_SOURCE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE))
#define GVIR_CONFIG_IS_DOMAIN_CHARDEV_SOURCE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE))
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE, GVirConfigDomainChardevSourceClass))

typedef struct _GVirConfigDomainChardevSource GVirConfigDomainChardevSource;
typedef struct _GVirConfigDomainChardevSourcePrivate GVirConfigDomainChardevSourcePrivate;
typedef struct _GVirConfigDomainChardevSourceClass GVirConfigDomainChardevSourceClass;

/**
 * GVirConfigDomainChardevSource:
 *
 * The host side of a character device: the `type` attribute of the device element and the
 * elements that come with it, such as `<source>`. A source made on its own is a placeholder
 * element that gvir_config_domain_chardev_set_source() copies into a device.
 *
 * A source of a type no subclass covers (`file`, `tcp`, `udp`, ...) is a plain
 * #GVirConfigDomainChardevSource, so it can still be read and moved.
 */
struct _GVirConfigDomainChardevSource
{
    GVirConfigObject parent;

    GVirConfigDomainChardevSourcePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainChardevSourceClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_chardev_source_get_type(void);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_H__ */
