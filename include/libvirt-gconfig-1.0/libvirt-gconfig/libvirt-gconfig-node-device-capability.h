/*
 * libvirt-gconfig-node-device-capability.h: one capability of a host device (<capability>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_NODE_DEVICE_CAPABILITY_H__
#define __LIBVIRT_GCONFIG_NODE_DEVICE_CAPABILITY_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_NODE_DEVICE_CAPABILITY (gvir_config_node_device_capability_get_type ())
#define GVIR_CONFIG_NODE_DEVICE_CAPABILITY(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_NODE_DEVICE_CAPABILITY, GVirConfigNodeDeviceCapability))
#define GVIR_CONFIG_NODE_DEVICE_CAPABILITY_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_NODE_DEVICE_CAPABILITY, GVirConfigNodeDeviceCapabilityClass))
#define GVIR_CONFIG_IS_NODE_DEVICE_CAPABILITY(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_NODE_DEVICE_CAPABILITY))
#define GVIR_CONFIG_IS_NODE_DEVICE_CAPABILITY_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_NODE_DEVICE_CAPABILITY))
#define GVIR_CONFIG_NODE_DEVICE_CAPABILITY_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_NODE_DEVICE_CAPABILITY, GVirConfigNodeDeviceCapabilityClass))

typedef struct _GVirConfigNodeDeviceCapability GVirConfigNodeDeviceCapability;
typedef struct _GVirConfigNodeDeviceCapabilityPrivate GVirConfigNodeDeviceCapabilityPrivate;
typedef struct _GVirConfigNodeDeviceCapabilityClass GVirConfigNodeDeviceCapabilityClass;

/**
 * GVirConfigNodeDeviceCapability:
 *
 * One `<capability type='...'>` of a host device: its kind (`pci`, `usb_device`, `net`,
 * `storage`, `system`, ...) and the identifiers that kind carries. Capabilities nest (a PCI
 * device's `virt_functions` or `mdev_types`). The getters of another kind's details return
 * %NULL or -1.
 */
struct _GVirConfigNodeDeviceCapability
{
    GVirConfigObject parent;

    GVirConfigNodeDeviceCapabilityPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigNodeDeviceCapabilityClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_node_device_capability_get_type(void);

/**
 * gvir_config_node_device_capability_new:
 *
 * Returns: (transfer full): an empty `<capability/>`
 */
GVirConfigNodeDeviceCapability *gvir_config_node_device_capability_new(void);

/**
 * gvir_config_node_device_capability_new_from_xml:
 * @xml: a `<capability>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigNodeDeviceCapability *gvir_config_node_device_capability_new_from_xml(const gchar *xml,
                                                                               GError **error);

/**
 * gvir_config_node_device_capability_get_kind:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (nullable): the kind of capability (its `type`: `pci`, `usb_device`, `net`, ...)
 */
const gchar *gvir_config_node_device_capability_get_kind(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_capabilities:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (element-type LibvirtGConfig.NodeDeviceCapability) (transfer full): the
 * capabilities nested in this one, in document order
 */
GList *gvir_config_node_device_capability_get_capabilities(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_pci_domain:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: the PCI domain of a `pci` capability (`<domain>`), or -1
 */
gint gvir_config_node_device_capability_get_pci_domain(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_bus:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: the bus number of a `pci` or `usb_device` capability (`<bus>`), or -1
 */
gint gvir_config_node_device_capability_get_bus(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_slot:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: the slot of a `pci` capability (`<slot>`), or -1
 */
gint gvir_config_node_device_capability_get_slot(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_function:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: the function of a `pci` capability (`<function>`), or -1
 */
gint gvir_config_node_device_capability_get_function(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_device_number:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: the device number of a `usb_device` capability on its bus (`<device>`), or -1
 */
gint gvir_config_node_device_capability_get_device_number(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_vendor_id:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (nullable): the vendor's id of a PCI or USB device (`<vendor id='0x8086'>`)
 */
const gchar *gvir_config_node_device_capability_get_vendor_id(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_vendor_name:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (nullable): the vendor's name (the text of `<vendor>`)
 */
const gchar *gvir_config_node_device_capability_get_vendor_name(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_product_id:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (nullable): the product's id of a PCI or USB device (`<product id='0x5916'>`)
 */
const gchar *gvir_config_node_device_capability_get_product_id(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_product_name:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (nullable): the product's name (the text of `<product>`)
 */
const gchar *gvir_config_node_device_capability_get_product_name(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_interface:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (nullable): the host interface of a `net` capability (`<interface>`)
 */
const gchar *gvir_config_node_device_capability_get_interface(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_mac_address:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (nullable): the MAC address of a `net` capability (`<address>`)
 */
const gchar *gvir_config_node_device_capability_get_mac_address(GVirConfigNodeDeviceCapability *capability);

/**
 * gvir_config_node_device_capability_get_block:
 * @capability: a #GVirConfigNodeDeviceCapability
 *
 * Returns: (nullable): the block device of a `storage` capability (`<block>`)
 */
const gchar *gvir_config_node_device_capability_get_block(GVirConfigNodeDeviceCapability *capability);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_NODE_DEVICE_CAPABILITY_H__ */
