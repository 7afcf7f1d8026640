/*
 * libvirt-gconfig-secret.h: a libvirt secret definition (<secret>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_SECRET_H__
#define __LIBVIRT_GCONFIG_SECRET_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_SECRET            (gvir_config_secret_get_type ())
#define GVIR_CONFIG_SECRET(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_SECRET, GVirConfigSecret))
#define GVIR_CONFIG_SECRET_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_SECRET, GVirConfigSecretClass))
#define GVIR_CONFIG_IS_SECRET(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_SECRET))
#define GVIR_CONFIG_IS_SECRET_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_SECRET))
#define GVIR_CONFIG_SECRET_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_SECRET, GVirConfigSecretClass))

typedef struct _GVirConfigSecret GVirConfigSecret;
typedef struct _GVirConfigSecretPrivate GVirConfigSecretPrivate;
typedef struct _GVirConfigSecretClass GVirConfigSecretClass;

/**
 * GVirConfigSecret:
 *
 * A secret definition (the metadata of a passphrase or key, not its value): the
 * `<secret>` document of libvirt (schema `secret.rng`).
 */
struct _GVirConfigSecret
{
    GVirConfigObject parent;

    GVirConfigSecretPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigSecretClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_secret_get_type(void);

/**
 * gvir_config_secret_new:
 *
 * Creates an empty `<secret>` secret definition.
 *
 * Returns: (transfer full): a new #GVirConfigSecret
 */
GVirConfigSecret *gvir_config_secret_new(void);

/**
 * gvir_config_secret_new_from_xml:
 * @xml: the XML of a `<secret>` secret definition
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml; its root element must be `<secret>`.
 *
 * Returns: (transfer full): the parsed secret definition, or %NULL with @error set when @xml does
 *   not parse or has another root element
 */
GVirConfigSecret *gvir_config_secret_new_from_xml(const gchar *xml, GError **error);

/**
 * GVirConfigSecretUsageType:
 * @GVIR_CONFIG_SECRET_USAGE_TYPE_NONE: no `<usage>`: the secret is only found by its UUID
 * @GVIR_CONFIG_SECRET_USAGE_TYPE_VOLUME: an encrypted volume, named by its path (`volume`)
 * @GVIR_CONFIG_SECRET_USAGE_TYPE_CEPH: a Ceph client login (`ceph`)
 * @GVIR_CONFIG_SECRET_USAGE_TYPE_ISCSI: an iSCSI target login (`iscsi`)
 * @GVIR_CONFIG_SECRET_USAGE_TYPE_TLS: a TLS key passphrase (`tls`)
 * @GVIR_CONFIG_SECRET_USAGE_TYPE_VTPM: a vTPM's state encryption key (`vtpm`)
 *
 * What a secret unlocks (the `type` of its `<usage>`).
 */
typedef enum {
    GVIR_CONFIG_SECRET_USAGE_TYPE_NONE,
    GVIR_CONFIG_SECRET_USAGE_TYPE_VOLUME,
    GVIR_CONFIG_SECRET_USAGE_TYPE_CEPH,
    GVIR_CONFIG_SECRET_USAGE_TYPE_ISCSI,
    GVIR_CONFIG_SECRET_USAGE_TYPE_TLS,
    GVIR_CONFIG_SECRET_USAGE_TYPE_VTPM
} GVirConfigSecretUsageType;

/**
 * gvir_config_secret_get_ephemeral:
 * @secret: a #GVirConfigSecret
 *
 * Returns: whether libvirt keeps the secret in memory only (%FALSE when unset)
 */
gboolean gvir_config_secret_get_ephemeral(GVirConfigSecret *secret);

/**
 * gvir_config_secret_set_ephemeral:
 * @secret: a #GVirConfigSecret
 * @ephemeral: whether libvirt keeps the secret in memory only
 */
void gvir_config_secret_set_ephemeral(GVirConfigSecret *secret, gboolean ephemeral);

/**
 * gvir_config_secret_get_private:
 * @secret: a #GVirConfigSecret
 *
 * Returns: whether libvirt refuses to reveal the value to its clients (%FALSE when unset)
 */
gboolean gvir_config_secret_get_private(GVirConfigSecret *secret);

/**
 * gvir_config_secret_set_private:
 * @secret: a #GVirConfigSecret
 * @private_: whether libvirt refuses to reveal the value to its clients
 */
void gvir_config_secret_set_private(GVirConfigSecret *secret, gboolean private_);

/**
 * gvir_config_secret_get_description:
 * @secret: a #GVirConfigSecret
 *
 * Returns: (nullable): the description (`<description>`), or %NULL
 */
const gchar *gvir_config_secret_get_description(GVirConfigSecret *secret);

/**
 * gvir_config_secret_set_description:
 * @secret: a #GVirConfigSecret
 * @description: (nullable): the description; %NULL removes it
 */
void gvir_config_secret_set_description(GVirConfigSecret *secret, const gchar *description);

/**
 * gvir_config_secret_get_uuid:
 * @secret: a #GVirConfigSecret
 *
 * Returns: (nullable): the UUID (`<uuid>`), or %NULL
 */
const gchar *gvir_config_secret_get_uuid(GVirConfigSecret *secret);

/**
 * gvir_config_secret_set_uuid:
 * @secret: a #GVirConfigSecret
 * @uuid: (nullable): the UUID; %NULL removes it (libvirt then makes one)
 */
void gvir_config_secret_set_uuid(GVirConfigSecret *secret, const gchar *uuid);

/**
 * gvir_config_secret_get_usage_type:
 * @secret: a #GVirConfigSecret
 *
 * Returns: what the secret unlocks (%GVIR_CONFIG_SECRET_USAGE_TYPE_NONE without `<usage>` or
 * for a usage type this library does not know)
 */
GVirConfigSecretUsageType gvir_config_secret_get_usage_type(GVirConfigSecret *secret);

/**
 * gvir_config_secret_get_usage_target:
 * @secret: a #GVirConfigSecret
 *
 * Returns: (nullable): which thing of its kind the secret unlocks: the volume's path, the
 * Ceph, TLS or vTPM name, or the iSCSI target; %NULL without a usage
 */
const gchar *gvir_config_secret_get_usage_target(GVirConfigSecret *secret);

/**
 * gvir_config_secret_set_usage:
 * @secret: a #GVirConfigSecret
 * @usage_type: what the secret unlocks
 * @target: (nullable): which one (a volume path, a name, an iSCSI target); may be %NULL only
 *   with %GVIR_CONFIG_SECRET_USAGE_TYPE_NONE
 *
 * Replaces the secret's `<usage>` (in place); %GVIR_CONFIG_SECRET_USAGE_TYPE_NONE removes it.
 */
void gvir_config_secret_set_usage(GVirConfigSecret *secret,
                                  GVirConfigSecretUsageType usage_type,
                                  const gchar *target);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_SECRET_H__ */
