/*
 * libvirt-gconfig-storage-pool.h: a libvirt storage pool definition (<pool>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_STORAGE_POOL_H__
#define __LIBVIRT_GCONFIG_STORAGE_POOL_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-storage-pool-source.h>
#include <libvirt-gconfig/libvirt-gconfig-storage-pool-target.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_STORAGE_POOL            (gvir_config_storage_pool_get_type ())
#define GVIR_CONFIG_STORAGE_POOL(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL, GVirConfigStoragePool))
#define GVIR_CONFIG_STORAGE_POOL_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_STORAGE_POOL, GVirConfigStoragePoolClass))
#define GVIR_CONFIG_IS_STORAGE_POOL(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL))
#define GVIR_CONFIG_IS_STORAGE_POOL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_STORAGE_POOL))
#define GVIR_CONFIG_STORAGE_POOL_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_STORAGE_POOL, GVirConfigStoragePoolClass))

typedef struct _GVirConfigStoragePool GVirConfigStoragePool;
typedef struct _GVirConfigStoragePoolPrivate GVirConfigStoragePoolPrivate;
typedef struct _GVirConfigStoragePoolClass GVirConfigStoragePoolClass;

/**
 * GVirConfigStoragePool:
 *
 * A storage pool definition: the `<pool>` document of libvirt (schema
 * `storagepool.rng`).
 */
struct _GVirConfigStoragePool
{
    GVirConfigObject parent;

    GVirConfigStoragePoolPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigStoragePoolClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigStoragePoolType:
 * @GVIR_CONFIG_STORAGE_POOL_TYPE_DIR: a directory of image files
 * @GVIR_CONFIG_STORAGE_POOL_TYPE_FS: a local file system, mounted by libvirt
 * @GVIR_CONFIG_STORAGE_POOL_TYPE_NETFS: a network file system, mounted by libvirt
 * @GVIR_CONFIG_STORAGE_POOL_TYPE_LOGICAL: an LVM volume group
 * @GVIR_CONFIG_STORAGE_POOL_TYPE_DISK: a partitioned disk
 * @GVIR_CONFIG_STORAGE_POOL_TYPE_ISCSI: an iSCSI target
 * @GVIR_CONFIG_STORAGE_POOL_TYPE_SCSI: a SCSI host adapter
 * @GVIR_CONFIG_STORAGE_POOL_TYPE_MPATH: multipath devices
 *
 * The kind of storage behind a pool (the `type` attribute of `<pool>`).
 */
typedef enum {
    GVIR_CONFIG_STORAGE_POOL_TYPE_DIR,
    GVIR_CONFIG_STORAGE_POOL_TYPE_FS,
    GVIR_CONFIG_STORAGE_POOL_TYPE_NETFS,
    GVIR_CONFIG_STORAGE_POOL_TYPE_LOGICAL,
    GVIR_CONFIG_STORAGE_POOL_TYPE_DISK,
    GVIR_CONFIG_STORAGE_POOL_TYPE_ISCSI,
    GVIR_CONFIG_STORAGE_POOL_TYPE_SCSI,
    GVIR_CONFIG_STORAGE_POOL_TYPE_MPATH
} GVirConfigStoragePoolType;

GType gvir_config_storage_pool_get_type(void);

/**
 * gvir_config_storage_pool_new:
 *
 * Creates an empty `<pool>` storage pool definition.
 *
 * Returns: (transfer full): a new #GVirConfigStoragePool
 */
GVirConfigStoragePool *gvir_config_storage_pool_new(void);

/**
 * gvir_config_storage_pool_new_from_xml:
 * @xml: the XML of a `<pool>` storage pool definition
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<pool>`.
 *
 * Returns: (transfer full): the parsed storage pool definition, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigStoragePool *gvir_config_storage_pool_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_storage_pool_get_allocation:
 * @pool: a #GVirConfigStoragePool
 *
 * The number is returned as written: a `unit` attribute is not applied (libvirt
 * writes bytes).
 *
 * Returns: the space allocated in the pool, 0 when unset
 */
guint64 gvir_config_storage_pool_get_allocation(GVirConfigStoragePool *pool);

/**
 * gvir_config_storage_pool_set_allocation:
 * @pool: a #GVirConfigStoragePool
 * @allocation: the space allocated in the pool, in bytes
 */
void gvir_config_storage_pool_set_allocation(GVirConfigStoragePool *pool, guint64 allocation);

/**
 * gvir_config_storage_pool_get_available:
 * @pool: a #GVirConfigStoragePool
 *
 * The number is returned as written: a `unit` attribute is not applied (libvirt
 * writes bytes).
 *
 * Returns: the free space left in the pool, 0 when unset
 */
guint64 gvir_config_storage_pool_get_available(GVirConfigStoragePool *pool);

/**
 * gvir_config_storage_pool_set_available:
 * @pool: a #GVirConfigStoragePool
 * @available: the free space left in the pool, in bytes
 */
void gvir_config_storage_pool_set_available(GVirConfigStoragePool *pool, guint64 available);

/**
 * gvir_config_storage_pool_get_capacity:
 * @pool: a #GVirConfigStoragePool
 *
 * The number is returned as written: a `unit` attribute is not applied (libvirt
 * writes bytes).
 *
 * Returns: the total size of the pool, 0 when unset
 */
guint64 gvir_config_storage_pool_get_capacity(GVirConfigStoragePool *pool);

/**
 * gvir_config_storage_pool_set_capacity:
 * @pool: a #GVirConfigStoragePool
 * @capacity: the total size of the pool, in bytes
 */
void gvir_config_storage_pool_set_capacity(GVirConfigStoragePool *pool, guint64 capacity);

/**
 * gvir_config_storage_pool_get_name:
 * @pool: a #GVirConfigStoragePool
 *
 * Returns: (transfer none): the pool's name, or %NULL when it has none
 */
const char *gvir_config_storage_pool_get_name(GVirConfigStoragePool *pool);

/**
 * gvir_config_storage_pool_set_name:
 * @pool: a #GVirConfigStoragePool
 * @name: (allow-none): the new name, or %NULL to remove it
 */
void gvir_config_storage_pool_set_name(GVirConfigStoragePool *pool, const char *name);

/**
 * gvir_config_storage_pool_get_pool_type:
 * @pool: a #GVirConfigStoragePool
 *
 * Returns: the pool type; %GVIR_CONFIG_STORAGE_POOL_TYPE_DIR when unset or not one of
 *   #GVirConfigStoragePoolType
 */
GVirConfigStoragePoolType gvir_config_storage_pool_get_pool_type(GVirConfigStoragePool *pool);

/**
 * gvir_config_storage_pool_set_pool_type:
 * @pool: a #GVirConfigStoragePool
 * @type: the pool type
 */
void gvir_config_storage_pool_set_pool_type(GVirConfigStoragePool *pool,
                                            GVirConfigStoragePoolType type);

/**
 * gvir_config_storage_pool_get_source:
 * @pool: a #GVirConfigStoragePool
 *
 * Returns: (transfer full): a new object viewing the pool's `<source>`, or %NULL
 *   when it has none
 */
GVirConfigStoragePoolSource *gvir_config_storage_pool_get_source(GVirConfigStoragePool *pool);

/**
 * gvir_config_storage_pool_set_source:
 * @pool: a #GVirConfigStoragePool
 * @source: (allow-none): the new source, or %NULL to remove it
 *
 * Makes @source the pool's source, replacing any. Its element moves into @pool's
 * document: later changes made through @source show in @pool.
 */
void gvir_config_storage_pool_set_source(GVirConfigStoragePool *pool,
                                         GVirConfigStoragePoolSource *source);

/**
 * gvir_config_storage_pool_get_target:
 * @pool: a #GVirConfigStoragePool
 *
 * Returns: (transfer full): a new object viewing the pool's `<target>`, or %NULL
 *   when it has none
 */
GVirConfigStoragePoolTarget *gvir_config_storage_pool_get_target(GVirConfigStoragePool *pool);

/**
 * gvir_config_storage_pool_set_target:
 * @pool: a #GVirConfigStoragePool
 * @target: (allow-none): the new target, or %NULL to remove it
 *
 * Makes @target the pool's target, replacing any. Its element moves into @pool's
 * document: later changes made through @target show in @pool.
 */
void gvir_config_storage_pool_set_target(GVirConfigStoragePool *pool,
                                         GVirConfigStoragePoolTarget *target);

/**
 * gvir_config_storage_pool_get_uuid:
 * @pool: a #GVirConfigStoragePool
 *
 * Returns: (transfer none): the pool's UUID, or %NULL when it has none
 */
const char *gvir_config_storage_pool_get_uuid(GVirConfigStoragePool *pool);

/**
 * gvir_config_storage_pool_set_uuid:
 * @pool: a #GVirConfigStoragePool
 * @uuid: (allow-none): the new UUID, or %NULL to remove it
 */
void gvir_config_storage_pool_set_uuid(GVirConfigStoragePool *pool, const char *uuid);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_STORAGE_POOL_H__ */
