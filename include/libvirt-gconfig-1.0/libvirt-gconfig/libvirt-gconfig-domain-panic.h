/*
 * libvirt-gconfig-domain-panic.h: guest panic notifiers of a domain (<panic>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_PANIC_H__
#define __LIBVIRT_GCONFIG_DOMAIN_PANIC_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_PANIC (gvir_config_domain_panic_get_type ())
#define GVIR_CONFIG_DOMAIN_PANIC(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_PANIC, GVirConfigDomainPanic))
#define GVIR_CONFIG_DOMAIN_PANIC_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_PANIC, GVirConfigDomainPanicClass))
#define GVIR_CONFIG_IS_DOMAIN_PANIC(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_PANIC))
#define GVIR_CONFIG_IS_DOMAIN_PANIC_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_PANIC))
#define GVIR_CONFIG_DOMAIN_PANIC_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_PANIC, GVirConfigDomainPanicClass))

typedef struct _GVirConfigDomainPanic GVirConfigDomainPanic;
typedef struct _GVirConfigDomainPanicPrivate GVirConfigDomainPanicPrivate;
typedef struct _GVirConfigDomainPanicClass GVirConfigDomainPanicClass;

/**
 * GVirConfigDomainPanic:
 *
 * A device through which the guest reports a kernel panic to the host (`<panic>`).
 */
struct _GVirConfigDomainPanic
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainPanicPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainPanicClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_panic_get_type(void);

/**
 * GVirConfigDomainPanicModel:
 * @GVIR_CONFIG_DOMAIN_PANIC_MODEL_ISA: the pvpanic ISA device (`isa`)
 * @GVIR_CONFIG_DOMAIN_PANIC_MODEL_PSERIES: the pSeries firmware interface (`pseries`)
 * @GVIR_CONFIG_DOMAIN_PANIC_MODEL_HYPERV: the Hyper-V crash MSRs (`hyperv`)
 * @GVIR_CONFIG_DOMAIN_PANIC_MODEL_S390: the s390 diagnose interface (`s390`)
 *
 * Panic notifiers (the `model` attribute of `<panic>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_PANIC_MODEL_ISA,
    GVIR_CONFIG_DOMAIN_PANIC_MODEL_PSERIES,
    GVIR_CONFIG_DOMAIN_PANIC_MODEL_HYPERV,
    GVIR_CONFIG_DOMAIN_PANIC_MODEL_S390
} GVirConfigDomainPanicModel;

/**
 * gvir_config_domain_panic_new:
 *
 * Returns: (transfer full): a new `<panic/>` (the hypervisor picks the model)
 */
GVirConfigDomainPanic *gvir_config_domain_panic_new(void);

/**
 * gvir_config_domain_panic_new_from_xml:
 * @xml: a `<panic>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainPanic *gvir_config_domain_panic_new_from_xml(const gchar *xml,
                                                             GError **error);

/**
 * gvir_config_domain_panic_get_model:
 * @panic: a #GVirConfigDomainPanic
 *
 * Returns: the panic device (%GVIR_CONFIG_DOMAIN_PANIC_MODEL_ISA when unset or unknown)
 */
GVirConfigDomainPanicModel gvir_config_domain_panic_get_model(GVirConfigDomainPanic *panic);

/**
 * gvir_config_domain_panic_set_model:
 * @panic: a #GVirConfigDomainPanic
 * @model: the new value
 *
 * Sets the `model` attribute.
 */
void gvir_config_domain_panic_set_model(GVirConfigDomainPanic *panic,
                                        GVirConfigDomainPanicModel model);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_PANIC_H__ */
