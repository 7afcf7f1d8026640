/*
 * libvirt-gconfig-storage-vol.h: a libvirt storage volume definition (<volume>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_STORAGE_VOL_H__
#define __LIBVIRT_GCONFIG_STORAGE_VOL_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-storage-vol-backing-store.h>
#include <libvirt-gconfig/libvirt-gconfig-storage-vol-target.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_STORAGE_VOL            (gvir_config_storage_vol_get_type ())
#define GVIR_CONFIG_STORAGE_VOL(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL, GVirConfigStorageVol))
#define GVIR_CONFIG_STORAGE_VOL_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_STORAGE_VOL, GVirConfigStorageVolClass))
#define GVIR_CONFIG_IS_STORAGE_VOL(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL))
#define GVIR_CONFIG_IS_STORAGE_VOL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_STORAGE_VOL))
#define GVIR_CONFIG_STORAGE_VOL_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL, GVirConfigStorageVolClass))

typedef struct _GVirConfigStorageVol GVirConfigStorageVol;
typedef struct _GVirConfigStorageVolPrivate GVirConfigStorageVolPrivate;
typedef struct _GVirConfigStorageVolClass GVirConfigStorageVolClass;

/**
 * GVirConfigStorageVol:
 *
 * A storage volume definition: the `<volume>` document of libvirt (schema
 * `storagevol.rng`).
 */
struct _GVirConfigStorageVol
{
    GVirConfigObject parent;

    GVirConfigStorageVolPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigStorageVolClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_storage_vol_get_type(void);

/**
 * gvir_config_storage_vol_new:
 *
 * Creates an empty `<volume>` storage volume definition.
 *
 * Returns: (transfer full): a new #GVirConfigStorageVol
 */
GVirConfigStorageVol *gvir_config_storage_vol_new(void);

/**
 * gvir_config_storage_vol_new_from_xml:
 * @xml: the XML of a `<volume>` storage volume definition
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<volume>`.
 *
 * Returns: (transfer full): the parsed storage volume definition, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigStorageVol *gvir_config_storage_vol_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_storage_vol_set_allocation:
 * @vol: a #GVirConfigStorageVol
 * @allocation: the space to allocate up front, in bytes
 */
void gvir_config_storage_vol_set_allocation(GVirConfigStorageVol *vol, guint64 allocation);

/**
 * gvir_config_storage_vol_set_backing_store:
 * @vol: a #GVirConfigStorageVol
 * @backing_store: (allow-none): the new backing store, or %NULL to remove it
 *
 * Makes @backing_store the volume's backing store, replacing any. Its element moves
 * into @vol's document: later changes made through @backing_store show in @vol.
 */
void gvir_config_storage_vol_set_backing_store(GVirConfigStorageVol *vol,
                                               GVirConfigStorageVolBackingStore *backing_store);

/**
 * gvir_config_storage_vol_set_capacity:
 * @vol: a #GVirConfigStorageVol
 * @capacity: the size of the volume, in bytes
 */
void gvir_config_storage_vol_set_capacity(GVirConfigStorageVol *vol, guint64 capacity);

/**
 * gvir_config_storage_vol_set_name:
 * @vol: a #GVirConfigStorageVol
 * @name: (allow-none): the new name, or %NULL to remove it
 */
void gvir_config_storage_vol_set_name(GVirConfigStorageVol *vol, const char *name);

/**
 * gvir_config_storage_vol_set_target:
 * @vol: a #GVirConfigStorageVol
 * @target: (allow-none): the new target, or %NULL to remove it
 *
 * Makes @target the volume's target, replacing any. Its element moves into @vol's
 * document: later changes made through @target show in @vol.
 */
void gvir_config_storage_vol_set_target(GVirConfigStorageVol *vol,
                                        GVirConfigStorageVolTarget *target);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_STORAGE_VOL_H__ */
