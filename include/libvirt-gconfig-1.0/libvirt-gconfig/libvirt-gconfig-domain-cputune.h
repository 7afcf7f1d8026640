/*
 * libvirt-gconfig-domain-cputune.h: CPU scheduling of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CPUTUNE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CPUTUNE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CPUTUNE (gvir_config_domain_cputune_get_type ())
#define GVIR_CONFIG_DOMAIN_CPUTUNE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPUTUNE, GVirConfigDomainCputune))
#define GVIR_CONFIG_DOMAIN_CPUTUNE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CPUTUNE, GVirConfigDomainCputuneClass))
#define GVIR_CONFIG_IS_DOMAIN_CPUTUNE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPUTUNE))
#define GVIR_CONFIG_IS_DOMAIN_CPUTUNE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CPUTUNE))
#define GVIR_CONFIG_DOMAIN_CPUTUNE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPUTUNE, GVirConfigDomainCputuneClass))

typedef struct _GVirConfigDomainCputune GVirConfigDomainCputune;
typedef struct _GVirConfigDomainCputunePrivate GVirConfigDomainCputunePrivate;
typedef struct _GVirConfigDomainCputuneClass GVirConfigDomainCputuneClass;

/**
 * GVirConfigDomainCputune:
 *
 * CPU scheduling of a domain (`<cputune>`): its share, bandwidth and vCPU pinning.
 */
struct _GVirConfigDomainCputune
{
    GVirConfigObject parent;

    GVirConfigDomainCputunePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainCputuneClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_cputune_get_type(void);

/**
 * gvir_config_domain_cputune_new:
 *
 * Returns: (transfer full): a new, empty `<cputune/>`
 */
GVirConfigDomainCputune *gvir_config_domain_cputune_new(void);

/**
 * gvir_config_domain_cputune_new_from_xml:
 * @xml: a `<cputune>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainCputune *gvir_config_domain_cputune_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_cputune_get_shares:
 * @cputune: a #GVirConfigDomainCputune
 *
 * Returns: the CPU time share relative to other domains (`<shares>`), 0 when unset
 */
guint64 gvir_config_domain_cputune_get_shares(GVirConfigDomainCputune *cputune);

/**
 * gvir_config_domain_cputune_set_shares:
 * @cputune: a #GVirConfigDomainCputune
 * @value: the new value
 */
void gvir_config_domain_cputune_set_shares(GVirConfigDomainCputune *cputune,
                                           guint64 value);

/**
 * gvir_config_domain_cputune_get_period:
 * @cputune: a #GVirConfigDomainCputune
 *
 * Returns: the enforcement period of each vCPU in microseconds (`<period>`), 0 when unset
 */
guint64 gvir_config_domain_cputune_get_period(GVirConfigDomainCputune *cputune);

/**
 * gvir_config_domain_cputune_set_period:
 * @cputune: a #GVirConfigDomainCputune
 * @value: the new value
 */
void gvir_config_domain_cputune_set_period(GVirConfigDomainCputune *cputune,
                                           guint64 value);

/**
 * gvir_config_domain_cputune_get_quota:
 * @cputune: a #GVirConfigDomainCputune
 *
 * Returns: the bandwidth of each vCPU per period in microseconds (`<quota>`; negative: unlimited), 0 when unset
 */
gint64 gvir_config_domain_cputune_get_quota(GVirConfigDomainCputune *cputune);

/**
 * gvir_config_domain_cputune_set_quota:
 * @cputune: a #GVirConfigDomainCputune
 * @value: the new value
 */
void gvir_config_domain_cputune_set_quota(GVirConfigDomainCputune *cputune,
                                          gint64 value);

/**
 * gvir_config_domain_get_cputune:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the domain's `<cputune>`, viewing the domain's
 * document, or %NULL
 */
GVirConfigDomainCputune *gvir_config_domain_get_cputune(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_cputune:
 * @domain: a #GVirConfigDomain
 * @cputune: (allow-none): the new `<cputune>`, or %NULL to remove it
 *
 * Replaces the domain's `<cputune>` with the element of @cputune, which moves into the
 * domain's document (after its other children).
 */
void gvir_config_domain_set_cputune(GVirConfigDomain *domain,
                                   GVirConfigDomainCputune *cputune);

/**
 * gvir_config_domain_cputune_get_vcpupin:
 * @cputune: a #GVirConfigDomainCputune
 * @vcpu: a vCPU number
 *
 * Returns: (nullable): the host CPUs @vcpu is pinned to (`<vcpupin vcpu cpuset>`), or %NULL
 */
const char *gvir_config_domain_cputune_get_vcpupin(GVirConfigDomainCputune *cputune, guint vcpu);

/**
 * gvir_config_domain_cputune_set_vcpupin:
 * @cputune: a #GVirConfigDomainCputune
 * @vcpu: a vCPU number
 * @cpuset: (allow-none): the host CPUs (`1-3,^2`), or %NULL to unpin @vcpu
 */
void gvir_config_domain_cputune_set_vcpupin(GVirConfigDomainCputune *cputune,
                                            guint vcpu,
                                            const char *cpuset);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CPUTUNE_H__ */
