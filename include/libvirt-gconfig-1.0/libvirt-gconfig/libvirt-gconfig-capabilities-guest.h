/*
 * libvirt-gconfig-capabilities-guest.h: a kind of guest the host can run (<guest>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-os.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-guest-arch.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-guest-feature.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_GUEST (gvir_config_capabilities_guest_get_type ())
#define GVIR_CONFIG_CAPABILITIES_GUEST(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST, GVirConfigCapabilitiesGuest))
#define GVIR_CONFIG_CAPABILITIES_GUEST_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST, GVirConfigCapabilitiesGuestClass))
#define GVIR_CONFIG_IS_CAPABILITIES_GUEST(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST))
#define GVIR_CONFIG_IS_CAPABILITIES_GUEST_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST))
#define GVIR_CONFIG_CAPABILITIES_GUEST_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST, GVirConfigCapabilitiesGuestClass))

typedef struct _GVirConfigCapabilitiesGuest GVirConfigCapabilitiesGuest;
typedef struct _GVirConfigCapabilitiesGuestPrivate GVirConfigCapabilitiesGuestPrivate;
typedef struct _GVirConfigCapabilitiesGuestClass GVirConfigCapabilitiesGuestClass;

/**
 * GVirConfigCapabilitiesGuest:
 *
 * A kind of guest the host can run (`<guest>`): an OS type on an architecture, with
 * the features guests of that kind can use.
 */
struct _GVirConfigCapabilitiesGuest
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesGuestPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesGuestClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_guest_get_type(void);

/**
 * gvir_config_capabilities_guest_get_os_type:
 * @guest: a #GVirConfigCapabilitiesGuest
 *
 * Returns: the OS type of this kind of guest; %GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX when not
 *   given or not known
 */
GVirConfigDomainOsType
gvir_config_capabilities_guest_get_os_type(GVirConfigCapabilitiesGuest *guest);

/**
 * gvir_config_capabilities_guest_get_arch:
 * @guest: a #GVirConfigCapabilitiesGuest
 *
 * Returns: (transfer full): the architecture (`<arch>`), or %NULL when not given
 */
GVirConfigCapabilitiesGuestArch *
gvir_config_capabilities_guest_get_arch(GVirConfigCapabilitiesGuest *guest);

/**
 * gvir_config_capabilities_guest_get_features:
 * @guest: a #GVirConfigCapabilitiesGuest
 *
 * Returns: (element-type LibvirtGConfig.CapabilitiesGuestFeature) (transfer full): one
 *   object per element under `<features>`, in document order; free with
 *   g_list_free_full() and g_object_unref()
 */
GList *
gvir_config_capabilities_guest_get_features(GVirConfigCapabilitiesGuest *guest);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_H__ */
