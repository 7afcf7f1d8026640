/*
 * libvirt-gobject-interface.h: a host network interface
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_INTERFACE_H__
#define __LIBVIRT_GOBJECT_INTERFACE_H__

#include <glib-object.h>
#include <libvirt-gconfig/libvirt-gconfig.h>

G_BEGIN_DECLS

#define GVIR_TYPE_INTERFACE            (gvir_interface_get_type ())
#define GVIR_INTERFACE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_INTERFACE, GVirInterface))
#define GVIR_INTERFACE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_INTERFACE, GVirInterfaceClass))
#define GVIR_IS_INTERFACE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_INTERFACE))
#define GVIR_IS_INTERFACE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_INTERFACE))
#define GVIR_INTERFACE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_INTERFACE, GVirInterfaceClass))

#define GVIR_TYPE_INTERFACE_HANDLE     (gvir_interface_handle_get_type())

typedef struct _GVirInterface GVirInterface;
typedef struct _GVirInterfacePrivate GVirInterfacePrivate;
typedef struct _GVirInterfaceClass GVirInterfaceClass;

/**
 * GVirInterface:
 *
 * A host network interface, around the libvirt object in its "handle" property.
 */
struct _GVirInterface
{
    GObject parent;

    GVirInterfacePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirInterfaceClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_interface_get_type(void);
GType gvir_interface_handle_get_type(void);

/**
 * gvir_interface_get_name:
 * @iface: the interface
 *
 * Returns: (transfer none): the interface's name, owned by @iface
 */
const gchar *gvir_interface_get_name(GVirInterface *iface);

/**
 * gvir_interface_get_mac:
 * @iface: the interface
 *
 * Returns: (transfer none): the interface's MAC address, owned by @iface
 */
const gchar *gvir_interface_get_mac(GVirInterface *iface);

/**
 * gvir_interface_get_config:
 * @iface: the interface
 * @flags: libvirt's XML flags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the interface's configuration, or %NULL with @err set
 */
GVirConfigInterface *gvir_interface_get_config(GVirInterface *iface,
                                        guint flags,
                                        GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_INTERFACE_H__ */
