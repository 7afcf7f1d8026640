/*
 * libvirt-gconfig-domain-graphics-rdp.h: console served over RDP (<graphics type='rdp'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_RDP_H__
#define __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_RDP_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-graphics.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_RDP (gvir_config_domain_graphics_rdp_get_type ())
#define GVIR_CONFIG_DOMAIN_GRAPHICS_RDP(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_RDP, GVirConfigDomainGraphicsRdp))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_RDP_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_RDP, GVirConfigDomainGraphicsRdpClass))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_RDP(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_RDP))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_RDP_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_RDP))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_RDP_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_RDP, GVirConfigDomainGraphicsRdpClass))

typedef struct _GVirConfigDomainGraphicsRdp GVirConfigDomainGraphicsRdp;
typedef struct _GVirConfigDomainGraphicsRdpPrivate GVirConfigDomainGraphicsRdpPrivate;
typedef struct _GVirConfigDomainGraphicsRdpClass GVirConfigDomainGraphicsRdpClass;

/**
 * GVirConfigDomainGraphicsRdp:
 *
 * A console served over RDP: `<graphics type='rdp'>`.
 */
struct _GVirConfigDomainGraphicsRdp
{
    GVirConfigDomainGraphics parent;

    GVirConfigDomainGraphicsRdpPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainGraphicsRdpClass
{
    GVirConfigDomainGraphicsClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_graphics_rdp_get_type(void);

/**
 * gvir_config_domain_graphics_rdp_new:
 *
 * Returns: (transfer full): a new `<graphics type='rdp'/>`
 */
GVirConfigDomainGraphicsRdp *gvir_config_domain_graphics_rdp_new(void);

/**
 * gvir_config_domain_graphics_rdp_new_from_xml:
 * @xml: a `<graphics>` element whose type is `rdp`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainGraphicsRdp *gvir_config_domain_graphics_rdp_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_graphics_rdp_set_autoport:
 * @graphics: a #GVirConfigDomainGraphicsRdp
 * @autoport: whether the hypervisor picks the port
 */
void gvir_config_domain_graphics_rdp_set_autoport(GVirConfigDomainGraphicsRdp *graphics,
                                                  gboolean autoport);

/**
 * gvir_config_domain_graphics_rdp_get_port:
 * @graphics: a #GVirConfigDomainGraphicsRdp
 *
 * Returns: the TCP port, 0 when unset
 */
int gvir_config_domain_graphics_rdp_get_port(GVirConfigDomainGraphicsRdp *graphics);

/**
 * gvir_config_domain_graphics_rdp_set_port:
 * @graphics: a #GVirConfigDomainGraphicsRdp
 * @port: the TCP port
 */
void gvir_config_domain_graphics_rdp_set_port(GVirConfigDomainGraphicsRdp *graphics,
                                              int port);

/**
 * gvir_config_domain_graphics_rdp_get_multi_user:
 * @graphics: a #GVirConfigDomainGraphicsRdp
 *
 * Returns: whether several clients may be connected at once
 */
gboolean gvir_config_domain_graphics_rdp_get_multi_user(GVirConfigDomainGraphicsRdp *graphics);

/**
 * gvir_config_domain_graphics_rdp_set_multi_user:
 * @graphics: a #GVirConfigDomainGraphicsRdp
 * @multi_user: whether several clients may be connected at once
 */
void gvir_config_domain_graphics_rdp_set_multi_user(GVirConfigDomainGraphicsRdp *graphics,
                                                    gboolean multi_user);

/**
 * gvir_config_domain_graphics_rdp_get_replace_user:
 * @graphics: a #GVirConfigDomainGraphicsRdp
 *
 * Returns: whether a new client replaces the connected one
 */
gboolean gvir_config_domain_graphics_rdp_get_replace_user(GVirConfigDomainGraphicsRdp *graphics);

/**
 * gvir_config_domain_graphics_rdp_set_replace_user:
 * @graphics: a #GVirConfigDomainGraphicsRdp
 * @replace_user: whether a new client replaces the connected one
 */
void gvir_config_domain_graphics_rdp_set_replace_user(GVirConfigDomainGraphicsRdp *graphics,
                                                      gboolean replace_user);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_RDP_H__ */
