/*
 * libvirt-gconfig-domain-address-pci.h: a PCI address (<address type='pci'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_PCI_H__
#define __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_PCI_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-address.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_PCI            (gvir_config_domain_address_pci_get_type ())
#define GVIR_CONFIG_DOMAIN_ADDRESS_PCI(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_PCI, GVirConfigDomainAddressPci))
#define GVIR_CONFIG_DOMAIN_ADDRESS_PCI_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_PCI, GVirConfigDomainAddressPciClass))
#define GVIR_CONFIG_IS_DOMAIN_ADDRESS_PCI(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_PCI))
#define GVIR_CONFIG_IS_DOMAIN_ADDRESS_PCI_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_PCI))
#define GVIR_CONFIG_DOMAIN_ADDRESS_PCI_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_PCI, GVirConfigDomainAddressPciClass))

typedef struct _GVirConfigDomainAddressPci GVirConfigDomainAddressPci;
typedef struct _GVirConfigDomainAddressPciPrivate GVirConfigDomainAddressPciPrivate;
typedef struct _GVirConfigDomainAddressPciClass GVirConfigDomainAddressPciClass;

/**
 * GVirConfigDomainAddressPci:
 *
 * A PCI address: domain, bus, slot and function.
 */
struct _GVirConfigDomainAddressPci
{
    GVirConfigDomainAddress parent;

    GVirConfigDomainAddressPciPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainAddressPciClass
{
    GVirConfigDomainAddressClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_address_pci_get_type(void);

/**
 * gvir_config_domain_address_pci_new:
 *
 * Returns: (transfer full): a new `<address type='pci'/>`
 */
GVirConfigDomainAddressPci *gvir_config_domain_address_pci_new(void);

/**
 * gvir_config_domain_address_pci_new_from_xml:
 * @xml: an `<address>` element of type `pci`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed address, or %NULL with @error set (also when the
 * address is not a PCI address)
 */
GVirConfigDomainAddressPci *gvir_config_domain_address_pci_new_from_xml(const gchar *xml,
                                                                        GError **error);

/**
 * gvir_config_domain_address_pci_get_domain:
 * @address: a #GVirConfigDomainAddressPci
 *
 * Returns: the PCI domain, or -1 when unset
 */
int gvir_config_domain_address_pci_get_domain(GVirConfigDomainAddressPci *address);

/**
 * gvir_config_domain_address_pci_set_domain:
 * @address: a #GVirConfigDomainAddressPci
 * @pci_domain: the PCI domain
 */
void gvir_config_domain_address_pci_set_domain(GVirConfigDomainAddressPci *address,
                                               guint16 pci_domain);

/**
 * gvir_config_domain_address_pci_get_bus:
 * @address: a #GVirConfigDomainAddressPci
 *
 * Returns: the bus, or -1 when unset
 */
int gvir_config_domain_address_pci_get_bus(GVirConfigDomainAddressPci *address);

/**
 * gvir_config_domain_address_pci_set_bus:
 * @address: a #GVirConfigDomainAddressPci
 * @bus: the bus
 */
void gvir_config_domain_address_pci_set_bus(GVirConfigDomainAddressPci *address,
                                            guchar bus);

/**
 * gvir_config_domain_address_pci_get_slot:
 * @address: a #GVirConfigDomainAddressPci
 *
 * Returns: the slot, or -1 when unset
 */
int gvir_config_domain_address_pci_get_slot(GVirConfigDomainAddressPci *address);

/**
 * gvir_config_domain_address_pci_set_slot:
 * @address: a #GVirConfigDomainAddressPci
 * @slot: the slot, at most 0x1f
 */
void gvir_config_domain_address_pci_set_slot(GVirConfigDomainAddressPci *address,
                                             guchar slot);

/**
 * gvir_config_domain_address_pci_get_function:
 * @address: a #GVirConfigDomainAddressPci
 *
 * Returns: the function, or -1 when unset
 */
int gvir_config_domain_address_pci_get_function(GVirConfigDomainAddressPci *address);

/**
 * gvir_config_domain_address_pci_set_function:
 * @address: a #GVirConfigDomainAddressPci
 * @function: the function, at most 7
 */
void gvir_config_domain_address_pci_set_function(GVirConfigDomainAddressPci *address,
                                                 guchar function);

/**
 * gvir_config_domain_address_pci_get_multifunction:
 * @address: a #GVirConfigDomainAddressPci
 *
 * Returns: %TRUE when the device is marked multi-function
 */
gboolean gvir_config_domain_address_pci_get_multifunction(GVirConfigDomainAddressPci *address);

/**
 * gvir_config_domain_address_pci_set_multifunction:
 * @address: a #GVirConfigDomainAddressPci
 * @multifunction: whether the device has several functions
 */
void gvir_config_domain_address_pci_set_multifunction(GVirConfigDomainAddressPci *address,
                                                      gboolean multifunction);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_PCI_H__ */
