/*
 * libvirt-gconfig-domain-controller.h: a bus controller of a domain (<controller>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CONTROLLER_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CONTROLLER_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-address.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER            (gvir_config_domain_controller_get_type ())
#define GVIR_CONFIG_DOMAIN_CONTROLLER(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER, GVirConfigDomainController))
#define GVIR_CONFIG_DOMAIN_CONTROLLER_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER, GVirConfigDomainControllerClass))
#define GVIR_CONFIG_IS_DOMAIN_CONTROLLER(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER))
#define GVIR_CONFIG_IS_DOMAIN_CONTROLLER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER))
#define GVIR_CONFIG_DOMAIN_CONTROLLER_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONTROLLER, GVirConfigDomainControllerClass))

typedef struct _GVirConfigDomainController GVirConfigDomainController;
typedef struct _GVirConfigDomainControllerPrivate GVirConfigDomainControllerPrivate;
typedef struct _GVirConfigDomainControllerClass GVirConfigDomainControllerClass;

/**
 * GVirConfigDomainController:
 *
 * A `<controller>` device. USB controllers are #GVirConfigDomainControllerUsb objects;
 * controllers of other types are plain #GVirConfigDomainController objects.
 */
struct _GVirConfigDomainController
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainControllerPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainControllerClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_controller_get_type(void);

/**
 * gvir_config_domain_controller_set_index:
 * @controller: a #GVirConfigDomainController
 * @index: the index among controllers of the same type
 */
void gvir_config_domain_controller_set_index(GVirConfigDomainController *controller,
                                             guint index);

/**
 * gvir_config_domain_controller_get_index:
 * @controller: a #GVirConfigDomainController
 *
 * Returns: the controller's index, 0 when unset
 */
guint gvir_config_domain_controller_get_index(GVirConfigDomainController *controller);

/**
 * gvir_config_domain_controller_set_address:
 * @controller: a #GVirConfigDomainController
 * @address: (allow-none): the controller's address, or %NULL to remove it
 *
 * Replaces the controller's `<address>` with @address's element, which becomes part of
 * @controller.
 */
void gvir_config_domain_controller_set_address(GVirConfigDomainController *controller,
                                               GVirConfigDomainAddress *address);

/**
 * gvir_config_domain_controller_set_ports:
 * @controller: a #GVirConfigDomainController
 * @ports: the number of ports
 */
void gvir_config_domain_controller_set_ports(GVirConfigDomainController *controller,
                                             guint ports);

/**
 * gvir_config_domain_controller_get_ports:
 * @controller: a #GVirConfigDomainController
 *
 * Returns: the number of ports, 0 when unset
 */
guint gvir_config_domain_controller_get_ports(GVirConfigDomainController *controller);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CONTROLLER_H__ */
