/*
 * libvirt-gconfig-domain-timer-pit.h: the guest's Programmable Interval Timer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_TIMER_PIT_H__
#define __LIBVIRT_GCONFIG_DOMAIN_TIMER_PIT_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-timer.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_TIMER_PIT            (gvir_config_domain_timer_pit_get_type ())
#define GVIR_CONFIG_DOMAIN_TIMER_PIT(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_PIT, GVirConfigDomainTimerPit))
#define GVIR_CONFIG_DOMAIN_TIMER_PIT_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_TIMER_PIT, GVirConfigDomainTimerPitClass))
#define GVIR_CONFIG_IS_DOMAIN_TIMER_PIT(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_PIT))
#define GVIR_CONFIG_IS_DOMAIN_TIMER_PIT_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_TIMER_PIT))
#define GVIR_CONFIG_DOMAIN_TIMER_PIT_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_TIMER_PIT, GVirConfigDomainTimerPitClass))

typedef struct _GVirConfigDomainTimerPit GVirConfigDomainTimerPit;
typedef struct _GVirConfigDomainTimerPitPrivate GVirConfigDomainTimerPitPrivate;
typedef struct _GVirConfigDomainTimerPitClass GVirConfigDomainTimerPitClass;

/**
 * GVirConfigDomainTimerPit:
 *
 * The guest's Programmable Interval Timer (`<timer name='pit'>`).
 */
struct _GVirConfigDomainTimerPit
{
    GVirConfigDomainTimer parent;

    GVirConfigDomainTimerPitPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainTimerPitClass
{
    GVirConfigDomainTimerClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_timer_pit_get_type(void);

/**
 * gvir_config_domain_timer_pit_new:
 *
 * Returns: (transfer full): a new `<timer name='pit'/>`
 */
GVirConfigDomainTimerPit *gvir_config_domain_timer_pit_new(void);

/**
 * gvir_config_domain_timer_pit_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainTimerPit *gvir_config_domain_timer_pit_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_TIMER_PIT_H__ */
