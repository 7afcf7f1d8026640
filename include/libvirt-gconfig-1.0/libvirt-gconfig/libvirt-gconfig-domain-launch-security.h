/*
 * libvirt-gconfig-domain-launch-security.h: confidential-computing launch settings of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_LAUNCH_SECURITY_H__
#define __LIBVIRT_GCONFIG_DOMAIN_LAUNCH_SECURITY_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_LAUNCH_SECURITY (gvir_config_domain_launch_security_get_type ())
#define GVIR_CONFIG_DOMAIN_LAUNCH_SECURITY(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_LAUNCH_SECURITY, GVirConfigDomainLaunchSecurity))
#define GVIR_CONFIG_DOMAIN_LAUNCH_SECURITY_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_LAUNCH_SECURITY, GVirConfigDomainLaunchSecurityClass))
#define GVIR_CONFIG_IS_DOMAIN_LAUNCH_SECURITY(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_LAUNCH_SECURITY))
#define GVIR_CONFIG_IS_DOMAIN_LAUNCH_SECURITY_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_LAUNCH_SECURITY))
#define GVIR_CONFIG_DOMAIN_LAUNCH_SECURITY_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_LAUNCH_SECURITY, GVirConfigDomainLaunchSecurityClass))

typedef struct _GVirConfigDomainLaunchSecurity GVirConfigDomainLaunchSecurity;
typedef struct _GVirConfigDomainLaunchSecurityPrivate GVirConfigDomainLaunchSecurityPrivate;
typedef struct _GVirConfigDomainLaunchSecurityClass GVirConfigDomainLaunchSecurityClass;

/**
 * GVirConfigDomainLaunchSecurity:
 *
 * Confidential-computing launch settings of a domain (`<launchSecurity>`: `sev`, `sev-snp`, `s390-pv`, `tdx`).
 */
struct _GVirConfigDomainLaunchSecurity
{
    GVirConfigObject parent;

    GVirConfigDomainLaunchSecurityPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainLaunchSecurityClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_launch_security_get_type(void);

/**
 * gvir_config_domain_launch_security_new:
 *
 * Returns: (transfer full): a new, empty `<launchSecurity/>`
 */
GVirConfigDomainLaunchSecurity *gvir_config_domain_launch_security_new(void);

/**
 * gvir_config_domain_launch_security_new_from_xml:
 * @xml: a `<launchSecurity>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainLaunchSecurity *gvir_config_domain_launch_security_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_launch_security_get_security_type:
 * @security: a #GVirConfigDomainLaunchSecurity
 *
 * Returns: the technology (`type`: `sev`, `sev-snp`, `s390-pv`, `tdx`), or %NULL
 */
const char *gvir_config_domain_launch_security_get_security_type(GVirConfigDomainLaunchSecurity *security);

/**
 * gvir_config_domain_launch_security_set_security_type:
 * @security: a #GVirConfigDomainLaunchSecurity
 * @value: (allow-none): the new value, or %NULL to remove it
 */
void gvir_config_domain_launch_security_set_security_type(GVirConfigDomainLaunchSecurity *security,
                                                          const char *value);

/**
 * gvir_config_domain_launch_security_get_policy:
 * @security: a #GVirConfigDomainLaunchSecurity
 *
 * Returns: the guest policy (`<policy>`, written in hexadecimal), 0 when unset
 */
guint64 gvir_config_domain_launch_security_get_policy(GVirConfigDomainLaunchSecurity *security);

/**
 * gvir_config_domain_launch_security_set_policy:
 * @security: a #GVirConfigDomainLaunchSecurity
 * @value: the new value
 */
void gvir_config_domain_launch_security_set_policy(GVirConfigDomainLaunchSecurity *security,
                                                   guint64 value);

/**
 * gvir_config_domain_launch_security_get_cbitpos:
 * @security: a #GVirConfigDomainLaunchSecurity
 *
 * Returns: the position of the C-bit in page table entries (`<cbitpos>`), 0 when unset
 */
guint gvir_config_domain_launch_security_get_cbitpos(GVirConfigDomainLaunchSecurity *security);

/**
 * gvir_config_domain_launch_security_set_cbitpos:
 * @security: a #GVirConfigDomainLaunchSecurity
 * @value: the new value
 */
void gvir_config_domain_launch_security_set_cbitpos(GVirConfigDomainLaunchSecurity *security,
                                                    guint value);

/**
 * gvir_config_domain_launch_security_get_reduced_phys_bits:
 * @security: a #GVirConfigDomainLaunchSecurity
 *
 * Returns: how many physical address bits encryption costs (`<reducedPhysBits>`), 0 when unset
 */
guint gvir_config_domain_launch_security_get_reduced_phys_bits(GVirConfigDomainLaunchSecurity *security);

/**
 * gvir_config_domain_launch_security_set_reduced_phys_bits:
 * @security: a #GVirConfigDomainLaunchSecurity
 * @value: the new value
 */
void gvir_config_domain_launch_security_set_reduced_phys_bits(GVirConfigDomainLaunchSecurity *security,
                                                              guint value);

/**
 * gvir_config_domain_get_launch_security:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the domain's `<launchSecurity>`, viewing the domain's
 * document, or %NULL
 */
GVirConfigDomainLaunchSecurity *gvir_config_domain_get_launch_security(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_launch_security:
 * @domain: a #GVirConfigDomain
 * @launch_security: (allow-none): the new `<launchSecurity>`, or %NULL to remove it
 *
 * Replaces the domain's `<launchSecurity>` with the element of @launch_security, which moves into the
 * domain's document (after its other children).
 */
void gvir_config_domain_set_launch_security(GVirConfigDomain *domain,
                                           GVirConfigDomainLaunchSecurity *launch_security);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_LAUNCH_SECURITY_H__ */
