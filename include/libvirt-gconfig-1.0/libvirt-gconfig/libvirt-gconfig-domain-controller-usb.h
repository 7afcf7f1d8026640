/*
 * libvirt-gconfig-domain-controller-usb.h: a USB controller (<controller type='usb'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CONTROLLER_USB_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CONTROLLER_USB_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-controller.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER_USB            (gvir_config_domain_controller_usb_get_type ())
#define GVIR_CONFIG_DOMAIN_CONTROLLER_USB(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER_USB, GVirConfigDomainControllerUsb))
#define GVIR_CONFIG_DOMAIN_CONTROLLER_USB_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER_USB, GVirConfigDomainControllerUsbClass))
#define GVIR_CONFIG_IS_DOMAIN_CONTROLLER_USB(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER_USB))
#define GVIR_CONFIG_IS_DOMAIN_CONTROLLER_USB_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER_USB))
#define GVIR_CONFIG_DOMAIN_CONTROLLER_USB_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER_USB, GVirConfigDomainControllerUsbClass))

typedef struct _GVirConfigDomainControllerUsb GVirConfigDomainControllerUsb;
typedef struct _GVirConfigDomainControllerUsbPrivate GVirConfigDomainControllerUsbPrivate;
typedef struct _GVirConfigDomainControllerUsbClass GVirConfigDomainControllerUsbClass;

/**
 * GVirConfigDomainControllerUsb:
 *
 * A USB host controller; a companion controller names its master with
 * gvir_config_domain_controller_usb_set_master().
 */
struct _GVirConfigDomainControllerUsb
{
    GVirConfigDomainController parent;

    GVirConfigDomainControllerUsbPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainControllerUsbClass
{
    GVirConfigDomainControllerClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_controller_usb_get_type(void);

/**
 * GVirConfigDomainControllerUsbModel:
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PIIX3_UHCI: PIIX3 UHCI (USB 1)
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PIIX4_UHCI: PIIX4 UHCI (USB 1)
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_EHCI: EHCI (USB 2)
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_EHCI1: ICH9 EHCI (USB 2)
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI1: first ICH9 UHCI companion
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI2: second ICH9 UHCI companion
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI3: third ICH9 UHCI companion
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_VT82C686B_UHCI: VIA VT82C686B UHCI
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PCI_OHCI: PCI OHCI
 * @GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_QEMU_XHCI: QEMU XHCI (USB 3)
 *
 * Emulated USB controllers (the `model` attribute of `<controller type='usb'>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PIIX3_UHCI,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PIIX4_UHCI,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_EHCI,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_EHCI1,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI1,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI2,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_ICH9_UHCI3,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_VT82C686B_UHCI,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_PCI_OHCI,
    GVIR_CONFIG_DOMAIN_CONTROLLER_USB_MODEL_QEMU_XHCI
} GVirConfigDomainControllerUsbModel;

/**
 * gvir_config_domain_controller_usb_new:
 *
 * Returns: (transfer full): a new `<controller type='usb'/>`
 */
GVirConfigDomainControllerUsb *gvir_config_domain_controller_usb_new(void);

/**
 * gvir_config_domain_controller_usb_new_from_xml:
 * @xml: a `<controller>` element of type `usb`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed controller, or %NULL with @error set (also when
 * the controller is not a USB controller)
 */
GVirConfigDomainControllerUsb *gvir_config_domain_controller_usb_new_from_xml(const gchar *xml,
                                                                              GError **error);

/**
 * gvir_config_domain_controller_usb_set_model:
 * @controller: a #GVirConfigDomainControllerUsb
 * @model: the emulated controller
 */
void gvir_config_domain_controller_usb_set_model(GVirConfigDomainControllerUsb *controller,
                                                 GVirConfigDomainControllerUsbModel model);

/**
 * gvir_config_domain_controller_usb_set_master:
 * @controller: a #GVirConfigDomainControllerUsb, the companion
 * @master: the controller @controller is a companion of
 * @startport: the first port of @master that @controller provides
 *
 * Makes @controller a companion of @master: it gets @master's index and a `<master>`
 * element with @startport.
 */
void gvir_config_domain_controller_usb_set_master(GVirConfigDomainControllerUsb *controller,
                                                  GVirConfigDomainControllerUsb *master,
                                                  guint startport);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CONTROLLER_USB_H__ */
