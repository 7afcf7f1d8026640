/*
 * libvirt-gconfig-domain-lease.h: lock manager leases of a domain (<lease>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_LEASE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_LEASE_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_LEASE (gvir_config_domain_lease_get_type ())
#define GVIR_CONFIG_DOMAIN_LEASE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_LEASE, GVirConfigDomainLease))
#define GVIR_CONFIG_DOMAIN_LEASE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_LEASE, GVirConfigDomainLeaseClass))
#define GVIR_CONFIG_IS_DOMAIN_LEASE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_LEASE))
#define GVIR_CONFIG_IS_DOMAIN_LEASE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_LEASE))
#define GVIR_CONFIG_DOMAIN_LEASE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_LEASE, GVirConfigDomainLeaseClass))

typedef struct _GVirConfigDomainLease GVirConfigDomainLease;
typedef struct _GVirConfigDomainLeasePrivate GVirConfigDomainLeasePrivate;
typedef struct _GVirConfigDomainLeaseClass GVirConfigDomainLeaseClass;

/**
 * GVirConfigDomainLease:
 *
 * A lease the lock manager must hold while the domain runs (`<lease>`).
 */
struct _GVirConfigDomainLease
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainLeasePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainLeaseClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_lease_get_type(void);

/**
 * gvir_config_domain_lease_new:
 *
 * Returns: (transfer full): a new, empty `<lease/>`
 */
GVirConfigDomainLease *gvir_config_domain_lease_new(void);

/**
 * gvir_config_domain_lease_new_from_xml:
 * @xml: a `<lease>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainLease *gvir_config_domain_lease_new_from_xml(const gchar *xml,
                                                             GError **error);

/**
 * gvir_config_domain_lease_get_lockspace:
 * @lease: a #GVirConfigDomainLease
 *
 * Returns: (nullable): the lockspace of the lease, or %NULL
 */
const gchar *gvir_config_domain_lease_get_lockspace(GVirConfigDomainLease *lease);

/**
 * gvir_config_domain_lease_set_lockspace:
 * @lease: a #GVirConfigDomainLease
 * @lockspace: (nullable): the new value, or %NULL
 *
 * Sets `<lockspace>`; %NULL removes it.
 */
void gvir_config_domain_lease_set_lockspace(GVirConfigDomainLease *lease,
                                            const gchar *lockspace);

/**
 * gvir_config_domain_lease_get_key:
 * @lease: a #GVirConfigDomainLease
 *
 * Returns: (nullable): the key of the lease in its lockspace, or %NULL
 */
const gchar *gvir_config_domain_lease_get_key(GVirConfigDomainLease *lease);

/**
 * gvir_config_domain_lease_set_key:
 * @lease: a #GVirConfigDomainLease
 * @key: (nullable): the new value, or %NULL
 *
 * Sets `<key>`; %NULL removes it.
 */
void gvir_config_domain_lease_set_key(GVirConfigDomainLease *lease,
                                      const gchar *key);

/**
 * gvir_config_domain_lease_get_target_path:
 * @lease: a #GVirConfigDomainLease
 *
 * Returns: (nullable): the file holding the lease, or %NULL
 */
const gchar *gvir_config_domain_lease_get_target_path(GVirConfigDomainLease *lease);

/**
 * gvir_config_domain_lease_set_target_path:
 * @lease: a #GVirConfigDomainLease
 * @path: (nullable): the new value, or %NULL
 *
 * Sets the `path` attribute of `<target>`, creating the element.
 */
void gvir_config_domain_lease_set_target_path(GVirConfigDomainLease *lease,
                                              const gchar *path);

/**
 * gvir_config_domain_lease_get_target_offset:
 * @lease: a #GVirConfigDomainLease
 *
 * Returns: the offset of the lease in its file (0 when unset)
 */
guint64 gvir_config_domain_lease_get_target_offset(GVirConfigDomainLease *lease);

/**
 * gvir_config_domain_lease_set_target_offset:
 * @lease: a #GVirConfigDomainLease
 * @offset: the new value
 *
 * Sets the `offset` attribute of `<target>`, creating the element.
 */
void gvir_config_domain_lease_set_target_offset(GVirConfigDomainLease *lease,
                                                guint64 offset);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_LEASE_H__ */
