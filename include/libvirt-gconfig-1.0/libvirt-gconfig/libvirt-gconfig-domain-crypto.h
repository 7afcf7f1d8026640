/*
 * libvirt-gconfig-domain-crypto.h: crypto devices of a domain (<crypto>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CRYPTO_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CRYPTO_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CRYPTO (gvir_config_domain_crypto_get_type ())
#define GVIR_CONFIG_DOMAIN_CRYPTO(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CRYPTO, GVirConfigDomainCrypto))
#define GVIR_CONFIG_DOMAIN_CRYPTO_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CRYPTO, GVirConfigDomainCryptoClass))
#define GVIR_CONFIG_IS_DOMAIN_CRYPTO(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CRYPTO))
#define GVIR_CONFIG_IS_DOMAIN_CRYPTO_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CRYPTO))
#define GVIR_CONFIG_DOMAIN_CRYPTO_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CRYPTO, GVirConfigDomainCryptoClass))

typedef struct _GVirConfigDomainCrypto GVirConfigDomainCrypto;
typedef struct _GVirConfigDomainCryptoPrivate GVirConfigDomainCryptoPrivate;
typedef struct _GVirConfigDomainCryptoClass GVirConfigDomainCryptoClass;

/**
 * GVirConfigDomainCrypto:
 *
 * A paravirtualized crypto device (`<crypto>`, libvirt 9.0 and later).
 */
struct _GVirConfigDomainCrypto
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainCryptoPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainCryptoClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_crypto_get_type(void);

/**
 * GVirConfigDomainCryptoModel:
 * @GVIR_CONFIG_DOMAIN_CRYPTO_MODEL_VIRTIO: virtio-crypto (`virtio`)
 *
 * Crypto devices (the `model` attribute of `<crypto>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CRYPTO_MODEL_VIRTIO
} GVirConfigDomainCryptoModel;

/**
 * GVirConfigDomainCryptoType:
 * @GVIR_CONFIG_DOMAIN_CRYPTO_TYPE_QEMU: QEMU (`qemu`)
 *
 * Implementers of crypto devices (the `type` attribute of `<crypto>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CRYPTO_TYPE_QEMU
} GVirConfigDomainCryptoType;

/**
 * GVirConfigDomainCryptoBackendModel:
 * @GVIR_CONFIG_DOMAIN_CRYPTO_BACKEND_BUILTIN: QEMU's own implementation (`builtin`)
 * @GVIR_CONFIG_DOMAIN_CRYPTO_BACKEND_LKCF: the Linux kernel crypto API (`lkcf`)
 *
 * Host implementations of crypto algorithms (the `model` attribute of `<crypto><backend>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CRYPTO_BACKEND_BUILTIN,
    GVIR_CONFIG_DOMAIN_CRYPTO_BACKEND_LKCF
} GVirConfigDomainCryptoBackendModel;

/**
 * gvir_config_domain_crypto_new:
 *
 * Returns: (transfer full): a new `<crypto model='virtio' type='qemu'/>`
 */
GVirConfigDomainCrypto *gvir_config_domain_crypto_new(void);

/**
 * gvir_config_domain_crypto_new_from_xml:
 * @xml: a `<crypto>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainCrypto *gvir_config_domain_crypto_new_from_xml(const gchar *xml,
                                                               GError **error);

/**
 * gvir_config_domain_crypto_get_model:
 * @crypto: a #GVirConfigDomainCrypto
 *
 * Returns: the device the guest sees (%GVIR_CONFIG_DOMAIN_CRYPTO_MODEL_VIRTIO when unset or unknown)
 */
GVirConfigDomainCryptoModel gvir_config_domain_crypto_get_model(GVirConfigDomainCrypto *crypto);

/**
 * gvir_config_domain_crypto_set_model:
 * @crypto: a #GVirConfigDomainCrypto
 * @model: the new value
 *
 * Sets the `model` attribute.
 */
void gvir_config_domain_crypto_set_model(GVirConfigDomainCrypto *crypto,
                                         GVirConfigDomainCryptoModel model);

/**
 * gvir_config_domain_crypto_get_crypto_type:
 * @crypto: a #GVirConfigDomainCrypto
 *
 * Returns: who implements the device (%GVIR_CONFIG_DOMAIN_CRYPTO_TYPE_QEMU when unset or unknown)
 */
GVirConfigDomainCryptoType gvir_config_domain_crypto_get_crypto_type(GVirConfigDomainCrypto *crypto);

/**
 * gvir_config_domain_crypto_set_crypto_type:
 * @crypto: a #GVirConfigDomainCrypto
 * @crypto_type: the new value
 *
 * Sets the `type` attribute.
 */
void gvir_config_domain_crypto_set_crypto_type(GVirConfigDomainCrypto *crypto,
                                               GVirConfigDomainCryptoType crypto_type);

/**
 * gvir_config_domain_crypto_get_backend_model:
 * @crypto: a #GVirConfigDomainCrypto
 *
 * Returns: the host implementation of the algorithms (%GVIR_CONFIG_DOMAIN_CRYPTO_BACKEND_BUILTIN when unset or unknown)
 */
GVirConfigDomainCryptoBackendModel gvir_config_domain_crypto_get_backend_model(GVirConfigDomainCrypto *crypto);

/**
 * gvir_config_domain_crypto_set_backend_model:
 * @crypto: a #GVirConfigDomainCrypto
 * @model: the new value
 *
 * Sets the `model` attribute of `<backend>`, creating the element.
 */
void gvir_config_domain_crypto_set_backend_model(GVirConfigDomainCrypto *crypto,
                                                 GVirConfigDomainCryptoBackendModel model);

/**
 * gvir_config_domain_crypto_get_backend_queues:
 * @crypto: a #GVirConfigDomainCrypto
 *
 * Returns: the number of queues of the backend, or 0 when unset
 */
guint gvir_config_domain_crypto_get_backend_queues(GVirConfigDomainCrypto *crypto);

/**
 * gvir_config_domain_crypto_set_backend_queues:
 * @crypto: a #GVirConfigDomainCrypto
 * @queues: the new value
 *
 * Sets the `queues` attribute of `<backend>`, creating the element.
 */
void gvir_config_domain_crypto_set_backend_queues(GVirConfigDomainCrypto *crypto,
                                                  guint queues);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CRYPTO_H__ */
