/*
 * libvirt-gconfig-domain-hostdev.h: a host device passed to a domain (<hostdev>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_HOSTDEV_H__
#define __LIBVIRT_GCONFIG_DOMAIN_HOSTDEV_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV            (gvir_config_domain_hostdev_get_type ())
#define GVIR_CONFIG_DOMAIN_HOSTDEV(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV, GVirConfigDomainHostdev))
#define GVIR_CONFIG_DOMAIN_HOSTDEV_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV, GVirConfigDomainHostdevClass))
#define GVIR_CONFIG_IS_DOMAIN_HOSTDEV(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV))
#define GVIR_CONFIG_IS_DOMAIN_HOSTDEV_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV))
#define GVIR_CONFIG_DOMAIN_HOSTDEV_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_HOSTDEV, GVirConfigDomainHostdevClass))

typedef struct _GVirConfigDomainHostdev GVirConfigDomainHostdev;
typedef struct _GVirConfigDomainHostdevPrivate GVirConfigDomainHostdevPrivate;
typedef struct _GVirConfigDomainHostdevClass GVirConfigDomainHostdevClass;

/**
 * GVirConfigDomainHostdev:
 *
 * A `<hostdev>` device. PCI devices are #GVirConfigDomainHostdevPci objects; host
 * devices of other types are plain #GVirConfigDomainHostdev objects.
 */
struct _GVirConfigDomainHostdev
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainHostdevPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainHostdevClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_hostdev_get_type(void);

/**
 * gvir_config_domain_hostdev_set_boot_order:
 * @hostdev: a #GVirConfigDomainHostdev
 * @order: the device's position in the boot order; a negative value removes it
 */
void gvir_config_domain_hostdev_set_boot_order(GVirConfigDomainHostdev *hostdev,
                                               gint order);

/**
 * gvir_config_domain_hostdev_get_boot_order:
 * @hostdev: a #GVirConfigDomainHostdev
 *
 * Returns: the device's position in the boot order, or -1 when it has none
 */
gint gvir_config_domain_hostdev_get_boot_order(GVirConfigDomainHostdev *hostdev);

/**
 * gvir_config_domain_hostdev_set_readonly:
 * @hostdev: a #GVirConfigDomainHostdev
 * @readonly: whether the guest may only read the device
 */
void gvir_config_domain_hostdev_set_readonly(GVirConfigDomainHostdev *hostdev,
                                             gboolean readonly);

/**
 * gvir_config_domain_hostdev_get_readonly:
 * @hostdev: a #GVirConfigDomainHostdev
 *
 * Returns: %TRUE when the device is read-only for the guest
 */
gboolean gvir_config_domain_hostdev_get_readonly(GVirConfigDomainHostdev *hostdev);

/**
 * gvir_config_domain_hostdev_set_shareable:
 * @hostdev: a #GVirConfigDomainHostdev
 * @shareable: whether other domains may use the device too
 */
void gvir_config_domain_hostdev_set_shareable(GVirConfigDomainHostdev *hostdev,
                                              gboolean shareable);

/**
 * gvir_config_domain_hostdev_get_shareable:
 * @hostdev: a #GVirConfigDomainHostdev
 *
 * Returns: %TRUE when the device may be shared with other domains
 */
gboolean gvir_config_domain_hostdev_get_shareable(GVirConfigDomainHostdev *hostdev);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_HOSTDEV_H__ */
