/*
 * Sparse streams from C (a libvirt-glib-rs addition, LIBVIRT_GOBJECT_RS_1.0), on
 * test:///default, whose screenshot streams have no holes: gvir_stream_sparse_receive_all
 * hands the PNG to a C sink (which may take it in several calls), the file descriptor helpers
 * write it (sync and async), gvir_stream_sparse_send_all calls its C handlers and reports a
 * refused hole as a GError, a failing handler aborts with a GError, and wrong arguments print
 * the criticals of g_return_val_if_fail. Real sparse transfers are in
 * tests/integration/test_storage_streams.py. Built against libvirt-glib-rs only.
 */
#include <libvirt-gobject/libvirt-gobject.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#define PNG_SIZE 33443

static GVirStream *screenshot(GVirConnection **conn)
{
    GError *error = NULL;
    GVirDomain *domain;
    GVirStream *stream;
    gchar *mime;

    *conn = gvir_connection_new("test:///default");
    g_assert_true(gvir_connection_open(*conn, NULL, &error));
    g_assert_true(gvir_connection_fetch_domains(*conn, NULL, &error));
    g_assert_no_error(error);
    domain = gvir_connection_find_domain_by_name(*conn, "test");
    g_assert_nonnull(domain);
    stream = gvir_connection_get_stream(*conn, 0);
    mime = gvir_domain_screenshot(domain, stream, 0, 0, &error);
    g_assert_no_error(error);
    g_assert_cmpstr(mime, ==, "image/png");
    g_free(mime);
    g_object_unref(domain);
    return stream;
}

static void finish(GVirConnection *conn, GVirStream *stream)
{
    g_io_stream_close(G_IO_STREAM(stream), NULL, NULL);
    g_object_unref(stream);
    gvir_connection_close(conn);
    g_object_unref(conn);
}

typedef struct {
    GByteArray *data;
    guint calls;
    guint holes;
} Sink;

/* Takes at most 1000 bytes a call: the library hands over the rest in further calls. */
static gint take_some(G_GNUC_UNUSED GVirStream *stream, const gchar *buf, gsize nbytes, gpointer user_data)
{
    Sink *sink = user_data;
    gsize n = MIN(nbytes, 1000);
    g_byte_array_append(sink->data, (const guint8 *) buf, n);
    sink->calls++;
    return (gint) n;
}

static gint count_hole(G_GNUC_UNUSED GVirStream *stream, G_GNUC_UNUSED gint64 length, gpointer user_data)
{
    ((Sink *) user_data)->holes++;
    return 0;
}

static gint refuse(G_GNUC_UNUSED GVirStream *stream, G_GNUC_UNUSED const gchar *buf,
                   G_GNUC_UNUSED gsize nbytes, G_GNUC_UNUSED gpointer user_data)
{
    return -1;
}

static void check_png(const guint8 *data, gsize len)
{
    g_assert_cmpuint(len, ==, PNG_SIZE);
    g_assert_cmpmem(data, 4, "\x89PNG", 4);
}

static void test_receive_all(void)
{
    GError *error = NULL;
    GVirConnection *conn;
    GVirStream *stream = screenshot(&conn);
    Sink sink = { g_byte_array_new(), 0, 0 };

    g_assert_cmpint(gvir_stream_sparse_receive_all(stream, NULL, take_some, count_hole, &sink, &error), ==, PNG_SIZE);
    g_assert_no_error(error);
    check_png(sink.data->data, sink.data->len);
    g_assert_cmpuint(sink.calls, >=, PNG_SIZE / 1000);
    g_assert_cmpuint(sink.holes, ==, 0);
    g_byte_array_unref(sink.data);
    finish(conn, stream);

    stream = screenshot(&conn);
    g_assert_cmpint(gvir_stream_sparse_receive_all(stream, NULL, refuse, count_hole, NULL, &error), ==, -1);
    g_assert_error(error, g_quark_from_static_string("gvir-stream"), 0);
    g_clear_error(&error);
    finish(conn, stream);
}

static void done(G_GNUC_UNUSED GObject *source, GAsyncResult *result, gpointer user_data)
{
    *(GAsyncResult **) user_data = g_object_ref(result);
}

static void test_to_fd(void)
{
    GError *error = NULL;
    GVirConnection *conn;
    GVirStream *stream = screenshot(&conn);
    GAsyncResult *result = NULL;
    gchar *path = NULL, *contents = NULL;
    gsize len = 0;
    gint fd = g_file_open_tmp("lvgrs-sparse-XXXXXX", &path, &error);

    g_assert_no_error(error);
    g_assert_cmpint(gvir_stream_sparse_receive_to_fd(stream, fd, NULL, &error), ==, PNG_SIZE);
    g_assert_no_error(error);
    g_assert_true(g_file_get_contents(path, &contents, &len, &error));
    check_png((const guint8 *) contents, len);
    g_free(contents);
    finish(conn, stream);

    /* Async, into the same descriptor from its start again; closed before the transfer ends
     * (the library works on a duplicate). */
    stream = screenshot(&conn);
    g_assert_cmpint(lseek(fd, 0, SEEK_SET), ==, 0);
    gvir_stream_sparse_receive_to_fd_async(stream, fd, NULL, done, &result);
    close(fd);
    while (result == NULL)
        g_main_context_iteration(NULL, TRUE);
    g_assert_cmpint(gvir_stream_sparse_receive_to_fd_finish(stream, result, &error), ==, PNG_SIZE);
    g_assert_no_error(error);
    g_clear_object(&result);
    g_assert_true(g_file_get_contents(path, &contents, &len, &error));
    check_png((const guint8 *) contents, len);
    g_free(contents);
    finish(conn, stream);

    /* A descriptor that is not open is a GError. */
    stream = screenshot(&conn);
    g_assert_cmpint(gvir_stream_sparse_receive_to_fd(stream, fd, NULL, &error), ==, -1);
    g_assert_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    g_clear_error(&error);
    finish(conn, stream);
    g_unlink(path);
    g_free(path);
}

