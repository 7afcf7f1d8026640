/*
 * libvirt-gconfig-capabilities-cpu-topology.h: the topology of a CPU (<topology>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_CPU_TOPOLOGY_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_CPU_TOPOLOGY_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_CPU_TOPOLOGY (gvir_config_capabilities_cpu_topology_get_type ())
#define GVIR_CONFIG_CAPABILITIES_CPU_TOPOLOGY(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_TOPOLOGY, GVirConfigCapabilitiesCpuTopology))
#define GVIR_CONFIG_CAPABILITIES_CPU_TOPOLOGY_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_TOPOLOGY, GVirConfigCapabilitiesCpuTopologyClass))
#define GVIR_CONFIG_IS_CAPABILITIES_CPU_TOPOLOGY(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_TOPOLOGY))
#define GVIR_CONFIG_IS_CAPABILITIES_CPU_TOPOLOGY_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_TOPOLOGY))
#define GVIR_CONFIG_CAPABILITIES_CPU_TOPOLOGY_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_TOPOLOGY, GVirConfigCapabilitiesCpuTopologyClass))

typedef struct _GVirConfigCapabilitiesCpuTopology GVirConfigCapabilitiesCpuTopology;
typedef struct _GVirConfigCapabilitiesCpuTopologyPrivate GVirConfigCapabilitiesCpuTopologyPrivate;
typedef struct _GVirConfigCapabilitiesCpuTopologyClass GVirConfigCapabilitiesCpuTopologyClass;

/**
 * GVirConfigCapabilitiesCpuTopology:
 *
 * How the logical processors of a CPU are laid out in sockets, cores and threads
 * (`<topology>`).
 */
struct _GVirConfigCapabilitiesCpuTopology
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesCpuTopologyPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesCpuTopologyClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_cpu_topology_get_type(void);

/**
 * gvir_config_capabilities_cpu_topology_new:
 * Returns: (transfer full): a new, empty `<topology>` element
 */
GVirConfigCapabilitiesCpuTopology *gvir_config_capabilities_cpu_topology_new(void);

/**
 * gvir_config_capabilities_cpu_topology_new_from_xml:
 * @xml: a `<topology>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed topology, or %NULL with @error set
 */
GVirConfigCapabilitiesCpuTopology *
gvir_config_capabilities_cpu_topology_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_capabilities_cpu_topology_get_sockets:
 * @topology: a #GVirConfigCapabilitiesCpuTopology
 *
 * Returns: the number of sockets, 0 when not given
 */
guint64
gvir_config_capabilities_cpu_topology_get_sockets(GVirConfigCapabilitiesCpuTopology *topology);

/**
 * gvir_config_capabilities_cpu_topology_set_sockets:
 * @topology: a #GVirConfigCapabilitiesCpuTopology
 * @sockets: the number of sockets
 */
void
gvir_config_capabilities_cpu_topology_set_sockets(GVirConfigCapabilitiesCpuTopology *topology,
                                                  guint64 sockets);

/**
 * gvir_config_capabilities_cpu_topology_get_cores:
 * @topology: a #GVirConfigCapabilitiesCpuTopology
 *
 * Returns: the number of cores per socket, 0 when not given
 */
guint64
gvir_config_capabilities_cpu_topology_get_cores(GVirConfigCapabilitiesCpuTopology *topology);

/**
 * gvir_config_capabilities_cpu_topology_set_cores:
 * @topology: a #GVirConfigCapabilitiesCpuTopology
 * @cores: the number of cores per socket
 */
void
gvir_config_capabilities_cpu_topology_set_cores(GVirConfigCapabilitiesCpuTopology *topology,
                                                guint64 cores);

/**
 * gvir_config_capabilities_cpu_topology_get_threads:
 * @topology: a #GVirConfigCapabilitiesCpuTopology
 *
 * Returns: the number of threads per core, 0 when not given
 */
guint64
gvir_config_capabilities_cpu_topology_get_threads(GVirConfigCapabilitiesCpuTopology *topology);

/**
 * gvir_config_capabilities_cpu_topology_set_threads:
 * @topology: a #GVirConfigCapabilitiesCpuTopology
 * @threads: the number of threads per core
 */
void
gvir_config_capabilities_cpu_topology_set_threads(GVirConfigCapabilitiesCpuTopology *topology,
                                                  guint64 threads);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_CPU_TOPOLOGY_H__ */
