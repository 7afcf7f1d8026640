/*
 * libvirt-gobject-node-device.h: a host device
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_NODE_DEVICE_H__
#define __LIBVIRT_GOBJECT_NODE_DEVICE_H__

#include <glib-object.h>
#include <libvirt-gconfig/libvirt-gconfig.h>

G_BEGIN_DECLS

#define GVIR_TYPE_NODE_DEVICE            (gvir_node_device_get_type ())
#define GVIR_NODE_DEVICE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_NODE_DEVICE, GVirNodeDevice))
#define GVIR_NODE_DEVICE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_NODE_DEVICE, GVirNodeDeviceClass))
#define GVIR_IS_NODE_DEVICE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_NODE_DEVICE))
#define GVIR_IS_NODE_DEVICE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_NODE_DEVICE))
#define GVIR_NODE_DEVICE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_NODE_DEVICE, GVirNodeDeviceClass))

#define GVIR_TYPE_NODE_DEVICE_HANDLE     (gvir_node_device_handle_get_type())

typedef struct _GVirNodeDevice GVirNodeDevice;
typedef struct _GVirNodeDevicePrivate GVirNodeDevicePrivate;
typedef struct _GVirNodeDeviceClass GVirNodeDeviceClass;

/**
 * GVirNodeDevice:
 *
 * A host device, around the libvirt object in its "handle" property.
 */
struct _GVirNodeDevice
{
    GObject parent;

    GVirNodeDevicePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirNodeDeviceClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_node_device_get_type(void);
GType gvir_node_device_handle_get_type(void);

/**
 * gvir_node_device_get_name:
 * @device: the device
 *
 * Returns: (transfer none): the device's name, owned by @device
 */
const gchar *gvir_node_device_get_name(GVirNodeDevice *device);

/**
 * gvir_node_device_get_config:
 * @device: the device
 * @flags: libvirt's XML flags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the device's configuration, or %NULL with @err set
 */
GVirConfigNodeDevice *gvir_node_device_get_config(GVirNodeDevice *device,
                                        guint flags,
                                        GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_NODE_DEVICE_H__ */
