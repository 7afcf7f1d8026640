/*
 * libvirt-gconfig-interface.h: a libvirt host interface definition (<interface>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_INTERFACE_H__
#define __LIBVIRT_GCONFIG_INTERFACE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_INTERFACE            (gvir_config_interface_get_type ())
#define GVIR_CONFIG_INTERFACE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_INTERFACE, GVirConfigInterface))
#define GVIR_CONFIG_INTERFACE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_INTERFACE, GVirConfigInterfaceClass))
#define GVIR_CONFIG_IS_INTERFACE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_INTERFACE))
#define GVIR_CONFIG_IS_INTERFACE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_INTERFACE))
#define GVIR_CONFIG_INTERFACE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_INTERFACE, GVirConfigInterfaceClass))

typedef struct _GVirConfigInterface GVirConfigInterface;
typedef struct _GVirConfigInterfacePrivate GVirConfigInterfacePrivate;
typedef struct _GVirConfigInterfaceClass GVirConfigInterfaceClass;

/**
 * GVirConfigInterface:
 *
 * A host network interface definition: the `<interface>` document of libvirt's
 * interface API (schema `interface.rng`). Not to be confused with
 * #GVirConfigDomainInterface, a network device of a domain.
 */
struct _GVirConfigInterface
{
    GVirConfigObject parent;

    GVirConfigInterfacePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigInterfaceClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_interface_get_type(void);

/**
 * gvir_config_interface_new:
 *
 * Creates an empty `<interface>` host interface definition.
 *
 * Returns: (transfer full): a new #GVirConfigInterface
 */
GVirConfigInterface *gvir_config_interface_new(void);

/**
 * gvir_config_interface_new_from_xml:
 * @xml: the XML of a `<interface>` host interface definition
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<interface>`.
 *
 * Returns: (transfer full): the parsed host interface definition, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigInterface *gvir_config_interface_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_INTERFACE_H__ */
