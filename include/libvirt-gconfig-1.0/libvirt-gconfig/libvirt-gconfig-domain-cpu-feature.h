/*
 * libvirt-gconfig-domain-cpu-feature.h: a CPU feature of a domain (<feature>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CPU_FEATURE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CPU_FEATURE_H__

#include <libvirt-gconfig/libvirt-gconfig-capabilities-cpu.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-cpu-feature.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CPU_FEATURE (gvir_config_domain_cpu_feature_get_type ())
#define GVIR_CONFIG_DOMAIN_CPU_FEATURE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU_FEATURE, GVirConfigDomainCpuFeature))
#define GVIR_CONFIG_DOMAIN_CPU_FEATURE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CPU_FEATURE, GVirConfigDomainCpuFeatureClass))
#define GVIR_CONFIG_IS_DOMAIN_CPU_FEATURE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU_FEATURE))
#define GVIR_CONFIG_IS_DOMAIN_CPU_FEATURE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CPU_FEATURE))
#define GVIR_CONFIG_DOMAIN_CPU_FEATURE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU_FEATURE, GVirConfigDomainCpuFeatureClass))

typedef struct _GVirConfigDomainCpuFeature GVirConfigDomainCpuFeature;
typedef struct _GVirConfigDomainCpuFeaturePrivate GVirConfigDomainCpuFeaturePrivate;
typedef struct _GVirConfigDomainCpuFeatureClass GVirConfigDomainCpuFeatureClass;

/**
 * GVirConfigDomainCpuFeature:
 *
 * A CPU feature a domain asks for or refuses (`<feature policy='require' name='vmx'/>`).
 * The type derives from #GVirConfigCapabilitiesCpuFeature. The first member of the
 * struct is declared as a #GVirConfigCapabilitiesCpu, as libvirt-glib declares it; both
 * have the same size.
 */
struct _GVirConfigDomainCpuFeature
{
    GVirConfigCapabilitiesCpu parent;

    GVirConfigDomainCpuFeaturePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainCpuFeatureClass
{
    GVirConfigCapabilitiesCpuClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainCpuFeaturePolicy:
 * @GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORCE: the guest sees the feature even if the host CPU
 *   lacks it
 * @GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_REQUIRE: the host CPU must have the feature
 * @GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_OPTIONAL: the guest sees the feature if the host CPU
 *   has it
 * @GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_DISABLE: the guest does not see the feature
 * @GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORBID: the host CPU must not have the feature
 *
 * What libvirt does with a CPU feature (the `policy` attribute).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORCE,
    GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_REQUIRE,
    GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_OPTIONAL,
    GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_DISABLE,
    GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORBID
} GVirConfigDomainCpuFeaturePolicy;

GType gvir_config_domain_cpu_feature_get_type(void);

/**
 * gvir_config_domain_cpu_feature_new:
 * Returns: (transfer full): a new, empty `<feature>` element
 */
GVirConfigDomainCpuFeature *gvir_config_domain_cpu_feature_new(void);

/**
 * gvir_config_domain_cpu_feature_new_from_xml:
 * @xml: a `<feature>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed feature, or %NULL with @error set
 */
GVirConfigDomainCpuFeature *
gvir_config_domain_cpu_feature_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_cpu_feature_set_policy:
 * @feature: a #GVirConfigDomainCpuFeature
 * @policy: the policy
 */
void
gvir_config_domain_cpu_feature_set_policy(GVirConfigDomainCpuFeature *feature,
                                          GVirConfigDomainCpuFeaturePolicy policy);

/**
 * gvir_config_domain_cpu_feature_get_policy:
 * @feature: a #GVirConfigDomainCpuFeature
 *
 * Returns: the policy; %GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_REQUIRE when not given
 */
GVirConfigDomainCpuFeaturePolicy
gvir_config_domain_cpu_feature_get_policy(GVirConfigDomainCpuFeature *feature);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CPU_FEATURE_H__ */
