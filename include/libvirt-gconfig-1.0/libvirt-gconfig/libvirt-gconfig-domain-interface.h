/*
 * libvirt-gconfig-domain-interface.h: network interfaces of a domain (<interface>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-interface-filterref.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_INTERFACE (gvir_config_domain_interface_get_type ())
#define GVIR_CONFIG_DOMAIN_INTERFACE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE, GVirConfigDomainInterface))
#define GVIR_CONFIG_DOMAIN_INTERFACE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE, GVirConfigDomainInterfaceClass))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE))
#define GVIR_CONFIG_DOMAIN_INTERFACE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE, GVirConfigDomainInterfaceClass))

typedef struct _GVirConfigDomainInterface GVirConfigDomainInterface;
typedef struct _GVirConfigDomainInterfacePrivate GVirConfigDomainInterfacePrivate;
typedef struct _GVirConfigDomainInterfaceClass GVirConfigDomainInterfaceClass;

/**
 * GVirConfigDomainInterface:
 *
 * A network interface of a domain. The subclasses are the interface types this library
 * knows; an `<interface>` of another type (`direct`, `ethernet`, ...) read from a domain is
 * a plain #GVirConfigDomainInterface.
 */
struct _GVirConfigDomainInterface
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainInterfacePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainInterfaceClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainInterfaceLinkState:
 * @GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_DEFAULT: the hypervisor's default
 * @GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_UP: the link is up
 * @GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_DOWN: the link is down, as if the cable were unplugged
 *
 * Whether the virtual link of an interface is up (`<link state>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_DEFAULT,
    GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_UP,
    GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_DOWN
} GVirConfigDomainInterfaceLinkState;

GType gvir_config_domain_interface_get_type(void);

/**
 * gvir_config_domain_interface_set_ifname:
 * @interface: a #GVirConfigDomainInterface
 * @ifname: the name of the host-side device, or %NULL to remove it
 *
 * Sets `<target dev>`.
 */
void gvir_config_domain_interface_set_ifname(GVirConfigDomainInterface *interface,
                                             const char *ifname);

/**
 * gvir_config_domain_interface_set_link_state:
 * @interface: a #GVirConfigDomainInterface
 * @state: the new link state
 *
 * Sets `<link state>`.
 */
void gvir_config_domain_interface_set_link_state(GVirConfigDomainInterface *interface,
                                                 GVirConfigDomainInterfaceLinkState state);

/**
 * gvir_config_domain_interface_set_mac:
 * @interface: a #GVirConfigDomainInterface
 * @mac_address: a MAC address such as `52:54:00:12:34:56`, or %NULL to
 *   remove it
 *
 * Sets `<mac address>`.
 */
void gvir_config_domain_interface_set_mac(GVirConfigDomainInterface *interface,
                                          const char *mac_address);

/**
 * gvir_config_domain_interface_set_model:
 * @interface: a #GVirConfigDomainInterface
 * @model: the device model the guest sees (`virtio`, `e1000`, ...), or %NULL
 *   to remove it
 *
 * Sets `<model type>`.
 */
void gvir_config_domain_interface_set_model(GVirConfigDomainInterface *interface,
                                            const char *model);

/**
 * gvir_config_domain_interface_get_ifname:
 * @interface: a #GVirConfigDomainInterface
 *
 * Returns: the name of the host-side device (`<target dev>`), or %NULL
 */
const char *gvir_config_domain_interface_get_ifname(GVirConfigDomainInterface *interface);

/**
 * gvir_config_domain_interface_get_link_state:
 * @interface: a #GVirConfigDomainInterface
 *
 * Returns: the link state; %GVIR_CONFIG_DOMAIN_INTERFACE_LINK_STATE_DEFAULT when unset
 */
GVirConfigDomainInterfaceLinkState gvir_config_domain_interface_get_link_state(GVirConfigDomainInterface *interface);

/**
 * gvir_config_domain_interface_get_mac:
 * @interface: a #GVirConfigDomainInterface
 *
 * Returns: the MAC address, or %NULL
 */
const char *gvir_config_domain_interface_get_mac(GVirConfigDomainInterface *interface);

/**
 * gvir_config_domain_interface_get_model:
 * @interface: a #GVirConfigDomainInterface
 *
 * Returns: the device model, or %NULL
 */
const char *gvir_config_domain_interface_get_model(GVirConfigDomainInterface *interface);

/**
 * gvir_config_domain_interface_set_filterref:
 * @interface: a #GVirConfigDomainInterface
 * @filterref: (allow-none): the network filter to apply, or %NULL to remove the filter
 *
 * Replaces the interface's `<filterref>`. The element of @filterref moves into the
 * interface's document: later changes through @filterref show in the interface.
 */
void gvir_config_domain_interface_set_filterref(GVirConfigDomainInterface *interface,
                                                GVirConfigDomainInterfaceFilterref *filterref);

/**
 * gvir_config_domain_interface_get_filterref:
 * @interface: a #GVirConfigDomainInterface
 *
 * Returns: (transfer full): the interface's network filter, or %NULL when it has none
 */
GVirConfigDomainInterfaceFilterref *gvir_config_domain_interface_get_filterref(GVirConfigDomainInterface *interface);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_H__ */
