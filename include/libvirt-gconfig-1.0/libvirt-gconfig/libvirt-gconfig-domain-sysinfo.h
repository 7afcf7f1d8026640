/*
 * libvirt-gconfig-domain-sysinfo.h: the system information the guest's firmware reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SYSINFO_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SYSINFO_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SYSINFO (gvir_config_domain_sysinfo_get_type ())
#define GVIR_CONFIG_DOMAIN_SYSINFO(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SYSINFO, GVirConfigDomainSysinfo))
#define GVIR_CONFIG_DOMAIN_SYSINFO_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SYSINFO, GVirConfigDomainSysinfoClass))
#define GVIR_CONFIG_IS_DOMAIN_SYSINFO(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SYSINFO))
#define GVIR_CONFIG_IS_DOMAIN_SYSINFO_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SYSINFO))
#define GVIR_CONFIG_DOMAIN_SYSINFO_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SYSINFO, GVirConfigDomainSysinfoClass))

typedef struct _GVirConfigDomainSysinfo GVirConfigDomainSysinfo;
typedef struct _GVirConfigDomainSysinfoPrivate GVirConfigDomainSysinfoPrivate;
typedef struct _GVirConfigDomainSysinfoClass GVirConfigDomainSysinfoClass;

/**
 * GVirConfigDomainSysinfo:
 *
 * The system information the guest's firmware reports (`<sysinfo type='smbios'>`), used with `<smbios mode='sysinfo'/>`.
 */
struct _GVirConfigDomainSysinfo
{
    GVirConfigObject parent;

    GVirConfigDomainSysinfoPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSysinfoClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_sysinfo_get_type(void);

/**
 * gvir_config_domain_sysinfo_new:
 *
 * Returns: (transfer full): a new `<sysinfo type='smbios'/>`
 */
GVirConfigDomainSysinfo *gvir_config_domain_sysinfo_new(void);

/**
 * gvir_config_domain_sysinfo_new_from_xml:
 * @xml: a `<sysinfo>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainSysinfo *gvir_config_domain_sysinfo_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_sysinfo_get_sysinfo_type:
 * @sysinfo: a #GVirConfigDomainSysinfo
 *
 * Returns: the kind of information (`type`: `smbios`, `fwcfg`), or %NULL
 */
const char *gvir_config_domain_sysinfo_get_sysinfo_type(GVirConfigDomainSysinfo *sysinfo);

/**
 * gvir_config_domain_sysinfo_set_sysinfo_type:
 * @sysinfo: a #GVirConfigDomainSysinfo
 * @value: (allow-none): the new value, or %NULL to remove it
 */
void gvir_config_domain_sysinfo_set_sysinfo_type(GVirConfigDomainSysinfo *sysinfo,
                                                 const char *value);

/**
 * gvir_config_domain_get_sysinfo:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full) (nullable): the domain's `<sysinfo>`, viewing the domain's
 * document, or %NULL
 */
GVirConfigDomainSysinfo *gvir_config_domain_get_sysinfo(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_sysinfo:
 * @domain: a #GVirConfigDomain
 * @sysinfo: (allow-none): the new `<sysinfo>`, or %NULL to remove it
 *
 * Replaces the domain's `<sysinfo>` with the element of @sysinfo, which moves into the
 * domain's document (after its other children).
 */
void gvir_config_domain_set_sysinfo(GVirConfigDomain *domain,
                                   GVirConfigDomainSysinfo *sysinfo);

/**
 * gvir_config_domain_sysinfo_get_bios_entry:
 * @sysinfo: a #GVirConfigDomainSysinfo
 * @name: the entry (`vendor`, `version`, `date`, `release`)
 *
 * Returns: (nullable): the value of the `<bios>` entry @name, or %NULL
 */
const char *gvir_config_domain_sysinfo_get_bios_entry(GVirConfigDomainSysinfo *sysinfo, const char *name);

/**
 * gvir_config_domain_sysinfo_set_bios_entry:
 * @sysinfo: a #GVirConfigDomainSysinfo
 * @name: the entry (`vendor`, `version`, `date`, `release`)
 * @value: (allow-none): its value, or %NULL to remove it
 */
void gvir_config_domain_sysinfo_set_bios_entry(GVirConfigDomainSysinfo *sysinfo,
                                              const char *name,
                                              const char *value);

/**
 * gvir_config_domain_sysinfo_get_system_entry:
 * @sysinfo: a #GVirConfigDomainSysinfo
 * @name: the entry (`manufacturer`, `product`, `version`, `serial`, `uuid`, `sku`, `family`)
 *
 * Returns: (nullable): the value of the `<system>` entry @name, or %NULL
 */
const char *gvir_config_domain_sysinfo_get_system_entry(GVirConfigDomainSysinfo *sysinfo, const char *name);

/**
 * gvir_config_domain_sysinfo_set_system_entry:
 * @sysinfo: a #GVirConfigDomainSysinfo
 * @name: the entry (`manufacturer`, `product`, `version`, `serial`, `uuid`, `sku`, `family`)
 * @value: (allow-none): its value, or %NULL to remove it
 */
void gvir_config_domain_sysinfo_set_system_entry(GVirConfigDomainSysinfo *sysinfo,
                                                const char *name,
                                                const char *value);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SYSINFO_H__ */
