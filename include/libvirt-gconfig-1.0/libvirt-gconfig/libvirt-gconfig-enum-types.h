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
GType gvir_config_domain_cpu_feature_policy_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_CPU_FEATURE_POLICY (gvir_config_domain_cpu_feature_policy_get_type())
GType gvir_config_domain_cpu_match_policy_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_CPU_MATCH_POLICY (gvir_config_domain_cpu_match_policy_get_type())
GType gvir_config_domain_cpu_mode_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_CPU_MODE (gvir_config_domain_cpu_mode_get_type())
GType gvir_config_domain_disk_format_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_DISK_FORMAT (gvir_config_domain_disk_format_get_type())
GType gvir_config_domain_disk_snapshot_type_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_DISK_SNAPSHOT_TYPE (gvir_config_domain_disk_snapshot_type_get_type())
GType gvir_config_domain_os_type_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_OS_TYPE (gvir_config_domain_os_type_get_type())
GType gvir_config_domain_os_firmware_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_OS_FIRMWARE (gvir_config_domain_os_firmware_get_type())
GType gvir_config_domain_snapshot_domain_state_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT_DOMAIN_STATE (gvir_config_domain_snapshot_domain_state_get_type())
GType gvir_config_domain_snapshot_memory_state_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT_MEMORY_STATE (gvir_config_domain_snapshot_memory_state_get_type())

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_ENUM_TYPES_H__ */
