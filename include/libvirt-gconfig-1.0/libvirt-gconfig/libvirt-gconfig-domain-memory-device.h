/*
 * libvirt-gconfig-domain-memory-device.h: memory devices of a domain (<memory> under <devices>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_MEMORY_DEVICE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_MEMORY_DEVICE_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_MEMORY_DEVICE (gvir_config_domain_memory_device_get_type ())
#define GVIR_CONFIG_DOMAIN_MEMORY_DEVICE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_DEVICE, GVirConfigDomainMemoryDevice))
#define GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_DEVICE, GVirConfigDomainMemoryDeviceClass))
#define GVIR_CONFIG_IS_DOMAIN_MEMORY_DEVICE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_DEVICE))
#define GVIR_CONFIG_IS_DOMAIN_MEMORY_DEVICE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_DEVICE))
#define GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMORY_DEVICE, GVirConfigDomainMemoryDeviceClass))

typedef struct _GVirConfigDomainMemoryDevice GVirConfigDomainMemoryDevice;
typedef struct _GVirConfigDomainMemoryDevicePrivate GVirConfigDomainMemoryDevicePrivate;
typedef struct _GVirConfigDomainMemoryDeviceClass GVirConfigDomainMemoryDeviceClass;

/**
 * GVirConfigDomainMemoryDevice:
 *
 * A memory module plugged into the guest (`<memory>` under `<devices>`; the memory of the
 * domain is gvir_config_domain_get_memory()).
 */
struct _GVirConfigDomainMemoryDevice
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainMemoryDevicePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainMemoryDeviceClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_memory_device_get_type(void);

/**
 * GVirConfigDomainMemoryDeviceModel:
 * @GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_DIMM: a DIMM (`dimm`)
 * @GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_NVDIMM: a non-volatile DIMM (`nvdimm`)
 * @GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_VIRTIO_PMEM: virtio persistent memory (`virtio-pmem`)
 * @GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_VIRTIO_MEM: virtio memory that can grow and shrink (`virtio-mem`)
 * @GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_SGX_EPC: SGX enclave page cache (`sgx-epc`)
 *
 * Memory modules (the `model` attribute of `<memory>` under `<devices>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_DIMM,
    GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_NVDIMM,
    GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_VIRTIO_PMEM,
    GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_VIRTIO_MEM,
    GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_SGX_EPC
} GVirConfigDomainMemoryDeviceModel;

/**
 * GVirConfigDomainMemoryDeviceAccess:
 * @GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_ACCESS_SHARED: shared with other processes (`shared`)
 * @GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_ACCESS_PRIVATE: private to the guest (`private`)
 *
 * How the host memory of a module is mapped (the `access` attribute).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_ACCESS_SHARED,
    GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_ACCESS_PRIVATE
} GVirConfigDomainMemoryDeviceAccess;

/**
 * gvir_config_domain_memory_device_new:
 *
 * Returns: (transfer full): a new `<memory model='dimm'/>`
 */
GVirConfigDomainMemoryDevice *gvir_config_domain_memory_device_new(void);

/**
 * gvir_config_domain_memory_device_new_from_xml:
 * @xml: a `<memory>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainMemoryDevice *gvir_config_domain_memory_device_new_from_xml(const gchar *xml,
                                                                            GError **error);

/**
 * gvir_config_domain_memory_device_get_model:
 * @memory: a #GVirConfigDomainMemoryDevice
 *
 * Returns: the kind of module (%GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_MODEL_DIMM when unset or unknown)
 */
GVirConfigDomainMemoryDeviceModel gvir_config_domain_memory_device_get_model(GVirConfigDomainMemoryDevice *memory);

/**
 * gvir_config_domain_memory_device_set_model:
 * @memory: a #GVirConfigDomainMemoryDevice
 * @model: the new value
 *
 * Sets the `model` attribute.
 */
void gvir_config_domain_memory_device_set_model(GVirConfigDomainMemoryDevice *memory,
                                                GVirConfigDomainMemoryDeviceModel model);

