/*
 * libvirt-gconfig-enum-types.h: GTypes of the library's enumerations
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#ifndef __LIBVIRT_GCONFIG_ENUM_TYPES_H__
#define __LIBVIRT_GCONFIG_ENUM_TYPES_H__

#include <glib-object.h>

G_BEGIN_DECLS

GType gvir_config_domain_virt_type_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_VIRT_TYPE (gvir_config_domain_virt_type_get_type())
GType gvir_config_domain_lifecycle_event_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_LIFECYCLE_EVENT (gvir_config_domain_lifecycle_event_get_type())
GType gvir_config_domain_lifecycle_action_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_LIFECYCLE_ACTION (gvir_config_domain_lifecycle_action_get_type())
GType gvir_config_storage_pool_type_get_type(void);
#define GVIR_CONFIG_TYPE_STORAGE_POOL_TYPE (gvir_config_storage_pool_type_get_type())
GType gvir_config_storage_vol_target_features_get_type(void);
#define GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET_FEATURES (gvir_config_storage_vol_target_features_get_type())

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_ENUM_TYPES_H__ */
