/*
 * libvirt-gconfig-domain-graphics-desktop.h: console on the host's desktop (<graphics type='desktop'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_DESKTOP_H__
#define __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_DESKTOP_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-graphics.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DESKTOP (gvir_config_domain_graphics_desktop_get_type ())
#define GVIR_CONFIG_DOMAIN_GRAPHICS_DESKTOP(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DESKTOP, GVirConfigDomainGraphicsDesktop))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_DESKTOP_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DESKTOP, GVirConfigDomainGraphicsDesktopClass))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_DESKTOP(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DESKTOP))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_DESKTOP_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DESKTOP))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_DESKTOP_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DESKTOP, GVirConfigDomainGraphicsDesktopClass))

typedef struct _GVirConfigDomainGraphicsDesktop GVirConfigDomainGraphicsDesktop;
typedef struct _GVirConfigDomainGraphicsDesktopPrivate GVirConfigDomainGraphicsDesktopPrivate;
typedef struct _GVirConfigDomainGraphicsDesktopClass GVirConfigDomainGraphicsDesktopClass;

/**
 * GVirConfigDomainGraphicsDesktop:
 *
 * A console on the host's desktop: `<graphics type='desktop'>`.
 */
struct _GVirConfigDomainGraphicsDesktop
{
    GVirConfigDomainGraphics parent;

    GVirConfigDomainGraphicsDesktopPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainGraphicsDesktopClass
{
    GVirConfigDomainGraphicsClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_graphics_desktop_get_type(void);

/**
 * gvir_config_domain_graphics_desktop_new:
 *
 * Returns: (transfer full): a new `<graphics type='desktop'/>`
 */
GVirConfigDomainGraphicsDesktop *gvir_config_domain_graphics_desktop_new(void);

/**
 * gvir_config_domain_graphics_desktop_new_from_xml:
 * @xml: a `<graphics>` element whose type is `desktop`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainGraphicsDesktop *gvir_config_domain_graphics_desktop_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_graphics_desktop_get_display:
 * @graphics: a #GVirConfigDomainGraphicsDesktop
 *
 * Returns: the X display, or %NULL
 */
const gchar *gvir_config_domain_graphics_desktop_get_display(GVirConfigDomainGraphicsDesktop *graphics);

/**
 * gvir_config_domain_graphics_desktop_set_display:
 * @graphics: a #GVirConfigDomainGraphicsDesktop
 * @disp: the X display, or %NULL to remove it
 */
void gvir_config_domain_graphics_desktop_set_display(GVirConfigDomainGraphicsDesktop *graphics,
                                                     const gchar *disp);

/**
 * gvir_config_domain_graphics_desktop_get_fullscreen:
 * @graphics: a #GVirConfigDomainGraphicsDesktop
 *
 * Returns: whether the console is full screen
 */
gboolean gvir_config_domain_graphics_desktop_get_fullscreen(GVirConfigDomainGraphicsDesktop *graphics);

/**
 * gvir_config_domain_graphics_desktop_set_fullscreen:
 * @graphics: a #GVirConfigDomainGraphicsDesktop
 * @fullscreen: whether the console is full screen
 */
void gvir_config_domain_graphics_desktop_set_fullscreen(GVirConfigDomainGraphicsDesktop *graphics,
                                                        gboolean fullscreen);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_DESKTOP_H__ */
