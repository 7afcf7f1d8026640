/* Volume download throughput through GVirStream, one program for both libraries.
 *
 * Built against the reference headers; LD_LIBRARY_PATH picks the library it runs on.
 *
 *   stream-bench URI POOL VOLUME MODE REPEATS [OUT]
 *
 * MODE receive-all: gvir_storage_vol_download + gvir_stream_receive_all (blocking, libvirt's
 *                   virStreamRecvAll under it), a sink that only counts;
 *      gio-async:   the GVirStream's GInputStream read with g_input_stream_read_async into a
 *                   256 KiB buffer on the main loop, as an application that keeps its UI alive
 *                   does.
 *      sparse-fd:   a sparse download (VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) into the file OUT
 *                   (truncated first) with gvir_stream_sparse_receive_to_fd, holes kept as
 *                   holes. Ours only (a libvirt-glib-rs addition, looked up at run time): on
 *                   the reference it fails.
 * Prints "MODE bytes best_seconds best_MiB/s cpu_ms": the best of REPEATS downloads, and the
 * process's CPU time (user + system) per download on average, which this shared machine's load
 * disturbs far less than wall time.
 */
#include <libvirt-gobject/libvirt-gobject.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

#define CHUNK (256 * 1024)

static gint count_bytes(GVirStream *stream G_GNUC_UNUSED, const gchar *buf G_GNUC_UNUSED,
                        gsize nbytes, gpointer user_data)
{
    *(guint64 *)user_data += nbytes;
    return (gint)nbytes;
}

typedef struct {
    GMainLoop *loop;
    GInputStream *input;
    guint8 *buffer;
    guint64 total;
    GError *error;
} AsyncRead;

static void on_read(GObject *source, GAsyncResult *result, gpointer user_data)
{
    AsyncRead *state = user_data;
    gssize n = g_input_stream_read_finish(G_INPUT_STREAM(source), result, &state->error);
    if (n <= 0) {
        g_main_loop_quit(state->loop);
        return;
    }
    state->total += (guint64)n;
    g_input_stream_read_async(state->input, state->buffer, CHUNK, G_PRIORITY_DEFAULT, NULL, on_read, state);
}

/* gvir_stream_sparse_receive_to_fd, not in the reference headers this is built against. */
typedef gint64 (*SparseReceiveToFd)(GVirStream *stream, gint fd, GCancellable *cancellable, GError **error);

static void fail(const char *what, GError *error)
{
    fprintf(stderr, "stream-bench: %s: %s\n", what, error ? error->message : "failed");
    exit(1);
}

int main(int argc, char **argv)
{
    GError *error = NULL;
    if (argc != 6 && argc != 7) {
        fprintf(stderr, "usage: %s URI POOL VOLUME receive-all|gio-async|sparse-fd REPEATS [OUT]\n", argv[0]);
        return 2;
    }
    const char *mode = argv[4];
    int repeats = atoi(argv[5]);
    gboolean gio = strcmp(mode, "gio-async") == 0;
    gboolean sparse = strcmp(mode, "sparse-fd") == 0;
    SparseReceiveToFd sparse_receive_to_fd = NULL;
    if (sparse) {
        sparse_receive_to_fd = (SparseReceiveToFd)dlsym(RTLD_DEFAULT, "gvir_stream_sparse_receive_to_fd");
        if (!sparse_receive_to_fd || argc != 7) {
            fprintf(stderr, "stream-bench: sparse-fd needs OUT and gvir_stream_sparse_receive_to_fd\n");
            return 1;
        }
    }

    if (!gvir_init_object_check(&argc, &argv, &error))
        fail("init", error);
    GVirConnection *conn = gvir_connection_new(argv[1]);
    if (!gvir_connection_open(conn, NULL, &error))
        fail("open", error);
    if (!gvir_connection_fetch_storage_pools(conn, NULL, &error))
        fail("fetch pools", error);
    GVirStoragePool *pool = gvir_connection_find_storage_pool_by_name(conn, argv[2]);
    if (!pool)
        fail("no such pool", NULL);
    if (!gvir_storage_pool_refresh(pool, NULL, &error))
        fail("refresh", error);
    GVirStorageVol *vol = gvir_storage_pool_get_volume(pool, argv[3]);
    if (!vol)
        fail("no such volume", NULL);

    double best = 0;
    guint64 bytes = 0;
    double cpu_start = cpu_seconds();
    for (int i = 0; i < repeats; i++) {
        GVirStream *stream = gvir_connection_get_stream(conn, 0);
        gint64 start = g_get_monotonic_time();
        if (!gvir_storage_vol_download(vol, stream, 0, 0, sparse ? 1 /* SPARSE_STREAM */ : 0, &error))
            fail("download", error);
        guint64 total = 0;
        if (sparse) {
            int fd = open(argv[6], O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0)
                fail("open OUT", NULL);
            gint64 got = sparse_receive_to_fd(stream, fd, NULL, &error);
            if (got < 0)
                fail("sparse_receive_to_fd", error);
            close(fd);
            total = (guint64)got;
        } else if (gio) {
            AsyncRead state = { g_main_loop_new(NULL, FALSE), g_io_stream_get_input_stream(G_IO_STREAM(stream)),
                                g_malloc(CHUNK), 0, NULL };
            g_input_stream_read_async(state.input, state.buffer, CHUNK, G_PRIORITY_DEFAULT, NULL, on_read, &state);
            g_main_loop_run(state.loop);
            if (state.error)
                fail("read", state.error);
            total = state.total;
            g_main_loop_unref(state.loop);
            g_free(state.buffer);
        } else {
            if (gvir_stream_receive_all(stream, NULL, count_bytes, &total, &error) < 0)
                fail("receive_all", error);
        }
        g_io_stream_close(G_IO_STREAM(stream), NULL, NULL);
        g_object_unref(stream);
        double seconds = (g_get_monotonic_time() - start) / 1e6;
        if (best == 0 || seconds < best)
            best = seconds;
        bytes = total;
    }
    double cpu_ms = (cpu_seconds() - cpu_start) * 1000 / repeats;
    printf("%s %" G_GUINT64_FORMAT " %.3f %.1f %.0f\n", mode, bytes, best, bytes / 1048576.0 / best, cpu_ms);
    g_object_unref(vol);
    g_object_unref(pool);
    gvir_connection_close(conn);
    g_object_unref(conn);
    return 0;
}
