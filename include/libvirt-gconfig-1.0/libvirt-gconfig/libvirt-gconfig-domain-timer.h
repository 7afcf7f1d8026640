/*
 * libvirt-gconfig-domain-timer.h: a timer of the guest
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_TIMER_H__
#define __LIBVIRT_GCONFIG_DOMAIN_TIMER_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_TIMER            (gvir_config_domain_timer_get_type ())
#define GVIR_CONFIG_DOMAIN_TIMER(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER, GVirConfigDomainTimer))
#define GVIR_CONFIG_DOMAIN_TIMER_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_TIMER, GVirConfigDomainTimerClass))
#define GVIR_CONFIG_IS_DOMAIN_TIMER(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER))
#define GVIR_CONFIG_IS_DOMAIN_TIMER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_TIMER))
#define GVIR_CONFIG_DOMAIN_TIMER_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER, GVirConfigDomainTimerClass))

typedef struct _GVirConfigDomainTimer GVirConfigDomainTimer;
typedef struct _GVirConfigDomainTimerPrivate GVirConfigDomainTimerPrivate;
typedef struct _GVirConfigDomainTimerClass GVirConfigDomainTimerClass;

/**
 * GVirConfigDomainTimer:
 *
 * A timer of the guest (`<timer>` in `<clock>`). A timer with a name no subclass covers
 * (`kvmclock`, `tsc`, ...) is a plain #GVirConfigDomainTimer.
 */
struct _GVirConfigDomainTimer
{
    GVirConfigObject parent;

    GVirConfigDomainTimerPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainTimerClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_timer_get_type(void);

/**
 * GVirConfigDomainTimerTickPolicy:
 * @GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_DELAY: deliver missed ticks late, at the normal rate
 * @GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_CATCHUP: deliver missed ticks faster until caught up
 * @GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_MERGE: merge missed ticks into one
 * @GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_DISCARD: drop missed ticks
 *
 * What a timer does with the ticks the guest missed.
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_DELAY,
    GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_CATCHUP,
    GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_MERGE,
    GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_DISCARD
} GVirConfigDomainTimerTickPolicy;

/**
 * gvir_config_domain_timer_get_tick_policy:
 * @timer: a #GVirConfigDomainTimer
 *
 * Returns: the tick policy; %GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_DELAY when unset
 */
GVirConfigDomainTimerTickPolicy gvir_config_domain_timer_get_tick_policy(GVirConfigDomainTimer *timer);

/**
 * gvir_config_domain_timer_set_tick_policy:
 * @timer: a #GVirConfigDomainTimer
 * @policy: what to do with missed ticks
 */
void gvir_config_domain_timer_set_tick_policy(GVirConfigDomainTimer *timer, GVirConfigDomainTimerTickPolicy policy);

/**
 * gvir_config_domain_timer_get_present:
 * @timer: a #GVirConfigDomainTimer
 *
 * Returns: whether the guest has this timer; %TRUE when unset
 */
gboolean gvir_config_domain_timer_get_present(GVirConfigDomainTimer *timer);

/**
 * gvir_config_domain_timer_set_present:
 * @timer: a #GVirConfigDomainTimer
 * @present: whether the guest has this timer
 */
void gvir_config_domain_timer_set_present(GVirConfigDomainTimer *timer, gboolean present);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_TIMER_H__ */
