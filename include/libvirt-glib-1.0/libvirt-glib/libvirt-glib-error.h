/*
 * libvirt-glib-error.h: libvirt errors as GError values and log messages
 *
 * Every function here appends the calling thread's last libvirt error to the text it is
 * given, as "<text>: <libvirt's message>". With no libvirt error pending the text is used
 * alone; with no text, libvirt's message is used alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#ifndef __LIBVIRT_GLIB_ERROR_H__
#define __LIBVIRT_GLIB_ERROR_H__

#include <glib.h>

G_BEGIN_DECLS

/**
 * gvir_error_new:
 * @domain: the error domain
 * @code: the error code
 * @format: printf()-style format of the message
 * @...: arguments for @format
 *
 * Creates a #GError whose message is @format expanded, followed by libvirt's last error.
 *
 * Returns: (transfer full): the new error
 */
GError *gvir_error_new(GQuark domain,
                       gint code,
                       const gchar *format,
                       ...) G_GNUC_PRINTF(3, 4);

/**
 * gvir_error_new_literal:
 * @domain: the error domain
 * @code: the error code
 * @message: the message, used as it is (not a format string)
 *
 * Creates a #GError whose message is @message followed by libvirt's last error.
 *
 * Returns: (transfer full): the new error
 */
GError *gvir_error_new_literal(GQuark domain,
                               gint code,
                               const gchar *message);

/**
 * gvir_error_new_valist:
 * @domain: the error domain
 * @code: the error code
 * @format: printf()-style format of the message
 * @args: arguments for @format
 *
 * The #va_list form of gvir_error_new().
 *
 * Returns: (transfer full): the new error
 */
GError *gvir_error_new_valist(GQuark domain,
                              gint code,
                              const gchar *format,
                              va_list args) G_GNUC_PRINTF(3, 0);

/**
 * gvir_set_error:
 * @error: where to store the error, or %NULL to ignore it
 * @domain: the error domain
 * @code: the error code
 * @format: printf()-style format of the message
 * @...: arguments for @format
 *
 * Stores in @error a new #GError made as gvir_error_new() makes it. Does nothing when
 * @error is %NULL.
 */
void gvir_set_error(GError **error,
                    GQuark domain,
                    gint code,
                    const gchar *format,
                    ...) G_GNUC_PRINTF(4, 5);

/**
 * gvir_set_error_literal:
 * @error: where to store the error, or %NULL to ignore it
 * @domain: the error domain
 * @code: the error code
 * @message: the message, used as it is (not a format string)
 *
 * Stores in @error a new #GError made as gvir_error_new_literal() makes it. Does
 * nothing when @error is %NULL.
 */
void gvir_set_error_literal(GError **error,
                            GQuark domain,
                            gint code,
                            const gchar *message);

/**
 * gvir_set_error_valist:
 * @error: where to store the error, or %NULL to ignore it
 * @domain: the error domain
 * @code: the error code
 * @format: printf()-style format of the message
 * @args: arguments for @format
 *
 * The #va_list form of gvir_set_error().
 */
void gvir_set_error_valist(GError **error,
                           GQuark domain,
                           gint code,
                           const gchar *format,
                           va_list args) G_GNUC_PRINTF(4, 0);

/**
 * gvir_critical:
 * @format: printf()-style format of the message
 * @...: arguments for @format
 *
 * Logs a critical message: @format expanded, followed by libvirt's last error.
 */
void gvir_critical(const gchar *format, ...) G_GNUC_PRINTF(1, 2);

/**
 * gvir_warning:
 * @format: printf()-style format of the message
 * @...: arguments for @format
 *
 * Logs a warning: @format expanded, followed by libvirt's last error.
 */
void gvir_warning(const gchar *format, ...) G_GNUC_PRINTF(1, 2);

G_END_DECLS

#endif /* __LIBVIRT_GLIB_ERROR_H__ */
