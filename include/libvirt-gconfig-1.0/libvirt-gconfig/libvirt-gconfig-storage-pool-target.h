/*
 * libvirt-gconfig-storage-pool-target.h: where a storage pool appears on the host (<target>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_STORAGE_POOL_TARGET_H__
#define __LIBVIRT_GCONFIG_STORAGE_POOL_TARGET_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-storage-permissions.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_STORAGE_POOL_TARGET            (gvir_config_storage_pool_target_get_type ())
#define GVIR_CONFIG_STORAGE_POOL_TARGET(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL_TARGET, GVirConfigStoragePoolTarget))
#define GVIR_CONFIG_STORAGE_POOL_TARGET_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_STORAGE_POOL_TARGET, GVirConfigStoragePoolTargetClass))
#define GVIR_CONFIG_IS_STORAGE_POOL_TARGET(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL_TARGET))
#define GVIR_CONFIG_IS_STORAGE_POOL_TARGET_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_STORAGE_POOL_TARGET))
#define GVIR_CONFIG_STORAGE_POOL_TARGET_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL_TARGET, GVirConfigStoragePoolTargetClass))

typedef struct _GVirConfigStoragePoolTarget GVirConfigStoragePoolTarget;
typedef struct _GVirConfigStoragePoolTargetPrivate GVirConfigStoragePoolTargetPrivate;
typedef struct _GVirConfigStoragePoolTargetClass GVirConfigStoragePoolTargetClass;

/**
 * GVirConfigStoragePoolTarget:
 *
 * The `<target>` of a storage pool: the path where the pool appears on the host,
 * and its permissions.
 */
struct _GVirConfigStoragePoolTarget
{
    GVirConfigObject parent;

    GVirConfigStoragePoolTargetPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigStoragePoolTargetClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_storage_pool_target_get_type(void);

/**
 * gvir_config_storage_pool_target_new:
 *
 * Creates an empty `<target>` element.
 *
 * Returns: (transfer full): a new #GVirConfigStoragePoolTarget
 */
GVirConfigStoragePoolTarget *gvir_config_storage_pool_target_new(void);

/**
 * gvir_config_storage_pool_target_new_from_xml:
 * @xml: the XML of a `<target>` element
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<target>`.
 *
 * Returns: (transfer full): the parsed element, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigStoragePoolTarget *gvir_config_storage_pool_target_new_from_xml(const gchar *xml,
                                                                          GError **error);

/**
 * gvir_config_storage_pool_target_get_path:
 * @target: a #GVirConfigStoragePoolTarget
 *
 * Returns: (transfer none): the path of the pool on the host, or %NULL
 */
const char *gvir_config_storage_pool_target_get_path(GVirConfigStoragePoolTarget *target);

/**
 * gvir_config_storage_pool_target_set_path:
 * @target: a #GVirConfigStoragePoolTarget
 * @path: (allow-none): the path of the pool on the host, or %NULL to remove it
 */
void gvir_config_storage_pool_target_set_path(GVirConfigStoragePoolTarget *target,
                                              const char *path);

/**
 * gvir_config_storage_pool_target_get_permissions:
 * @target: a #GVirConfigStoragePoolTarget
 *
 * Returns: (transfer full): a new object viewing the target's `<permissions>`, or
 *   %NULL when there are none
 */
GVirConfigStoragePermissions *gvir_config_storage_pool_target_get_permissions(GVirConfigStoragePoolTarget *target);

/**
 * gvir_config_storage_pool_target_set_permissions:
 * @target: a #GVirConfigStoragePoolTarget
 * @perms: the new permissions
 *
 * Makes @perms the target's permissions, replacing any. The element of @perms moves
 * into @target's document: later changes made through @perms show in @target.
 * %NULL removes the permissions.
 */
void gvir_config_storage_pool_target_set_permissions(GVirConfigStoragePoolTarget *target,
                                                     GVirConfigStoragePermissions *perms);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_STORAGE_POOL_TARGET_H__ */
