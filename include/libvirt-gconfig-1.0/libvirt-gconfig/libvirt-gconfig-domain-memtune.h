/*
 * libvirt-gconfig-domain-memtune.h: memory limits of a domain on the host
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_MEMTUNE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_MEMTUNE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_MEMTUNE (gvir_config_domain_memtune_get_type ())
#define GVIR_CONFIG_DOMAIN_MEMTUNE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMTUNE, GVirConfigDomainMemtune))
#define GVIR_CONFIG_DOMAIN_MEMTUNE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_MEMTUNE, GVirConfigDomainMemtuneClass))
#define GVIR_CONFIG_IS_DOMAIN_MEMTUNE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMTUNE))
#define GVIR_CONFIG_IS_DOMAIN_MEMTUNE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_MEMTUNE))
#define GVIR_CONFIG_DOMAIN_MEMTUNE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMTUNE, GVirConfigDomainMemtuneClass))

typedef struct _GVirConfigDomainMemtune GVirConfigDomainMemtune;
typedef struct _GVirConfigDomainMemtunePrivate GVirConfigDomainMemtunePrivate;
typedef struct _GVirConfigDomainMemtuneClass GVirConfigDomainMemtuneClass;

/**
 * GVirConfigDomainMemtune:
 *
 * Memory limits of a domain on the host (`<memtune>`), in KiB.
 */
struct _GVirConfigDomainMemtune
{
    GVirConfigObject parent;

    GVirConfigDomainMemtunePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainMemtuneClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_memtune_get_type(void);

/**
 * gvir_config_domain_memtune_new:
 *
 * Returns: (transfer full): a new, empty `<memtune/>`
 */
GVirConfigDomainMemtune *gvir_config_domain_memtune_new(void);

/**
 * gvir_config_domain_memtune_new_from_xml:
 * @xml: a `<memtune>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainMemtune *gvir_config_domain_memtune_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_memtune_get_hard_limit:
 * @memtune: a #GVirConfigDomainMemtune
 *
 * Returns: the most memory the domain may use in KiB (`<hard_limit>`, read in any unit, written in KiB), 0 when unset
 */
guint64 gvir_config_domain_memtune_get_hard_limit(GVirConfigDomainMemtune *memtune);

/**
 * gvir_config_domain_memtune_set_hard_limit:
 * @memtune: a #GVirConfigDomainMemtune
 * @value: the new value
 */
void gvir_config_domain_memtune_set_hard_limit(GVirConfigDomainMemtune *memtune,
                                               guint64 value);

/**
 * gvir_config_domain_memtune_get_soft_limit:
 * @memtune: a #GVirConfigDomainMemtune
 *
 * Returns: the memory the domain is held to under host memory pressure in KiB (`<soft_limit>`), 0 when unset
 */
guint64 gvir_config_domain_memtune_get_soft_limit(GVirConfigDomainMemtune *memtune);

/**
 * gvir_config_domain_memtune_set_soft_limit:
 * @memtune: a #GVirConfigDomainMemtune
 * @value: the new value
 */
void gvir_config_domain_memtune_set_soft_limit(GVirConfigDomainMemtune *memtune,
                                               guint64 value);

/**
 * gvir_config_domain_memtune_get_swap_hard_limit:
 * @memtune: a #GVirConfigDomainMemtune
 *
 * Returns: the most memory plus swap the domain may use in KiB (`<swap_hard_limit>`), 0 when unset
 */
guint64 gvir_config_domain_memtune_get_swap_hard_limit(GVirConfigDomainMemtune *memtune);

/**
 * gvir_config_domain_memtune_set_swap_hard_limit:
 * @memtune: a #GVirConfigDomainMemtune
 * @value: the new value
 */
void gvir_config_domain_memtune_set_swap_hard_limit(GVirConfigDomainMemtune *memtune,
                                                    guint64 value);

/**
 * gvir_config_domain_get_memtune:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the domain's `<memtune>`, viewing the domain's
 * document, or %NULL
 */
GVirConfigDomainMemtune *gvir_config_domain_get_memtune(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_memtune:
 * @domain: a #GVirConfigDomain
 * @memtune: (allow-none): the new `<memtune>`, or %NULL to remove it
 *
 * Replaces the domain's `<memtune>` with the element of @memtune, which moves into the
 * domain's document (after its other children).
 */
void gvir_config_domain_set_memtune(GVirConfigDomain *domain,
                                   GVirConfigDomainMemtune *memtune);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_MEMTUNE_H__ */
