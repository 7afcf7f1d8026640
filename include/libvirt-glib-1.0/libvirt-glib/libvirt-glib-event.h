/*
 * libvirt-glib-event.h: libvirt's event loop on the GLib main loop
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#ifndef __LIBVIRT_GLIB_EVENT_H__
#define __LIBVIRT_GLIB_EVENT_H__

#include <glib.h>

G_BEGIN_DECLS

/**
 * gvir_event_register:
 *
 * Installs this library as libvirt's event loop implementation: every file descriptor
 * and timer libvirt needs becomes a #GSource on the global default #GMainContext.
 *
 * Without an event loop libvirt cannot deliver domain events, keep remote connections
 * alive or drive non-blocking streams. Call this before opening any connection and then
 * run the default main context (a #GMainLoop, a GTK application, ...). Calling it more
 * than once has no further effect.
 */
void gvir_event_register(void);

G_END_DECLS

#endif /* __LIBVIRT_GLIB_EVENT_H__ */
