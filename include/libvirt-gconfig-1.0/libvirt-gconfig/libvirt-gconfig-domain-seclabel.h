/*
 * libvirt-gconfig-domain-seclabel.h: a security label (<seclabel>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SECLABEL_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SECLABEL_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SECLABEL            (gvir_config_domain_seclabel_get_type ())
#define GVIR_CONFIG_DOMAIN_SECLABEL(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SECLABEL, GVirConfigDomainSeclabel))
#define GVIR_CONFIG_DOMAIN_SECLABEL_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SECLABEL, GVirConfigDomainSeclabelClass))
#define GVIR_CONFIG_IS_DOMAIN_SECLABEL(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SECLABEL))
#define GVIR_CONFIG_IS_DOMAIN_SECLABEL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SECLABEL))
#define GVIR_CONFIG_DOMAIN_SECLABEL_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SECLABEL, GVirConfigDomainSeclabelClass))

typedef struct _GVirConfigDomainSeclabel GVirConfigDomainSeclabel;
typedef struct _GVirConfigDomainSeclabelPrivate GVirConfigDomainSeclabelPrivate;
typedef struct _GVirConfigDomainSeclabelClass GVirConfigDomainSeclabelClass;

/**
 * GVirConfigDomainSeclabel:
 *
 * The security label of a domain for one security driver (`<seclabel>`).
 */
struct _GVirConfigDomainSeclabel
{
    GVirConfigObject parent;

    GVirConfigDomainSeclabelPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSeclabelClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_seclabel_get_type(void);

/**
 * GVirConfigDomainSeclabelType:
 * @GVIR_CONFIG_DOMAIN_SECLABEL_DYNAMIC: libvirt generates a unique label
 * @GVIR_CONFIG_DOMAIN_SECLABEL_STATIC: the label is given
 *
 * Who chooses the label.
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_SECLABEL_DYNAMIC,
    GVIR_CONFIG_DOMAIN_SECLABEL_STATIC
} GVirConfigDomainSeclabelType;

/**
 * gvir_config_domain_seclabel_new:
 *
 * Returns: (transfer full): a new, empty security label (`<seclabel>`)
 */
GVirConfigDomainSeclabel *gvir_config_domain_seclabel_new(void);

/**
 * gvir_config_domain_seclabel_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainSeclabel *gvir_config_domain_seclabel_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_seclabel_set_type:
 * @seclabel: a #GVirConfigDomainSeclabel
 * @type: who chooses the label
 */
void gvir_config_domain_seclabel_set_type(GVirConfigDomainSeclabel *seclabel, GVirConfigDomainSeclabelType type);

/**
 * gvir_config_domain_seclabel_set_model:
 * @seclabel: a #GVirConfigDomainSeclabel
 * @model: the security driver, e.g. `selinux`
 */
void gvir_config_domain_seclabel_set_model(GVirConfigDomainSeclabel *seclabel, const gchar *model);

/**
 * gvir_config_domain_seclabel_set_baselabel:
 * @seclabel: a #GVirConfigDomainSeclabel
 * @label: (allow-none): the label a dynamic label is derived from, or %NULL to remove it
 */
void gvir_config_domain_seclabel_set_baselabel(GVirConfigDomainSeclabel *seclabel, const gchar *label);

/**
 * gvir_config_domain_seclabel_set_label:
 * @seclabel: a #GVirConfigDomainSeclabel
 * @label: (allow-none): the label of a static label, or %NULL to remove it
 */
void gvir_config_domain_seclabel_set_label(GVirConfigDomainSeclabel *seclabel, const gchar *label);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SECLABEL_H__ */
