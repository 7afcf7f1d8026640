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
GType gvir_config_domain_audio_backend_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_AUDIO_BACKEND (gvir_config_domain_audio_backend_get_type())
GType gvir_config_domain_graphics_spice_image_compression_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION (gvir_config_domain_graphics_spice_image_compression_get_type())
GType gvir_config_domain_input_device_type_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_INPUT_DEVICE_TYPE (gvir_config_domain_input_device_type_get_type())
GType gvir_config_domain_input_bus_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_INPUT_BUS (gvir_config_domain_input_bus_get_type())
GType gvir_config_domain_interface_link_state_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_INTERFACE_LINK_STATE (gvir_config_domain_interface_link_state_get_type())
GType gvir_config_domain_sound_model_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_SOUND_MODEL (gvir_config_domain_sound_model_get_type())
GType gvir_config_domain_video_model_get_type(void);
#define GVIR_CONFIG_TYPE_DOMAIN_VIDEO_MODEL (gvir_config_domain_video_model_get_type())

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_ENUM_TYPES_H__ */
