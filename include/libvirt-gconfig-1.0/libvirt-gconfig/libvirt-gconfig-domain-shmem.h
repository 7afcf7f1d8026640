/*
 * libvirt-gconfig-domain-shmem.h: shared memory devices of a domain (<shmem>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SHMEM_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SHMEM_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SHMEM (gvir_config_domain_shmem_get_type ())
#define GVIR_CONFIG_DOMAIN_SHMEM(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SHMEM, GVirConfigDomainShmem))
#define GVIR_CONFIG_DOMAIN_SHMEM_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SHMEM, GVirConfigDomainShmemClass))
#define GVIR_CONFIG_IS_DOMAIN_SHMEM(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SHMEM))
#define GVIR_CONFIG_IS_DOMAIN_SHMEM_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SHMEM))
#define GVIR_CONFIG_DOMAIN_SHMEM_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SHMEM, GVirConfigDomainShmemClass))

typedef struct _GVirConfigDomainShmem GVirConfigDomainShmem;
typedef struct _GVirConfigDomainShmemPrivate GVirConfigDomainShmemPrivate;
typedef struct _GVirConfigDomainShmemClass GVirConfigDomainShmemClass;

/**
 * GVirConfigDomainShmem:
 *
 * A region of host memory shared between domains or with the host (`<shmem>`).
 */
struct _GVirConfigDomainShmem
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainShmemPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainShmemClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_shmem_get_type(void);

/**
 * GVirConfigDomainShmemRole:
 * @GVIR_CONFIG_DOMAIN_SHMEM_ROLE_MASTER: the region's content migrates with the domain (libvirt's default) (`master`)
 * @GVIR_CONFIG_DOMAIN_SHMEM_ROLE_PEER: the device is unplugged before migration (`peer`)
 *
 * Parts of shared memory devices in migration (the `role` attribute of `<shmem>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_SHMEM_ROLE_MASTER,
    GVIR_CONFIG_DOMAIN_SHMEM_ROLE_PEER
} GVirConfigDomainShmemRole;

/**
 * GVirConfigDomainShmemModel:
 * @GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM: the legacy ivshmem device (`ivshmem`)
 * @GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM_PLAIN: ivshmem without interrupts (`ivshmem-plain`)
 * @GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM_DOORBELL: ivshmem with interrupts, through an ivshmem server (`ivshmem-doorbell`)
 *
 * Shared memory devices (the `type` attribute of `<shmem><model>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM,
    GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM_PLAIN,
    GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM_DOORBELL
} GVirConfigDomainShmemModel;

/**
 * gvir_config_domain_shmem_new:
 *
 * Returns: (transfer full): a new, empty `<shmem/>` (libvirt requires a name)
 */
GVirConfigDomainShmem *gvir_config_domain_shmem_new(void);

/**
 * gvir_config_domain_shmem_new_from_xml:
 * @xml: a `<shmem>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainShmem *gvir_config_domain_shmem_new_from_xml(const gchar *xml,
                                                             GError **error);

/**
 * gvir_config_domain_shmem_get_name:
 * @shmem: a #GVirConfigDomainShmem
 *
 * Returns: (nullable): the name of the shared region, or %NULL
 */
const gchar *gvir_config_domain_shmem_get_name(GVirConfigDomainShmem *shmem);

/**
 * gvir_config_domain_shmem_set_name:
 * @shmem: a #GVirConfigDomainShmem
 * @name: (nullable): the new value, or %NULL
 *
 * Sets the name of the shared region (libvirt forbids `/` in it); %NULL removes it.
 */
void gvir_config_domain_shmem_set_name(GVirConfigDomainShmem *shmem,
                                       const gchar *name);

/**
 * gvir_config_domain_shmem_get_role:
 * @shmem: a #GVirConfigDomainShmem
 *
 * Returns: the device's part in migration (%GVIR_CONFIG_DOMAIN_SHMEM_ROLE_MASTER when unset or unknown)
 */
GVirConfigDomainShmemRole gvir_config_domain_shmem_get_role(GVirConfigDomainShmem *shmem);

/**
 * gvir_config_domain_shmem_set_role:
 * @shmem: a #GVirConfigDomainShmem
 * @role: the new value
 *
 * Sets the `role` attribute.
 */
void gvir_config_domain_shmem_set_role(GVirConfigDomainShmem *shmem,
                                       GVirConfigDomainShmemRole role);

/**
 * gvir_config_domain_shmem_get_model:
 * @shmem: a #GVirConfigDomainShmem
 *
 * Returns: the device the guest sees (%GVIR_CONFIG_DOMAIN_SHMEM_MODEL_IVSHMEM_PLAIN when unset or unknown)
 */
GVirConfigDomainShmemModel gvir_config_domain_shmem_get_model(GVirConfigDomainShmem *shmem);

/**
 * gvir_config_domain_shmem_set_model:
 * @shmem: a #GVirConfigDomainShmem
 * @model: the new value
 *
 * Sets `<model type>`, replacing any `<model>`.
 */
void gvir_config_domain_shmem_set_model(GVirConfigDomainShmem *shmem,
                                        GVirConfigDomainShmemModel model);

/**
 * gvir_config_domain_shmem_get_size:
 * @shmem: a #GVirConfigDomainShmem
 *
 * Returns: the size of the region in KiB (converted from its unit), 0 when unset
 */
guint64 gvir_config_domain_shmem_get_size(GVirConfigDomainShmem *shmem);

/**
 * gvir_config_domain_shmem_set_size:
 * @shmem: a #GVirConfigDomainShmem
 * @size: the new value
 *
 * Sets the size of the region in KiB: `<size unit='KiB'>`.
 */
void gvir_config_domain_shmem_set_size(GVirConfigDomainShmem *shmem,
                                       guint64 size);

/**
 * gvir_config_domain_shmem_get_server_path:
 * @shmem: a #GVirConfigDomainShmem
 *
 * Returns: (nullable): the socket of the ivshmem server, or %NULL
 */
const gchar *gvir_config_domain_shmem_get_server_path(GVirConfigDomainShmem *shmem);

/**
 * gvir_config_domain_shmem_set_server_path:
 * @shmem: a #GVirConfigDomainShmem
 * @path: (nullable): the new value, or %NULL
 *
 * Sets the socket of the ivshmem server; %NULL removes `<server>`.
 */
void gvir_config_domain_shmem_set_server_path(GVirConfigDomainShmem *shmem,
                                              const gchar *path);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SHMEM_H__ */
