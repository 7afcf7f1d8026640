/*
 * libvirt-gconfig-domain-cpu.h: the CPU a domain asks for (<cpu>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CPU_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CPU_H__

#include <libvirt-gconfig/libvirt-gconfig-capabilities-cpu.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-cpu-feature.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-cpu-model.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CPU (gvir_config_domain_cpu_get_type ())
#define GVIR_CONFIG_DOMAIN_CPU(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU, GVirConfigDomainCpu))
#define GVIR_CONFIG_DOMAIN_CPU_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CPU, GVirConfigDomainCpuClass))
#define GVIR_CONFIG_IS_DOMAIN_CPU(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU))
#define GVIR_CONFIG_IS_DOMAIN_CPU_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CPU))
#define GVIR_CONFIG_DOMAIN_CPU_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU, GVirConfigDomainCpuClass))

typedef struct _GVirConfigDomainCpu GVirConfigDomainCpu;
typedef struct _GVirConfigDomainCpuPrivate GVirConfigDomainCpuPrivate;
typedef struct _GVirConfigDomainCpuClass GVirConfigDomainCpuClass;

/**
 * GVirConfigDomainCpu:
 *
 * The CPU a domain asks for (`<cpu>` in a domain definition): how it relates to the
 * host's, its model, topology and features. Its features are
 * #GVirConfigDomainCpuFeature objects.
 */
struct _GVirConfigDomainCpu
{
    GVirConfigCapabilitiesCpu parent;

    GVirConfigDomainCpuPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainCpuClass
{
    GVirConfigCapabilitiesCpuClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainCpuMatchPolicy:
 * @GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_MINIMUM: the host CPU may have more features than asked
 * @GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_EXACT: the guest sees exactly the CPU asked for
 * @GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_STRICT: the host CPU must match the one asked for exactly
 *
 * How strictly the CPU model asked for is matched (the `match` attribute).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_MINIMUM,
    GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_EXACT,
    GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_STRICT
} GVirConfigDomainCpuMatchPolicy;

/**
 * GVirConfigDomainCpuMode:
 * @GVIR_CONFIG_DOMAIN_CPU_MODE_CUSTOM: the CPU is described by its model and features
 * @GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_MODEL: a CPU model close to the host's
 * @GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_PASSTHROUGH: the host CPU as it is
 *
 * How the guest CPU is derived from the host's (the `mode` attribute).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CPU_MODE_CUSTOM,
    GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_MODEL,
    GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_PASSTHROUGH
} GVirConfigDomainCpuMode;

GType gvir_config_domain_cpu_get_type(void);

/**
 * gvir_config_domain_cpu_new:
 * Returns: (transfer full): a new, empty `<cpu>` element
 */
GVirConfigDomainCpu *gvir_config_domain_cpu_new(void);

/**
 * gvir_config_domain_cpu_new_from_xml:
 * @xml: a `<cpu>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed CPU, or %NULL with @error set
 */
GVirConfigDomainCpu *gvir_config_domain_cpu_new_from_xml(const gchar *xml,
                                                         GError **error);

/**
 * gvir_config_domain_cpu_set_match_policy:
 * @cpu: a #GVirConfigDomainCpu
 * @policy: the match policy
 */
void
gvir_config_domain_cpu_set_match_policy(GVirConfigDomainCpu *cpu,
                                        GVirConfigDomainCpuMatchPolicy policy);

/**
 * gvir_config_domain_cpu_get_match_policy:
 * @cpu: a #GVirConfigDomainCpu
 *
 * Returns: the match policy; %GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_EXACT when not given
 */
GVirConfigDomainCpuMatchPolicy
gvir_config_domain_cpu_get_match_policy(GVirConfigDomainCpu *cpu);

/**
 * gvir_config_domain_cpu_set_mode:
 * @cpu: a #GVirConfigDomainCpu
 * @mode: the CPU mode
 */
void gvir_config_domain_cpu_set_mode(GVirConfigDomainCpu *cpu,
                                     GVirConfigDomainCpuMode mode);

/**
 * gvir_config_domain_cpu_set_model:
 * @cpu: a #GVirConfigDomainCpu
 * @model: the CPU model to ask for
 *
 * Replaces the CPU's model with @model, whose element moves into the CPU's document.
 */
void gvir_config_domain_cpu_set_model(GVirConfigDomainCpu *cpu,
                                      GVirConfigDomainCpuModel *model);

/**
 * gvir_config_domain_cpu_get_mode:
 * @cpu: a #GVirConfigDomainCpu
 *
 * Returns: the CPU mode; %GVIR_CONFIG_DOMAIN_CPU_MODE_CUSTOM when not given
 */
GVirConfigDomainCpuMode
gvir_config_domain_cpu_get_mode(GVirConfigDomainCpu *cpu);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CPU_H__ */
