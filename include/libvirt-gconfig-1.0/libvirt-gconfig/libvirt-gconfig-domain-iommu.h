/*
 * libvirt-gconfig-domain-iommu.h: the IOMMU of a domain (<iommu>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_IOMMU_H__
#define __LIBVIRT_GCONFIG_DOMAIN_IOMMU_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_IOMMU (gvir_config_domain_iommu_get_type ())
#define GVIR_CONFIG_DOMAIN_IOMMU(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_IOMMU, GVirConfigDomainIommu))
#define GVIR_CONFIG_DOMAIN_IOMMU_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_IOMMU, GVirConfigDomainIommuClass))
#define GVIR_CONFIG_IS_DOMAIN_IOMMU(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_IOMMU))
#define GVIR_CONFIG_IS_DOMAIN_IOMMU_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_IOMMU))
#define GVIR_CONFIG_DOMAIN_IOMMU_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_IOMMU, GVirConfigDomainIommuClass))

typedef struct _GVirConfigDomainIommu GVirConfigDomainIommu;
typedef struct _GVirConfigDomainIommuPrivate GVirConfigDomainIommuPrivate;
typedef struct _GVirConfigDomainIommuClass GVirConfigDomainIommuClass;

/**
 * GVirConfigDomainIommu:
 *
 * The guest's I/O memory management unit (`<iommu>`).
 */
struct _GVirConfigDomainIommu
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainIommuPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainIommuClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_iommu_get_type(void);

/**
 * GVirConfigDomainIommuModel:
 * @GVIR_CONFIG_DOMAIN_IOMMU_MODEL_INTEL: Intel VT-d (`intel`)
 * @GVIR_CONFIG_DOMAIN_IOMMU_MODEL_SMMUV3: the Arm SMMUv3 (`smmuv3`)
 * @GVIR_CONFIG_DOMAIN_IOMMU_MODEL_VIRTIO: virtio-iommu (`virtio`)
 *
 * Emulated IOMMUs (the `model` attribute of `<iommu>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_IOMMU_MODEL_INTEL,
    GVIR_CONFIG_DOMAIN_IOMMU_MODEL_SMMUV3,
    GVIR_CONFIG_DOMAIN_IOMMU_MODEL_VIRTIO
} GVirConfigDomainIommuModel;

/**
 * gvir_config_domain_iommu_new:
 *
 * Returns: (transfer full): a new `<iommu model='intel'/>`
 */
GVirConfigDomainIommu *gvir_config_domain_iommu_new(void);

/**
 * gvir_config_domain_iommu_new_from_xml:
 * @xml: a `<iommu>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainIommu *gvir_config_domain_iommu_new_from_xml(const gchar *xml,
                                                             GError **error);

/**
 * gvir_config_domain_iommu_get_model:
 * @iommu: a #GVirConfigDomainIommu
 *
 * Returns: the emulated IOMMU (%GVIR_CONFIG_DOMAIN_IOMMU_MODEL_INTEL when unset or unknown)
 */
GVirConfigDomainIommuModel gvir_config_domain_iommu_get_model(GVirConfigDomainIommu *iommu);

/**
 * gvir_config_domain_iommu_set_model:
 * @iommu: a #GVirConfigDomainIommu
 * @model: the new value
 *
 * Sets the `model` attribute.
 */
void gvir_config_domain_iommu_set_model(GVirConfigDomainIommu *iommu,
                                        GVirConfigDomainIommuModel model);

/**
 * gvir_config_domain_iommu_get_driver_intremap:
 * @iommu: a #GVirConfigDomainIommu
 *
 * Returns: whether interrupt remapping is on (`<driver intremap>`; %FALSE when unset)
 */
gboolean gvir_config_domain_iommu_get_driver_intremap(GVirConfigDomainIommu *iommu);

/**
 * gvir_config_domain_iommu_set_driver_intremap:
 * @iommu: a #GVirConfigDomainIommu
 * @on: the new value
 *
 * Turns interrupt remapping on or off (`<driver intremap>`).
 */
void gvir_config_domain_iommu_set_driver_intremap(GVirConfigDomainIommu *iommu,
                                                  gboolean on);

/**
 * gvir_config_domain_iommu_get_driver_caching_mode:
 * @iommu: a #GVirConfigDomainIommu
 *
 * Returns: whether VT-d caching mode is on (`<driver caching_mode>`; %FALSE when unset)
 */
gboolean gvir_config_domain_iommu_get_driver_caching_mode(GVirConfigDomainIommu *iommu);

/**
 * gvir_config_domain_iommu_set_driver_caching_mode:
 * @iommu: a #GVirConfigDomainIommu
 * @on: the new value
 *
 * Turns VT-d caching mode on or off (`<driver caching_mode>`).
 */
void gvir_config_domain_iommu_set_driver_caching_mode(GVirConfigDomainIommu *iommu,
                                                      gboolean on);

/**
 * gvir_config_domain_iommu_get_driver_eim:
 * @iommu: a #GVirConfigDomainIommu
 *
 * Returns: whether extended interrupt mode is on (`<driver eim>`; %FALSE when unset)
 */
gboolean gvir_config_domain_iommu_get_driver_eim(GVirConfigDomainIommu *iommu);

/**
 * gvir_config_domain_iommu_set_driver_eim:
 * @iommu: a #GVirConfigDomainIommu
 * @on: the new value
 *
 * Turns extended interrupt mode on or off (`<driver eim>`).
 */
void gvir_config_domain_iommu_set_driver_eim(GVirConfigDomainIommu *iommu,
                                             gboolean on);

/**
 * gvir_config_domain_iommu_get_driver_iotlb:
 * @iommu: a #GVirConfigDomainIommu
 *
 * Returns: whether the device IOTLB is on (`<driver iotlb>`; %FALSE when unset)
 */
gboolean gvir_config_domain_iommu_get_driver_iotlb(GVirConfigDomainIommu *iommu);

/**
 * gvir_config_domain_iommu_set_driver_iotlb:
 * @iommu: a #GVirConfigDomainIommu
 * @on: the new value
 *
 * Turns the device IOTLB on or off (`<driver iotlb>`).
 */
void gvir_config_domain_iommu_set_driver_iotlb(GVirConfigDomainIommu *iommu,
                                               gboolean on);

/**
 * gvir_config_domain_iommu_get_driver_aw_bits:
 * @iommu: a #GVirConfigDomainIommu
 *
 * Returns: the guest address width in bits, or 0 when unset
 */
guint gvir_config_domain_iommu_get_driver_aw_bits(GVirConfigDomainIommu *iommu);

/**
 * gvir_config_domain_iommu_set_driver_aw_bits:
 * @iommu: a #GVirConfigDomainIommu
 * @bits: the new value
 *
 * Sets the guest address width in bits (`<driver aw_bits>`).
 */
void gvir_config_domain_iommu_set_driver_aw_bits(GVirConfigDomainIommu *iommu,
                                                 guint8 bits);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_IOMMU_H__ */
