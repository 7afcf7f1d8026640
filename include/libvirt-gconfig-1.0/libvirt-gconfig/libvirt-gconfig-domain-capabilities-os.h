/*
 * libvirt-gconfig-domain-capabilities-os.h: the boot capabilities of a hypervisor (<os>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CAPABILITIES_OS_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CAPABILITIES_OS_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-os.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES_OS (gvir_config_domain_capabilities_os_get_type ())
#define GVIR_CONFIG_DOMAIN_CAPABILITIES_OS(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES_OS, GVirConfigDomainCapabilitiesOs))
#define GVIR_CONFIG_DOMAIN_CAPABILITIES_OS_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES_OS, GVirConfigDomainCapabilitiesOsClass))
#define GVIR_CONFIG_IS_DOMAIN_CAPABILITIES_OS(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES_OS))
#define GVIR_CONFIG_IS_DOMAIN_CAPABILITIES_OS_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES_OS))
#define GVIR_CONFIG_DOMAIN_CAPABILITIES_OS_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CAPABILITIES_OS, GVirConfigDomainCapabilitiesOsClass))

typedef struct _GVirConfigDomainCapabilitiesOs GVirConfigDomainCapabilitiesOs;
typedef struct _GVirConfigDomainCapabilitiesOsPrivate GVirConfigDomainCapabilitiesOsPrivate;
typedef struct _GVirConfigDomainCapabilitiesOsClass GVirConfigDomainCapabilitiesOsClass;

/**
 * GVirConfigDomainCapabilitiesOs:
 *
 * What a hypervisor supports for booting domains (`<os>` in domain capabilities).
 */
struct _GVirConfigDomainCapabilitiesOs
{
    GVirConfigObject parent;

    GVirConfigDomainCapabilitiesOsPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirConfigDomainCapabilitiesOsClass:
 * @parent_class: the parent class
 * @get_firmwares: lists the firmwares offered (see
 *   gvir_config_domain_capabilities_os_get_firmwares())
 *
 * The class of #GVirConfigDomainCapabilitiesOs.
 */
struct _GVirConfigDomainCapabilitiesOsClass
{
    GVirConfigObjectClass parent_class;

    GList *(*get_firmwares)(GVirConfigDomainCapabilitiesOs *os);

    gpointer padding[19];
};

GType gvir_config_domain_capabilities_os_get_type(void);

/**
 * gvir_config_domain_capabilities_os_get_firmwares:
 * @os: a #GVirConfigDomainCapabilitiesOs
 *
 * Lists the values of the `<enum name='firmware'>` elements through the get_firmwares()
 * virtual method of @os's class. A value that is not a known firmware reads as
 * %GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS.
 *
 * Returns: (element-type LibvirtGConfig.DomainOsFirmware) (transfer container): the
 *   firmwares, stored with GINT_TO_POINTER(), in document order; free with g_list_free()
 */
GList *
gvir_config_domain_capabilities_os_get_firmwares(GVirConfigDomainCapabilitiesOs *os);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CAPABILITIES_OS_H__ */
