/*
 * libvirt-gconfig-capabilities-cpu-feature.h: a feature of a CPU (<feature>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_CPU_FEATURE_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_CPU_FEATURE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_CPU_FEATURE (gvir_config_capabilities_cpu_feature_get_type ())
#define GVIR_CONFIG_CAPABILITIES_CPU_FEATURE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_FEATURE, GVirConfigCapabilitiesCpuFeature))
#define GVIR_CONFIG_CAPABILITIES_CPU_FEATURE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_FEATURE, GVirConfigCapabilitiesCpuFeatureClass))
#define GVIR_CONFIG_IS_CAPABILITIES_CPU_FEATURE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_FEATURE))
#define GVIR_CONFIG_IS_CAPABILITIES_CPU_FEATURE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_FEATURE))
#define GVIR_CONFIG_CAPABILITIES_CPU_FEATURE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_FEATURE, GVirConfigCapabilitiesCpuFeatureClass))

typedef struct _GVirConfigCapabilitiesCpuFeature GVirConfigCapabilitiesCpuFeature;
typedef struct _GVirConfigCapabilitiesCpuFeaturePrivate GVirConfigCapabilitiesCpuFeaturePrivate;
typedef struct _GVirConfigCapabilitiesCpuFeatureClass GVirConfigCapabilitiesCpuFeatureClass;

/**
 * GVirConfigCapabilitiesCpuFeature:
 *
 * A feature of a CPU (`<feature name='vmx'/>`).
 */
struct _GVirConfigCapabilitiesCpuFeature
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesCpuFeaturePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesCpuFeatureClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_cpu_feature_get_type(void);

/**
 * gvir_config_capabilities_cpu_feature_get_name:
 * @feature: a #GVirConfigCapabilitiesCpuFeature
 *
 * Returns: the feature's name, or %NULL; the string belongs to @feature
 */
const gchar *
gvir_config_capabilities_cpu_feature_get_name(GVirConfigCapabilitiesCpuFeature *feature);

/**
 * gvir_config_capabilities_cpu_feature_set_name:
 * @feature: a #GVirConfigCapabilitiesCpuFeature
 * @name: the feature's name
 */
void
gvir_config_capabilities_cpu_feature_set_name(GVirConfigCapabilitiesCpuFeature *feature,
                                              const gchar *name);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_CPU_FEATURE_H__ */
