/*
 * libvirt-glib-main.h: library initialisation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GLIB_H__) && !defined(LIBVIRT_GLIB_BUILD)
#error "Include <libvirt-glib/libvirt-glib.h> instead of this header."
#endif

#ifndef __LIBVIRT_GLIB_MAIN_H__
#define __LIBVIRT_GLIB_MAIN_H__

#include <glib.h>

G_BEGIN_DECLS

/**
 * gvir_init:
 * @argc: (inout): pointer to the program's argument count, or %NULL
 * @argv: (inout) (array length=argc) (allow-none) (transfer none): pointer to the program's argument
 *   vector, or %NULL; no argument is consumed today
 *
 * Prepares libvirt for use from a GLib program: initialises libvirt's global state and
 * keeps libvirt from printing its errors on stderr (they are reported as #GError values
 * instead; set `LIBVIRT_GLIB_DEBUG` in the environment to see them as they happen).
 *
 * Call it once, before any other function of this library. If libvirt cannot be
 * initialised the program exits; use gvir_init_check() to handle that case yourself.
 */
void gvir_init(int *argc,
               char ***argv);

/**
 * gvir_init_check:
 * @argc: (inout): pointer to the program's argument count, or %NULL
 * @argv: (inout) (array length=argc) (allow-none) (transfer none): pointer to the program's argument
 *   vector, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Does what gvir_init() does, but reports a failure instead of exiting.
 *
 * Returns: %TRUE when libvirt is ready for use, %FALSE with @err set otherwise
 */
gboolean gvir_init_check(int *argc,
                         char ***argv,
                         GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GLIB_MAIN_H__ */
