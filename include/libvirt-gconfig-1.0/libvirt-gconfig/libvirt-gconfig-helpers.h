/*
 * libvirt-gconfig-helpers.h: the error domain of configuration objects
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_HELPERS_H__
#define __LIBVIRT_GCONFIG_HELPERS_H__

#include <glib.h>

G_BEGIN_DECLS

/**
 * gvir_config_object_error_quark:
 *
 * The error domain of configuration objects (`gvir-config-object`): documents that do not
 * parse, have the wrong root element or fail schema validation.
 *
 * Returns: the error domain
 */
GQuark gvir_config_object_error_quark(void);
#define GVIR_CONFIG_OBJECT_ERROR gvir_config_object_error_quark()

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_HELPERS_H__ */
