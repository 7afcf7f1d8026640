/*
 * libvirt-gconfig-domain-tpm.h: a TPM device of a domain (<tpm>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_TPM_H__
#define __LIBVIRT_GCONFIG_DOMAIN_TPM_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_TPM (gvir_config_domain_tpm_get_type ())
#define GVIR_CONFIG_DOMAIN_TPM(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_TPM, GVirConfigDomainTpm))
#define GVIR_CONFIG_DOMAIN_TPM_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_TPM, GVirConfigDomainTpmClass))
#define GVIR_CONFIG_IS_DOMAIN_TPM(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_TPM))
#define GVIR_CONFIG_IS_DOMAIN_TPM_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_TPM))
#define GVIR_CONFIG_DOMAIN_TPM_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_TPM, GVirConfigDomainTpmClass))

typedef struct _GVirConfigDomainTpm GVirConfigDomainTpm;
typedef struct _GVirConfigDomainTpmPrivate GVirConfigDomainTpmPrivate;
typedef struct _GVirConfigDomainTpmClass GVirConfigDomainTpmClass;

/**
 * GVirConfigDomainTpm:
 *
 * A trusted platform module (`<tpm>`): the host TPM passed through, or a software TPM.
 */
struct _GVirConfigDomainTpm
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainTpmPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainTpmClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_tpm_get_type(void);

/**
 * GVirConfigDomainTpmModel:
 * @GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_TIS: TIS interface, the common one on PCs (`tpm-tis`)
 * @GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_CRB: CRB interface (TPM 2.0 only) (`tpm-crb`)
 * @GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_SPAPR: the pSeries vTPM (`tpm-spapr`)
 * @GVIR_CONFIG_DOMAIN_TPM_MODEL_SPAPR_TPM_PROXY: a proxy to the host TPM of a pSeries guest (`spapr-tpm-proxy`)
 *
 * TPM interfaces the guest sees (the `model` attribute of `<tpm>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_TIS,
    GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_CRB,
    GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_SPAPR,
    GVIR_CONFIG_DOMAIN_TPM_MODEL_SPAPR_TPM_PROXY
} GVirConfigDomainTpmModel;

/**
 * GVirConfigDomainTpmBackendType:
 * @GVIR_CONFIG_DOMAIN_TPM_BACKEND_PASSTHROUGH: the host's own TPM (`passthrough`)
 * @GVIR_CONFIG_DOMAIN_TPM_BACKEND_EMULATOR: a software TPM (swtpm) started by libvirt (`emulator`)
 * @GVIR_CONFIG_DOMAIN_TPM_BACKEND_EXTERNAL: a software TPM started by someone else, reached through a socket (`external`)
 *
 * Where a TPM lives on the host (the `type` attribute of `<tpm><backend>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_TPM_BACKEND_PASSTHROUGH,
    GVIR_CONFIG_DOMAIN_TPM_BACKEND_EMULATOR,
    GVIR_CONFIG_DOMAIN_TPM_BACKEND_EXTERNAL
} GVirConfigDomainTpmBackendType;

/**
 * gvir_config_domain_tpm_new:
 *
 * Returns: (transfer full): a new, empty `<tpm/>`
 */
GVirConfigDomainTpm *gvir_config_domain_tpm_new(void);

/**
 * gvir_config_domain_tpm_new_from_xml:
 * @xml: a `<tpm>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainTpm *gvir_config_domain_tpm_new_from_xml(const gchar *xml,
                                                         GError **error);

/**
 * gvir_config_domain_tpm_get_model:
 * @tpm: a #GVirConfigDomainTpm
 *
 * Returns: the interface the guest sees (%GVIR_CONFIG_DOMAIN_TPM_MODEL_TPM_TIS when unset or unknown)
 */
GVirConfigDomainTpmModel gvir_config_domain_tpm_get_model(GVirConfigDomainTpm *tpm);

/**
 * gvir_config_domain_tpm_set_model:
 * @tpm: a #GVirConfigDomainTpm
 * @model: the new value
 *
 * Sets the `model` attribute.
 */
