/*
 * libvirt-gconfig-domain-graphics-vnc.h: console served over VNC (<graphics type='vnc'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_VNC_H__
#define __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_VNC_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-graphics.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_VNC (gvir_config_domain_graphics_vnc_get_type ())
#define GVIR_CONFIG_DOMAIN_GRAPHICS_VNC(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_VNC, GVirConfigDomainGraphicsVnc))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_VNC_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_VNC, GVirConfigDomainGraphicsVncClass))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_VNC(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_VNC))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_VNC_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_VNC))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_VNC_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_VNC, GVirConfigDomainGraphicsVncClass))

typedef struct _GVirConfigDomainGraphicsVnc GVirConfigDomainGraphicsVnc;
typedef struct _GVirConfigDomainGraphicsVncPrivate GVirConfigDomainGraphicsVncPrivate;
typedef struct _GVirConfigDomainGraphicsVncClass GVirConfigDomainGraphicsVncClass;

/**
 * GVirConfigDomainGraphicsVnc:
 *
 * A console served over VNC: `<graphics type='vnc'>`.
 */
struct _GVirConfigDomainGraphicsVnc
{
    GVirConfigDomainGraphics parent;

    GVirConfigDomainGraphicsVncPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainGraphicsVncClass
{
    GVirConfigDomainGraphicsClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_graphics_vnc_get_type(void);

/**
 * gvir_config_domain_graphics_vnc_new:
 *
 * Returns: (transfer full): a new `<graphics type='vnc'/>`
 */
GVirConfigDomainGraphicsVnc *gvir_config_domain_graphics_vnc_new(void);

/**
 * gvir_config_domain_graphics_vnc_new_from_xml:
 * @xml: a `<graphics>` element whose type is `vnc`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainGraphicsVnc *gvir_config_domain_graphics_vnc_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_graphics_vnc_get_socket:
 * @graphics: a #GVirConfigDomainGraphicsVnc
 *
 * Returns: the UNIX socket the server listens on, or %NULL
 */
const char *gvir_config_domain_graphics_vnc_get_socket(GVirConfigDomainGraphicsVnc *graphics);

/**
 * gvir_config_domain_graphics_vnc_set_socket:
 * @graphics: a #GVirConfigDomainGraphicsVnc
 * @socket: the UNIX socket to listen on, or %NULL to remove it
 */
void gvir_config_domain_graphics_vnc_set_socket(GVirConfigDomainGraphicsVnc *graphics,
                                                const char *socket);

/**
 * gvir_config_domain_graphics_vnc_set_autoport:
 * @graphics: a #GVirConfigDomainGraphicsVnc
 * @autoport: whether the hypervisor picks the port
 */
void gvir_config_domain_graphics_vnc_set_autoport(GVirConfigDomainGraphicsVnc *graphics,
                                                  gboolean autoport);

/**
 * gvir_config_domain_graphics_vnc_get_port:
 * @graphics: a #GVirConfigDomainGraphicsVnc
 *
 * Returns: the TCP port, 0 when unset
 */
int gvir_config_domain_graphics_vnc_get_port(GVirConfigDomainGraphicsVnc *graphics);

/**
 * gvir_config_domain_graphics_vnc_set_port:
 * @graphics: a #GVirConfigDomainGraphicsVnc
 * @port: the TCP port (-1: picked by the hypervisor)
 */
void gvir_config_domain_graphics_vnc_set_port(GVirConfigDomainGraphicsVnc *graphics,
                                              int port);

/**
 * gvir_config_domain_graphics_vnc_set_password:
 * @graphics: a #GVirConfigDomainGraphicsVnc
 * @password: the password clients must give, or %NULL to remove it
 */
void gvir_config_domain_graphics_vnc_set_password(GVirConfigDomainGraphicsVnc *graphics,
                                                  const char *password);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_VNC_H__ */
