/*
 * libvirt-gconfig-domain-graphics.h: graphical consoles of a domain (<graphics>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_H__
#define __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS (gvir_config_domain_graphics_get_type ())
#define GVIR_CONFIG_DOMAIN_GRAPHICS(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS, GVirConfigDomainGraphics))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS, GVirConfigDomainGraphicsClass))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS, GVirConfigDomainGraphicsClass))

typedef struct _GVirConfigDomainGraphics GVirConfigDomainGraphics;
typedef struct _GVirConfigDomainGraphicsPrivate GVirConfigDomainGraphicsPrivate;
typedef struct _GVirConfigDomainGraphicsClass GVirConfigDomainGraphicsClass;

/**
 * GVirConfigDomainGraphics:
 *
 * A graphical console of a domain. The subclasses are the console types this library
 * knows; a `<graphics>` of another type read from a domain is a plain
 * #GVirConfigDomainGraphics.
 */
struct _GVirConfigDomainGraphics
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainGraphicsPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainGraphicsClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_graphics_get_type(void);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_H__ */
