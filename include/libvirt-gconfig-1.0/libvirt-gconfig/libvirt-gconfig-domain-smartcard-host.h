/*
 * libvirt-gconfig-domain-smartcard-host.h: a smartcard reader of the host (<smartcard mode='host'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_HOST_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_HOST_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-smartcard.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST            (gvir_config_domain_smartcard_host_get_type ())
#define GVIR_CONFIG_DOMAIN_SMARTCARD_HOST(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST, GVirConfigDomainSmartcardHost))
#define GVIR_CONFIG_DOMAIN_SMARTCARD_HOST_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST, GVirConfigDomainSmartcardHostClass))
#define GVIR_CONFIG_IS_DOMAIN_SMARTCARD_HOST(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST))
#define GVIR_CONFIG_IS_DOMAIN_SMARTCARD_HOST_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST))
#define GVIR_CONFIG_DOMAIN_SMARTCARD_HOST_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST, GVirConfigDomainSmartcardHostClass))

typedef struct _GVirConfigDomainSmartcardHost GVirConfigDomainSmartcardHost;
typedef struct _GVirConfigDomainSmartcardHostPrivate GVirConfigDomainSmartcardHostPrivate;
typedef struct _GVirConfigDomainSmartcardHostClass GVirConfigDomainSmartcardHostClass;

/**
 * GVirConfigDomainSmartcardHost:
 *
 * A smartcard in `host` mode: the guest uses the host's smartcard reader.
 */
struct _GVirConfigDomainSmartcardHost
{
    GVirConfigDomainSmartcard parent;

    GVirConfigDomainSmartcardHostPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSmartcardHostClass
{
    GVirConfigDomainSmartcardClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_smartcard_host_get_type(void);

/**
 * gvir_config_domain_smartcard_host_new:
 *
 * Returns: (transfer full): a new `<smartcard mode='host'/>`
 */
GVirConfigDomainSmartcardHost *gvir_config_domain_smartcard_host_new(void);

/**
 * gvir_config_domain_smartcard_host_new_from_xml:
 * @xml: a `<smartcard>` element in `host` mode
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed smartcard, or %NULL with @error set (also when its
 * mode is not `host`)
 */
GVirConfigDomainSmartcardHost *gvir_config_domain_smartcard_host_new_from_xml(const gchar *xml,
                                                                              GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_HOST_H__ */
