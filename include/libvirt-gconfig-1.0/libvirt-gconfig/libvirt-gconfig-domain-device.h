/*
 * libvirt-gconfig-domain-device.h: base class of domain devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_DEVICE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_DEVICE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_DEVICE            (gvir_config_domain_device_get_type ())
#define GVIR_CONFIG_DOMAIN_DEVICE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_DEVICE, GVirConfigDomainDevice))
#define GVIR_CONFIG_DOMAIN_DEVICE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_DEVICE, GVirConfigDomainDeviceClass))
#define GVIR_CONFIG_IS_DOMAIN_DEVICE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_DEVICE))
#define GVIR_CONFIG_IS_DOMAIN_DEVICE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_DEVICE))
#define GVIR_CONFIG_DOMAIN_DEVICE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_DEVICE, GVirConfigDomainDeviceClass))

typedef struct _GVirConfigDomainDevice GVirConfigDomainDevice;
typedef struct _GVirConfigDomainDevicePrivate GVirConfigDomainDevicePrivate;
typedef struct _GVirConfigDomainDeviceClass GVirConfigDomainDeviceClass;

/**
 * GVirConfigDomainDevice:
 *
 * A device of a domain: an element under `<devices>`. Device elements of a kind this
 * library has no class for are plain #GVirConfigDomainDevice objects.
 */
struct _GVirConfigDomainDevice
{
    GVirConfigObject parent;

    GVirConfigDomainDevicePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainDeviceClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_device_get_type(void);

/**
 * gvir_config_domain_device_get_alias:
 * @dev: a #GVirConfigDomainDevice
 *
 * Returns: the alias libvirt gave the device in a running domain, or %NULL
 */
const gchar *gvir_config_domain_device_get_alias(GVirConfigDomainDevice *dev);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_DEVICE_H__ */
