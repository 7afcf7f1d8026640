/*
 * libvirt-gconfig-domain-input.h: input devices of a domain (<input>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_INPUT_H__
#define __LIBVIRT_GCONFIG_DOMAIN_INPUT_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_INPUT (gvir_config_domain_input_get_type ())
#define GVIR_CONFIG_DOMAIN_INPUT(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_INPUT, GVirConfigDomainInput))
#define GVIR_CONFIG_DOMAIN_INPUT_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_INPUT, GVirConfigDomainInputClass))
#define GVIR_CONFIG_IS_DOMAIN_INPUT(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_INPUT))
#define GVIR_CONFIG_IS_DOMAIN_INPUT_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_INPUT))
#define GVIR_CONFIG_DOMAIN_INPUT_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_INPUT, GVirConfigDomainInputClass))

typedef struct _GVirConfigDomainInput GVirConfigDomainInput;
typedef struct _GVirConfigDomainInputPrivate GVirConfigDomainInputPrivate;
typedef struct _GVirConfigDomainInputClass GVirConfigDomainInputClass;

/**
 * GVirConfigDomainInput:
 *
 * A mouse, tablet or keyboard of a domain.
 */
struct _GVirConfigDomainInput
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainInputPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainInputClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainInputDeviceType:
 * @GVIR_CONFIG_DOMAIN_INPUT_DEVICE_MOUSE: a relative pointing device
 * @GVIR_CONFIG_DOMAIN_INPUT_DEVICE_TABLET: an absolute pointing device
 * @GVIR_CONFIG_DOMAIN_INPUT_DEVICE_KEYBOARD: a keyboard
 *
 * The kind of an input device (`type` attribute).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_INPUT_DEVICE_MOUSE,
    GVIR_CONFIG_DOMAIN_INPUT_DEVICE_TABLET,
    GVIR_CONFIG_DOMAIN_INPUT_DEVICE_KEYBOARD
} GVirConfigDomainInputDeviceType;

/**
 * GVirConfigDomainInputBus:
 * @GVIR_CONFIG_DOMAIN_INPUT_BUS_PS2: PS/2
 * @GVIR_CONFIG_DOMAIN_INPUT_BUS_USB: USB
 * @GVIR_CONFIG_DOMAIN_INPUT_BUS_XEN: Xen's paravirtual bus
 *
 * The bus an input device sits on (`bus` attribute).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_INPUT_BUS_PS2,
    GVIR_CONFIG_DOMAIN_INPUT_BUS_USB,
    GVIR_CONFIG_DOMAIN_INPUT_BUS_XEN
} GVirConfigDomainInputBus;

GType gvir_config_domain_input_get_type(void);

/**
 * gvir_config_domain_input_new:
 *
 * Returns: (transfer full): a new `<input/>`
 */
GVirConfigDomainInput *gvir_config_domain_input_new(void);

/**
 * gvir_config_domain_input_new_from_xml:
 * @xml: an `<input>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainInput *gvir_config_domain_input_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_input_get_device_type:
 * @input: a #GVirConfigDomainInput
 *
 * Returns: the kind of device; %GVIR_CONFIG_DOMAIN_INPUT_DEVICE_MOUSE when unset
 */
GVirConfigDomainInputDeviceType gvir_config_domain_input_get_device_type(GVirConfigDomainInput *input);

/**
 * gvir_config_domain_input_set_device_type:
 * @input: a #GVirConfigDomainInput
 * @type: the kind of device
 */
void gvir_config_domain_input_set_device_type(GVirConfigDomainInput *input,
                                              GVirConfigDomainInputDeviceType type);

/**
 * gvir_config_domain_input_get_bus:
 * @input: a #GVirConfigDomainInput
 *
 * Returns: the bus; %GVIR_CONFIG_DOMAIN_INPUT_BUS_PS2 when unset
 */
GVirConfigDomainInputBus gvir_config_domain_input_get_bus(GVirConfigDomainInput *input);

/**
 * gvir_config_domain_input_set_bus:
 * @input: a #GVirConfigDomainInput
 * @bus: the bus
 */
void gvir_config_domain_input_set_bus(GVirConfigDomainInput *input,
                                      GVirConfigDomainInputBus bus);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_INPUT_H__ */
