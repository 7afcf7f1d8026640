/*
 * libvirt-gconfig-domain-graphics-spice.h: console served over SPICE (<graphics type='spice'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_SPICE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_SPICE_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-graphics.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SPICE (gvir_config_domain_graphics_spice_get_type ())
#define GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SPICE, GVirConfigDomainGraphicsSpice))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SPICE, GVirConfigDomainGraphicsSpiceClass))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_SPICE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SPICE))
#define GVIR_CONFIG_IS_DOMAIN_GRAPHICS_SPICE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SPICE))
#define GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SPICE, GVirConfigDomainGraphicsSpiceClass))

typedef struct _GVirConfigDomainGraphicsSpice GVirConfigDomainGraphicsSpice;
typedef struct _GVirConfigDomainGraphicsSpicePrivate GVirConfigDomainGraphicsSpicePrivate;
typedef struct _GVirConfigDomainGraphicsSpiceClass GVirConfigDomainGraphicsSpiceClass;

/**
 * GVirConfigDomainGraphicsSpice:
 *
 * A console served over SPICE: `<graphics type='spice'>`.
 */
struct _GVirConfigDomainGraphicsSpice
{
    GVirConfigDomainGraphics parent;

    GVirConfigDomainGraphicsSpicePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainGraphicsSpiceClass
{
    GVirConfigDomainGraphicsClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainGraphicsSpiceImageCompression:
 * @GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_AUTO_GLZ: GLZ or QUIC, picked per image
 * @GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_AUTO_LZ: LZ or QUIC, picked per image
 * @GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_QUIC: QUIC
 * @GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_GLZ: global LZ
 * @GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_LZ: LZ
 * @GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_OFF: no compression
 *
 * How SPICE compresses images (`<image compression>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_AUTO_GLZ, /*< nick=auto_glz >*/
    GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_AUTO_LZ, /*< nick=auto_lz >*/
    GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_QUIC,
    GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_GLZ,
    GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_LZ,
    GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_OFF
} GVirConfigDomainGraphicsSpiceImageCompression;

GType gvir_config_domain_graphics_spice_get_type(void);

/**
 * gvir_config_domain_graphics_spice_new:
 *
 * Returns: (transfer full): a new `<graphics type='spice'/>`
 */
GVirConfigDomainGraphicsSpice *gvir_config_domain_graphics_spice_new(void);

/**
 * gvir_config_domain_graphics_spice_new_from_xml:
 * @xml: a `<graphics>` element whose type is `spice`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainGraphicsSpice *gvir_config_domain_graphics_spice_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_graphics_spice_set_autoport:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 * @autoport: whether the hypervisor picks the ports
 */
void gvir_config_domain_graphics_spice_set_autoport(GVirConfigDomainGraphicsSpice *graphics,
                                                    gboolean autoport);

/**
 * gvir_config_domain_graphics_spice_set_password:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 * @password: the password clients must give, or %NULL to remove it
 */
void gvir_config_domain_graphics_spice_set_password(GVirConfigDomainGraphicsSpice *graphics,
                                                    const char *password);

/**
 * gvir_config_domain_graphics_spice_get_port:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 *
 * Returns: the plain-text TCP port, 0 when unset
 */
int gvir_config_domain_graphics_spice_get_port(GVirConfigDomainGraphicsSpice *graphics);

/**
 * gvir_config_domain_graphics_spice_set_port:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 * @port: the plain-text TCP port
 */
void gvir_config_domain_graphics_spice_set_port(GVirConfigDomainGraphicsSpice *graphics,
                                                int port);

/**
 * gvir_config_domain_graphics_spice_set_tls_port:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 * @port: the TLS port
 */
void gvir_config_domain_graphics_spice_set_tls_port(GVirConfigDomainGraphicsSpice *graphics,
                                                    int port);

/**
 * gvir_config_domain_graphics_spice_set_image_compression:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 * @compression: the image compression
 *
 * Sets `<image compression>`.
 */
void gvir_config_domain_graphics_spice_set_image_compression
                        (GVirConfigDomainGraphicsSpice *graphics,
                         GVirConfigDomainGraphicsSpiceImageCompression compression);

/**
 * gvir_config_domain_graphics_spice_get_image_compression:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 *
 * Returns: (type LibvirtGConfig.DomainGraphicsSpiceImageCompression): the image compression;
 *   %GVIR_CONFIG_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_GLZ when unset
 */
int
gvir_config_domain_graphics_spice_get_image_compression
                        (GVirConfigDomainGraphicsSpice *graphics);

/**
 * gvir_config_domain_graphics_spice_set_gl:
 * @graphics: a #GVirConfigDomainGraphicsSpice
 * @gl: whether OpenGL rendering is on
 *
 * Sets `<gl enable>`.
 */
void gvir_config_domain_graphics_spice_set_gl(GVirConfigDomainGraphicsSpice *graphics,
                                              gboolean gl);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_GRAPHICS_SPICE_H__ */
