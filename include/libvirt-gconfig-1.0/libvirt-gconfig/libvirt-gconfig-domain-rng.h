/*
 * libvirt-gconfig-domain-rng.h: random number generators of a domain (<rng>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_RNG_H__
#define __LIBVIRT_GCONFIG_DOMAIN_RNG_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_RNG (gvir_config_domain_rng_get_type ())
#define GVIR_CONFIG_DOMAIN_RNG(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_RNG, GVirConfigDomainRng))
#define GVIR_CONFIG_DOMAIN_RNG_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_RNG, GVirConfigDomainRngClass))
#define GVIR_CONFIG_IS_DOMAIN_RNG(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_RNG))
#define GVIR_CONFIG_IS_DOMAIN_RNG_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_RNG))
#define GVIR_CONFIG_DOMAIN_RNG_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_RNG, GVirConfigDomainRngClass))

typedef struct _GVirConfigDomainRng GVirConfigDomainRng;
typedef struct _GVirConfigDomainRngPrivate GVirConfigDomainRngPrivate;
typedef struct _GVirConfigDomainRngClass GVirConfigDomainRngClass;

/**
 * GVirConfigDomainRng:
 *
 * A paravirtualized random number generator (`<rng>`) and the host source of its entropy.
 */
struct _GVirConfigDomainRng
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainRngPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainRngClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_rng_get_type(void);

/**
 * GVirConfigDomainRngModel:
 * @GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO: virtio-rng (`virtio`)
 * @GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO_TRANSITIONAL: virtio-rng for legacy and modern guest drivers (`virtio-transitional`)
 * @GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO_NON_TRANSITIONAL: virtio-rng for modern guest drivers only (`virtio-non-transitional`)
 *
 * Random number generators the guest sees (the `model` attribute of `<rng>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO,
    GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO_TRANSITIONAL,
    GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO_NON_TRANSITIONAL
} GVirConfigDomainRngModel;

/**
 * GVirConfigDomainRngBackendModel:
 * @GVIR_CONFIG_DOMAIN_RNG_BACKEND_RANDOM: a host file or device, such as /dev/urandom (`random`)
 * @GVIR_CONFIG_DOMAIN_RNG_BACKEND_EGD: an Entropy Gathering Daemon reached through a character device (`egd`)
 * @GVIR_CONFIG_DOMAIN_RNG_BACKEND_BUILTIN: the hypervisor's own generator (`builtin`)
 *
 * Sources of entropy on the host (the `model` attribute of `<rng><backend>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_RNG_BACKEND_RANDOM,
    GVIR_CONFIG_DOMAIN_RNG_BACKEND_EGD,
    GVIR_CONFIG_DOMAIN_RNG_BACKEND_BUILTIN
} GVirConfigDomainRngBackendModel;

/**
 * gvir_config_domain_rng_new:
 *
 * Returns: (transfer full): a new `<rng model='virtio'/>`
 */
GVirConfigDomainRng *gvir_config_domain_rng_new(void);

/**
 * gvir_config_domain_rng_new_from_xml:
 * @xml: a `<rng>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainRng *gvir_config_domain_rng_new_from_xml(const gchar *xml,
                                                         GError **error);

/**
 * gvir_config_domain_rng_get_model:
 * @rng: a #GVirConfigDomainRng
 *
 * Returns: the device the guest sees (%GVIR_CONFIG_DOMAIN_RNG_MODEL_VIRTIO when unset or unknown)
 */
GVirConfigDomainRngModel gvir_config_domain_rng_get_model(GVirConfigDomainRng *rng);

/**
 * gvir_config_domain_rng_set_model:
 * @rng: a #GVirConfigDomainRng
 * @model: the new value
 *
 * Sets the `model` attribute.
 */
void gvir_config_domain_rng_set_model(GVirConfigDomainRng *rng,
                                      GVirConfigDomainRngModel model);

