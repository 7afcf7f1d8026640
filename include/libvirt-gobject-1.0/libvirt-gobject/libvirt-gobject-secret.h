/*
 * libvirt-gobject-secret.h: a libvirt secret
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_SECRET_H__
#define __LIBVIRT_GOBJECT_SECRET_H__

#include <glib-object.h>
#include <libvirt-gconfig/libvirt-gconfig.h>

G_BEGIN_DECLS

#define GVIR_TYPE_SECRET            (gvir_secret_get_type ())
#define GVIR_SECRET(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_SECRET, GVirSecret))
#define GVIR_SECRET_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_SECRET, GVirSecretClass))
#define GVIR_IS_SECRET(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_SECRET))
#define GVIR_IS_SECRET_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_SECRET))
#define GVIR_SECRET_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_SECRET, GVirSecretClass))

#define GVIR_TYPE_SECRET_HANDLE     (gvir_secret_handle_get_type())

typedef struct _GVirSecret GVirSecret;
typedef struct _GVirSecretPrivate GVirSecretPrivate;
typedef struct _GVirSecretClass GVirSecretClass;

/**
 * GVirSecret:
 *
 * A libvirt secret, around the libvirt object in its "handle" property.
 */
struct _GVirSecret
{
    GObject parent;

    GVirSecretPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirSecretClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_secret_get_type(void);
GType gvir_secret_handle_get_type(void);

/**
 * gvir_secret_get_uuid:
 * @secret: the secret
 *
 * Returns: (transfer none): the secret's UUID, owned by @secret
 */
const gchar *gvir_secret_get_uuid(GVirSecret *secret);

/**
 * gvir_secret_get_config:
 * @secret: the secret
 * @flags: libvirt's XML flags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the secret's configuration, or %NULL with @err set
 */
GVirConfigSecret *gvir_secret_get_config(GVirSecret *secret,
                                        guint flags,
                                        GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_SECRET_H__ */
