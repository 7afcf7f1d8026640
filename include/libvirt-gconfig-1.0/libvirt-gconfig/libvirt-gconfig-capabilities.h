/*
 * libvirt-gconfig-capabilities.h: the capabilities of a libvirt connection (<capabilities>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-host.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-guest.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES (gvir_config_capabilities_get_type ())
#define GVIR_CONFIG_CAPABILITIES(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES, GVirConfigCapabilities))
#define GVIR_CONFIG_CAPABILITIES_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES, GVirConfigCapabilitiesClass))
#define GVIR_CONFIG_IS_CAPABILITIES(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES))
#define GVIR_CONFIG_IS_CAPABILITIES_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES))
#define GVIR_CONFIG_CAPABILITIES_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES, GVirConfigCapabilitiesClass))

typedef struct _GVirConfigCapabilities GVirConfigCapabilities;
typedef struct _GVirConfigCapabilitiesPrivate GVirConfigCapabilitiesPrivate;
typedef struct _GVirConfigCapabilitiesClass GVirConfigCapabilitiesClass;

/**
 * GVirConfigCapabilities:
 *
 * The capabilities of a host and of the hypervisors of a libvirt connection: the
 * `<capabilities>` document virConnectGetCapabilities() returns.
 */
struct _GVirConfigCapabilities
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_get_type(void);

/**
 * gvir_config_capabilities_new:
 * Returns: (transfer full): a new, empty `<capabilities>` document
 */
GVirConfigCapabilities *gvir_config_capabilities_new(void);

/**
 * gvir_config_capabilities_new_from_xml:
 * @xml: a `<capabilities>` document
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed capabilities, or %NULL with @error set
 */
GVirConfigCapabilities *gvir_config_capabilities_new_from_xml(const gchar *xml,
                                                              GError **error);

/**
 * gvir_config_capabilities_get_host:
 * @caps: a #GVirConfigCapabilities
 *
 * Returns: (transfer full): the host part (`<host>`), or %NULL when the document has none
 */
GVirConfigCapabilitiesHost *
gvir_config_capabilities_get_host(GVirConfigCapabilities *caps);

/**
 * gvir_config_capabilities_get_guests:
 * @caps: a #GVirConfigCapabilities
 *
 * Returns: (element-type LibvirtGConfig.CapabilitiesGuest) (transfer full): the kinds of
 *   guests the host can run (`<guest>` elements), in document order; free with
 *   g_list_free_full() and g_object_unref()
 */
GList *gvir_config_capabilities_get_guests(GVirConfigCapabilities *caps);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_H__ */
