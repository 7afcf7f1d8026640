/*
 * libvirt-gconfig-domain-timer-hpet.h: the guest's High Precision Event Timer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_TIMER_HPET_H__
#define __LIBVIRT_GCONFIG_DOMAIN_TIMER_HPET_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-timer.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_TIMER_HPET            (gvir_config_domain_timer_hpet_get_type ())
#define GVIR_CONFIG_DOMAIN_TIMER_HPET(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_HPET, GVirConfigDomainTimerHpet))
#define GVIR_CONFIG_DOMAIN_TIMER_HPET_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_TIMER_HPET, GVirConfigDomainTimerHpetClass))
#define GVIR_CONFIG_IS_DOMAIN_TIMER_HPET(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_HPET))
#define GVIR_CONFIG_IS_DOMAIN_TIMER_HPET_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_TIMER_HPET))
#define GVIR_CONFIG_DOMAIN_TIMER_HPET_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_HPET, GVirConfigDomainTimerHpetClass))

typedef struct _GVirConfigDomainTimerHpet GVirConfigDomainTimerHpet;
typedef struct _GVirConfigDomainTimerHpetPrivate GVirConfigDomainTimerHpetPrivate;
typedef struct _GVirConfigDomainTimerHpetClass GVirConfigDomainTimerHpetClass;

/**
 * GVirConfigDomainTimerHpet:
 *
 * The guest's High Precision Event Timer (`<timer name='hpet'>`).
 */
struct _GVirConfigDomainTimerHpet
{
    GVirConfigDomainTimer parent;

    GVirConfigDomainTimerHpetPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainTimerHpetClass
{
    GVirConfigDomainTimerClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_timer_hpet_get_type(void);

/**
 * gvir_config_domain_timer_hpet_new:
 *
 * Returns: (transfer full): a new `<timer name='hpet'/>`
 */
GVirConfigDomainTimerHpet *gvir_config_domain_timer_hpet_new(void);

/**
 * gvir_config_domain_timer_hpet_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainTimerHpet *gvir_config_domain_timer_hpet_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_TIMER_HPET_H__ */
