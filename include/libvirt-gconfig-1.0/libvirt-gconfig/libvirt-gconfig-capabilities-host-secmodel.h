/*
 * libvirt-gconfig-capabilities-host-secmodel.h: a security model of the host (<secmodel>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_CAPABILITIES_HOST_SECMODEL_H__
#define __LIBVIRT_GCONFIG_CAPABILITIES_HOST_SECMODEL_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_CAPABILITIES_HOST_SECMODEL (gvir_config_capabilities_host_secmodel_get_type ())
#define GVIR_CONFIG_CAPABILITIES_HOST_SECMODEL(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_HOST_SECMODEL, GVirConfigCapabilitiesHostSecModel))
#define GVIR_CONFIG_CAPABILITIES_HOST_SECMODEL_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_HOST_SECMODEL, GVirConfigCapabilitiesHostSecModelClass))
#define GVIR_CONFIG_IS_CAPABILITIES_HOST_SECMODEL(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_HOST_SECMODEL))
#define GVIR_CONFIG_IS_CAPABILITIES_HOST_SECMODEL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_CAPABILITIES_HOST_SECMODEL))
#define GVIR_CONFIG_CAPABILITIES_HOST_SECMODEL_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_CAPABILITIES_HOST_SECMODEL, GVirConfigCapabilitiesHostSecModelClass))

typedef struct _GVirConfigCapabilitiesHostSecModel GVirConfigCapabilitiesHostSecModel;
typedef struct _GVirConfigCapabilitiesHostSecModelPrivate GVirConfigCapabilitiesHostSecModelPrivate;
typedef struct _GVirConfigCapabilitiesHostSecModelClass GVirConfigCapabilitiesHostSecModelClass;

/**
 * GVirConfigCapabilitiesHostSecModel:
 *
 * A security model the host enforces on its guests (`<secmodel>`): SELinux,
 * AppArmor, DAC...
 */
struct _GVirConfigCapabilitiesHostSecModel
{
    GVirConfigObject parent;

    GVirConfigCapabilitiesHostSecModelPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigCapabilitiesHostSecModelClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_capabilities_host_secmodel_get_type(void);

/**
 * gvir_config_capabilities_host_secmodel_get_model:
 * @secmodel: a #GVirConfigCapabilitiesHostSecModel
 *
 * Returns: the name of the model (`selinux`, `apparmor`, `dac`...), or %NULL; the string
 *   belongs to @secmodel
 */
const gchar *
gvir_config_capabilities_host_secmodel_get_model(GVirConfigCapabilitiesHostSecModel *secmodel);

/**
 * gvir_config_capabilities_host_secmodel_get_doi:
 * @secmodel: a #GVirConfigCapabilitiesHostSecModel
 *
 * Returns: the domain of interpretation of the model's labels, or %NULL when empty; the
 *   string belongs to @secmodel
 */
const gchar *
gvir_config_capabilities_host_secmodel_get_doi(GVirConfigCapabilitiesHostSecModel *secmodel);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_CAPABILITIES_HOST_SECMODEL_H__ */
