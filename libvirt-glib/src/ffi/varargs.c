/*
 * The varargs entry points of libvirt-glib-1.0. Rust cannot define C variadic functions, so
 * these format their message with GLib and hand the text to the Rust implementations of the
 * `_literal` forms, which append libvirt's last error.
 */
#include <glib.h>

GError *gvir_error_new_literal(GQuark domain, gint code, const gchar *message);
void gvir_set_error_literal(GError **error, GQuark domain, gint code, const gchar *message);
/* Rust: logs `message` (plus libvirt's last error) at `level` in the default log domain. */
void libvirt_glib_log_with_last_error(GLogLevelFlags level, const gchar *message);

GError *gvir_error_new_valist(GQuark domain, gint code, const gchar *format, va_list args)
{
    gchar *message;
    GError *error;

    g_return_val_if_fail(format != NULL, NULL);

    message = g_strdup_vprintf(format, args);
    error = gvir_error_new_literal(domain, code, message);
    g_free(message);
    return error;
}

GError *gvir_error_new(GQuark domain, gint code, const gchar *format, ...)
{
    GError *error;
    va_list args;

    va_start(args, format);
    error = gvir_error_new_valist(domain, code, format, args);
    va_end(args);
    return error;
}

void gvir_set_error_valist(GError **error, GQuark domain, gint code, const gchar *format, va_list args)
{
    gchar *message;

    g_return_if_fail(format != NULL);
    if (error == NULL)
        return;

    message = g_strdup_vprintf(format, args);
    gvir_set_error_literal(error, domain, code, message);
    g_free(message);
}

void gvir_set_error(GError **error, GQuark domain, gint code, const gchar *format, ...)
{
    va_list args;

    va_start(args, format);
    gvir_set_error_valist(error, domain, code, format, args);
    va_end(args);
}

static void log_formatted(GLogLevelFlags level, const gchar *format, va_list args)
{
    gchar *message = g_strdup_vprintf(format, args);
    libvirt_glib_log_with_last_error(level, message);
    g_free(message);
}

void gvir_critical(const gchar *format, ...)
{
    va_list args;

    g_return_if_fail(format != NULL);
    va_start(args, format);
    log_formatted(G_LOG_LEVEL_CRITICAL, format, args);
    va_end(args);
}

void gvir_warning(const gchar *format, ...)
{
    va_list args;

    g_return_if_fail(format != NULL);
    va_start(args, format);
    log_formatted(G_LOG_LEVEL_WARNING, format, args);
    va_end(args);
}
