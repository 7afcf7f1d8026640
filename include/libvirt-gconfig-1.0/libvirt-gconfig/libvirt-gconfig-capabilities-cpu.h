/*
 * libvirt-gconfig-capabilities-cpu.h: a CPU, as the capabilities describe it (<cpu>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_CPU_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_CPU_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-cpu-feature.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-cpu-model.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-cpu-topology.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_CPU (gvir_config_capabilities_cpu_get_type ())
#define GVIR_CONFIG_CAPABILITIES_CPU(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU, GVirConfigCapabilitiesCpu))
#define GVIR_CONFIG_CAPABILITIES_CPU_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_CPU, GVirConfigCapabilitiesCpuClass))
#define GVIR_CONFIG_IS_CAPABILITIES_CPU(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU))
#define GVIR_CONFIG_IS_CAPABILITIES_CPU_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_CPU))
#define GVIR_CONFIG_CAPABILITIES_CPU_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU, GVirConfigCapabilitiesCpuClass))

typedef struct _GVirConfigCapabilitiesCpu GVirConfigCapabilitiesCpu;
typedef struct _GVirConfigCapabilitiesCpuPrivate GVirConfigCapabilitiesCpuPrivate;
typedef struct _GVirConfigCapabilitiesCpuClass GVirConfigCapabilitiesCpuClass;

/**
 * GVirConfigCapabilitiesCpu:
 *
 * A CPU (`<cpu>`): the host's, in a capabilities document, and the base class of the
 * CPU a domain asks for (#GVirConfigDomainCpu).
 */
struct _GVirConfigCapabilitiesCpu
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesCpuPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirConfigCapabilitiesCpuClass:
 * @parent_class: the parent class
 * @get_features: lists the CPU's features; subclasses override it to list
 *   features of their own kind (see gvir_config_capabilities_cpu_get_features())
 *
 * The class of #GVirConfigCapabilitiesCpu.
 */
struct _GVirConfigCapabilitiesCpuClass
{
    GVirConfigObjectClass parent_class;

    GList *(*get_features)(GVirConfigCapabilitiesCpu *cpu);

    gpointer padding[19];
};

GType gvir_config_capabilities_cpu_get_type(void);

/**
 * gvir_config_capabilities_cpu_get_arch:
 * @cpu: a #GVirConfigCapabilitiesCpu
 *
 * Returns: the CPU's architecture (`x86_64`, `aarch64`...), or %NULL; the string belongs
 *   to @cpu
 */
const gchar *
gvir_config_capabilities_cpu_get_arch(GVirConfigCapabilitiesCpu *cpu);

/**
 * gvir_config_capabilities_cpu_add_feature:
 * @cpu: a #GVirConfigCapabilitiesCpu
 * @feature: the feature to add
 *
 * Appends @feature to the CPU's features. The feature's element moves into the CPU's
 * document, so later changes made through @feature show in @cpu.
 */
void gvir_config_capabilities_cpu_add_feature(GVirConfigCapabilitiesCpu *cpu,
                                              GVirConfigCapabilitiesCpuFeature *feature);

/**
 * gvir_config_capabilities_cpu_get_features:
 * @cpu: a #GVirConfigCapabilitiesCpu
 *
 * Lists the CPU's `<feature>` elements through the get_features() virtual method of
 * @cpu's class: a #GVirConfigDomainCpu lists #GVirConfigDomainCpuFeature objects.
 *
 * Returns: (element-type LibvirtGConfig.CapabilitiesCpuFeature) (transfer full): the
 *   features, in document order; free with g_list_free_full() and g_object_unref()
 */
GList *
gvir_config_capabilities_cpu_get_features(GVirConfigCapabilitiesCpu *cpu);

/**
 * gvir_config_capabilities_cpu_get_topology:
 * @cpu: a #GVirConfigCapabilitiesCpu
 *
 * Returns: (transfer full): the CPU's topology (`<topology>`), or %NULL when not given
 */
GVirConfigCapabilitiesCpuTopology *
gvir_config_capabilities_cpu_get_topology(GVirConfigCapabilitiesCpu *cpu);

/**
 * gvir_config_capabilities_cpu_set_topology:
 * @cpu: a #GVirConfigCapabilitiesCpu
 * @topology: the new topology
 *
 * Replaces the CPU's topology with @topology, whose element moves into the CPU's
 * document.
 */
void
gvir_config_capabilities_cpu_set_topology(GVirConfigCapabilitiesCpu *cpu,
                                          GVirConfigCapabilitiesCpuTopology *topology);

/**
 * gvir_config_capabilities_cpu_get_model:
 * @cpu: a #GVirConfigCapabilitiesCpu
 *
 * Returns: (transfer full): the CPU's model (`<model>`), or %NULL when not given
 */
GVirConfigCapabilitiesCpuModel *
gvir_config_capabilities_cpu_get_model(GVirConfigCapabilitiesCpu *cpu);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_CPU_H__ */
