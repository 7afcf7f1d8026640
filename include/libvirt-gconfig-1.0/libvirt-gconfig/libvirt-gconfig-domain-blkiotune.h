/*
 * libvirt-gconfig-domain-blkiotune.h: block I/O tuning of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_BLKIOTUNE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_BLKIOTUNE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_BLKIOTUNE (gvir_config_domain_blkiotune_get_type ())
#define GVIR_CONFIG_DOMAIN_BLKIOTUNE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_BLKIOTUNE, GVirConfigDomainBlkiotune))
#define GVIR_CONFIG_DOMAIN_BLKIOTUNE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_BLKIOTUNE, GVirConfigDomainBlkiotuneClass))
#define GVIR_CONFIG_IS_DOMAIN_BLKIOTUNE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_BLKIOTUNE))
#define GVIR_CONFIG_IS_DOMAIN_BLKIOTUNE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_BLKIOTUNE))
#define GVIR_CONFIG_DOMAIN_BLKIOTUNE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_BLKIOTUNE, GVirConfigDomainBlkiotuneClass))

typedef struct _GVirConfigDomainBlkiotune GVirConfigDomainBlkiotune;
typedef struct _GVirConfigDomainBlkiotunePrivate GVirConfigDomainBlkiotunePrivate;
typedef struct _GVirConfigDomainBlkiotuneClass GVirConfigDomainBlkiotuneClass;

/**
 * GVirConfigDomainBlkiotune:
 *
 * Block I/O tuning of a domain (`<blkiotune>`).
 */
struct _GVirConfigDomainBlkiotune
{
    GVirConfigObject parent;

    GVirConfigDomainBlkiotunePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainBlkiotuneClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_blkiotune_get_type(void);

/**
 * gvir_config_domain_blkiotune_new:
 *
 * Returns: (transfer full): a new, empty `<blkiotune/>`
 */
GVirConfigDomainBlkiotune *gvir_config_domain_blkiotune_new(void);

/**
 * gvir_config_domain_blkiotune_new_from_xml:
 * @xml: a `<blkiotune>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainBlkiotune *gvir_config_domain_blkiotune_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_blkiotune_get_weight:
 * @blkiotune: a #GVirConfigDomainBlkiotune
 *
 * Returns: the overall I/O weight, 100 to 1000 (`<weight>`), 0 when unset
 */
guint gvir_config_domain_blkiotune_get_weight(GVirConfigDomainBlkiotune *blkiotune);

/**
 * gvir_config_domain_blkiotune_set_weight:
 * @blkiotune: a #GVirConfigDomainBlkiotune
 * @value: the new value
 */
void gvir_config_domain_blkiotune_set_weight(GVirConfigDomainBlkiotune *blkiotune,
                                             guint value);

/**
 * gvir_config_domain_get_blkiotune:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the domain's `<blkiotune>`, viewing the domain's
 * document, or %NULL
 */
GVirConfigDomainBlkiotune *gvir_config_domain_get_blkiotune(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_blkiotune:
 * @domain: a #GVirConfigDomain
 * @blkiotune: (allow-none): the new `<blkiotune>`, or %NULL to remove it
 *
 * Replaces the domain's `<blkiotune>` with the element of @blkiotune, which moves into the
 * domain's document (after its other children).
 */
void gvir_config_domain_set_blkiotune(GVirConfigDomain *domain,
                                     GVirConfigDomainBlkiotune *blkiotune);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_BLKIOTUNE_H__ */
