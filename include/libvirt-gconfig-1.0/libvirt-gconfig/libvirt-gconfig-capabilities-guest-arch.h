/*
 * libvirt-gconfig-capabilities-guest-arch.h: the architecture of a kind of guest (<arch>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_ARCH_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_ARCH_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-capabilities-guest-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_ARCH (gvir_config_capabilities_guest_arch_get_type ())
#define GVIR_CONFIG_CAPABILITIES_GUEST_ARCH(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_ARCH, GVirConfigCapabilitiesGuestArch))
#define GVIR_CONFIG_CAPABILITIES_GUEST_ARCH_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_ARCH, GVirConfigCapabilitiesGuestArchClass))
#define GVIR_CONFIG_IS_CAPABILITIES_GUEST_ARCH(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_ARCH))
#define GVIR_CONFIG_IS_CAPABILITIES_GUEST_ARCH_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_ARCH))
#define GVIR_CONFIG_CAPABILITIES_GUEST_ARCH_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_ARCH, GVirConfigCapabilitiesGuestArchClass))

typedef struct _GVirConfigCapabilitiesGuestArch GVirConfigCapabilitiesGuestArch;
typedef struct _GVirConfigCapabilitiesGuestArchPrivate GVirConfigCapabilitiesGuestArchPrivate;
typedef struct _GVirConfigCapabilitiesGuestArchClass GVirConfigCapabilitiesGuestArchClass;

/**
 * GVirConfigCapabilitiesGuestArch:
 *
 * The architecture of a kind of guest (`<arch>`), with its default emulator and the
 * hypervisors able to run it.
 */
struct _GVirConfigCapabilitiesGuestArch
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesGuestArchPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesGuestArchClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_guest_arch_get_type(void);

/**
 * gvir_config_capabilities_guest_arch_get_name:
 * @arch: a #GVirConfigCapabilitiesGuestArch
 *
 * Returns: the architecture's name (`x86_64`...), or %NULL; the string belongs to @arch
 */
const gchar *
gvir_config_capabilities_guest_arch_get_name(GVirConfigCapabilitiesGuestArch *arch);

/**
 * gvir_config_capabilities_guest_arch_get_domains:
 * @arch: a #GVirConfigCapabilitiesGuestArch
 *
 * Returns: (element-type LibvirtGConfig.CapabilitiesGuestDomain) (transfer full): the
 *   hypervisors able to run guests of this architecture (`<domain>` elements), in
 *   document order; free with g_list_free_full() and g_object_unref()
 */
GList *
gvir_config_capabilities_guest_arch_get_domains(GVirConfigCapabilitiesGuestArch *arch);

/**
 * gvir_config_capabilities_guest_arch_get_emulator:
 * @arch: a #GVirConfigCapabilitiesGuestArch
 *
 * Returns: the path of the default emulator, or %NULL; the string belongs to @arch
 */
const gchar *
gvir_config_capabilities_guest_arch_get_emulator(GVirConfigCapabilitiesGuestArch *arch);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_ARCH_H__ */
