/*
 * libvirt-gconfig-capabilities-guest-feature.h: a feature of a kind of guest
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_FEATURE_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_FEATURE_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_FEATURE (gvir_config_capabilities_guest_feature_get_type ())
#define GVIR_CONFIG_CAPABILITIES_GUEST_FEATURE(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_FEATURE, GVirConfigCapabilitiesGuestFeature))
#define GVIR_CONFIG_CAPABILITIES_GUEST_FEATURE_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_FEATURE, GVirConfigCapabilitiesGuestFeatureClass))
#define GVIR_CONFIG_IS_CAPABILITIES_GUEST_FEATURE(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_FEATURE))
#define GVIR_CONFIG_IS_CAPABILITIES_GUEST_FEATURE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_FEATURE))
#define GVIR_CONFIG_CAPABILITIES_GUEST_FEATURE_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_FEATURE, GVirConfigCapabilitiesGuestFeatureClass))

typedef struct _GVirConfigCapabilitiesGuestFeature GVirConfigCapabilitiesGuestFeature;
typedef struct _GVirConfigCapabilitiesGuestFeaturePrivate GVirConfigCapabilitiesGuestFeaturePrivate;
typedef struct _GVirConfigCapabilitiesGuestFeatureClass GVirConfigCapabilitiesGuestFeatureClass;

/**
 * GVirConfigCapabilitiesGuestFeature:
 *
 * A feature guests of a kind can use (an element under `<features>`: `<acpi/>`,
 * `<pae/>`...).
 */
struct _GVirConfigCapabilitiesGuestFeature
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesGuestFeaturePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesGuestFeatureClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_guest_feature_get_type(void);

/**
 * gvir_config_capabilities_guest_feature_get_name:
 * @feature: a #GVirConfigCapabilitiesGuestFeature
 *
 * Returns: the feature's name (its element's name); the string belongs to @feature
 */
const gchar *
gvir_config_capabilities_guest_feature_get_name(GVirConfigCapabilitiesGuestFeature *feature);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_FEATURE_H__ */
