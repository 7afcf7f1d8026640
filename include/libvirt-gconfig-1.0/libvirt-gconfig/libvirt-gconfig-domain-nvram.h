/*
 * libvirt-gconfig-domain-nvram.h: the NVRAM device of a domain (<nvram> under <devices>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_NVRAM_H__
#define __LIBVIRT_GCONFIG_DOMAIN_NVRAM_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_NVRAM (gvir_config_domain_nvram_get_type ())
#define GVIR_CONFIG_DOMAIN_NVRAM(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_NVRAM, GVirConfigDomainNvram))
#define GVIR_CONFIG_DOMAIN_NVRAM_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_NVRAM, GVirConfigDomainNvramClass))
#define GVIR_CONFIG_IS_DOMAIN_NVRAM(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_NVRAM))
#define GVIR_CONFIG_IS_DOMAIN_NVRAM_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_NVRAM))
#define GVIR_CONFIG_DOMAIN_NVRAM_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_NVRAM, GVirConfigDomainNvramClass))

typedef struct _GVirConfigDomainNvram GVirConfigDomainNvram;
typedef struct _GVirConfigDomainNvramPrivate GVirConfigDomainNvramPrivate;
typedef struct _GVirConfigDomainNvramClass GVirConfigDomainNvramClass;

/**
 * GVirConfigDomainNvram:
 *
 * A non-volatile RAM device of pSeries guests (`<nvram>` under `<devices>`; not the firmware
 * variable store of `<os>`).
 */
struct _GVirConfigDomainNvram
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainNvramPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainNvramClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_nvram_get_type(void);

/**
 * gvir_config_domain_nvram_new:
 *
 * Returns: (transfer full): a new, empty `<nvram/>`
 */
GVirConfigDomainNvram *gvir_config_domain_nvram_new(void);

/**
 * gvir_config_domain_nvram_new_from_xml:
 * @xml: a `<nvram>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainNvram *gvir_config_domain_nvram_new_from_xml(const gchar *xml,
                                                             GError **error);

/**
 * gvir_config_domain_nvram_get_address_type:
 * @nvram: a #GVirConfigDomainNvram
 *
 * Returns: (nullable): the type of the address of the device, or %NULL
 */
const gchar *gvir_config_domain_nvram_get_address_type(GVirConfigDomainNvram *nvram);

/**
 * gvir_config_domain_nvram_get_spapr_vio_reg:
 * @nvram: a #GVirConfigDomainNvram
 *
 * Returns: the register of an sPAPR VIO address, or 0 without one
 */
guint64 gvir_config_domain_nvram_get_spapr_vio_reg(GVirConfigDomainNvram *nvram);

/**
 * gvir_config_domain_nvram_set_spapr_vio_reg:
 * @nvram: a #GVirConfigDomainNvram
 * @reg: the new value
 *
 * Gives the device the address `<address type='spapr-vio' reg>`, replacing any address.
 */
void gvir_config_domain_nvram_set_spapr_vio_reg(GVirConfigDomainNvram *nvram,
                                                guint64 reg);

/**
 * gvir_config_domain_nvram_set_address:
 * @nvram: a #GVirConfigDomainNvram
 * @address: (allow-none): the address of the device, or %NULL to remove it
 *
 * The element of @address moves into @nvram, replacing its address.
 */
void gvir_config_domain_nvram_set_address(GVirConfigDomainNvram *nvram,
                                          GVirConfigDomainAddress *address);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_NVRAM_H__ */
