/*
 * libvirt-gconfig-domain-hostdev-pci.h: a host PCI device passed to a domain (<hostdev type='pci'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_HOSTDEV_PCI_H__
#define __LIBVIRT_GCONFIG_DOMAIN_HOSTDEV_PCI_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-hostdev.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-address-pci.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV_PCI            (gvir_config_domain_hostdev_pci_get_type ())
#define GVIR_CONFIG_DOMAIN_HOSTDEV_PCI(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV_PCI, GVirConfigDomainHostdevPci))
#define GVIR_CONFIG_DOMAIN_HOSTDEV_PCI_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV_PCI, GVirConfigDomainHostdevPciClass))
#define GVIR_CONFIG_IS_DOMAIN_HOSTDEV_PCI(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV_PCI))
#define GVIR_CONFIG_IS_DOMAIN_HOSTDEV_PCI_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV_PCI))
#define GVIR_CONFIG_DOMAIN_HOSTDEV_PCI_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV_PCI, GVirConfigDomainHostdevPciClass))

typedef struct _GVirConfigDomainHostdevPci GVirConfigDomainHostdevPci;
typedef struct _GVirConfigDomainHostdevPciPrivate GVirConfigDomainHostdevPciPrivate;
typedef struct _GVirConfigDomainHostdevPciClass GVirConfigDomainHostdevPciClass;

/**
 * GVirConfigDomainHostdevPci:
 *
 * A host PCI device: its host address, whether libvirt detaches it from its host
 * driver, and its option ROM.
 */
struct _GVirConfigDomainHostdevPci
{
    GVirConfigDomainHostdev parent;

    GVirConfigDomainHostdevPciPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainHostdevPciClass
{
    GVirConfigDomainHostdevClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_hostdev_pci_get_type(void);

/**
 * gvir_config_domain_hostdev_pci_new:
 *
 * Returns: (transfer full): a new `<hostdev mode='subsystem' type='pci'/>`
 */
GVirConfigDomainHostdevPci *gvir_config_domain_hostdev_pci_new(void);

/**
 * gvir_config_domain_hostdev_pci_new_from_xml:
 * @xml: a `<hostdev>` element of type `pci`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed device, or %NULL with @error set (also when the
 * device is not a PCI device)
 */
GVirConfigDomainHostdevPci *gvir_config_domain_hostdev_pci_new_from_xml(const gchar *xml,
                                                                        GError **error);

/**
 * gvir_config_domain_hostdev_pci_set_address:
 * @hostdev: a #GVirConfigDomainHostdevPci
 * @address: the device's address on the host
 *
 * Replaces the device's `<source>` with one holding a copy of @address; @address itself
 * is not changed.
 */
void gvir_config_domain_hostdev_pci_set_address(GVirConfigDomainHostdevPci *hostdev,
                                                GVirConfigDomainAddressPci *address);

/**
 * gvir_config_domain_hostdev_pci_get_address:
 * @hostdev: a #GVirConfigDomainHostdevPci
 *
 * Returns: (transfer full): the device's host address (a view of it, which changes the
 * device when changed), or %NULL when it has none
 */
GVirConfigDomainAddressPci *gvir_config_domain_hostdev_pci_get_address(GVirConfigDomainHostdevPci *hostdev);

/**
 * gvir_config_domain_hostdev_pci_set_managed:
 * @hostdev: a #GVirConfigDomainHostdevPci
 * @managed: whether libvirt detaches the device from its host driver and reattaches it
 */
void gvir_config_domain_hostdev_pci_set_managed(GVirConfigDomainHostdevPci *hostdev,
                                                gboolean managed);

/**
 * gvir_config_domain_hostdev_pci_get_managed:
 * @hostdev: a #GVirConfigDomainHostdevPci
 *
 * Returns: %TRUE when libvirt manages the device's host driver
 */
gboolean gvir_config_domain_hostdev_pci_get_managed(GVirConfigDomainHostdevPci *hostdev);

/**
 * gvir_config_domain_hostdev_pci_set_rom_file:
 * @hostdev: a #GVirConfigDomainHostdevPci
 * @file: the file the option ROM is loaded from
 */
void gvir_config_domain_hostdev_pci_set_rom_file(GVirConfigDomainHostdevPci *hostdev,
                                                 const gchar *file);

/**
 * gvir_config_domain_hostdev_pci_get_rom_file:
 * @hostdev: a #GVirConfigDomainHostdevPci
 *
 * Returns: the option ROM file, or %NULL
 */
const gchar *gvir_config_domain_hostdev_pci_get_rom_file(GVirConfigDomainHostdevPci *hostdev);

/**
 * gvir_config_domain_hostdev_pci_set_rom_bar:
 * @hostdev: a #GVirConfigDomainHostdevPci
 * @bar: whether the option ROM is visible in the guest's memory map
 */
void gvir_config_domain_hostdev_pci_set_rom_bar(GVirConfigDomainHostdevPci *hostdev,
                                                gboolean bar);

/**
 * gvir_config_domain_hostdev_pci_get_rom_bar:
 * @hostdev: a #GVirConfigDomainHostdevPci
 *
 * Returns: %TRUE when the option ROM is visible to the guest
 */
gboolean gvir_config_domain_hostdev_pci_get_rom_bar(GVirConfigDomainHostdevPci *hostdev);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_HOSTDEV_PCI_H__ */
