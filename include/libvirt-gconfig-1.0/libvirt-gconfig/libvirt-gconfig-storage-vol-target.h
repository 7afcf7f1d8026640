/*
 * libvirt-gconfig-storage-vol-target.h: how a storage volume is stored (<target>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_STORAGE_VOL_TARGET_H__
#define __LIBVIRT_GCONFIG_STORAGE_VOL_TARGET_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-storage-permissions.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET            (gvir_config_storage_vol_target_get_type ())
#define GVIR_CONFIG_STORAGE_VOL_TARGET(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET, GVirConfigStorageVolTarget))
#define GVIR_CONFIG_STORAGE_VOL_TARGET_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET, GVirConfigStorageVolTargetClass))
#define GVIR_CONFIG_IS_STORAGE_VOL_TARGET(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET))
#define GVIR_CONFIG_IS_STORAGE_VOL_TARGET_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET))
#define GVIR_CONFIG_STORAGE_VOL_TARGET_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET, GVirConfigStorageVolTargetClass))

typedef struct _GVirConfigStorageVolTarget GVirConfigStorageVolTarget;
typedef struct _GVirConfigStorageVolTargetPrivate GVirConfigStorageVolTargetPrivate;
typedef struct _GVirConfigStorageVolTargetClass GVirConfigStorageVolTargetClass;

/**
 * GVirConfigStorageVolTarget:
 *
 * The `<target>` of a storage volume: its image format, format options and
 * permissions.
 */
struct _GVirConfigStorageVolTarget
{
    GVirConfigObject parent;

    GVirConfigStorageVolTargetPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigStorageVolTargetClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigStorageVolTargetFeatures:
 * @GVIR_CONFIG_STORAGE_VOL_TARGET_FEATURE_LAZY_REFCOUNT: lazy refcounts (qcow2 v3)
 *
 * Optional features of a volume's image format.
 */
typedef enum {
    GVIR_CONFIG_STORAGE_VOL_TARGET_FEATURE_LAZY_REFCOUNT = 1 << 0
} GVirConfigStorageVolTargetFeatures;

GType gvir_config_storage_vol_target_get_type(void);

/**
 * gvir_config_storage_vol_target_new:
 *
 * Creates an empty `<target>` element.
 *
 * Returns: (transfer full): a new #GVirConfigStorageVolTarget
 */
GVirConfigStorageVolTarget *gvir_config_storage_vol_target_new(void);

/**
 * gvir_config_storage_vol_target_new_from_xml:
 * @xml: the XML of a `<target>` element
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<target>`.
 *
 * Returns: (transfer full): the parsed element, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigStorageVolTarget *gvir_config_storage_vol_target_new_from_xml(const gchar *xml,
                                                                        GError **error);

/**
 * gvir_config_storage_vol_target_set_compat:
 * @target: a #GVirConfigStorageVolTarget
 * @compat: (allow-none): the qcow2 compatibility level (`0.10`, `1.1`), or %NULL
 *   to remove it
 */
void gvir_config_storage_vol_target_set_compat(GVirConfigStorageVolTarget *target,
                                               const char *compat);

/**
 * gvir_config_storage_vol_target_set_format:
 * @target: a #GVirConfigStorageVolTarget
 * @format: the image format (`raw`, `qcow2`, ...)
 *
 * Replaces `<format>` with an element holding only @format.
 */
void gvir_config_storage_vol_target_set_format(GVirConfigStorageVolTarget *target,
                                               const char *format);

/**
 * gvir_config_storage_vol_target_set_permissions:
 * @target: a #GVirConfigStorageVolTarget
 * @perms: (allow-none): the new permissions, or %NULL to remove them
 *
 * Makes @perms the volume's permissions, replacing any. Its element moves into
 * @target's document: later changes made through @perms show in @target.
 */
void gvir_config_storage_vol_target_set_permissions(GVirConfigStorageVolTarget *target,
                                                    GVirConfigStoragePermissions *perms);

/**
 * gvir_config_storage_vol_target_set_features:
 * @target: a #GVirConfigStorageVolTarget
 * @features: a mask of #GVirConfigStorageVolTargetFeatures
 *
 * When @features is not 0, rewrites `<features>` to list exactly those features;
 * with 0 nothing changes.
 */
void gvir_config_storage_vol_target_set_features(GVirConfigStorageVolTarget *target,
                                                 guint64 features);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_STORAGE_VOL_TARGET_H__ */
