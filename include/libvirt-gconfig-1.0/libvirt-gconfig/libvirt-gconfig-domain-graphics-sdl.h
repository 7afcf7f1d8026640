/*
 * libvirt-gconfig-domain-graphics-sdl.h: console in an SDL window (<graphics type='sdl'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_SDL_H__
#define __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_SDL_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-graphics.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SDL (gvir_config_domain_graphics_sdl_get_type ())
#define GVIR_CONFIG_DOMAIN_GRAPHICS_SDL(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SDL, GVirConfigDomainGraphicsSdl))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_SDL_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SDL, GVirConfigDomainGraphicsSdlClass))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_SDL(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SDL))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_SDL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SDL))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_SDL_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SDL, GVirConfigDomainGraphicsSdlClass))

typedef struct _GVirConfigDomainGraphicsSdl GVirConfigDomainGraphicsSdl;
typedef struct _GVirConfigDomainGraphicsSdlPrivate GVirConfigDomainGraphicsSdlPrivate;
typedef struct _GVirConfigDomainGraphicsSdlClass GVirConfigDomainGraphicsSdlClass;

/**
 * GVirConfigDomainGraphicsSdl:
 *
 * A console in an SDL window: `<graphics type='sdl'>`.
 */
struct _GVirConfigDomainGraphicsSdl
{
    GVirConfigDomainGraphics parent;

    GVirConfigDomainGraphicsSdlPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainGraphicsSdlClass
{
    GVirConfigDomainGraphicsClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_graphics_sdl_get_type(void);

/**
 * gvir_config_domain_graphics_sdl_new:
 *
 * Returns: (transfer full): a new `<graphics type='sdl'/>`
 */
GVirConfigDomainGraphicsSdl *gvir_config_domain_graphics_sdl_new(void);

/**
 * gvir_config_domain_graphics_sdl_new_from_xml:
 * @xml: a `<graphics>` element whose type is `sdl`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainGraphicsSdl *gvir_config_domain_graphics_sdl_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_graphics_sdl_set_xauthority:
 * @graphics: a #GVirConfigDomainGraphicsSdl
 * @path: the X authority file, or %NULL to remove it
 */
void gvir_config_domain_graphics_sdl_set_xauthority(GVirConfigDomainGraphicsSdl *graphics,
                                                    const gchar *path);

/**
 * gvir_config_domain_graphics_sdl_set_display:
 * @graphics: a #GVirConfigDomainGraphicsSdl
 * @disp: the X display, or %NULL to remove it
 */
void gvir_config_domain_graphics_sdl_set_display(GVirConfigDomainGraphicsSdl *graphics,
                                                 const gchar *disp);

/**
 * gvir_config_domain_graphics_sdl_set_fullscreen:
 * @graphics: a #GVirConfigDomainGraphicsSdl
 * @fullscreen: whether the window is full screen
 */
void gvir_config_domain_graphics_sdl_set_fullscreen(GVirConfigDomainGraphicsSdl *graphics,
                                                    gboolean fullscreen);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_SDL_H__ */
