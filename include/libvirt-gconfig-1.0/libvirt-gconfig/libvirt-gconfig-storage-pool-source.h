/*
 * libvirt-gconfig-storage-pool-source.h: where a storage pool's storage comes from (<source>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_STORAGE_POOL_SOURCE_H__
#define __LIBVIRT_GCONFIG_STORAGE_POOL_SOURCE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_STORAGE_POOL_SOURCE            (gvir_config_storage_pool_source_get_type ())
#define GVIR_CONFIG_STORAGE_POOL_SOURCE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL_SOURCE, GVirConfigStoragePoolSource))
#define GVIR_CONFIG_STORAGE_POOL_SOURCE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_STORAGE_POOL_SOURCE, GVirConfigStoragePoolSourceClass))
#define GVIR_CONFIG_IS_STORAGE_POOL_SOURCE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL_SOURCE))
#define GVIR_CONFIG_IS_STORAGE_POOL_SOURCE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_STORAGE_POOL_SOURCE))
#define GVIR_CONFIG_STORAGE_POOL_SOURCE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL_SOURCE, GVirConfigStoragePoolSourceClass))

typedef struct _GVirConfigStoragePoolSource GVirConfigStoragePoolSource;
typedef struct _GVirConfigStoragePoolSourcePrivate GVirConfigStoragePoolSourcePrivate;
typedef struct _GVirConfigStoragePoolSourceClass GVirConfigStoragePoolSourceClass;

/**
 * GVirConfigStoragePoolSource:
 *
 * The `<source>` of a storage pool: the host, device, directory or volume group
 * the pool's storage comes from.
 */
struct _GVirConfigStoragePoolSource
{
    GVirConfigObject parent;

    GVirConfigStoragePoolSourcePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigStoragePoolSourceClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_storage_pool_source_get_type(void);

/**
 * gvir_config_storage_pool_source_new:
 *
 * Creates an empty `<source>` element.
 *
 * Returns: (transfer full): a new #GVirConfigStoragePoolSource
 */
GVirConfigStoragePoolSource *gvir_config_storage_pool_source_new(void);

/**
 * gvir_config_storage_pool_source_new_from_xml:
 * @xml: the XML of a `<source>` element
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<source>`.
 *
 * Returns: (transfer full): the parsed element, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigStoragePoolSource *gvir_config_storage_pool_source_new_from_xml(const gchar *xml,
                                                                          GError **error);

/**
 * gvir_config_storage_pool_source_get_adapter:
 * @source: a #GVirConfigStoragePoolSource
 *
 * Returns: (transfer none): the name of the SCSI host adapter (`<adapter name>`), or %NULL
 */
const char *gvir_config_storage_pool_source_get_adapter(GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_source_set_adapter:
 * @source: a #GVirConfigStoragePoolSource
 * @adapter: the name of the SCSI host adapter
 *
 * Replaces `<adapter>` with an element holding only @adapter.
 */
void gvir_config_storage_pool_source_set_adapter(GVirConfigStoragePoolSource *source,
                                                 const char *adapter);

/**
 * gvir_config_storage_pool_source_get_device_path:
 * @source: a #GVirConfigStoragePoolSource
 *
 * Returns: (transfer none): the path of the first source device (`<device path>`), or
 *   %NULL
 */
const char *gvir_config_storage_pool_source_get_device_path(GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_source_set_device_path:
 * @source: a #GVirConfigStoragePoolSource
 * @device_path: the path of the source device
 *
 * Sets the path of the first `<device>` (created if needed), keeping its other
 * attributes and its free extents.
 */
void gvir_config_storage_pool_source_set_device_path(GVirConfigStoragePoolSource *source,
                                                     const char *device_path);

/**
 * gvir_config_storage_pool_source_get_directory:
 * @source: a #GVirConfigStoragePoolSource
 *
 * Reads `<directory path>`, the element libvirt-glib writes (libvirt's own is `<dir>`).
 *
 * Returns: (transfer none): the source directory, or %NULL
 */
const char *gvir_config_storage_pool_source_get_directory(GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_source_set_directory:
 * @source: a #GVirConfigStoragePoolSource
 * @directory: the source directory
 *
 * Replaces `<directory>` with an element holding only @directory.
 */
void gvir_config_storage_pool_source_set_directory(GVirConfigStoragePoolSource *source,
                                                   const char *directory);

/**
 * gvir_config_storage_pool_source_get_format:
 * @source: a #GVirConfigStoragePoolSource
 *
 * Returns: (transfer none): the format of the source (`lvm2`, `nfs`, `gpt`, ...) (`<format type>`), or %NULL
 */
const char *gvir_config_storage_pool_source_get_format(GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_source_set_format:
 * @source: a #GVirConfigStoragePoolSource
 * @format: the format of the source (`lvm2`, `nfs`, `gpt`, ...)
 *
 * Replaces `<format>` with an element holding only @format.
 */
void gvir_config_storage_pool_source_set_format(GVirConfigStoragePoolSource *source,
                                                const char *format);

/**
 * gvir_config_storage_pool_source_get_host:
 * @source: a #GVirConfigStoragePoolSource
 *
 * Returns: (transfer none): the host serving the storage (`<host name>`), or %NULL
 */
const char *gvir_config_storage_pool_source_get_host(GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_source_set_host:
 * @source: a #GVirConfigStoragePoolSource
 * @host: the host serving the storage
 *
 * Replaces `<host>` with an element holding only @host.
 */
void gvir_config_storage_pool_source_set_host(GVirConfigStoragePoolSource *source,
                                              const char *host);

/**
 * gvir_config_storage_pool_source_get_name:
 * @source: a #GVirConfigStoragePoolSource
 *
 * Returns: (transfer none): the source name (a volume group, say), or %NULL
 */
const char *gvir_config_storage_pool_source_get_name(GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_source_set_name:
 * @source: a #GVirConfigStoragePoolSource
 * @name: (allow-none): the source name, or %NULL to remove it
 */
void gvir_config_storage_pool_source_set_name(GVirConfigStoragePoolSource *source,
                                              const char *name);

/**
 * gvir_config_storage_pool_source_get_product:
 * @source: a #GVirConfigStoragePoolSource
 *
 * Returns: (transfer none): the product name of the source device (`<product name>`), or %NULL
 */
const char *gvir_config_storage_pool_source_get_product(GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_source_set_product:
 * @source: a #GVirConfigStoragePoolSource
 * @product: the product name of the source device
 *
 * Replaces `<product>` with an element holding only @product.
 */
void gvir_config_storage_pool_source_set_product(GVirConfigStoragePoolSource *source,
                                                 const char *product);

/**
 * gvir_config_storage_pool_source_get_vendor:
 * @source: a #GVirConfigStoragePoolSource
 *
 * Returns: (transfer none): the vendor name of the source device (`<vendor name>`), or %NULL
 */
const char *gvir_config_storage_pool_source_get_vendor(GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_source_set_vendor:
 * @source: a #GVirConfigStoragePoolSource
 * @vendor: the vendor name of the source device
 *
 * Replaces `<vendor>` with an element holding only @vendor.
 */
void gvir_config_storage_pool_source_set_vendor(GVirConfigStoragePoolSource *source,
                                                const char *vendor);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_STORAGE_POOL_SOURCE_H__ */
