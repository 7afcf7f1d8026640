/*
 * libvirt-gobject-domain-device.h: a device of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_DOMAIN_DEVICE_H__
#define __LIBVIRT_GOBJECT_DOMAIN_DEVICE_H__

#include <glib-object.h>
#include <libvirt-gconfig/libvirt-gconfig.h>
#include <libvirt-gobject/libvirt-gobject-domain.h>

G_BEGIN_DECLS

#define GVIR_TYPE_DOMAIN_DEVICE            (gvir_domain_device_get_type ())
#define GVIR_DOMAIN_DEVICE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_DOMAIN_DEVICE, GVirDomainDevice))
#define GVIR_DOMAIN_DEVICE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_DOMAIN_DEVICE, GVirDomainDeviceClass))
#define GVIR_IS_DOMAIN_DEVICE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_DOMAIN_DEVICE))
#define GVIR_IS_DOMAIN_DEVICE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_DOMAIN_DEVICE))
#define GVIR_DOMAIN_DEVICE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_DOMAIN_DEVICE, GVirDomainDeviceClass))

typedef struct _GVirDomainDevice GVirDomainDevice;
typedef struct _GVirDomainDevicePrivate GVirDomainDevicePrivate;
typedef struct _GVirDomainDeviceClass GVirDomainDeviceClass;

/**
 * GVirDomainDevice:
 *
 * One device of a #GVirDomain: the domain and the device's configuration. Only its kinds
 * (#GVirDomainDisk, #GVirDomainInterface) are ever made.
 */
struct _GVirDomainDevice
{
    GObject parent;

    GVirDomainDevicePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirDomainDeviceClass:
 * @parent_class: the parent class
 * @padding: room for later additions
 */
struct _GVirDomainDeviceClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_domain_device_get_type(void);

/**
 * gvir_domain_device_get_domain:
 * @device: the device
 *
 * Returns: (transfer full): the domain the device belongs to; g_object_unref() it when done
 */
GVirDomain *gvir_domain_device_get_domain(GVirDomainDevice *device);

/**
 * gvir_domain_device_get_config:
 * @device: the device
 *
 * The configuration the device was made from (the object itself, not a copy: changing it
 * changes what the device refers to).
 *
 * Returns: (transfer full): the device's configuration; g_object_unref() it when done
 */
GVirConfigDomainDevice *gvir_domain_device_get_config(GVirDomainDevice *device);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_DOMAIN_DEVICE_H__ */
