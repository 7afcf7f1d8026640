/*
 * libvirt-gconfig-domain-smartcard-passthrough.h: a smartcard forwarded through a character device (<smartcard mode='passthrough'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_PASSTHROUGH_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_PASSTHROUGH_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-smartcard.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_PASSTHROUGH            (gvir_config_domain_smartcard_passthrough_get_type ())
#define GVIR_CONFIG_DOMAIN_SMARTCARD_PASSTHROUGH(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_PASSTHROUGH, GVirConfigDomainSmartcardPassthrough))
#define GVIR_CONFIG_DOMAIN_SMARTCARD_PASSTHROUGH_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_PASSTHROUGH, GVirConfigDomainSmartcardPassthroughClass))
#define GVIR_CONFIG_IS_DOMAIN_SMARTCARD_PASSTHROUGH(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_PASSTHROUGH))
#define GVIR_CONFIG_IS_DOMAIN_SMARTCARD_PASSTHROUGH_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_PASSTHROUGH))
#define GVIR_CONFIG_DOMAIN_SMARTCARD_PASSTHROUGH_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_PASSTHROUGH, GVirConfigDomainSmartcardPassthroughClass))

typedef struct _GVirConfigDomainSmartcardPassthrough GVirConfigDomainSmartcardPassthrough;
typedef struct _GVirConfigDomainSmartcardPassthroughPrivate GVirConfigDomainSmartcardPassthroughPrivate;
typedef struct _GVirConfigDomainSmartcardPassthroughClass GVirConfigDomainSmartcardPassthroughClass;

/**
 * GVirConfigDomainSmartcardPassthrough:
 *
 * A smartcard in `passthrough` mode: the guest's smartcard requests go to a
 * character device, usually a SPICE channel.
 */
struct _GVirConfigDomainSmartcardPassthrough
{
    GVirConfigDomainSmartcard parent;

    GVirConfigDomainSmartcardPassthroughPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSmartcardPassthroughClass
{
    GVirConfigDomainSmartcardClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_smartcard_passthrough_get_type(void);

/**
 * gvir_config_domain_smartcard_passthrough_new:
 *
 * Returns: (transfer full): a new `<smartcard mode='passthrough'/>`
 */
GVirConfigDomainSmartcardPassthrough *gvir_config_domain_smartcard_passthrough_new(void);

/**
 * gvir_config_domain_smartcard_passthrough_new_from_xml:
 * @xml: a `<smartcard>` element in `passthrough` mode
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed smartcard, or %NULL with @error set (also when its
 * mode is not `passthrough`)
 */
GVirConfigDomainSmartcardPassthrough *gvir_config_domain_smartcard_passthrough_new_from_xml(const gchar *xml,
                                                                                            GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_PASSTHROUGH_H__ */
