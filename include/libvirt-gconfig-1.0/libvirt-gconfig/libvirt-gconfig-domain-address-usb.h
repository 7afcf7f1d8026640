/*
 * libvirt-gconfig-domain-address-usb.h: a USB address (<address type='usb'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_USB_H__
#define __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_USB_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-address.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_USB            (gvir_config_domain_address_usb_get_type ())
#define GVIR_CONFIG_DOMAIN_ADDRESS_USB(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_USB, GVirConfigDomainAddressUsb))
#define GVIR_CONFIG_DOMAIN_ADDRESS_USB_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_USB, GVirConfigDomainAddressUsbClass))
#define GVIR_CONFIG_IS_DOMAIN_ADDRESS_USB(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_USB))
#define GVIR_CONFIG_IS_DOMAIN_ADDRESS_USB_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_USB))
#define GVIR_CONFIG_DOMAIN_ADDRESS_USB_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS_USB, GVirConfigDomainAddressUsbClass))

typedef struct _GVirConfigDomainAddressUsb GVirConfigDomainAddressUsb;
typedef struct _GVirConfigDomainAddressUsbPrivate GVirConfigDomainAddressUsbPrivate;
typedef struct _GVirConfigDomainAddressUsbClass GVirConfigDomainAddressUsbClass;

/**
 * GVirConfigDomainAddressUsb:
 *
 * A USB address: a bus and a port.
 */
struct _GVirConfigDomainAddressUsb
{
    GVirConfigDomainAddress parent;

    GVirConfigDomainAddressUsbPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainAddressUsbClass
{
    GVirConfigDomainAddressClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_address_usb_get_type(void);

/**
 * gvir_config_domain_address_usb_new:
 *
 * Returns: (transfer full): a new `<address type='usb'/>`
 */
GVirConfigDomainAddressUsb *gvir_config_domain_address_usb_new(void);

/**
 * gvir_config_domain_address_usb_new_from_xml:
 * @xml: an `<address>` element of type `usb`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed address, or %NULL with @error set (also when the
 * address is not a USB address)
 */
GVirConfigDomainAddressUsb *gvir_config_domain_address_usb_new_from_xml(const gchar *xml,
                                                                        GError **error);

/**
 * gvir_config_domain_address_usb_set_bus:
 * @address: a #GVirConfigDomainAddressUsb
 * @bus: the bus, at most 0xfff
 */
void gvir_config_domain_address_usb_set_bus(GVirConfigDomainAddressUsb *address,
                                            guint16 bus);

/**
 * gvir_config_domain_address_usb_set_port:
 * @address: a #GVirConfigDomainAddressUsb
 * @port: the port, a dotted path through hubs (`1`, `1.2`, …)
 */
void gvir_config_domain_address_usb_set_port(GVirConfigDomainAddressUsb *address,
                                             const char *port);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_USB_H__ */
