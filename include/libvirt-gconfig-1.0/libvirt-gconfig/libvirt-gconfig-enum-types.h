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
GType gvir_config_domain_channel_target_type_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_CHANNEL_TARGET_TYPE (gvir_config_domain_channel_target_type_get_type())
GType gvir_config_domain_console_target_type_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_CONSOLE_TARGET_TYPE (gvir_config_domain_console_target_type_get_type())
GType gvir_config_domain_redirdev_bus_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_REDIRDEV_BUS (gvir_config_domain_redirdev_bus_get_type())
GType gvir_config_domain_os_type_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_OS_TYPE (gvir_config_domain_os_type_get_type())
GType gvir_config_domain_os_sm_bios_mode_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_OS_SM_BIOS_MODE (gvir_config_domain_os_sm_bios_mode_get_type())
GType gvir_config_domain_os_boot_device_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_OS_BOOT_DEVICE (gvir_config_domain_os_boot_device_get_type())
GType gvir_config_domain_os_firmware_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_OS_FIRMWARE (gvir_config_domain_os_firmware_get_type())
GType gvir_config_domain_clock_offset_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_CLOCK_OFFSET (gvir_config_domain_clock_offset_get_type())
GType gvir_config_domain_timer_tick_policy_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_TIMER_TICK_POLICY (gvir_config_domain_timer_tick_policy_get_type())
GType gvir_config_domain_seclabel_type_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_SECLABEL_TYPE (gvir_config_domain_seclabel_type_get_type())

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_ENUM_TYPES_H__ */
