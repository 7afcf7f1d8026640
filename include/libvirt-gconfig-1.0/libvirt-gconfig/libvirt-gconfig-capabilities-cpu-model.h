/*
 * libvirt-gconfig-capabilities-cpu-model.h: the model of a CPU (<model>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_CPU_MODEL_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_CPU_MODEL_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_CPU_MODEL (gvir_config_capabilities_cpu_model_get_type ())
#define GVIR_CONFIG_CAPABILITIES_CPU_MODEL(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_MODEL, GVirConfigCapabilitiesCpuModel))
#define GVIR_CONFIG_CAPABILITIES_CPU_MODEL_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_MODEL, GVirConfigCapabilitiesCpuModelClass))
#define GVIR_CONFIG_IS_CAPABILITIES_CPU_MODEL(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_MODEL))
#define GVIR_CONFIG_IS_CAPABILITIES_CPU_MODEL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_MODEL))
#define GVIR_CONFIG_CAPABILITIES_CPU_MODEL_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_CPU_MODEL, GVirConfigCapabilitiesCpuModelClass))

typedef struct _GVirConfigCapabilitiesCpuModel GVirConfigCapabilitiesCpuModel;
typedef struct _GVirConfigCapabilitiesCpuModelPrivate GVirConfigCapabilitiesCpuModelPrivate;
typedef struct _GVirConfigCapabilitiesCpuModelClass GVirConfigCapabilitiesCpuModelClass;

/**
 * GVirConfigCapabilitiesCpuModel:
 *
 * The model of a CPU (`<model>Skylake-Client</model>`).
 */
struct _GVirConfigCapabilitiesCpuModel
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesCpuModelPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesCpuModelClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_cpu_model_get_type(void);

/**
 * gvir_config_capabilities_cpu_model_new:
 * Returns: (transfer full): a new, empty `<model>` element
 */
GVirConfigCapabilitiesCpuModel *gvir_config_capabilities_cpu_model_new(void);

/**
 * gvir_config_capabilities_cpu_model_new_from_xml:
 * @xml: a `<model>` element
 * @error: return location for a #GError, or %NULL
 *
 * Declared for compatibility only: like libvirt-glib, the library does not export this
 * function.
 *
 * Returns: (transfer full): the parsed model, or %NULL with @error set
 */
GVirConfigCapabilitiesCpuModel *
gvir_config_capabilities_cpu_model_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_capabilities_cpu_model_set_name:
 * @model: a #GVirConfigCapabilitiesCpuModel
 * @name: the model's name
 */
void
gvir_config_capabilities_cpu_model_set_name(GVirConfigCapabilitiesCpuModel *model,
                                            const gchar *name);

/**
 * gvir_config_capabilities_cpu_model_get_name:
 * @model: a #GVirConfigCapabilitiesCpuModel
 *
 * Returns: the model's name, or %NULL; the string belongs to @model
 */
const gchar *
gvir_config_capabilities_cpu_model_get_name(GVirConfigCapabilitiesCpuModel *model);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_CPU_MODEL_H__ */
