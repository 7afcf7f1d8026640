/*
 * libvirt-gconfig-domain-address.h: base class of device addresses (<address>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_H__
#define __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_ADDRESS            (gvir_config_domain_address_get_type ())
#define GVIR_CONFIG_DOMAIN_ADDRESS(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS, GVirConfigDomainAddress))
#define GVIR_CONFIG_DOMAIN_ADDRESS_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS, GVirConfigDomainAddressClass))
#define GVIR_CONFIG_IS_DOMAIN_ADDRESS(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS))
#define GVIR_CONFIG_IS_DOMAIN_ADDRESS_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS))
#define GVIR_CONFIG_DOMAIN_ADDRESS_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_ADDRESS, GVirConfigDomainAddressClass))

typedef struct _GVirConfigDomainAddress GVirConfigDomainAddress;
typedef struct _GVirConfigDomainAddressPrivate GVirConfigDomainAddressPrivate;
typedef struct _GVirConfigDomainAddressClass GVirConfigDomainAddressClass;

/**
 * GVirConfigDomainAddress:
 *
 * Where a device sits on its bus (an `<address>` element); an abstract class whose
 * subclasses stand for the kinds of address.
 */
struct _GVirConfigDomainAddress
{
    GVirConfigObject parent;

    GVirConfigDomainAddressPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainAddressClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_address_get_type(void);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_ADDRESS_H__ */
