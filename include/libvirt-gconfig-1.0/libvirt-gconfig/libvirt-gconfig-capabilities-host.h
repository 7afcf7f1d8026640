/*
 * libvirt-gconfig-capabilities-host.h: the host part of a capabilities document (<host>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_HOST_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_HOST_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-cpu.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-host-secmodel.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_HOST (gvir_config_capabilities_host_get_type ())
#define GVIR_CONFIG_CAPABILITIES_HOST(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_HOST, GVirConfigCapabilitiesHost))
#define GVIR_CONFIG_CAPABILITIES_HOST_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_HOST, GVirConfigCapabilitiesHostClass))
#define GVIR_CONFIG_IS_CAPABILITIES_HOST(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_HOST))
#define GVIR_CONFIG_IS_CAPABILITIES_HOST_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_HOST))
#define GVIR_CONFIG_CAPABILITIES_HOST_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_HOST, GVirConfigCapabilitiesHostClass))

typedef struct _GVirConfigCapabilitiesHost GVirConfigCapabilitiesHost;
typedef struct _GVirConfigCapabilitiesHostPrivate GVirConfigCapabilitiesHostPrivate;
typedef struct _GVirConfigCapabilitiesHostClass GVirConfigCapabilitiesHostClass;

/**
 * GVirConfigCapabilitiesHost:
 *
 * The host machine of a capabilities document (`<host>`): its UUID, its CPU and the
 * security models it enforces.
 */
struct _GVirConfigCapabilitiesHost
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesHostPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesHostClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_host_get_type(void);

/**
 * gvir_config_capabilities_host_get_uuid:
 * @host: a #GVirConfigCapabilitiesHost
 *
 * Returns: the host's UUID, or %NULL when not given; the string belongs to @host
 */
const gchar *
gvir_config_capabilities_host_get_uuid(GVirConfigCapabilitiesHost *host);

/**
 * gvir_config_capabilities_host_get_cpu:
 * @host: a #GVirConfigCapabilitiesHost
 *
 * Returns: (transfer full): the host CPU (`<cpu>`), or %NULL when not described
 */
GVirConfigCapabilitiesCpu *
gvir_config_capabilities_host_get_cpu(GVirConfigCapabilitiesHost *host);

/**
 * gvir_config_capabilities_host_get_secmodels:
 * @host: a #GVirConfigCapabilitiesHost
 *
 * Returns: (element-type LibvirtGConfig.CapabilitiesHostSecModel) (transfer full): the
 *   security models of the host (`<secmodel>` elements), in document order; free with
 *   g_list_free_full() and g_object_unref()
 */
GList *
gvir_config_capabilities_host_get_secmodels(GVirConfigCapabilitiesHost *host);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_HOST_H__ */
