/*
 * libvirt-gconfig-domain-timer-rtc.h: the guest's real-time clock
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_TIMER_RTC_H__
#define __LIBVIRT_GCONFIG_DOMAIN_TIMER_RTC_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-timer.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_TIMER_RTC            (gvir_config_domain_timer_rtc_get_type ())
#define GVIR_CONFIG_DOMAIN_TIMER_RTC(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_RTC, GVirConfigDomainTimerRtc))
#define GVIR_CONFIG_DOMAIN_TIMER_RTC_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_TIMER_RTC, GVirConfigDomainTimerRtcClass))
#define GVIR_CONFIG_IS_DOMAIN_TIMER_RTC(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_RTC))
#define GVIR_CONFIG_IS_DOMAIN_TIMER_RTC_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_TIMER_RTC))
#define GVIR_CONFIG_DOMAIN_TIMER_RTC_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_RTC, GVirConfigDomainTimerRtcClass))

typedef struct _GVirConfigDomainTimerRtc GVirConfigDomainTimerRtc;
typedef struct _GVirConfigDomainTimerRtcPrivate GVirConfigDomainTimerRtcPrivate;
typedef struct _GVirConfigDomainTimerRtcClass GVirConfigDomainTimerRtcClass;

/**
 * GVirConfigDomainTimerRtc:
 *
 * The guest's real-time clock (`<timer name='rtc'>`).
 */
struct _GVirConfigDomainTimerRtc
{
    GVirConfigDomainTimer parent;

    GVirConfigDomainTimerRtcPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainTimerRtcClass
{
    GVirConfigDomainTimerClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_timer_rtc_get_type(void);

/**
 * gvir_config_domain_timer_rtc_new:
 *
 * Returns: (transfer full): a new `<timer name='rtc'/>`
 */
GVirConfigDomainTimerRtc *gvir_config_domain_timer_rtc_new(void);

/**
 * gvir_config_domain_timer_rtc_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainTimerRtc *gvir_config_domain_timer_rtc_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_TIMER_RTC_H__ */
