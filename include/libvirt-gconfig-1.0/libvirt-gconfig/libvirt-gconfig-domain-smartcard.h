/*
 * libvirt-gconfig-domain-smartcard.h: base class of smartcard devices (<smartcard>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-address.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD            (gvir_config_domain_smartcard_get_type ())
#define GVIR_CONFIG_DOMAIN_SMARTCARD(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD, GVirConfigDomainSmartcard))
#define GVIR_CONFIG_DOMAIN_SMARTCARD_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD, GVirConfigDomainSmartcardClass))
#define GVIR_CONFIG_IS_DOMAIN_SMARTCARD(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD))
#define GVIR_CONFIG_IS_DOMAIN_SMARTCARD_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD))
#define GVIR_CONFIG_DOMAIN_SMARTCARD_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD, GVirConfigDomainSmartcardClass))

typedef struct _GVirConfigDomainSmartcard GVirConfigDomainSmartcard;
typedef struct _GVirConfigDomainSmartcardPrivate GVirConfigDomainSmartcardPrivate;
typedef struct _GVirConfigDomainSmartcardClass GVirConfigDomainSmartcardClass;

/* Declared as libvirt-glib declares it: the first argument of
 * gvir_config_domain_smartcard_set_address() is a redirected device. */
#ifndef __LIBVIRT_GCONFIG_DOMAIN_REDIRDEV_H__
typedef struct _GVirConfigDomainRedirdev GVirConfigDomainRedirdev;
#endif

/**
 * GVirConfigDomainSmartcard:
 *
 * A `<smartcard>` device; an abstract class with one subclass per `mode`.
 */
struct _GVirConfigDomainSmartcard
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainSmartcardPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSmartcardClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_smartcard_get_type(void);

/**
 * gvir_config_domain_smartcard_set_address:
 * @redirdev: a #GVirConfigDomainSmartcard (or, as libvirt-glib declares it, a
 * #GVirConfigDomainRedirdev)
 * @address: (allow-none): the device's address, or %NULL to remove it
 *
 * Replaces the device's `<address>` with @address's element, which becomes part of the
 * device.
 */
void gvir_config_domain_smartcard_set_address(GVirConfigDomainRedirdev *redirdev,
                                              GVirConfigDomainAddress *address);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_H__ */
