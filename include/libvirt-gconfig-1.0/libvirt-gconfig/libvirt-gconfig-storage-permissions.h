/*
 * libvirt-gconfig-storage-permissions.h: ownership and mode of a storage target (<permissions>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_STORAGE_PERMISSIONS_H__
#define __LIBVIRT_GCONFIG_STORAGE_PERMISSIONS_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_STORAGE_PERMISSIONS            (gvir_config_storage_permissions_get_type ())
#define GVIR_CONFIG_STORAGE_PERMISSIONS(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_STORAGE_PERMISSIONS, GVirConfigStoragePermissions))
#define GVIR_CONFIG_STORAGE_PERMISSIONS_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_STORAGE_PERMISSIONS, GVirConfigStoragePermissionsClass))
#define GVIR_CONFIG_IS_STORAGE_PERMISSIONS(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_STORAGE_PERMISSIONS))
#define GVIR_CONFIG_IS_STORAGE_PERMISSIONS_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_STORAGE_PERMISSIONS))
#define GVIR_CONFIG_STORAGE_PERMISSIONS_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_STORAGE_PERMISSIONS, GVirConfigStoragePermissionsClass))

typedef struct _GVirConfigStoragePermissions GVirConfigStoragePermissions;
typedef struct _GVirConfigStoragePermissionsPrivate GVirConfigStoragePermissionsPrivate;
typedef struct _GVirConfigStoragePermissionsClass GVirConfigStoragePermissionsClass;

/**
 * GVirConfigStoragePermissions:
 *
 * The `<permissions>` of a storage pool or volume target: the owner, group, mode
 * and security label libvirt gives the path.
 */
struct _GVirConfigStoragePermissions
{
    GVirConfigObject parent;

    GVirConfigStoragePermissionsPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigStoragePermissionsClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_storage_permissions_get_type(void);

/**
 * gvir_config_storage_permissions_new:
 *
 * Creates an empty `<permissions>` element.
 *
 * Returns: (transfer full): a new #GVirConfigStoragePermissions
 */
GVirConfigStoragePermissions *gvir_config_storage_permissions_new(void);

/**
 * gvir_config_storage_permissions_new_from_xml:
 * @xml: the XML of a `<permissions>` element
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<permissions>`.
 *
 * Returns: (transfer full): the parsed element, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigStoragePermissions *gvir_config_storage_permissions_new_from_xml(const gchar *xml,
                                                                           GError **error);

/**
 * gvir_config_storage_permissions_get_group:
 * @perms: a #GVirConfigStoragePermissions
 *
 * Returns: the numeric id of the owning group, 0 when unset
 */
guint gvir_config_storage_permissions_get_group(GVirConfigStoragePermissions *perms);

/**
 * gvir_config_storage_permissions_set_group:
 * @perms: a #GVirConfigStoragePermissions
 * @group: the numeric id of the owning group
 */
void gvir_config_storage_permissions_set_group(GVirConfigStoragePermissions *perms, guint group);

/**
 * gvir_config_storage_permissions_get_label:
 * @perms: a #GVirConfigStoragePermissions
 *
 * Returns: (transfer none): the security label (an SELinux context, say), or %NULL
 */
const char *gvir_config_storage_permissions_get_label(GVirConfigStoragePermissions *perms);

/**
 * gvir_config_storage_permissions_set_label:
 * @perms: a #GVirConfigStoragePermissions
 * @label: (allow-none): the security label, or %NULL to remove it
 */
void gvir_config_storage_permissions_set_label(GVirConfigStoragePermissions *perms,
                                               const char *label);

/**
 * gvir_config_storage_permissions_get_mode:
 * @perms: a #GVirConfigStoragePermissions
 *
 * The text of `<mode>` is read as C reads numbers, so libvirt's octal `0755` gives
 * 0755.
 *
 * Returns: the permission bits, 0 when unset
 */
guint gvir_config_storage_permissions_get_mode(GVirConfigStoragePermissions *perms);

/**
 * gvir_config_storage_permissions_set_mode:
 * @perms: a #GVirConfigStoragePermissions
 * @mode: the permission bits
 *
 * The value is written in decimal, as libvirt-glib has always written it.
 */
void gvir_config_storage_permissions_set_mode(GVirConfigStoragePermissions *perms, guint mode);

/**
 * gvir_config_storage_permissions_get_owner:
 * @perms: a #GVirConfigStoragePermissions
 *
 * Returns: the numeric id of the owning user, 0 when unset
 */
guint gvir_config_storage_permissions_get_owner(GVirConfigStoragePermissions *perms);

/**
 * gvir_config_storage_permissions_set_owner:
 * @perms: a #GVirConfigStoragePermissions
 * @owner: the numeric id of the owning user
 */
void gvir_config_storage_permissions_set_owner(GVirConfigStoragePermissions *perms, guint owner);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_STORAGE_PERMISSIONS_H__ */
