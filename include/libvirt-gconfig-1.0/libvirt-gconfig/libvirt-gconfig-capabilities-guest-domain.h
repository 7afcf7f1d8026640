/*
 * libvirt-gconfig-capabilities-guest-domain.h: a hypervisor of a guest architecture (<domain>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_DOMAIN_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_DOMAIN_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_DOMAIN (gvir_config_capabilities_guest_domain_get_type ())
#define GVIR_CONFIG_CAPABILITIES_GUEST_DOMAIN(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_DOMAIN, GVirConfigCapabilitiesGuestDomain))
#define GVIR_CONFIG_CAPABILITIES_GUEST_DOMAIN_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_DOMAIN, GVirConfigCapabilitiesGuestDomainClass))
#define GVIR_CONFIG_IS_CAPABILITIES_GUEST_DOMAIN(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_DOMAIN))
#define GVIR_CONFIG_IS_CAPABILITIES_GUEST_DOMAIN_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_DOMAIN))
#define GVIR_CONFIG_CAPABILITIES_GUEST_DOMAIN_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_GUEST_DOMAIN, GVirConfigCapabilitiesGuestDomainClass))

typedef struct _GVirConfigCapabilitiesGuestDomain GVirConfigCapabilitiesGuestDomain;
typedef struct _GVirConfigCapabilitiesGuestDomainPrivate GVirConfigCapabilitiesGuestDomainPrivate;
typedef struct _GVirConfigCapabilitiesGuestDomainClass GVirConfigCapabilitiesGuestDomainClass;

/**
 * GVirConfigCapabilitiesGuestDomain:
 *
 * A hypervisor able to run a kind of guest (`<domain type='kvm'>`).
 */
struct _GVirConfigCapabilitiesGuestDomain
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesGuestDomainPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesGuestDomainClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_guest_domain_get_type(void);

/**
 * gvir_config_capabilities_guest_domain_get_emulator:
 * @domain: a #GVirConfigCapabilitiesGuestDomain
 *
 * Returns: the emulator this hypervisor uses instead of the architecture's, or %NULL;
 *   the string belongs to @domain
 */
const gchar *
gvir_config_capabilities_guest_domain_get_emulator(GVirConfigCapabilitiesGuestDomain *domain);

/**
 * gvir_config_capabilities_guest_domain_get_virt_type:
 * @domain: a #GVirConfigCapabilitiesGuestDomain
 *
 * Returns: the hypervisor type; %GVIR_CONFIG_DOMAIN_VIRT_QEMU when not given or not known
 */
GVirConfigDomainVirtType
gvir_config_capabilities_guest_domain_get_virt_type(GVirConfigCapabilitiesGuestDomain *domain);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_GUEST_DOMAIN_H__ */
