/*
 * libvirt-gconfig-storage-vol-backing-store.h: the image a storage volume is layered on (<backingStore>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_STORAGE_VOL_BACKING_STORE_H__
#define __LIBVIRT_GCONFIG_STORAGE_VOL_BACKING_STORE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_STORAGE_VOL_BACKING_STORE            (gvir_config_storage_vol_backing_store_get_type ())
#define GVIR_CONFIG_STORAGE_VOL_BACKING_STORE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL_BACKING_STORE, GVirConfigStorageVolBackingStore))
#define GVIR_CONFIG_STORAGE_VOL_BACKING_STORE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_STORAGE_VOL_BACKING_STORE, GVirConfigStorageVolBackingStoreClass))
#define GVIR_CONFIG_IS_STORAGE_VOL_BACKING_STORE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL_BACKING_STORE))
#define GVIR_CONFIG_IS_STORAGE_VOL_BACKING_STORE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_STORAGE_VOL_BACKING_STORE))
#define GVIR_CONFIG_STORAGE_VOL_BACKING_STORE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_STORAGE_VOL_BACKING_STORE, GVirConfigStorageVolBackingStoreClass))

typedef struct _GVirConfigStorageVolBackingStore GVirConfigStorageVolBackingStore;
typedef struct _GVirConfigStorageVolBackingStorePrivate GVirConfigStorageVolBackingStorePrivate;
typedef struct _GVirConfigStorageVolBackingStoreClass GVirConfigStorageVolBackingStoreClass;

/**
 * GVirConfigStorageVolBackingStore:
 *
 * The `<backingStore>` of a storage volume: the image a copy-on-write volume is
 * layered on.
 */
struct _GVirConfigStorageVolBackingStore
{
    GVirConfigObject parent;

    GVirConfigStorageVolBackingStorePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigStorageVolBackingStoreClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_storage_vol_backing_store_get_type(void);

/**
 * gvir_config_storage_vol_backing_store_new:
 *
 * Creates an empty `<backingStore>` element.
 *
 * Returns: (transfer full): a new #GVirConfigStorageVolBackingStore
 */
GVirConfigStorageVolBackingStore *gvir_config_storage_vol_backing_store_new(void);

/**
 * gvir_config_storage_vol_backing_store_new_from_xml:
 * @xml: the XML of a `<backingStore>` element
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<backingStore>`.
 *
 * Returns: (transfer full): the parsed element, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigStorageVolBackingStore *gvir_config_storage_vol_backing_store_new_from_xml(const gchar *xml,
                                                                                     GError **error);

/**
 * gvir_config_storage_vol_backing_store_set_format:
 * @backing_store: a #GVirConfigStorageVolBackingStore
 * @format: the format of the backing image (`raw`, `qcow2`, ...)
 *
 * Replaces `<format>` with an element holding only @format.
 */
void gvir_config_storage_vol_backing_store_set_format(GVirConfigStorageVolBackingStore *backing_store,
                                                      const char *format);

/**
 * gvir_config_storage_vol_backing_store_set_path:
 * @backing_store: a #GVirConfigStorageVolBackingStore
 * @path: (allow-none): the path of the backing image, or %NULL to remove it
 */
void gvir_config_storage_vol_backing_store_set_path(GVirConfigStorageVolBackingStore *backing_store,
                                                    const char *path);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_STORAGE_VOL_BACKING_STORE_H__ */
