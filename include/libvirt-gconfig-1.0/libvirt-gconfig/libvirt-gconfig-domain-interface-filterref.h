/*
 * libvirt-gconfig-domain-interface-filterref.h: network filter of an interface (<filterref>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_FILTERREF_H__
#define __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_FILTERREF_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-interface-filterref-parameter.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF (gvir_config_domain_interface_filterref_get_type ())
#define GVIR_CONFIG_DOMAIN_INTERFACE_FILTERREF(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF, GVirConfigDomainInterfaceFilterref))
#define GVIR_CONFIG_DOMAIN_INTERFACE_FILTERREF_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF, GVirConfigDomainInterfaceFilterrefClass))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_FILTERREF(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_FILTERREF_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF))
#define GVIR_CONFIG_DOMAIN_INTERFACE_FILTERREF_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_FILTERREF, GVirConfigDomainInterfaceFilterrefClass))

typedef struct _GVirConfigDomainInterfaceFilterref GVirConfigDomainInterfaceFilterref;
typedef struct _GVirConfigDomainInterfaceFilterrefPrivate GVirConfigDomainInterfaceFilterrefPrivate;
typedef struct _GVirConfigDomainInterfaceFilterrefClass GVirConfigDomainInterfaceFilterrefClass;

/**
 * GVirConfigDomainInterfaceFilterref:
 *
 * A reference to a libvirt network filter, with the parameters passed to it.
 */
struct _GVirConfigDomainInterfaceFilterref
{
    GVirConfigObject parent;

    GVirConfigDomainInterfaceFilterrefPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainInterfaceFilterrefClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_interface_filterref_get_type(void);

/**
 * gvir_config_domain_interface_filterref_new:
 *
 * Returns: (transfer full): a new empty `<filterref/>`
 */
GVirConfigDomainInterfaceFilterref *gvir_config_domain_interface_filterref_new(void);

/**
 * gvir_config_domain_interface_filterref_new_from_xml:
 * @xml: a `<filterref>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainInterfaceFilterref *gvir_config_domain_interface_filterref_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_interface_filterref_set_name:
 * @filterref: a #GVirConfigDomainInterfaceFilterref
 * @filter: the name of the network filter, or %NULL to remove it
 */
void gvir_config_domain_interface_filterref_set_name(GVirConfigDomainInterfaceFilterref *filterref,
                                                     const char *filter);

/**
 * gvir_config_domain_interface_filterref_get_name:
 * @filterref: a #GVirConfigDomainInterfaceFilterref
 *
 * Returns: the name of the network filter, or %NULL
 */
const char *gvir_config_domain_interface_filterref_get_name(GVirConfigDomainInterfaceFilterref *filterref);

/**
 * gvir_config_domain_interface_filterref_add_parameter:
 * @filterref: a #GVirConfigDomainInterfaceFilterref
 * @parameter: the parameter to append
 *
 * Appends @parameter. Its element moves into the document of @filterref.
 */
void gvir_config_domain_interface_filterref_add_parameter(GVirConfigDomainInterfaceFilterref *filterref,
                                                          GVirConfigDomainInterfaceFilterrefParameter *parameter);

/**
 * gvir_config_domain_interface_filterref_get_parameters:
 * @filterref: a #GVirConfigDomainInterfaceFilterref
 *
 * Returns: (element-type LibvirtGConfig.DomainInterfaceFilterrefParameter) (transfer full):
 *   the parameters, in document order; unref each one and free the list
 */
GList *gvir_config_domain_interface_filterref_get_parameters(GVirConfigDomainInterfaceFilterref *filterref);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_FILTERREF_H__ */
