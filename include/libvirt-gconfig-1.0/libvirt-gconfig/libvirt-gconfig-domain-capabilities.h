/*
 * libvirt-gconfig-domain-capabilities.h: the capabilities of a hypervisor for a kind of domain (<domainCapabilities>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CAPABILITIES_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CAPABILITIES_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-capabilities-os.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES (gvir_config_domain_capabilities_get_type ())
#define GVIR_CONFIG_DOMAIN_CAPABILITIES(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES, GVirConfigDomainCapabilities))
#define GVIR_CONFIG_DOMAIN_CAPABILITIES_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES, GVirConfigDomainCapabilitiesClass))
#define GVIR_CONFIG_IS_DOMAIN_CAPABILITIES(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES))
#define GVIR_CONFIG_IS_DOMAIN_CAPABILITIES_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES))
#define GVIR_CONFIG_DOMAIN_CAPABILITIES_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES, GVirConfigDomainCapabilitiesClass))

typedef struct _GVirConfigDomainCapabilities GVirConfigDomainCapabilities;
typedef struct _GVirConfigDomainCapabilitiesPrivate GVirConfigDomainCapabilitiesPrivate;
typedef struct _GVirConfigDomainCapabilitiesClass GVirConfigDomainCapabilitiesClass;

/**
 * GVirConfigDomainCapabilities:
 *
 * What a hypervisor offers domains of one emulator, machine type and architecture: the
 * `<domainCapabilities>` document virConnectGetDomainCapabilities() returns.
 */
struct _GVirConfigDomainCapabilities
{
    GVirConfigObject parent;

    GVirConfigDomainCapabilitiesPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainCapabilitiesClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_capabilities_get_type(void);

/**
 * gvir_config_domain_capabilities_new:
 * Returns: (transfer full): a new, empty `<domainCapabilities>` document
 */
GVirConfigDomainCapabilities *gvir_config_domain_capabilities_new(void);

/**
 * gvir_config_domain_capabilities_new_from_xml:
 * @xml: a `<domainCapabilities>` document
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed domain capabilities, or %NULL with @error set
 */
GVirConfigDomainCapabilities *gvir_config_domain_capabilities_new_from_xml(const gchar *xml,
                                                                           GError **error);

/**
 * gvir_config_domain_capabilities_get_os:
 * @domain_caps: a #GVirConfigDomainCapabilities
 *
 * Returns: (transfer full): what the hypervisor supports for booting (`<os>`), or %NULL
 *   when not given
 */
GVirConfigDomainCapabilitiesOs *gvir_config_domain_capabilities_get_os(GVirConfigDomainCapabilities *domain_caps);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CAPABILITIES_H__ */
