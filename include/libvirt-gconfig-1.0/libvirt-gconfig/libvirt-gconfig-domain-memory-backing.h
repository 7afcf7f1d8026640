/*
 * libvirt-gconfig-domain-memory-backing.h: how the guest's memory is backed on the host
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_MEMORY_BACKING_H__
#define __LIBVIRT_GCONFIG_DOMAIN_MEMORY_BACKING_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_MEMORY_BACKING (gvir_config_domain_memory_backing_get_type ())
#define GVIR_CONFIG_DOMAIN_MEMORY_BACKING(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_BACKING, GVirConfigDomainMemoryBacking))
#define GVIR_CONFIG_DOMAIN_MEMORY_BACKING_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_BACKING, GVirConfigDomainMemoryBackingClass))
#define GVIR_CONFIG_IS_DOMAIN_MEMORY_BACKING(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_BACKING))
#define GVIR_CONFIG_IS_DOMAIN_MEMORY_BACKING_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_BACKING))
#define GVIR_CONFIG_DOMAIN_MEMORY_BACKING_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_BACKING, GVirConfigDomainMemoryBackingClass))

typedef struct _GVirConfigDomainMemoryBacking GVirConfigDomainMemoryBacking;
typedef struct _GVirConfigDomainMemoryBackingPrivate GVirConfigDomainMemoryBackingPrivate;
typedef struct _GVirConfigDomainMemoryBackingClass GVirConfigDomainMemoryBackingClass;

/**
 * GVirConfigDomainMemoryBacking:
 *
 * How the guest's memory is backed on the host (`<memoryBacking>`): huge pages, the kind of host memory, sharing and locking.
 */
struct _GVirConfigDomainMemoryBacking
{
    GVirConfigObject parent;

    GVirConfigDomainMemoryBackingPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainMemoryBackingClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainMemoryBackingSourceType:
 * @GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_ANONYMOUS: anonymous memory (libvirt's default)
 * @GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_FILE: a file
 * @GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_MEMFD: a memfd
 *
 * The kind of host memory (`<source type>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_ANONYMOUS,
    GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_FILE,
    GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_MEMFD
} GVirConfigDomainMemoryBackingSourceType;

/**
 * GVirConfigDomainMemoryBackingAccessMode:
 * @GVIR_CONFIG_DOMAIN_MEMORY_BACKING_ACCESS_PRIVATE: private (libvirt's default)
 * @GVIR_CONFIG_DOMAIN_MEMORY_BACKING_ACCESS_SHARED: shared
 *
 * Whether the host memory is shared with other processes (`<access mode>`; virtiofs needs it shared).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_MEMORY_BACKING_ACCESS_PRIVATE,
    GVIR_CONFIG_DOMAIN_MEMORY_BACKING_ACCESS_SHARED
} GVirConfigDomainMemoryBackingAccessMode;

GType gvir_config_domain_memory_backing_get_type(void);

/**
 * gvir_config_domain_memory_backing_new:
 *
 * Returns: (transfer full): a new, empty `<memoryBacking/>`
 */
GVirConfigDomainMemoryBacking *gvir_config_domain_memory_backing_new(void);

/**
 * gvir_config_domain_memory_backing_new_from_xml:
 * @xml: a `<memoryBacking>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainMemoryBacking *gvir_config_domain_memory_backing_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_memory_backing_get_hugepages:
 * @backing: a #GVirConfigDomainMemoryBacking
 *
 * Returns: whether the memory is backed by huge pages (`<hugepages/>`)
 */
gboolean gvir_config_domain_memory_backing_get_hugepages(GVirConfigDomainMemoryBacking *backing);

/**
 * gvir_config_domain_memory_backing_set_hugepages:
 * @backing: a #GVirConfigDomainMemoryBacking
 * @value: whether it is on
 */
void gvir_config_domain_memory_backing_set_hugepages(GVirConfigDomainMemoryBacking *backing,
                                                     gboolean value);

/**
 * gvir_config_domain_memory_backing_get_nosharepages:
 * @backing: a #GVirConfigDomainMemoryBacking
 *
 * Returns: whether KSM may not merge the guest's pages (`<nosharepages/>`)
 */
gboolean gvir_config_domain_memory_backing_get_nosharepages(GVirConfigDomainMemoryBacking *backing);

/**
 * gvir_config_domain_memory_backing_set_nosharepages:
 * @backing: a #GVirConfigDomainMemoryBacking
 * @value: whether it is on
 */
void gvir_config_domain_memory_backing_set_nosharepages(GVirConfigDomainMemoryBacking *backing,
                                                        gboolean value);

/**
 * gvir_config_domain_memory_backing_get_locked:
 * @backing: a #GVirConfigDomainMemoryBacking
 *
 * Returns: whether the memory is locked in host RAM (`<locked/>`)
 */
gboolean gvir_config_domain_memory_backing_get_locked(GVirConfigDomainMemoryBacking *backing);

/**
 * gvir_config_domain_memory_backing_set_locked:
 * @backing: a #GVirConfigDomainMemoryBacking
 * @value: whether it is on
 */
void gvir_config_domain_memory_backing_set_locked(GVirConfigDomainMemoryBacking *backing,
                                                  gboolean value);

/**
 * gvir_config_domain_memory_backing_get_source_type:
 * @backing: a #GVirConfigDomainMemoryBacking
 *
 * Returns: the kind of host memory; %GVIR_CONFIG_DOMAIN_MEMORY_BACKING_SOURCE_ANONYMOUS when unset or unknown
 */
GVirConfigDomainMemoryBackingSourceType gvir_config_domain_memory_backing_get_source_type(GVirConfigDomainMemoryBacking *backing);

/**
 * gvir_config_domain_memory_backing_set_source_type:
 * @backing: a #GVirConfigDomainMemoryBacking
 * @value: the new value
 */
void gvir_config_domain_memory_backing_set_source_type(GVirConfigDomainMemoryBacking *backing,
                                                       GVirConfigDomainMemoryBackingSourceType value);

/**
 * gvir_config_domain_memory_backing_get_access_mode:
 * @backing: a #GVirConfigDomainMemoryBacking
 *
 * Returns: the access mode; %GVIR_CONFIG_DOMAIN_MEMORY_BACKING_ACCESS_PRIVATE when unset or unknown
 */
GVirConfigDomainMemoryBackingAccessMode gvir_config_domain_memory_backing_get_access_mode(GVirConfigDomainMemoryBacking *backing);

/**
 * gvir_config_domain_memory_backing_set_access_mode:
 * @backing: a #GVirConfigDomainMemoryBacking
 * @value: the new value
 */
void gvir_config_domain_memory_backing_set_access_mode(GVirConfigDomainMemoryBacking *backing,
                                                       GVirConfigDomainMemoryBackingAccessMode value);

/**
 * gvir_config_domain_get_memory_backing:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the domain's `<memoryBacking>`, viewing the domain's
 * document, or %NULL
 */
GVirConfigDomainMemoryBacking *gvir_config_domain_get_memory_backing(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_memory_backing:
 * @domain: a #GVirConfigDomain
 * @memory_backing: (allow-none): the new `<memoryBacking>`, or %NULL to remove it
 *
 * Replaces the domain's `<memoryBacking>` with the element of @memory_backing, which moves into the
 * domain's document (after its other children).
 */
void gvir_config_domain_set_memory_backing(GVirConfigDomain *domain,
                                          GVirConfigDomainMemoryBacking *memory_backing);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_MEMORY_BACKING_H__ */
