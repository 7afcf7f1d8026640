/*
 * libvirt-gconfig-domain-chardev-source-unix.h: a UNIX socket chardev source
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_UNIX_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_UNIX_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-chardev-source.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_UNIX            (gvir_config_domain_chardev_source_unix_get_type ())
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_UNIX(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_UNIX, GVirConfigDomainChardevSourceUnix))
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_UNIX_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_UNIX, GVirConfigDomainChardevSourceUnixClass))
#define GVIR_CONFIG_IS_DOMAIN_CHARDEV_SOURCE_UNIX(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_UNIX))
#define GVIR_CONFIG_IS_DOMAIN_CHARDEV_SOURCE_UNIX_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_UNIX))
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_UNIX_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_UNIX, GVirConfigDomainChardevSourceUnixClass))

typedef struct _GVirConfigDomainChardevSourceUnix GVirConfigDomainChardevSourceUnix;
typedef struct _GVirConfigDomainChardevSourceUnixPrivate GVirConfigDomainChardevSourceUnixPrivate;
typedef struct _GVirConfigDomainChardevSourceUnixClass GVirConfigDomainChardevSourceUnixClass;

/**
 * GVirConfigDomainChardevSourceUnix:
 *
 * A UNIX domain socket on the host (`type='unix'`).
 */
struct _GVirConfigDomainChardevSourceUnix
{
    GVirConfigDomainChardevSource parent;

    GVirConfigDomainChardevSourceUnixPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainChardevSourceUnixClass
{
    GVirConfigDomainChardevSourceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_chardev_source_unix_get_type(void);

/**
 * gvir_config_domain_chardev_source_unix_new:
 *
 * Returns: (transfer full): a new UNIX socket source
 */
GVirConfigDomainChardevSourceUnix *gvir_config_domain_chardev_source_unix_new(void);

/**
 * gvir_config_domain_chardev_source_unix_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainChardevSourceUnix *gvir_config_domain_chardev_source_unix_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_UNIX_H__ */