/**
 * gvir_config_domain_rng_get_backend_model:
 * @rng: a #GVirConfigDomainRng
 *
 * Returns: the kind of `<backend>` (%GVIR_CONFIG_DOMAIN_RNG_BACKEND_RANDOM when unset or unknown)
 */
GVirConfigDomainRngBackendModel gvir_config_domain_rng_get_backend_model(GVirConfigDomainRng *rng);

/**
 * gvir_config_domain_rng_get_backend_path:
 * @rng: a #GVirConfigDomainRng
 *
 * Returns: (nullable): the host file of a random backend, or the UNIX socket of an EGD backend, or %NULL
 */
const gchar *gvir_config_domain_rng_get_backend_path(GVirConfigDomainRng *rng);

/**
 * gvir_config_domain_rng_get_backend_host:
 * @rng: a #GVirConfigDomainRng
 *
 * Returns: (nullable): the host of an EGD backend reached over TCP, or %NULL
 */
const gchar *gvir_config_domain_rng_get_backend_host(GVirConfigDomainRng *rng);

/**
 * gvir_config_domain_rng_get_backend_service:
 * @rng: a #GVirConfigDomainRng
 *
 * Returns: (nullable): the port of an EGD backend reached over TCP, or %NULL
 */
const gchar *gvir_config_domain_rng_get_backend_service(GVirConfigDomainRng *rng);

/**
 * gvir_config_domain_rng_set_backend_random:
 * @rng: a #GVirConfigDomainRng
 * @path: (nullable): the host file to read, or %NULL for the default
 *
 * Makes the backend `<backend model='random'>@path</backend>`, replacing any backend.
 */
void gvir_config_domain_rng_set_backend_random(GVirConfigDomainRng *rng,
                                               const gchar *path);

/**
 * gvir_config_domain_rng_set_backend_egd_unix:
 * @rng: a #GVirConfigDomainRng
 * @path: the UNIX socket of the daemon
 *
 * Makes the backend an Entropy Gathering Daemon listening on the UNIX socket @path, replacing
 * any backend.
 */
void gvir_config_domain_rng_set_backend_egd_unix(GVirConfigDomainRng *rng,
                                                 const gchar *path);

/**
 * gvir_config_domain_rng_set_backend_egd_tcp:
 * @rng: a #GVirConfigDomainRng
 * @host: the host of the daemon
 * @service: its TCP port
 *
 * Makes the backend an Entropy Gathering Daemon listening on TCP @host:@service, replacing any
 * backend.
 */
void gvir_config_domain_rng_set_backend_egd_tcp(GVirConfigDomainRng *rng,
                                                const gchar *host,
                                                const gchar *service);

/**
 * gvir_config_domain_rng_set_backend_builtin:
 * @rng: a #GVirConfigDomainRng
 *
 * Makes the backend the hypervisor's own generator, replacing any backend.
 */
void gvir_config_domain_rng_set_backend_builtin(GVirConfigDomainRng *rng);

/**
 * gvir_config_domain_rng_get_rate_bytes:
 * @rng: a #GVirConfigDomainRng
 *
 * Returns: the bytes the guest may read per period, or 0 without a limit
 */
guint64 gvir_config_domain_rng_get_rate_bytes(GVirConfigDomainRng *rng);

/**
 * gvir_config_domain_rng_get_rate_period:
 * @rng: a #GVirConfigDomainRng
 *
 * Returns: the period of the rate limit in milliseconds, or 0 when unset
 */
guint64 gvir_config_domain_rng_get_rate_period(GVirConfigDomainRng *rng);

/**
 * gvir_config_domain_rng_set_rate:
 * @rng: a #GVirConfigDomainRng
 * @bytes: the bytes the guest may read per period, or 0 to remove the limit
 * @period: the period in milliseconds, or 0 for the hypervisor's default
 *
 * Limits how fast the guest may read entropy (`<rate>`, replacing any).
 */
void gvir_config_domain_rng_set_rate(GVirConfigDomainRng *rng,
                                     guint64 bytes,
                                     guint64 period);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_RNG_H__ */