typedef struct {
    guint asked;
    guint skipped;
} Source;

static gint all_hole(G_GNUC_UNUSED GVirStream *stream, gboolean *in_data, gint64 *length, gpointer user_data)
{
    ((Source *) user_data)->asked++;
    *in_data = FALSE;
    *length = 4096;
    return 0;
}

static gint skip(G_GNUC_UNUSED GVirStream *stream, G_GNUC_UNUSED gint64 length, gpointer user_data)
{
    ((Source *) user_data)->skipped++;
    return 0;
}

static gint no_data(G_GNUC_UNUSED GVirStream *stream, G_GNUC_UNUSED gchar *buf,
                    G_GNUC_UNUSED gsize nbytes, G_GNUC_UNUSED gpointer user_data)
{
    return 0;
}

static void test_send_all(void)
{
    GError *error = NULL;
    GVirConnection *conn;
    GVirStream *stream = screenshot(&conn);
    Source source = { 0, 0 };

    /* The test driver's screenshot stream takes no hole: the handler was asked, nothing was
     * skipped, and the refusal is a GError. */
    g_assert_cmpint(gvir_stream_sparse_send_all(stream, NULL, no_data, all_hole, skip, &source, &error), ==, -1);
    g_assert_nonnull(error);
    g_clear_error(&error);
    g_assert_cmpuint(source.asked, ==, 1);
    g_assert_cmpuint(source.skipped, ==, 0);
    finish(conn, stream);

    /* A cancelled transfer does not start. */
    stream = screenshot(&conn);
    GCancellable *cancellable = g_cancellable_new();
    g_cancellable_cancel(cancellable);
    g_assert_cmpint(gvir_stream_sparse_send_all(stream, cancellable, no_data, all_hole, skip, &source, &error), ==, -1);
    g_assert_error(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error(&error);
    g_assert_cmpuint(source.asked, ==, 1);
    g_object_unref(cancellable);
    finish(conn, stream);
}

static void test_argument_checks(void)
{
    GError *error = NULL;
    GObject *not_a_stream = g_object_new(G_TYPE_OBJECT, NULL);
    GVirConnection *conn;
    GVirStream *stream = screenshot(&conn);
    gchar buf[16];

    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*GVIR_IS_STREAM*");
    g_assert_false(gvir_stream_send_hole((GVirStream *) not_a_stream, 1, NULL, &error));
    g_test_assert_expected_messages();
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*length >= 0*");
    g_assert_false(gvir_stream_send_hole(stream, -1, NULL, &error));
    g_test_assert_expected_messages();
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*GVIR_IS_STREAM*");
    g_assert_cmpint(gvir_stream_recv_hole(NULL, NULL, &error), ==, -1);
    g_test_assert_expected_messages();
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*buffer != NULL*");
    g_assert_cmpint(gvir_stream_receive_until_hole(stream, NULL, sizeof buf, NULL, NULL, &error), ==, -1);
    g_test_assert_expected_messages();
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*func != NULL*");
    g_assert_cmpint(gvir_stream_sparse_receive_all(stream, NULL, NULL, count_hole, NULL, &error), ==, -1);
    g_test_assert_expected_messages();
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*hole_func != NULL*");
    g_assert_cmpint(gvir_stream_sparse_receive_all(stream, NULL, take_some, NULL, NULL, &error), ==, -1);
    g_test_assert_expected_messages();
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*skip_func != NULL*");
    g_assert_cmpint(gvir_stream_sparse_send_all(stream, NULL, no_data, all_hole, NULL, NULL, &error), ==, -1);
    g_test_assert_expected_messages();
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*fd >= 0*");
    g_assert_cmpint(gvir_stream_sparse_send_from_fd(stream, -1, NULL, &error), ==, -1);
    g_test_assert_expected_messages();
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*cancellable*");
    g_assert_cmpint(gvir_stream_sparse_receive_to_fd(stream, 0, (GCancellable *) not_a_stream, &error), ==, -1);
    g_test_assert_expected_messages();
    g_assert_no_error(error);

    /* None of that touched the stream: it still reads. */
    gboolean at_hole = TRUE;
    g_assert_cmpint(gvir_stream_receive_until_hole(stream, buf, sizeof buf, &at_hole, NULL, &error), ==, sizeof buf);
    g_assert_no_error(error);
    g_assert_false(at_hole);
    g_assert_cmpmem(buf, 4, "\x89PNG", 4);
    finish(conn, stream);
    g_object_unref(not_a_stream);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    gvir_init_object(&argc, &argv);
    g_test_add_func("/gobject/stream-sparse/receive-all", test_receive_all);
    g_test_add_func("/gobject/stream-sparse/to-fd", test_to_fd);
    g_test_add_func("/gobject/stream-sparse/send-all", test_send_all);
    g_test_add_func("/gobject/stream-sparse/argument-checks", test_argument_checks);
    return g_test_run();
}
