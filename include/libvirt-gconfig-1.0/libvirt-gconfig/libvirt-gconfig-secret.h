/*
 * libvirt-gconfig-secret.h: a libvirt secret definition (<secret>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_SECRET_H__
#define __LIBVIRT_GCONFIG_SECRET_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_SECRET            (gvir_config_secret_get_type ())
#define GVIR_CONFIG_SECRET(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_SECRET, GVirConfigSecret))
#define GVIR_CONFIG_SECRET_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_SECRET, GVirConfigSecretClass))
#define GVIR_CONFIG_IS_SECRET(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_SECRET))
#define GVIR_CONFIG_IS_SECRET_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_SECRET))
#define GVIR_CONFIG_SECRET_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_SECRET, GVirConfigSecretClass))

typedef struct _GVirConfigSecret GVirConfigSecret;
typedef struct _GVirConfigSecretPrivate GVirConfigSecretPrivate;
typedef struct _GVirConfigSecretClass GVirConfigSecretClass;

/**
 * GVirConfigSecret:
 *
 * A secret definition (the metadata of a passphrase or key, not its value): the
 * `<secret>` document of libvirt (schema `secret.rng`).
 */
struct _GVirConfigSecret
{
    GVirConfigObject parent;

    GVirConfigSecretPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigSecretClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_secret_get_type(void);

/**
 * gvir_config_secret_new:
 *
 * Creates an empty `<secret>` secret definition.
 *
 * Returns: (transfer full): a new #GVirConfigSecret
 */
GVirConfigSecret *gvir_config_secret_new(void);

/**
 * gvir_config_secret_new_from_xml:
 * @xml: the XML of a `<secret>` secret definition
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<secret>`.
 *
 * Returns: (transfer full): the parsed secret definition, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigSecret *gvir_config_secret_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_SECRET_H__ */