void gvir_config_domain_tpm_set_model(GVirConfigDomainTpm *tpm,
                                      GVirConfigDomainTpmModel model);

/**
 * gvir_config_domain_tpm_get_backend_type:
 * @tpm: a #GVirConfigDomainTpm
 *
 * Returns: the type of `<backend>` (%GVIR_CONFIG_DOMAIN_TPM_BACKEND_PASSTHROUGH when unset or unknown)
 */
GVirConfigDomainTpmBackendType gvir_config_domain_tpm_get_backend_type(GVirConfigDomainTpm *tpm);

/**
 * gvir_config_domain_tpm_set_backend_type:
 * @tpm: a #GVirConfigDomainTpm
 * @backend_type: the new value
 *
 * Sets the `type` attribute of `<backend>`, creating the element; its other settings stay.
 */
void gvir_config_domain_tpm_set_backend_type(GVirConfigDomainTpm *tpm,
                                             GVirConfigDomainTpmBackendType backend_type);

/**
 * gvir_config_domain_tpm_get_backend_version:
 * @tpm: a #GVirConfigDomainTpm
 *
 * Returns: (nullable): the TPM version of the backend (`"1.2"` or `"2.0"`), or %NULL
 */
const gchar *gvir_config_domain_tpm_get_backend_version(GVirConfigDomainTpm *tpm);

/**
 * gvir_config_domain_tpm_set_backend_version:
 * @tpm: a #GVirConfigDomainTpm
 * @version: (nullable): the new value, or %NULL
 *
 * Sets the TPM version of the backend (`"1.2"` or `"2.0"`); %NULL removes it and lets libvirt
 * choose.
 */
void gvir_config_domain_tpm_set_backend_version(GVirConfigDomainTpm *tpm,
                                                const gchar *version);

/**
 * gvir_config_domain_tpm_get_device_path:
 * @tpm: a #GVirConfigDomainTpm
 *
 * Returns: (nullable): the host TPM of a passthrough backend (`<backend><device path>`), or %NULL
 */
const gchar *gvir_config_domain_tpm_get_device_path(GVirConfigDomainTpm *tpm);

/**
 * gvir_config_domain_tpm_set_device_path:
 * @tpm: a #GVirConfigDomainTpm
 * @path: (nullable): the new value, or %NULL
 *
 * Sets the host TPM a passthrough backend uses; %NULL removes `<device>`.
 */
void gvir_config_domain_tpm_set_device_path(GVirConfigDomainTpm *tpm,
                                            const gchar *path);

/**
 * gvir_config_domain_tpm_get_source_path:
 * @tpm: a #GVirConfigDomainTpm
 *
 * Returns: (nullable): the UNIX socket of an external backend (`<backend><source path>`), or %NULL
 */
const gchar *gvir_config_domain_tpm_get_source_path(GVirConfigDomainTpm *tpm);

/**
 * gvir_config_domain_tpm_set_source_path:
 * @tpm: a #GVirConfigDomainTpm
 * @path: (nullable): the new value, or %NULL
 *
 * Makes the backend reach an external software TPM on the UNIX socket @path (`<source
 * type='unix' mode='connect' path>`, replacing any `<source>`); %NULL removes `<source>`.
 */
void gvir_config_domain_tpm_set_source_path(GVirConfigDomainTpm *tpm,
                                            const gchar *path);

/**
 * gvir_config_domain_tpm_get_persistent_state:
 * @tpm: a #GVirConfigDomainTpm
 *
 * Returns: whether an emulator backend keeps its state when the domain is undefined (%FALSE when unset)
 */
gboolean gvir_config_domain_tpm_get_persistent_state(GVirConfigDomainTpm *tpm);

/**
 * gvir_config_domain_tpm_set_persistent_state:
 * @tpm: a #GVirConfigDomainTpm
 * @persistent: the new value
 *
 * Sets the `persistent_state` attribute of `<backend>`, creating the element.
 */
void gvir_config_domain_tpm_set_persistent_state(GVirConfigDomainTpm *tpm,
                                                 gboolean persistent);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_TPM_H__ */
