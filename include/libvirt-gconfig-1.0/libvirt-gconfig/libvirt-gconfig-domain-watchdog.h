/*
 * libvirt-gconfig-domain-watchdog.h: watchdog devices of a domain (<watchdog>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_WATCHDOG_H__
#define __LIBVIRT_GCONFIG_DOMAIN_WATCHDOG_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_WATCHDOG (gvir_config_domain_watchdog_get_type ())
#define GVIR_CONFIG_DOMAIN_WATCHDOG(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_WATCHDOG, GVirConfigDomainWatchdog))
#define GVIR_CONFIG_DOMAIN_WATCHDOG_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_WATCHDOG, GVirConfigDomainWatchdogClass))
#define GVIR_CONFIG_IS_DOMAIN_WATCHDOG(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_WATCHDOG))
#define GVIR_CONFIG_IS_DOMAIN_WATCHDOG_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_WATCHDOG))
#define GVIR_CONFIG_DOMAIN_WATCHDOG_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_WATCHDOG, GVirConfigDomainWatchdogClass))

typedef struct _GVirConfigDomainWatchdog GVirConfigDomainWatchdog;
typedef struct _GVirConfigDomainWatchdogPrivate GVirConfigDomainWatchdogPrivate;
typedef struct _GVirConfigDomainWatchdogClass GVirConfigDomainWatchdogClass;

/**
 * GVirConfigDomainWatchdog:
 *
 * A virtual watchdog (`<watchdog>`): when the guest stops feeding it, the host acts.
 */
struct _GVirConfigDomainWatchdog
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainWatchdogPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainWatchdogClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_watchdog_get_type(void);

/**
 * GVirConfigDomainWatchdogModel:
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_I6300ESB: the Intel 6300ESB, a PCI device (`i6300esb`)
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_IB700: the iBase IB700, an ISA device (`ib700`)
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_DIAG288: the s390 diagnose 288 watchdog (`diag288`)
 *
 * Emulated watchdogs (the `model` attribute of `<watchdog>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_I6300ESB,
    GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_IB700,
    GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_DIAG288
} GVirConfigDomainWatchdogModel;

/**
 * GVirConfigDomainWatchdogAction:
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_RESET: reset the guest (the default) (`reset`)
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_SHUTDOWN: shut the guest down gracefully (`shutdown`)
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_POWEROFF: power the guest off (`poweroff`)
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_PAUSE: pause the guest (`pause`)
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_NONE: do nothing (`none`)
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_DUMP: dump the guest core, then go on (`dump`)
 * @GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_INJECT_NMI: inject a non-maskable interrupt (`inject-nmi`)
 *
 * What the host does when a watchdog fires (the `action` attribute of `<watchdog>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_RESET,
    GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_SHUTDOWN,
    GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_POWEROFF,
    GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_PAUSE,
    GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_NONE,
    GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_DUMP,
    GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_INJECT_NMI
} GVirConfigDomainWatchdogAction;

/**
 * gvir_config_domain_watchdog_new:
 *
 * Returns: (transfer full): a new `<watchdog model='i6300esb'/>`
 */
GVirConfigDomainWatchdog *gvir_config_domain_watchdog_new(void);

/**
 * gvir_config_domain_watchdog_new_from_xml:
 * @xml: a `<watchdog>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainWatchdog *gvir_config_domain_watchdog_new_from_xml(const gchar *xml,
                                                                   GError **error);

/**
 * gvir_config_domain_watchdog_get_model:
 * @watchdog: a #GVirConfigDomainWatchdog
 *
 * Returns: the emulated watchdog (%GVIR_CONFIG_DOMAIN_WATCHDOG_MODEL_I6300ESB when unset or unknown)
 */
GVirConfigDomainWatchdogModel gvir_config_domain_watchdog_get_model(GVirConfigDomainWatchdog *watchdog);

/**
 * gvir_config_domain_watchdog_set_model:
 * @watchdog: a #GVirConfigDomainWatchdog
 * @model: the new value
 *
 * Sets the `model` attribute.
 */
void gvir_config_domain_watchdog_set_model(GVirConfigDomainWatchdog *watchdog,
                                           GVirConfigDomainWatchdogModel model);

/**
 * gvir_config_domain_watchdog_get_action:
 * @watchdog: a #GVirConfigDomainWatchdog
 *
 * Returns: what the host does when the watchdog fires (%GVIR_CONFIG_DOMAIN_WATCHDOG_ACTION_RESET when unset or unknown)
 */
GVirConfigDomainWatchdogAction gvir_config_domain_watchdog_get_action(GVirConfigDomainWatchdog *watchdog);

/**
 * gvir_config_domain_watchdog_set_action:
 * @watchdog: a #GVirConfigDomainWatchdog
 * @action: the new value
 *
 * Sets the `action` attribute.
 */
void gvir_config_domain_watchdog_set_action(GVirConfigDomainWatchdog *watchdog,
                                            GVirConfigDomainWatchdogAction action);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_WATCHDOG_H__ */