/**
 * gvir_config_domain_memory_device_get_access:
 * @memory: a #GVirConfigDomainMemoryDevice
 *
 * Returns: how the module's memory is mapped (%GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_ACCESS_PRIVATE, the hypervisor's default, when unset) (%GVIR_CONFIG_DOMAIN_MEMORY_DEVICE_ACCESS_PRIVATE when unset or unknown)
 */
GVirConfigDomainMemoryDeviceAccess gvir_config_domain_memory_device_get_access(GVirConfigDomainMemoryDevice *memory);

/**
 * gvir_config_domain_memory_device_set_access:
 * @memory: a #GVirConfigDomainMemoryDevice
 * @access: the new value
 *
 * Sets the `access` attribute.
 */
void gvir_config_domain_memory_device_set_access(GVirConfigDomainMemoryDevice *memory,
                                                 GVirConfigDomainMemoryDeviceAccess access);

/**
 * gvir_config_domain_memory_device_get_target_size:
 * @memory: a #GVirConfigDomainMemoryDevice
 *
 * Returns: the size of the module in KiB (converted from its unit), 0 when unset
 */
guint64 gvir_config_domain_memory_device_get_target_size(GVirConfigDomainMemoryDevice *memory);

/**
 * gvir_config_domain_memory_device_set_target_size:
 * @memory: a #GVirConfigDomainMemoryDevice
 * @size: the new value
 *
 * Sets the size of the module in KiB: `<target><size unit='KiB'>`.
 */
void gvir_config_domain_memory_device_set_target_size(GVirConfigDomainMemoryDevice *memory,
                                                      guint64 size);

/**
 * gvir_config_domain_memory_device_get_target_node:
 * @memory: a #GVirConfigDomainMemoryDevice
 *
 * Returns: the guest NUMA node of the module, or -1 when unset
 */
gint gvir_config_domain_memory_device_get_target_node(GVirConfigDomainMemoryDevice *memory);

/**
 * gvir_config_domain_memory_device_set_target_node:
 * @memory: a #GVirConfigDomainMemoryDevice
 * @node: the new value
 *
 * Puts the module on the guest NUMA node @node (`<target><node>`).
 */
void gvir_config_domain_memory_device_set_target_node(GVirConfigDomainMemoryDevice *memory,
                                                      guint node);

/**
 * gvir_config_domain_memory_device_get_source_path:
 * @memory: a #GVirConfigDomainMemoryDevice
 *
 * Returns: (nullable): the host file or device backing an NVDIMM or virtio-pmem module (`<source><path>`), or %NULL
 */
const gchar *gvir_config_domain_memory_device_get_source_path(GVirConfigDomainMemoryDevice *memory);

/**
 * gvir_config_domain_memory_device_set_source_path:
 * @memory: a #GVirConfigDomainMemoryDevice
 * @path: (nullable): the new value, or %NULL
 *
 * Sets the host file backing the module, creating `<source>`; %NULL removes `<path>`.
 */
void gvir_config_domain_memory_device_set_source_path(GVirConfigDomainMemoryDevice *memory,
                                                      const gchar *path);

/**
 * gvir_config_domain_memory_device_get_label_size:
 * @memory: a #GVirConfigDomainMemoryDevice
 *
 * Returns: the size of an NVDIMM's label area in KiB, 0 when unset
 */
guint64 gvir_config_domain_memory_device_get_label_size(GVirConfigDomainMemoryDevice *memory);

/**
 * gvir_config_domain_memory_device_set_label_size:
 * @memory: a #GVirConfigDomainMemoryDevice
 * @size: the new value
 *
 * Sets the size of an NVDIMM's label area in KiB: `<target><label><size unit='KiB'>`.
 */
void gvir_config_domain_memory_device_set_label_size(GVirConfigDomainMemoryDevice *memory,
                                                     guint64 size);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_MEMORY_DEVICE_H__ */
