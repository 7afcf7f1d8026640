/*
 * libvirt-gconfig-domain-pstore.h: persistent stores of a domain (<pstore>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_PSTORE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_PSTORE_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_PSTORE (gvir_config_domain_pstore_get_type ())
#define GVIR_CONFIG_DOMAIN_PSTORE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_PSTORE, GVirConfigDomainPstore))
#define GVIR_CONFIG_DOMAIN_PSTORE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_PSTORE, GVirConfigDomainPstoreClass))
#define GVIR_CONFIG_IS_DOMAIN_PSTORE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_PSTORE))
#define GVIR_CONFIG_IS_DOMAIN_PSTORE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_PSTORE))
#define GVIR_CONFIG_DOMAIN_PSTORE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_PSTORE, GVirConfigDomainPstoreClass))

typedef struct _GVirConfigDomainPstore GVirConfigDomainPstore;
typedef struct _GVirConfigDomainPstorePrivate GVirConfigDomainPstorePrivate;
typedef struct _GVirConfigDomainPstoreClass GVirConfigDomainPstoreClass;

/**
 * GVirConfigDomainPstore:
 *
 * Storage where the guest kernel keeps its logs across crashes (`<pstore>`, libvirt 9.1 and
 * later).
 */
struct _GVirConfigDomainPstore
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainPstorePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainPstoreClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_pstore_get_type(void);

/**
 * GVirConfigDomainPstoreBackend:
 * @GVIR_CONFIG_DOMAIN_PSTORE_BACKEND_ACPI_ERST: the ACPI Error Record Serialization Table (`acpi-erst`)
 *
 * Guest interfaces of persistent stores (the `backend` attribute of `<pstore>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_PSTORE_BACKEND_ACPI_ERST
} GVirConfigDomainPstoreBackend;

/**
 * gvir_config_domain_pstore_new:
 *
 * Returns: (transfer full): a new `<pstore backend='acpi-erst'/>`
 */
GVirConfigDomainPstore *gvir_config_domain_pstore_new(void);

/**
 * gvir_config_domain_pstore_new_from_xml:
 * @xml: a `<pstore>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainPstore *gvir_config_domain_pstore_new_from_xml(const gchar *xml,
                                                               GError **error);

/**
 * gvir_config_domain_pstore_get_backend:
 * @pstore: a #GVirConfigDomainPstore
 *
 * Returns: the interface the guest uses (%GVIR_CONFIG_DOMAIN_PSTORE_BACKEND_ACPI_ERST when unset or unknown)
 */
GVirConfigDomainPstoreBackend gvir_config_domain_pstore_get_backend(GVirConfigDomainPstore *pstore);

/**
 * gvir_config_domain_pstore_set_backend:
 * @pstore: a #GVirConfigDomainPstore
 * @backend: the new value
 *
 * Sets the `backend` attribute.
 */
void gvir_config_domain_pstore_set_backend(GVirConfigDomainPstore *pstore,
                                           GVirConfigDomainPstoreBackend backend);

/**
 * gvir_config_domain_pstore_get_path:
 * @pstore: a #GVirConfigDomainPstore
 *
 * Returns: (nullable): the host file holding the store, or %NULL
 */
const gchar *gvir_config_domain_pstore_get_path(GVirConfigDomainPstore *pstore);

/**
 * gvir_config_domain_pstore_set_path:
 * @pstore: a #GVirConfigDomainPstore
 * @path: (nullable): the new value, or %NULL
 *
 * Sets `<path>`; %NULL removes it.
 */
void gvir_config_domain_pstore_set_path(GVirConfigDomainPstore *pstore,
                                        const gchar *path);

/**
 * gvir_config_domain_pstore_get_size:
 * @pstore: a #GVirConfigDomainPstore
 *
 * Returns: the size of the store in KiB (converted from its unit), 0 when unset
 */
guint64 gvir_config_domain_pstore_get_size(GVirConfigDomainPstore *pstore);

/**
 * gvir_config_domain_pstore_set_size:
 * @pstore: a #GVirConfigDomainPstore
 * @size: the new value
 *
 * Sets the size of the store in KiB: `<size unit='KiB'>`.
 */
void gvir_config_domain_pstore_set_size(GVirConfigDomainPstore *pstore,
                                        guint64 size);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_PSTORE_H__ */
