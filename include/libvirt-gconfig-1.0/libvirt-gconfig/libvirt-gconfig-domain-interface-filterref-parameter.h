/*
 * libvirt-gconfig-domain-interface-filterref-parameter.h: a parameter of a network filter (<parameter>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_FILTERREF_PARAMETER_H__
#define __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_FILTERREF_PARAMETER_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF_PARAMETER (gvir_config_domain_interface_filterref_parameter_get_type ())
#define GVIR_CONFIG_DOMAIN_INTERFACE_FILTERREF_PARAMETER(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF_PARAMETER, GVirConfigDomainInterfaceFilterrefParameter))
#define GVIR_CONFIG_DOMAIN_INTERFACE_FILTERREF_PARAMETER_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF_PARAMETER, GVirConfigDomainInterfaceFilterrefParameterClass))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_FILTERREF_PARAMETER(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF_PARAMETER))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_FILTERREF_PARAMETER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF_PARAMETER))
#define GVIR_CONFIG_DOMAIN_INTERFACE_FILTERREF_PARAMETER_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF_PARAMETER, GVirConfigDomainInterfaceFilterrefParameterClass))

typedef struct _GVirConfigDomainInterfaceFilterrefParameter GVirConfigDomainInterfaceFilterrefParameter;
typedef struct _GVirConfigDomainInterfaceFilterrefParameterPrivate GVirConfigDomainInterfaceFilterrefParameterPrivate;
typedef struct _GVirConfigDomainInterfaceFilterrefParameterClass GVirConfigDomainInterfaceFilterrefParameterClass;

/**
 * GVirConfigDomainInterfaceFilterrefParameter:
 *
 * One `<parameter name value>` passed to a network filter.
 */
struct _GVirConfigDomainInterfaceFilterrefParameter
{
    GVirConfigObject parent;

    GVirConfigDomainInterfaceFilterrefParameterPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainInterfaceFilterrefParameterClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_interface_filterref_parameter_get_type(void);

/**
 * gvir_config_domain_interface_filterref_parameter_new:
 *
 * Returns: (transfer full): a new empty `<parameter/>`
 */
GVirConfigDomainInterfaceFilterrefParameter *gvir_config_domain_interface_filterref_parameter_new(void);

/**
 * gvir_config_domain_interface_filterref_parameter_new_from_xml:
 * @xml: a `<parameter>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainInterfaceFilterrefParameter *gvir_config_domain_interface_filterref_parameter_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_interface_filterref_parameter_set_name:
 * @parameter: a #GVirConfigDomainInterfaceFilterrefParameter
 * @name: the variable name (`IP`, `MAC`, ...), or %NULL to remove it
 */
void gvir_config_domain_interface_filterref_parameter_set_name(GVirConfigDomainInterfaceFilterrefParameter *parameter,
                                                               const gchar *name);

/**
 * gvir_config_domain_interface_filterref_parameter_set_value:
 * @parameter: a #GVirConfigDomainInterfaceFilterrefParameter
 * @value: the value, or %NULL to remove it
 */
void gvir_config_domain_interface_filterref_parameter_set_value(GVirConfigDomainInterfaceFilterrefParameter *parameter,
                                                                const gchar *value);

/**
 * gvir_config_domain_interface_filterref_parameter_get_name:
 * @parameter: a #GVirConfigDomainInterfaceFilterrefParameter
 *
 * Returns: the variable name, or %NULL
 */
const gchar *gvir_config_domain_interface_filterref_parameter_get_name(GVirConfigDomainInterfaceFilterrefParameter *parameter);

/**
 * gvir_config_domain_interface_filterref_parameter_get_value:
 * @parameter: a #GVirConfigDomainInterfaceFilterrefParameter
 *
 * Returns: the value, or %NULL
 */
const gchar *gvir_config_domain_interface_filterref_parameter_get_value(GVirConfigDomainInterfaceFilterrefParameter *parameter);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_FILTERREF_PARAMETER_H__ */
