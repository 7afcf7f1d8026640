/*
 * libvirt-gconfig-domain-cpu-model.h: the CPU model of a domain (<model>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CPU_MODEL_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CPU_MODEL_H__

#include <libvirt-gconfig/libvirt-gconfig-capabilities-cpu-model.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CPU_MODEL (gvir_config_domain_cpu_model_get_type ())
#define GVIR_CONFIG_DOMAIN_CPU_MODEL(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU_MODEL, GVirConfigDomainCpuModel))
#define GVIR_CONFIG_DOMAIN_CPU_MODEL_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CPU_MODEL, GVirConfigDomainCpuModelClass))
#define GVIR_CONFIG_IS_DOMAIN_CPU_MODEL(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU_MODEL))
#define GVIR_CONFIG_IS_DOMAIN_CPU_MODEL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CPU_MODEL))
#define GVIR_CONFIG_DOMAIN_CPU_MODEL_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CPU_MODEL, GVirConfigDomainCpuModelClass))

typedef struct _GVirConfigDomainCpuModel GVirConfigDomainCpuModel;
typedef struct _GVirConfigDomainCpuModelPrivate GVirConfigDomainCpuModelPrivate;
typedef struct _GVirConfigDomainCpuModelClass GVirConfigDomainCpuModelClass;

/**
 * GVirConfigDomainCpuModel:
 *
 * The CPU model a domain asks for (`<model>`); its name is read and set with the
 * #GVirConfigCapabilitiesCpuModel functions.
 */
struct _GVirConfigDomainCpuModel
{
    GVirConfigCapabilitiesCpuModel parent;

    GVirConfigDomainCpuModelPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainCpuModelClass
{
    GVirConfigCapabilitiesCpuModelClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_cpu_model_get_type(void);

/**
 * gvir_config_domain_cpu_model_new:
 * Returns: (transfer full): a new, empty `<model>` element
 */
GVirConfigDomainCpuModel *gvir_config_domain_cpu_model_new(void);

/**
 * gvir_config_domain_cpu_model_new_from_xml:
 * @xml: a `<model>` element
 * @error: return location for a #GError, or %NULL
 *
 * Declared for compatibility only: like libvirt-glib, the library does not export this
 * function.
 *
 * Returns: (transfer full): the parsed model, or %NULL with @error set
 */
GVirConfigDomainCpuModel *
gvir_config_domain_cpu_model_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CPU_MODEL_H__ */
