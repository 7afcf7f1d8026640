/*
 * libvirt-gconfig-domain-numatune.h: NUMA placement of a domain's memory
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_NUMATUNE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_NUMATUNE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_NUMATUNE (gvir_config_domain_numatune_get_type ())
#define GVIR_CONFIG_DOMAIN_NUMATUNE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_NUMATUNE, GVirConfigDomainNumatune))
#define GVIR_CONFIG_DOMAIN_NUMATUNE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_NUMATUNE, GVirConfigDomainNumatuneClass))
#define GVIR_CONFIG_IS_DOMAIN_NUMATUNE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_NUMATUNE))
#define GVIR_CONFIG_IS_DOMAIN_NUMATUNE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_NUMATUNE))
#define GVIR_CONFIG_DOMAIN_NUMATUNE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_NUMATUNE, GVirConfigDomainNumatuneClass))

typedef struct _GVirConfigDomainNumatune GVirConfigDomainNumatune;
typedef struct _GVirConfigDomainNumatunePrivate GVirConfigDomainNumatunePrivate;
typedef struct _GVirConfigDomainNumatuneClass GVirConfigDomainNumatuneClass;

/**
 * GVirConfigDomainNumatune:
 *
 * NUMA placement of a domain's memory (`<numatune>`).
 */
struct _GVirConfigDomainNumatune
{
    GVirConfigObject parent;

    GVirConfigDomainNumatunePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainNumatuneClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainNumatuneMemoryMode:
 * @GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_STRICT: only on those nodes (libvirt's default)
 * @GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_PREFERRED: preferably on the first of them
 * @GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_INTERLEAVE: interleaved across them
 * @GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_RESTRICTIVE: only on those nodes, enforced by cgroups
 *
 * How strictly memory is placed on the nodes of the nodeset (`<memory mode>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_STRICT,
    GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_PREFERRED,
    GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_INTERLEAVE,
    GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_RESTRICTIVE
} GVirConfigDomainNumatuneMemoryMode;

GType gvir_config_domain_numatune_get_type(void);

/**
 * gvir_config_domain_numatune_new:
 *
 * Returns: (transfer full): a new, empty `<numatune/>`
 */
GVirConfigDomainNumatune *gvir_config_domain_numatune_new(void);

/**
 * gvir_config_domain_numatune_new_from_xml:
 * @xml: a `<numatune>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainNumatune *gvir_config_domain_numatune_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_numatune_get_memory_mode:
 * @numatune: a #GVirConfigDomainNumatune
 *
 * Returns: the placement mode; %GVIR_CONFIG_DOMAIN_NUMATUNE_MEMORY_STRICT when unset or unknown
 */
GVirConfigDomainNumatuneMemoryMode gvir_config_domain_numatune_get_memory_mode(GVirConfigDomainNumatune *numatune);

/**
 * gvir_config_domain_numatune_set_memory_mode:
 * @numatune: a #GVirConfigDomainNumatune
 * @value: the new value
 */
void gvir_config_domain_numatune_set_memory_mode(GVirConfigDomainNumatune *numatune,
                                                 GVirConfigDomainNumatuneMemoryMode value);

/**
 * gvir_config_domain_numatune_get_memory_nodeset:
 * @numatune: a #GVirConfigDomainNumatune
 *
 * Returns: the host NUMA nodes the memory is placed on (`0-1,^3`), or %NULL
 */
const char *gvir_config_domain_numatune_get_memory_nodeset(GVirConfigDomainNumatune *numatune);

/**
 * gvir_config_domain_numatune_set_memory_nodeset:
 * @numatune: a #GVirConfigDomainNumatune
 * @value: (allow-none): the new value, or %NULL to remove it
 */
void gvir_config_domain_numatune_set_memory_nodeset(GVirConfigDomainNumatune *numatune,
                                                    const char *value);

/**
 * gvir_config_domain_get_numatune:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the domain's `<numatune>`, viewing the domain's
 * document, or %NULL
 */
GVirConfigDomainNumatune *gvir_config_domain_get_numatune(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_numatune:
 * @domain: a #GVirConfigDomain
 * @numatune: (allow-none): the new `<numatune>`, or %NULL to remove it
 *
 * Replaces the domain's `<numatune>` with the element of @numatune, which moves into the
 * domain's document (after its other children).
 */
void gvir_config_domain_set_numatune(GVirConfigDomain *domain,
                                    GVirConfigDomainNumatune *numatune);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_NUMATUNE_H__ */
