/*
 * libvirt-gobject-storage-vol.h: a libvirt storage volume
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_STORAGE_VOL_H__
#define __LIBVIRT_GOBJECT_STORAGE_VOL_H__

#include <gio/gio.h>
#include <libvirt/libvirt.h>
#include <libvirt-gconfig/libvirt-gconfig.h>
#include <libvirt-gobject/libvirt-gobject-stream.h>

G_BEGIN_DECLS

#define GVIR_TYPE_STORAGE_VOL            (gvir_storage_vol_get_type ())
#define GVIR_STORAGE_VOL(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_STORAGE_VOL, GVirStorageVol))
#define GVIR_STORAGE_VOL_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_STORAGE_VOL, GVirStorageVolClass))
#define GVIR_IS_STORAGE_VOL(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_STORAGE_VOL))
#define GVIR_IS_STORAGE_VOL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_STORAGE_VOL))
#define GVIR_STORAGE_VOL_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_STORAGE_VOL, GVirStorageVolClass))

#define GVIR_TYPE_STORAGE_VOL_INFO       (gvir_storage_vol_info_get_type())
#define GVIR_TYPE_STORAGE_VOL_HANDLE     (gvir_storage_vol_handle_get_type())

typedef struct _GVirStorageVol GVirStorageVol;
typedef struct _GVirStorageVolPrivate GVirStorageVolPrivate;
typedef struct _GVirStorageVolClass GVirStorageVolClass;

/**
 * GVirStorageVol:
 *
 * A libvirt storage volume.
 */
struct _GVirStorageVol
{
    GObject parent;

    GVirStorageVolPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirStorageVolClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirStorageVolType:
 * @GVIR_STORAGE_VOL_STATE_FILE: a file
 * @GVIR_STORAGE_VOL_STATE_BLOCK: a block device
 * @GVIR_STORAGE_VOL_STATE_DIR: a directory
 *
 * What a volume is.
 */
typedef enum {
    GVIR_STORAGE_VOL_STATE_FILE  = 0,
    GVIR_STORAGE_VOL_STATE_BLOCK = 1,
    GVIR_STORAGE_VOL_STATE_DIR   = 2,
} GVirStorageVolType;

/**
 * GVirStorageVolResizeFlags:
 * @GVIR_STORAGE_VOL_RESIZE_NONE: no flags
 * @GVIR_STORAGE_VOL_RESIZE_ALLOCATE: allocate the new size too
 * @GVIR_STORAGE_VOL_RESIZE_DELTA: the size is added to the current one
 * @GVIR_STORAGE_VOL_RESIZE_SHRINK: shrinking is allowed (with
 *   #GVIR_STORAGE_VOL_RESIZE_DELTA, the size is taken off)
 *
 * How gvir_storage_vol_resize() resizes.
 */
typedef enum {
    GVIR_STORAGE_VOL_RESIZE_NONE     = 0,
    GVIR_STORAGE_VOL_RESIZE_ALLOCATE = VIR_STORAGE_VOL_RESIZE_ALLOCATE,
    GVIR_STORAGE_VOL_RESIZE_DELTA    = VIR_STORAGE_VOL_RESIZE_DELTA,
    GVIR_STORAGE_VOL_RESIZE_SHRINK   = VIR_STORAGE_VOL_RESIZE_SHRINK,
} GVirStorageVolResizeFlags;

typedef struct _GVirStorageVolInfo GVirStorageVolInfo;

/**
 * GVirStorageVolInfo:
 * @type: what the volume is
 * @capacity: its size, in bytes
 * @allocation: the bytes allocated
 *
 * A volume's kind and sizes, from gvir_storage_vol_get_info().
 */
struct _GVirStorageVolInfo
{
    GVirStorageVolType type;
    guint64 capacity;
    guint64 allocation;
};

GType gvir_storage_vol_get_type(void);
GType gvir_storage_vol_info_get_type(void);
GType gvir_storage_vol_handle_get_type(void);

/**
 * gvir_storage_vol_get_name:
 * @vol: the volume
 *
 * Returns: (transfer none): the volume's name, owned by @vol
 */
const gchar *gvir_storage_vol_get_name(GVirStorageVol *vol);

/**
 * gvir_storage_vol_get_path:
 * @vol: the volume
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer none): the volume's path on the host, owned by @vol, or %NULL with
 *   @error set
 */
const gchar *gvir_storage_vol_get_path(GVirStorageVol *vol, GError **error);

/**
 * gvir_storage_vol_delete:
 * @vol: the volume
 * @flags: libvirt's flags
 * @err: return location for a #GError, or %NULL
 *
 * Deletes the volume and forgets it in its pool.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_vol_delete(GVirStorageVol *vol,
                                 guint flags,
                                 GError **err);

/**
 * gvir_storage_vol_get_config:
 * @vol: the volume
 * @flags: libvirt's XML flags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the volume's configuration, or %NULL with @err set
 */
GVirConfigStorageVol *gvir_storage_vol_get_config(GVirStorageVol *vol,
                                                  guint flags,
                                                  GError **err);

/**
 * gvir_storage_vol_get_info:
 * @vol: the volume
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the volume's kind and sizes (free with g_boxed_free()), or %NULL
 *   with @err set
 */
GVirStorageVolInfo *gvir_storage_vol_get_info(GVirStorageVol *vol,
                                              GError **err);

/**
 * gvir_storage_vol_resize:
 * @vol: the volume
 * @capacity: the new size, in bytes
 * @flags: (type GVirStorageVolResizeFlags): #GVirStorageVolResizeFlags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_vol_resize(GVirStorageVol *vol,
                                 guint64 capacity,
                                 guint flags,
                                 GError **err);

/**
 * gvir_storage_vol_download:
 * @vol: the volume
 * @stream: the stream that will carry the data
 * @offset: where to start, in bytes
 * @length: how many bytes (0: to the end)
 * @flags: libvirt's flags
 * @err: return location for a #GError, or %NULL
 *
 * Starts sending the volume's contents into @stream.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_vol_download(GVirStorageVol *vol,
                                   GVirStream *stream,
                                   guint64 offset,
                                   guint64 length,
                                   guint flags,
                                   GError **err);

/**
 * gvir_storage_vol_upload:
 * @vol: the volume
 * @stream: the stream that will carry the data
 * @offset: where to start writing, in bytes
 * @length: how many bytes (0: all @stream carries)
 * @flags: libvirt's flags
 * @err: return location for a #GError, or %NULL
 *
 * Starts writing what @stream carries into the volume.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_storage_vol_upload(GVirStorageVol *vol,
                                 GVirStream *stream,
                                 guint64 offset,
                                 guint64 length,
                                 guint flags,
                                 GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_STORAGE_VOL_H__ */
