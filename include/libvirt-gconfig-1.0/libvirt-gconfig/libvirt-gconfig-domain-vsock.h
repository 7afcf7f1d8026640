/*
 * libvirt-gconfig-domain-vsock.h: virtio socket devices of a domain (<vsock>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_VSOCK_H__
#define __LIBVIRT_GCONFIG_DOMAIN_VSOCK_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_VSOCK (gvir_config_domain_vsock_get_type ())
#define GVIR_CONFIG_DOMAIN_VSOCK(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_VSOCK, GVirConfigDomainVsock))
#define GVIR_CONFIG_DOMAIN_VSOCK_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_VSOCK, GVirConfigDomainVsockClass))
#define GVIR_CONFIG_IS_DOMAIN_VSOCK(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_VSOCK))
#define GVIR_CONFIG_IS_DOMAIN_VSOCK_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_VSOCK))
#define GVIR_CONFIG_DOMAIN_VSOCK_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_VSOCK, GVirConfigDomainVsockClass))

typedef struct _GVirConfigDomainVsock GVirConfigDomainVsock;
typedef struct _GVirConfigDomainVsockPrivate GVirConfigDomainVsockPrivate;
typedef struct _GVirConfigDomainVsockClass GVirConfigDomainVsockClass;

/**
 * GVirConfigDomainVsock:
 *
 * A virtio socket device, for host-guest communication.
 *
 * Since: 6.0.0
 */
struct _GVirConfigDomainVsock
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainVsockPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainVsockClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_vsock_get_type(void);

/**
 * gvir_config_domain_vsock_new:
 *
 * Returns: (transfer full): a new `<vsock model='virtio'/>`
 *
 * Since: 6.0.0
 */
GVirConfigDomainVsock *gvir_config_domain_vsock_new(void);

/**
 * gvir_config_domain_vsock_set_cid_address:
 * @vsock: a #GVirConfigDomainVsock
 * @address: the context identifier the guest gets
 *
 * Gives the guest a fixed context identifier: `<cid auto='no' address>`, replacing any
 * `<cid>`.
 *
 * Since: 6.0.0
 */
void gvir_config_domain_vsock_set_cid_address(GVirConfigDomainVsock *vsock,
                                              unsigned int address);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_VSOCK_H__ */
