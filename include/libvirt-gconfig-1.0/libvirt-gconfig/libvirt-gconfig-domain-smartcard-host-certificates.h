/*
 * libvirt-gconfig-domain-smartcard-host-certificates.h: a virtual smartcard made of host certificates (<smartcard mode='host-certificates'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_HOST_CERTIFICATES_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_HOST_CERTIFICATES_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-smartcard.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST_CERTIFICATES            (gvir_config_domain_smartcard_host_certificates_get_type ())
#define GVIR_CONFIG_DOMAIN_SMARTCARD_HOST_CERTIFICATES(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST_CERTIFICATES, GVirConfigDomainSmartcardHostCertificates))
#define GVIR_CONFIG_DOMAIN_SMARTCARD_HOST_CERTIFICATES_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST_CERTIFICATES, GVirConfigDomainSmartcardHostCertificatesClass))
#define GVIR_CONFIG_IS_DOMAIN_SMARTCARD_HOST_CERTIFICATES(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST_CERTIFICATES))
#define GVIR_CONFIG_IS_DOMAIN_SMARTCARD_HOST_CERTIFICATES_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST_CERTIFICATES))
#define GVIR_CONFIG_DOMAIN_SMARTCARD_HOST_CERTIFICATES_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SMARTCARD_HOST_CERTIFICATES, GVirConfigDomainSmartcardHostCertificatesClass))

typedef struct _GVirConfigDomainSmartcardHostCertificates GVirConfigDomainSmartcardHostCertificates;
typedef struct _GVirConfigDomainSmartcardHostCertificatesPrivate GVirConfigDomainSmartcardHostCertificatesPrivate;
typedef struct _GVirConfigDomainSmartcardHostCertificatesClass GVirConfigDomainSmartcardHostCertificatesClass;

/**
 * GVirConfigDomainSmartcardHostCertificates:
 *
 * A smartcard in `host-certificates` mode: the guest sees a card holding three
 * certificates of an NSS database of the host.
 */
struct _GVirConfigDomainSmartcardHostCertificates
{
    GVirConfigDomainSmartcard parent;

    GVirConfigDomainSmartcardHostCertificatesPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSmartcardHostCertificatesClass
{
    GVirConfigDomainSmartcardClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_smartcard_host_certificates_get_type(void);

/**
 * gvir_config_domain_smartcard_host_certificates_new:
 *
 * Returns: (transfer full): a new `<smartcard mode='host-certificates'/>`
 */
GVirConfigDomainSmartcardHostCertificates *gvir_config_domain_smartcard_host_certificates_new(void);

/**
 * gvir_config_domain_smartcard_host_certificates_new_from_xml:
 * @xml: a `<smartcard>` element in `host-certificates` mode
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed smartcard, or %NULL with @error set (also when its
 * mode is not `host-certificates`)
 */
GVirConfigDomainSmartcardHostCertificates *gvir_config_domain_smartcard_host_certificates_new_from_xml(const gchar *xml,
                                                                                                       GError **error);

/**
 * gvir_config_domain_smartcard_host_certificates_set_database:
 * @smartcard: a #GVirConfigDomainSmartcardHostCertificates
 * @path: (allow-none): the NSS database directory, or %NULL for libvirt's default
 */
void gvir_config_domain_smartcard_host_certificates_set_database(GVirConfigDomainSmartcardHostCertificates *smartcard,
                                                                 const char *path);

/**
 * gvir_config_domain_smartcard_host_certificates_set_certificates:
 * @smartcard: a #GVirConfigDomainSmartcardHostCertificates
 * @cert1: (allow-none): the name of the first certificate
 * @cert2: (allow-none): the name of the second certificate
 * @cert3: (allow-none): the name of the third certificate
 *
 * Replaces the card's `<certificate>` elements with one per name given (%NULL names are
 * skipped).
 */
void gvir_config_domain_smartcard_host_certificates_set_certificates(GVirConfigDomainSmartcardHostCertificates *smartcard,
                                                                     const char *cert1,
                                                                     const char *cert2,
                                                                     const char *cert3);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SMARTCARD_HOST_CERTIFICATES_H__ */
