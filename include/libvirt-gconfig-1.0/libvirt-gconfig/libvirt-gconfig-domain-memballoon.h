/*
 * libvirt-gconfig-domain-memballoon.h: the memory balloon of a domain (<memballoon>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_MEMBALLOON_H__
#define __LIBVIRT_GCONFIG_DOMAIN_MEMBALLOON_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_MEMBALLOON            (gvir_config_domain_memballoon_get_type ())
#define GVIR_CONFIG_DOMAIN_MEMBALLOON(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMBALLOON, GVirConfigDomainMemballoon))
#define GVIR_CONFIG_DOMAIN_MEMBALLOON_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_MEMBALLOON, GVirConfigDomainMemballoonClass))
#define GVIR_CONFIG_IS_DOMAIN_MEMBALLOON(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMBALLOON))
#define GVIR_CONFIG_IS_DOMAIN_MEMBALLOON_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_MEMBALLOON))
#define GVIR_CONFIG_DOMAIN_MEMBALLOON_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_MEMBALLOON, GVirConfigDomainMemballoonClass))

typedef struct _GVirConfigDomainMemballoon GVirConfigDomainMemballoon;
typedef struct _GVirConfigDomainMemballoonPrivate GVirConfigDomainMemballoonPrivate;
typedef struct _GVirConfigDomainMemballoonClass GVirConfigDomainMemballoonClass;

/**
 * GVirConfigDomainMemballoon:
 *
 * The `<memballoon>` device, through which the host reclaims memory from the guest.
 */
struct _GVirConfigDomainMemballoon
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainMemballoonPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainMemballoonClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_memballoon_get_type(void);

/**
 * GVirConfigDomainMemballoonModel:
 * @GVIR_CONFIG_DOMAIN_MEMBALLOON_MODEL_NONE: no balloon device
 * @GVIR_CONFIG_DOMAIN_MEMBALLOON_MODEL_VIRTIO: a virtio balloon
 *
 * Memory balloon devices (the `model` attribute of `<memballoon>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_MEMBALLOON_MODEL_NONE,
    GVIR_CONFIG_DOMAIN_MEMBALLOON_MODEL_VIRTIO
} GVirConfigDomainMemballoonModel;

/**
 * gvir_config_domain_memballoon_new:
 *
 * Returns: (transfer full): a new, empty `<memballoon>`
 */
GVirConfigDomainMemballoon *gvir_config_domain_memballoon_new(void);

/**
 * gvir_config_domain_memballoon_new_from_xml:
 * @xml: a `<memballoon>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed balloon, or %NULL with @error set
 */
GVirConfigDomainMemballoon *gvir_config_domain_memballoon_new_from_xml(const gchar *xml,
                                                                       GError **error);

/**
 * gvir_config_domain_memballoon_set_model:
 * @memballoon: a #GVirConfigDomainMemballoon
 * @model: the balloon device
 */
void gvir_config_domain_memballoon_set_model(GVirConfigDomainMemballoon *memballoon,
                                             GVirConfigDomainMemballoonModel model);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_MEMBALLOON_H__ */
