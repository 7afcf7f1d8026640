/*
 * libvirt-gconfig-domain-video.h: video cards of a domain (<video>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_VIDEO_H__
#define __LIBVIRT_GCONFIG_DOMAIN_VIDEO_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_VIDEO (gvir_config_domain_video_get_type ())
#define GVIR_CONFIG_DOMAIN_VIDEO(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_VIDEO, GVirConfigDomainVideo))
#define GVIR_CONFIG_DOMAIN_VIDEO_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_VIDEO, GVirConfigDomainVideoClass))
#define GVIR_CONFIG_IS_DOMAIN_VIDEO(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_VIDEO))
#define GVIR_CONFIG_IS_DOMAIN_VIDEO_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_VIDEO))
#define GVIR_CONFIG_DOMAIN_VIDEO_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_VIDEO, GVirConfigDomainVideoClass))

typedef struct _GVirConfigDomainVideo GVirConfigDomainVideo;
typedef struct _GVirConfigDomainVideoPrivate GVirConfigDomainVideoPrivate;
typedef struct _GVirConfigDomainVideoClass GVirConfigDomainVideoClass;

/**
 * GVirConfigDomainVideo:
 *
 * An emulated video card of a domain.
 */
struct _GVirConfigDomainVideo
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainVideoPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainVideoClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainVideoModel:
 * @GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VGA: standard VGA
 * @GVIR_CONFIG_DOMAIN_VIDEO_MODEL_CIRRUS: Cirrus Logic
 * @GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VMVGA: VMware SVGA
 * @GVIR_CONFIG_DOMAIN_VIDEO_MODEL_XEN: Xen framebuffer
 * @GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VBOX: VirtualBox
 * @GVIR_CONFIG_DOMAIN_VIDEO_MODEL_QXL: QXL, SPICE's paravirtual card
 * @GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VIRTIO: virtio-gpu
 * @GVIR_CONFIG_DOMAIN_VIDEO_MODEL_BOCHS: Bochs display
 *
 * The emulated video card (`<model type>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VGA,
    GVIR_CONFIG_DOMAIN_VIDEO_MODEL_CIRRUS,
    GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VMVGA,
    GVIR_CONFIG_DOMAIN_VIDEO_MODEL_XEN,
    GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VBOX,
    GVIR_CONFIG_DOMAIN_VIDEO_MODEL_QXL,
    GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VIRTIO,
    GVIR_CONFIG_DOMAIN_VIDEO_MODEL_BOCHS
} GVirConfigDomainVideoModel;

GType gvir_config_domain_video_get_type(void);

/**
 * gvir_config_domain_video_new:
 *
 * Returns: (transfer full): a new `<video/>`
 */
GVirConfigDomainVideo *gvir_config_domain_video_new(void);

/**
 * gvir_config_domain_video_new_from_xml:
 * @xml: a `<video>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainVideo *gvir_config_domain_video_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_video_get_model:
 * @video: a #GVirConfigDomainVideo
 *
 * Returns: the model; %GVIR_CONFIG_DOMAIN_VIDEO_MODEL_VGA when unset
 */
GVirConfigDomainVideoModel gvir_config_domain_video_get_model(GVirConfigDomainVideo *video);

/**
 * gvir_config_domain_video_set_model:
 * @video: a #GVirConfigDomainVideo
 * @model: the model
 *
 * Sets `<model type>`, keeping the other settings of `<model>`.
 */
void gvir_config_domain_video_set_model(GVirConfigDomainVideo *video,
                                        GVirConfigDomainVideoModel model);

/**
 * gvir_config_domain_video_set_vram:
 * @video: a #GVirConfigDomainVideo
 * @kbytes: video memory, in KiB
 *
 * Sets `<model vram>`.
 */
void gvir_config_domain_video_set_vram(GVirConfigDomainVideo *video,
                                       guint kbytes);

/**
 * gvir_config_domain_video_set_ram:
 * @video: a #GVirConfigDomainVideo
 * @kbytes: size of the primary bar of a QXL card, in KiB
 *
 * Sets `<model ram>`.
 */
void gvir_config_domain_video_set_ram(GVirConfigDomainVideo *video,
                                      guint kbytes);

/**
 * gvir_config_domain_video_set_vgamem:
 * @video: a #GVirConfigDomainVideo
 * @kbytes: size of the VGA framebuffer of a QXL card, in KiB
 *
 * Sets `<model vgamem>`.
 */
void gvir_config_domain_video_set_vgamem(GVirConfigDomainVideo *video,
                                         guint kbytes);

/**
 * gvir_config_domain_video_set_heads:
 * @video: a #GVirConfigDomainVideo
 * @head_count: the number of screens
 *
 * Sets `<model heads>`.
 */
void gvir_config_domain_video_set_heads(GVirConfigDomainVideo *video,
                                        guint head_count);

/**
 * gvir_config_domain_video_set_accel3d:
 * @video: a #GVirConfigDomainVideo
 * @accel3d: whether 3D acceleration is on
 *
 * Sets `<acceleration accel3d>` inside `<model>`.
 */
void gvir_config_domain_video_set_accel3d(GVirConfigDomainVideo *video,
                                          gboolean accel3d);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_VIDEO_H__ */
