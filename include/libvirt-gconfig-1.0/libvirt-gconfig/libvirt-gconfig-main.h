/*
 * libvirt-gconfig-main.h: library initialisation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_MAIN_H__
#define __LIBVIRT_GCONFIG_MAIN_H__

#include <glib.h>

G_BEGIN_DECLS

/**
 * gvir_config_init:
 * @argc: (inout): pointer to the program's argument count, or %NULL
 * @argv: (inout) (array length=argc) (allow-none) (transfer none): pointer to the program's
 *   argument vector, or %NULL; no argument is consumed
 *
 * Prepares the library (and libxml2 under it) for use. Optional: every constructor works
 * without it, but calling it from the main thread first is good practice in threaded programs.
 */
void gvir_config_init(int *argc,
                      char ***argv);

/**
 * gvir_config_init_check:
 * @argc: (inout): pointer to the program's argument count, or %NULL
 * @argv: (inout) (array length=argc) (allow-none) (transfer none): pointer to the program's
 *   argument vector, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Does what gvir_config_init() does and reports whether it worked (it always does).
 *
 * Returns: %TRUE
 */
gboolean gvir_config_init_check(int *argc,
                                char ***argv,
                                GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_MAIN_H__ */
