/*
 * libvirt-gconfig-domain-clock.h: the guest's clock (<clock>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CLOCK_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CLOCK_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-timer.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CLOCK            (gvir_config_domain_clock_get_type ())
#define GVIR_CONFIG_DOMAIN_CLOCK(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CLOCK, GVirConfigDomainClock))
#define GVIR_CONFIG_DOMAIN_CLOCK_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CLOCK, GVirConfigDomainClockClass))
#define GVIR_CONFIG_IS_DOMAIN_CLOCK(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CLOCK))
#define GVIR_CONFIG_IS_DOMAIN_CLOCK_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CLOCK))
#define GVIR_CONFIG_DOMAIN_CLOCK_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CLOCK, GVirConfigDomainClockClass))

typedef struct _GVirConfigDomainClock GVirConfigDomainClock;
typedef struct _GVirConfigDomainClockPrivate GVirConfigDomainClockPrivate;
typedef struct _GVirConfigDomainClockClass GVirConfigDomainClockClass;

/**
 * GVirConfigDomainClock:
 *
 * How the guest clock is set at boot and kept (`<clock>`): its offset from the host's UTC
 * clock, and its timers.
 */
struct _GVirConfigDomainClock
{
    GVirConfigObject parent;

    GVirConfigDomainClockPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainClockClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_clock_get_type(void);

/**
 * GVirConfigDomainClockOffset:
 * @GVIR_CONFIG_DOMAIN_CLOCK_UTC: the guest clock starts at UTC
 * @GVIR_CONFIG_DOMAIN_CLOCK_LOCALTIME: the guest clock starts at the host's local time
 * @GVIR_CONFIG_DOMAIN_CLOCK_TIMEZONE: the guest clock starts at the time of a given time zone
 * @GVIR_CONFIG_DOMAIN_CLOCK_VARIABLE: the guest clock starts a given number of seconds away
 *   from UTC
 *
 * What the guest clock starts from.
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CLOCK_UTC,
    GVIR_CONFIG_DOMAIN_CLOCK_LOCALTIME,
    GVIR_CONFIG_DOMAIN_CLOCK_TIMEZONE,
    GVIR_CONFIG_DOMAIN_CLOCK_VARIABLE
} GVirConfigDomainClockOffset;

/**
 * gvir_config_domain_clock_new:
 *
 * Returns: (transfer full): a new, empty clock (`<clock>`)
 */
GVirConfigDomainClock *gvir_config_domain_clock_new(void);

/**
 * gvir_config_domain_clock_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainClock *gvir_config_domain_clock_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_clock_get_offset:
 * @klock: a #GVirConfigDomainClock
 *
 * Returns: what the guest clock starts from; %GVIR_CONFIG_DOMAIN_CLOCK_UTC when unset
 */
GVirConfigDomainClockOffset gvir_config_domain_clock_get_offset(GVirConfigDomainClock *klock);

/**
 * gvir_config_domain_clock_set_offset:
 * @klock: a #GVirConfigDomainClock
 * @offset: what the guest clock starts from
 */
void gvir_config_domain_clock_set_offset(GVirConfigDomainClock *klock,
                                         GVirConfigDomainClockOffset offset);

/**
 * gvir_config_domain_clock_get_timezone:
 * @klock: a #GVirConfigDomainClock
 *
 * Returns: (transfer none): the time zone of a %GVIR_CONFIG_DOMAIN_CLOCK_TIMEZONE offset, or
 *   %NULL
 */
const char *gvir_config_domain_clock_get_timezone(GVirConfigDomainClock *klock);

/**
 * gvir_config_domain_clock_set_timezone:
 * @klock: a #GVirConfigDomainClock
 * @tz: a time zone name, e.g. `Europe/Paris`
 *
 * Sets the time zone; the offset is not changed.
 */
void gvir_config_domain_clock_set_timezone(GVirConfigDomainClock *klock,
                                           const char *tz);

/**
 * gvir_config_domain_clock_get_variable_offset:
 * @klock: a #GVirConfigDomainClock
 *
 * Returns: the adjustment of a %GVIR_CONFIG_DOMAIN_CLOCK_VARIABLE offset, in seconds (0 when
 *   unset)
 */
gint gvir_config_domain_clock_get_variable_offset(GVirConfigDomainClock *klock);

/**
 * gvir_config_domain_clock_set_variable_offset:
 * @klock: a #GVirConfigDomainClock
 * @seconds: how far from UTC the guest clock starts
 *
 * Makes the offset %GVIR_CONFIG_DOMAIN_CLOCK_VARIABLE, @seconds away from UTC.
 */
void gvir_config_domain_clock_set_variable_offset(GVirConfigDomainClock *klock,
                                                  gint seconds);

/**
 * gvir_config_domain_clock_add_timer:
 * @klock: a #GVirConfigDomainClock
 * @timer: the timer to add
 *
 * Appends @timer to the clock. Its element moves into the clock, so later changes made
 * through @timer show in @klock.
 */
void gvir_config_domain_clock_add_timer(GVirConfigDomainClock *klock,
                                        GVirConfigDomainTimer *timer);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CLOCK_H__ */
