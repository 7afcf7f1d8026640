/*
 * libvirt-gconfig-domain-chardev-source-spiceport.h: a SPICE port chardev source
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_SPICEPORT_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_SPICEPORT_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-chardev-source.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_SPICE_PORT            (gvir_config_domain_chardev_source_spiceport_get_type ())
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_SPICE_PORT(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_SPICE_PORT, GVirConfigDomainChardevSourceSpicePort))
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_SPICE_PORT_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_SPICE_PORT, GVirConfigDomainChardevSourceSpicePortClass))
#define GVIR_CONFIG_IS_DOMAIN_CHARDEV_SOURCE_SPICE_PORT(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_SPICE_PORT))
#define GVIR_CONFIG_IS_DOMAIN_CHARDEV_SOURCE_SPICE_PORT_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_SPICE_PORT))
#define GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_SPICE_PORT_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE_SPICE_PORT, GVirConfigDomainChardevSourceSpicePortClass))

typedef struct _GVirConfigDomainChardevSourceSpicePort GVirConfigDomainChardevSourceSpicePort;
typedef struct _GVirConfigDomainChardevSourceSpicePortPrivate GVirConfigDomainChardevSourceSpicePortPrivate;
typedef struct _GVirConfigDomainChardevSourceSpicePortClass GVirConfigDomainChardevSourceSpicePortClass;

/**
 * GVirConfigDomainChardevSourceSpicePort:
 *
 * A named port of the SPICE connection (`type='spiceport'`).
 */
struct _GVirConfigDomainChardevSourceSpicePort
{
    GVirConfigDomainChardevSource parent;

    GVirConfigDomainChardevSourceSpicePortPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainChardevSourceSpicePortClass
{
    GVirConfigDomainChardevSourceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_chardev_source_spiceport_get_type(void);

/**
 * gvir_config_domain_chardev_source_spiceport_new:
 *
 * Returns: (transfer full): a new spiceport source
 */
GVirConfigDomainChardevSourceSpicePort *gvir_config_domain_chardev_source_spiceport_new(void);

/**
 * gvir_config_domain_chardev_source_spiceport_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainChardevSourceSpicePort *gvir_config_domain_chardev_source_spiceport_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_chardev_source_spiceport_set_channel:
 * @port: a #GVirConfigDomainChardevSourceSpicePort
 * @channel: the name of the port, e.g. `org.qemu.console.serial.0`
 *
 * Replaces the `<source>` element with one naming @channel.
 */
void gvir_config_domain_chardev_source_spiceport_set_channel(GVirConfigDomainChardevSourceSpicePort *port,
                                                             const char *channel);

/**
 * gvir_config_domain_chardev_source_spiceport_get_channel:
 * @port: a #GVirConfigDomainChardevSourceSpicePort
 *
 * Returns: (transfer none): the name of the port, or %NULL when none is set
 */
const gchar *gvir_config_domain_chardev_source_spiceport_get_channel(GVirConfigDomainChardevSourceSpicePort *port);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CHARDEV_SOURCE_SPICEPORT_H__ */
