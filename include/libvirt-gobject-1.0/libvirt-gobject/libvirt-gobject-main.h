/*
 * libvirt-gobject-main.h: library initialisation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_MAIN_H__
#define __LIBVIRT_GOBJECT_MAIN_H__

#include <glib.h>

G_BEGIN_DECLS

/**
 * gvir_init_object:
 * @argc: (inout): pointer to the program's argument count, or %NULL
 * @argv: (inout) (array length=argc) (allow-none) (transfer none): pointer to the program's argument
 *   vector, or %NULL; no argument is consumed today
 *
 * Prepares everything this library needs: libvirt itself (as gvir_init() does), libvirt's
 * event loop on the default #GMainContext (as gvir_event_register() does), so that domain
 * events reach #GVirConnection and #GVirDomain signals while a main loop runs, and the
 * configuration library.
 *
 * Call it once, before any other function of this library. If libvirt cannot be
 * initialised the program exits; use gvir_init_object_check() to handle that yourself.
 */
void gvir_init_object(int *argc,
                      char ***argv);

/**
 * gvir_init_object_check:
 * @argc: (inout): pointer to the program's argument count, or %NULL
 * @argv: (inout) (array length=argc) (allow-none) (transfer none): pointer to the program's argument
 *   vector, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Does what gvir_init_object() does, but reports a failure instead of exiting.
 *
 * Returns: %TRUE when the library is ready for use, %FALSE with @err set otherwise
 */
gboolean gvir_init_object_check(int *argc,
                                char ***argv,
                                GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_MAIN_H__ */
