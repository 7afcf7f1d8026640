/*
 * libvirt-gconfig-node-device.h: a libvirt host device description (<device>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_NODE_DEVICE_H__
#define __LIBVIRT_GCONFIG_NODE_DEVICE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_NODE_DEVICE            (gvir_config_node_device_get_type ())
#define GVIR_CONFIG_NODE_DEVICE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_NODE_DEVICE, GVirConfigNodeDevice))
#define GVIR_CONFIG_NODE_DEVICE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_NODE_DEVICE, GVirConfigNodeDeviceClass))
#define GVIR_CONFIG_IS_NODE_DEVICE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_NODE_DEVICE))
#define GVIR_CONFIG_IS_NODE_DEVICE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_NODE_DEVICE))
#define GVIR_CONFIG_NODE_DEVICE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_NODE_DEVICE, GVirConfigNodeDeviceClass))

typedef struct _GVirConfigNodeDevice GVirConfigNodeDevice;
typedef struct _GVirConfigNodeDevicePrivate GVirConfigNodeDevicePrivate;
typedef struct _GVirConfigNodeDeviceClass GVirConfigNodeDeviceClass;

/**
 * GVirConfigNodeDevice:
 *
 * A host device description: the `<device>` document of libvirt's node device API
 * (schema `nodedev.rng`).
 */
struct _GVirConfigNodeDevice
{
    GVirConfigObject parent;

    GVirConfigNodeDevicePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigNodeDeviceClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_node_device_get_type(void);

/**
 * gvir_config_node_device_new:
 *
 * Creates an empty `<device>` host device description.
 *
 * Returns: (transfer full): a new #GVirConfigNodeDevice
 */
GVirConfigNodeDevice *gvir_config_node_device_new(void);

/**
 * gvir_config_node_device_new_from_xml:
 * @xml: the XML of a `<device>` host device description
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<device>`.
 *
 * Returns: (transfer full): the parsed host device description, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigNodeDevice *gvir_config_node_device_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_node_device_get_name:
 * @device: a #GVirConfigNodeDevice
 *
 * The name libvirt knows the device by (`<name>`, e.g. `pci_0000_00_02_0`).
 *
 * Returns: (nullable): the name, or %NULL when the document has none
 */
const gchar *gvir_config_node_device_get_name(GVirConfigNodeDevice *device);

/**
 * gvir_config_node_device_get_path:
 * @device: a #GVirConfigNodeDevice
 *
 * Returns: (nullable): the device's sysfs path (`<path>`), or %NULL
 */
const gchar *gvir_config_node_device_get_path(GVirConfigNodeDevice *device);

/**
 * gvir_config_node_device_get_parent:
 * @device: a #GVirConfigNodeDevice
 *
 * Returns: (nullable): the name of the parent device (`<parent>`), or %NULL
 */
const gchar *gvir_config_node_device_get_parent(GVirConfigNodeDevice *device);

/**
 * gvir_config_node_device_get_driver_name:
 * @device: a #GVirConfigNodeDevice
 *
 * Returns: (nullable): the kernel driver bound to the device (`<driver><name>`), or %NULL
 */
const gchar *gvir_config_node_device_get_driver_name(GVirConfigNodeDevice *device);

/**
 * gvir_config_node_device_get_capabilities:
 * @device: a #GVirConfigNodeDevice
 *
 * The device's `<capability>` elements, in document order. Each object views @device's
 * document.
 *
 * Returns: (element-type LibvirtGConfig.NodeDeviceCapability) (transfer full): the capabilities
 */
GList *gvir_config_node_device_get_capabilities(GVirConfigNodeDevice *device);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_NODE_DEVICE_H__ */
