/*
 * libvirt-gconfig-domain-graphics-dbus.h: console exported over D-Bus (<graphics type='dbus'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_DBUS_H__
#define __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_DBUS_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-graphics.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DBUS (gvir_config_domain_graphics_dbus_get_type ())
#define GVIR_CONFIG_DOMAIN_GRAPHICS_DBUS(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DBUS, GVirConfigDomainGraphicsDBus))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_DBUS_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DBUS, GVirConfigDomainGraphicsDBusClass))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_DBUS(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DBUS))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_DBUS_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DBUS))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_DBUS_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_DBUS, GVirConfigDomainGraphicsDBusClass))

typedef struct _GVirConfigDomainGraphicsDBus GVirConfigDomainGraphicsDBus;
typedef struct _GVirConfigDomainGraphicsDBusPrivate GVirConfigDomainGraphicsDBusPrivate;
typedef struct _GVirConfigDomainGraphicsDBusClass GVirConfigDomainGraphicsDBusClass;

/**
 * GVirConfigDomainGraphicsDBus:
 *
 * A console exported over D-Bus: `<graphics type='dbus'>`.
 *
 * Since: 5.0.0
 */
struct _GVirConfigDomainGraphicsDBus
{
    GVirConfigDomainGraphics parent;

    GVirConfigDomainGraphicsDBusPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainGraphicsDBusClass
{
    GVirConfigDomainGraphicsClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_graphics_dbus_get_type(void);

/**
 * gvir_config_domain_graphics_dbus_new:
 *
 * Returns: (transfer full): a new `<graphics type='dbus'/>`
 *
 * Since: 5.0.0
 */
GVirConfigDomainGraphicsDBus *gvir_config_domain_graphics_dbus_new(void);

/**
 * gvir_config_domain_graphics_dbus_new_from_xml:
 * @xml: a `<graphics>` element whose type is `dbus`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 *
 * Since: 5.0.0
 */
GVirConfigDomainGraphicsDBus *gvir_config_domain_graphics_dbus_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_graphics_dbus_get_address:
 * @graphics: a #GVirConfigDomainGraphicsDBus
 *
 * Returns: the D-Bus address the display is exported on, or %NULL
 *
 * Since: 5.0.0
 */
const char *gvir_config_domain_graphics_dbus_get_address(GVirConfigDomainGraphicsDBus *graphics);

/**
 * gvir_config_domain_graphics_dbus_set_address:
 * @graphics: a #GVirConfigDomainGraphicsDBus
 * @address: a D-Bus address, or %NULL to remove it
 *
 * Since: 5.0.0
 */
void gvir_config_domain_graphics_dbus_set_address(GVirConfigDomainGraphicsDBus *graphics,
                                                  const char *address);

/**
 * gvir_config_domain_graphics_dbus_set_gl:
 * @graphics: a #GVirConfigDomainGraphicsDBus
 * @gl: whether OpenGL rendering is on
 *
 * Sets `<gl enable>`, replacing any `<gl>`.
 *
 * Since: 5.0.0
 */
void gvir_config_domain_graphics_dbus_set_gl(GVirConfigDomainGraphicsDBus *graphics,
                                             gboolean gl);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_DBUS_H__ */
