/*
 * libvirt-gconfig-domain-interface-user.h: user-mode networking interface (<interface type='user'>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_USER_H__
#define __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_USER_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-interface.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_USER (gvir_config_domain_interface_user_get_type ())
#define GVIR_CONFIG_DOMAIN_INTERFACE_USER(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_USER, GVirConfigDomainInterfaceUser))
#define GVIR_CONFIG_DOMAIN_INTERFACE_USER_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_USER, GVirConfigDomainInterfaceUserClass))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_USER(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_USER))
#define GVIR_CONFIG_IS_DOMAIN_INTERFACE_USER_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_USER))
#define GVIR_CONFIG_DOMAIN_INTERFACE_USER_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_USER, GVirConfigDomainInterfaceUserClass))

typedef struct _GVirConfigDomainInterfaceUser GVirConfigDomainInterfaceUser;
typedef struct _GVirConfigDomainInterfaceUserPrivate GVirConfigDomainInterfaceUserPrivate;
typedef struct _GVirConfigDomainInterfaceUserClass GVirConfigDomainInterfaceUserClass;

/**
 * GVirConfigDomainInterfaceUser:
 *
 * An user-mode networking interface: `<interface type='user'>`.
 */
struct _GVirConfigDomainInterfaceUser
{
    GVirConfigDomainInterface parent;

    GVirConfigDomainInterfaceUserPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainInterfaceUserClass
{
    GVirConfigDomainInterfaceClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_interface_user_get_type(void);

/**
 * gvir_config_domain_interface_user_new:
 *
 * Returns: (transfer full): a new `<interface type='user'/>`
 */
GVirConfigDomainInterfaceUser *gvir_config_domain_interface_user_new(void);

/**
 * gvir_config_domain_interface_user_new_from_xml:
 * @xml: an `<interface>` element whose type is `user`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainInterfaceUser *gvir_config_domain_interface_user_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_INTERFACE_USER_H__ */
