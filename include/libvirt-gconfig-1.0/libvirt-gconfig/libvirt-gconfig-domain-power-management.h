/*
 * libvirt-gconfig-domain-power-management.h: guest suspend support (<pm>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_POWER_MANAGEMENT_H__
#define __LIBVIRT_GCONFIG_DOMAIN_POWER_MANAGEMENT_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_POWER_MANAGEMENT            (gvir_config_domain_power_management_get_type ())
#define GVIR_CONFIG_DOMAIN_POWER_MANAGEMENT(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_POWER_MANAGEMENT, GVirConfigDomainPowerManagement))
#define GVIR_CONFIG_DOMAIN_POWER_MANAGEMENT_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_POWER_MANAGEMENT, GVirConfigDomainPowerManagementClass))
#define GVIR_CONFIG_IS_DOMAIN_POWER_MANAGEMENT(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_POWER_MANAGEMENT))
#define GVIR_CONFIG_IS_DOMAIN_POWER_MANAGEMENT_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_POWER_MANAGEMENT))
#define GVIR_CONFIG_DOMAIN_POWER_MANAGEMENT_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_POWER_MANAGEMENT, GVirConfigDomainPowerManagementClass))

typedef struct _GVirConfigDomainPowerManagement GVirConfigDomainPowerManagement;
typedef struct _GVirConfigDomainPowerManagementPrivate GVirConfigDomainPowerManagementPrivate;
typedef struct _GVirConfigDomainPowerManagementClass GVirConfigDomainPowerManagementClass;

/**
 * GVirConfigDomainPowerManagement:
 *
 * Which sleep states the guest may enter (`<pm>`).
 */
struct _GVirConfigDomainPowerManagement
{
    GVirConfigObject parent;

    GVirConfigDomainPowerManagementPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainPowerManagementClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_power_management_get_type(void);

/**
 * gvir_config_domain_power_management_new:
 *
 * Returns: (transfer full): a new, empty power management setting (`<pm>`)
 */
GVirConfigDomainPowerManagement *gvir_config_domain_power_management_new(void);

/**
 * gvir_config_domain_power_management_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainPowerManagement *gvir_config_domain_power_management_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_power_management_set_mem_suspend_enabled:
 * @pm: a #GVirConfigDomainPowerManagement
 * @enabled: whether the guest may suspend to RAM
 */
void gvir_config_domain_power_management_set_mem_suspend_enabled(GVirConfigDomainPowerManagement *pm,
                                                                 gboolean enabled);

/**
 * gvir_config_domain_power_management_set_disk_suspend_enabled:
 * @pm: a #GVirConfigDomainPowerManagement
 * @enabled: whether the guest may suspend to disk
 */
void gvir_config_domain_power_management_set_disk_suspend_enabled(GVirConfigDomainPowerManagement *pm,
                                                                  gboolean enabled);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_POWER_MANAGEMENT_H__ */
