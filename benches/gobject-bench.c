/*
 * LibvirtGObject benchmarks: one program, run on the reference library and on ours (the dynamic
 * linker picks which through LD_LIBRARY_PATH), and in a raw mode that does the same libvirt work
 * without any GObject layer (the floor).
 *
 * usage: gobject-bench MODE WORKLOAD [-n N] [-u URI]
 *   MODE      gvir | raw | task  (task: async only, virDomainGetInfo in a bare GTask round trip)
 *   WORKLOAD  fetch   open URI, fetch its domains (N = how many times; the URI names a test-driver
 *                     node with many domains), report seconds per fetch and heap bytes per cached
 *                     domain (gvir: the domain cache; raw: the virDomainPtr list)
 *             events  define + undefine N domains on test:///default; gvir counts the
 *                     connection's domain-added/domain-removed signals, raw counts libvirt's
 *                     Defined/Undefined callbacks on the same GLib loop (gvir_event_register)
 *             lifecycle  start + destroy a persistent domain N times on test:///default (the
 *                     domain fetched, as a client's domains are); gvir counts its started/stopped
 *                     signals, raw libvirt's Started/Stopped callbacks on the same GLib loop
 *             async   N round trips of gvir_domain_get_info_async/_finish on the main loop
 *                     (raw: N virDomainGetInfo calls on the calling thread)
 *             afetch  N round trips of gvir_connection_fetch_domains_async/_finish on URI, the
 *                     connection opened once (raw: N virConnectListAllDomains calls, the list
 *                     freed, on the calling thread)
 *
 * Prints one line: `mode=... workload=... n=... seconds=... per_op_us=... [bytes_per_domain=...] lib=...`
 * (lib = the file the gvir_* symbols came from, so a run on the wrong library is caught).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libvirt/libvirt.h>
#include <libvirt-glib/libvirt-glib.h>
#include <libvirt-gobject/libvirt-gobject.h>

/* Under callgrind (run-gobject-bench.sh --callgrind) only the timed part is counted. */
#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_TOGGLE_COLLECT
#endif

/* callgrind's collection switch is per thread: the toggles around the timed part count the
 * calling thread only, never GLib's worker threads (where the async workload's libvirt call
 * runs). With GOBJECT_BENCH_COLLECT_ALL set the toggles are skipped, callgrind collects from
 * the start on every thread, and run-gobject-bench.sh takes the difference of two runs of
 * different lengths: the cost of the extra operations on all threads. */
static gboolean collect_all;
#define TOGGLE_COLLECT                \
    do {                              \
        if (!collect_all)             \
            CALLGRIND_TOGGLE_COLLECT; \
    } while (0)

static double
now(void)
{
    return g_get_monotonic_time() / 1e6;
}

static size_t
heap_in_use(void)
{
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

static const char *
library_path(void)
{
    Dl_info info;
    if (dladdr((void *)gvir_connection_new, &info) && info.dli_fname)
        return info.dli_fname;
    return "?";
}

static void
die(const char *what, GError *err)
{
    fprintf(stderr, "gobject-bench: %s: %s\n", what, err ? err->message : "failed");
    exit(1);
}

/* fetch ------------------------------------------------------------------------------------ */

static void
fetch_gvir(const char *uri, int n)
{
    GError *err = NULL;
    GVirConnection *conn = gvir_connection_new(uri);
    if (!gvir_connection_open(conn, NULL, &err))
        die("open", err);
    /* Warm-up fetch: the first one pays for type registration and libvirt's lazy set-up. */
    if (!gvir_connection_fetch_domains(conn, NULL, &err))
        die("fetch", err);
    double start = now();
    TOGGLE_COLLECT;
    for (int i = 0; i < n; i++)
        if (!gvir_connection_fetch_domains(conn, NULL, &err))
            die("fetch", err);
    TOGGLE_COLLECT;
    double seconds = now() - start;

    /* Memory per cached domain: a fresh connection, heap before and after its first fetch. */
    GVirConnection *fresh = gvir_connection_new(uri);
    if (!gvir_connection_open(fresh, NULL, &err))
        die("open", err);
    size_t before = heap_in_use();
    if (!gvir_connection_fetch_domains(fresh, NULL, &err))
        die("fetch", err);
    size_t after = heap_in_use();
    GList *domains = gvir_connection_get_domains(fresh);
    guint count = g_list_length(domains);
    g_list_free_full(domains, g_object_unref);

    printf("mode=gvir workload=fetch n=%d domains=%u seconds=%.4f per_op_us=%.1f bytes_per_domain=%.0f lib=%s\n",
           n, count, seconds, seconds * 1e6 / n, (double)(after - before) / count, library_path());
    gvir_connection_close(fresh);
    g_object_unref(fresh);
    gvir_connection_close(conn);
    g_object_unref(conn);
}

static void
fetch_raw(const char *uri, int n)
{
    virConnectPtr conn = virConnectOpen(uri);
    virDomainPtr *domains = NULL;
    int count = 0;
    if (!conn)
        die("virConnectOpen", NULL);
    double start = 0;
    size_t before = 0, after = 0;
    for (int i = -1; i < n; i++) {
        if (i == 0) {
            start = now();
            TOGGLE_COLLECT;
        }
        if (i == n - 1)
            before = heap_in_use();
        count = virConnectListAllDomains(conn, &domains, 0);
        if (count < 0)
            die("virConnectListAllDomains", NULL);
        /* What a cache needs of each domain: its UUID, name and id. */
        for (int j = 0; j < count; j++) {
            char uuid[VIR_UUID_STRING_BUFLEN];
            virDomainGetUUIDString(domains[j], uuid);
            (void)virDomainGetName(domains[j]);
            (void)virDomainGetID(domains[j]);
        }
        if (i == n - 1)
            after = heap_in_use();
        if (i < n - 1) {
            for (int j = 0; j < count; j++)
                virDomainFree(domains[j]);
            free(domains);
        }
    }
    TOGGLE_COLLECT;
    double seconds = now() - start;
    printf("mode=raw workload=fetch n=%d domains=%d seconds=%.4f per_op_us=%.1f bytes_per_domain=%.0f lib=raw\n",
           n, count, seconds, seconds * 1e6 / n, (double)(after - before) / count);
    for (int j = 0; j < count; j++)
        virDomainFree(domains[j]);
    free(domains);
    virConnectClose(conn);
}

/* events ----------------------------------------------------------------------------------- */

static int events_seen;

static void
on_domain_listed(GVirConnection *conn G_GNUC_UNUSED, GVirDomain *dom G_GNUC_UNUSED, gpointer data G_GNUC_UNUSED)
{
    events_seen++;
}

static int
on_lifecycle(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom G_GNUC_UNUSED, int event,
             int detail G_GNUC_UNUSED, void *opaque G_GNUC_UNUSED)
{
    if (event == VIR_DOMAIN_EVENT_DEFINED || event == VIR_DOMAIN_EVENT_UNDEFINED)
        events_seen++;
    return 0;
}

static void
wait_for_events(int expected)
{
    gint64 deadline = g_get_monotonic_time() + 60 * G_USEC_PER_SEC;
    while (events_seen < expected && g_get_monotonic_time() < deadline)
        g_main_context_iteration(NULL, TRUE);
    if (events_seen < expected) {
        fprintf(stderr, "gobject-bench: saw %d of %d events\n", events_seen, expected);
        exit(1);
    }
}

/* Defines and undefines n domains in lock step (each event awaited before the next call). */
static double
churn(virConnectPtr conn, int n)
{
    double start = now();
    TOGGLE_COLLECT;
    for (int i = 0; i < n; i++) {
        char xml[256];
        g_snprintf(xml, sizeof xml,
                   "<domain type='test'><name>bench-%d</name><memory>65536</memory>"
                   "<os><type>hvm</type></os></domain>", i);
        virDomainPtr dom = virDomainDefineXML(conn, xml);
        if (!dom)
            die("virDomainDefineXML", NULL);
        wait_for_events(2 * i + 1);
        if (virDomainUndefine(dom) < 0)
            die("virDomainUndefine", NULL);
        virDomainFree(dom);
        wait_for_events(2 * i + 2);
    }
    TOGGLE_COLLECT;
    return now() - start;
}

static void
events_gvir(int n)
{
    GError *err = NULL;
    GVirConnection *conn = gvir_connection_new("test:///default");
    if (!gvir_connection_open(conn, NULL, &err))
        die("open", err);
    if (!gvir_connection_fetch_domains(conn, NULL, &err))
        die("fetch", err);
    g_signal_connect(conn, "domain-added", G_CALLBACK(on_domain_listed), NULL);
    g_signal_connect(conn, "domain-removed", G_CALLBACK(on_domain_listed), NULL);
    virConnectPtr raw = NULL;
    g_object_get(conn, "handle", &raw, NULL);
    double seconds = churn(raw, n);
    printf("mode=gvir workload=events n=%d seconds=%.4f per_op_us=%.1f lib=%s\n",
           2 * n, seconds, seconds * 1e6 / (2 * n), library_path());
    virConnectClose(raw); /* the reference from g_object_get */
    gvir_connection_close(conn);
    g_object_unref(conn);
}

static void
events_raw(int n)
{
    /* The floor: libvirt's callbacks on the same GLib event loop, without GVirConnection. */
    gvir_event_register();
    virConnectPtr conn = virConnectOpen("test:///default");
    if (!conn)
        die("virConnectOpen", NULL);
    virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                     VIR_DOMAIN_EVENT_CALLBACK(on_lifecycle), NULL, NULL);
    double seconds = churn(conn, n);
    printf("mode=raw workload=events n=%d seconds=%.4f per_op_us=%.1f lib=raw\n",
           2 * n, seconds, seconds * 1e6 / (2 * n));
    virConnectClose(conn);
}

/* lifecycle -------------------------------------------------------------------------------- */

static const char life_xml[] =
    "<domain type='test'><name>bench-life</name><memory>65536</memory><os><type>hvm</type></os></domain>";

static void
on_started_or_stopped(GVirDomain *dom G_GNUC_UNUSED, gpointer data G_GNUC_UNUSED)
{
    events_seen++;
}

static int
on_start_stop(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom G_GNUC_UNUSED, int event,
              int detail G_GNUC_UNUSED, void *opaque G_GNUC_UNUSED)
{
    if (event == VIR_DOMAIN_EVENT_STARTED || event == VIR_DOMAIN_EVENT_STOPPED)
        events_seen++;
    return 0;
}

/* Starts and destroys @dom n times in lock step (each event awaited before the next call). */
static double
start_stop(virDomainPtr dom, int n)
{
    events_seen = 0;
    double start = now();
    TOGGLE_COLLECT;
    for (int i = 0; i < n; i++) {
        if (virDomainCreate(dom) < 0)
            die("virDomainCreate", NULL);
        wait_for_events(2 * i + 1);
        if (virDomainDestroy(dom) < 0)
            die("virDomainDestroy", NULL);
        wait_for_events(2 * i + 2);
    }
    TOGGLE_COLLECT;
    return now() - start;
}

static void
lifecycle_gvir(int n)
{
    GError *err = NULL;
    GVirConnection *conn = gvir_connection_new("test:///default");
    if (!gvir_connection_open(conn, NULL, &err))
        die("open", err);
    virConnectPtr raw = NULL;
    g_object_get(conn, "handle", &raw, NULL);
    virDomainPtr dom = virDomainDefineXML(raw, life_xml);
    if (!dom)
        die("virDomainDefineXML", NULL);
    if (!gvir_connection_fetch_domains(conn, NULL, &err))
        die("fetch", err);
    GVirDomain *gdom = gvir_connection_find_domain_by_name(conn, "bench-life");
    if (!gdom)
        die("find bench-life", NULL);
    g_signal_connect(gdom, "started", G_CALLBACK(on_started_or_stopped), NULL);
    g_signal_connect(gdom, "stopped", G_CALLBACK(on_started_or_stopped), NULL);
    double seconds = start_stop(dom, n);
    printf("mode=gvir workload=lifecycle n=%d seconds=%.4f per_op_us=%.1f lib=%s\n",
           2 * n, seconds, seconds * 1e6 / (2 * n), library_path());
    virDomainUndefine(dom);
    virDomainFree(dom);
    g_object_unref(gdom);
    virConnectClose(raw); /* the reference from g_object_get */
    gvir_connection_close(conn);
    g_object_unref(conn);
}

static void
lifecycle_raw(int n)
{
    gvir_event_register();
    virConnectPtr conn = virConnectOpen("test:///default");
    if (!conn)
        die("virConnectOpen", NULL);
    virDomainPtr dom = virDomainDefineXML(conn, life_xml);
    if (!dom)
        die("virDomainDefineXML", NULL);
    virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                     VIR_DOMAIN_EVENT_CALLBACK(on_start_stop), NULL, NULL);
    double seconds = start_stop(dom, n);
    printf("mode=raw workload=lifecycle n=%d seconds=%.4f per_op_us=%.1f lib=raw\n",
           2 * n, seconds, seconds * 1e6 / (2 * n));
    virDomainUndefine(dom);
    virDomainFree(dom);
    virConnectClose(conn);
}

/* async ------------------------------------------------------------------------------------ */

typedef struct {
    GMainLoop *loop;
    int left;
    GVirDomain *dom;
} AsyncState;

static void
on_info(GObject *source, GAsyncResult *res, gpointer data)
{
    AsyncState *state = data;
    GError *err = NULL;
    GVirDomainInfo *info = gvir_domain_get_info_finish(GVIR_DOMAIN(source), res, &err);
    if (!info)
        die("get_info_finish", err);
    g_boxed_free(GVIR_TYPE_DOMAIN_INFO, info);
    if (--state->left == 0)
        g_main_loop_quit(state->loop);
    else
        gvir_domain_get_info_async(state->dom, NULL, on_info, state);
}

static void
async_gvir(int n)
{
    GError *err = NULL;
    GVirConnection *conn = gvir_connection_new("test:///default");
    if (!gvir_connection_open(conn, NULL, &err))
        die("open", err);
    if (!gvir_connection_fetch_domains(conn, NULL, &err))
        die("fetch", err);
    AsyncState state = { g_main_loop_new(NULL, FALSE), 100, gvir_connection_find_domain_by_name(conn, "test") };
    /* Warm-up: the worker threads of GTask's pool start on first use. */
    gvir_domain_get_info_async(state.dom, NULL, on_info, &state);
    g_main_loop_run(state.loop);
    state.left = n;
    double start = now();
    TOGGLE_COLLECT;
    gvir_domain_get_info_async(state.dom, NULL, on_info, &state);
    g_main_loop_run(state.loop);
    TOGGLE_COLLECT;
    double seconds = now() - start;
    printf("mode=gvir workload=async n=%d seconds=%.4f per_op_us=%.1f lib=%s\n",
           n, seconds, seconds * 1e6 / n, library_path());
    g_object_unref(state.dom);
    g_main_loop_unref(state.loop);
    gvir_connection_close(conn);
    g_object_unref(conn);
}

static void
async_raw(int n)
{
    virConnectPtr conn = virConnectOpen("test:///default");
    virDomainPtr dom = conn ? virDomainLookupByName(conn, "test") : NULL;
    virDomainInfo info;
    if (!dom)
        die("virDomainLookupByName", NULL);
    double start = now();
    TOGGLE_COLLECT;
    for (int i = 0; i < n; i++)
        if (virDomainGetInfo(dom, &info) < 0)
            die("virDomainGetInfo", NULL);
    TOGGLE_COLLECT;
    double seconds = now() - start;
    printf("mode=raw workload=async n=%d seconds=%.4f per_op_us=%.1f lib=raw\n",
           n, seconds, seconds * 1e6 / n);
    virDomainFree(dom);
    virConnectClose(conn);
}

/* afetch ----------------------------------------------------------------------------------- */

typedef struct {
    GMainLoop *loop;
    int left;
    GVirConnection *conn;
} FetchState;

static void
on_fetched(GObject *source, GAsyncResult *res, gpointer data)
{
    FetchState *state = data;
    GError *err = NULL;
    if (!gvir_connection_fetch_domains_finish(GVIR_CONNECTION(source), res, &err))
        die("fetch_domains_finish", err);
    if (--state->left == 0)
        g_main_loop_quit(state->loop);
    else
        gvir_connection_fetch_domains_async(state->conn, NULL, on_fetched, state);
}

static void
afetch_gvir(const char *uri, int n)
{
    GError *err = NULL;
    FetchState state = { g_main_loop_new(NULL, FALSE), 1, gvir_connection_new(uri) };
    if (!gvir_connection_open(state.conn, NULL, &err))
        die("open", err);
    /* Warm-up: the first fetch fills the cache and starts GTask's worker threads. */
    gvir_connection_fetch_domains_async(state.conn, NULL, on_fetched, &state);
    g_main_loop_run(state.loop);
    state.left = n;
    double start = now();
    TOGGLE_COLLECT;
    gvir_connection_fetch_domains_async(state.conn, NULL, on_fetched, &state);
    g_main_loop_run(state.loop);
    TOGGLE_COLLECT;
    double seconds = now() - start;
    printf("mode=gvir workload=afetch n=%d seconds=%.4f per_op_us=%.1f lib=%s\n",
           n, seconds, seconds * 1e6 / n, library_path());
    g_main_loop_unref(state.loop);
    gvir_connection_close(state.conn);
    g_object_unref(state.conn);
}

static void
afetch_raw(const char *uri, int n)
{
    virConnectPtr conn = virConnectOpen(uri);
    if (!conn)
        die("virConnectOpen", NULL);
    double start = now();
    TOGGLE_COLLECT;
    for (int i = 0; i < n; i++) {
        virDomainPtr *domains = NULL;
        int count = virConnectListAllDomains(conn, &domains, 0);
        if (count < 0)
            die("virConnectListAllDomains", NULL);
        for (int k = 0; k < count; k++)
            virDomainFree(domains[k]);
        free(domains);
    }
    TOGGLE_COLLECT;
    double seconds = now() - start;
    printf("mode=raw workload=afetch n=%d seconds=%.4f per_op_us=%.1f lib=raw\n",
           n, seconds, seconds * 1e6 / n);
    virConnectClose(conn);
}

/* The floor of any GTask-based async call: the same libvirt call in a bare GTask, no GObject
 * layer. What it costs beyond raw is GIO's round trip (task, thread pool, the completion's
 * idle source and main-context wake-up), which every libvirt-gobject pays. */
typedef struct {
    GMainLoop *loop;
    int left;
    virDomainPtr dom;
} TaskState;

static void
task_info_thread(GTask *task, gpointer source G_GNUC_UNUSED, gpointer data, GCancellable *cancellable G_GNUC_UNUSED)
{
    virDomainInfo *info = g_slice_new(virDomainInfo);
    if (virDomainGetInfo(data, info) < 0) {
        g_slice_free(virDomainInfo, info);
        g_task_return_new_error(task, G_IO_ERROR, G_IO_ERROR_FAILED, "virDomainGetInfo failed");
        return;
    }
    g_task_return_pointer(task, info, NULL);
}

static void task_info_start(TaskState *state);

static void
on_task_info(GObject *source G_GNUC_UNUSED, GAsyncResult *res, gpointer data)
{
    TaskState *state = data;
    GError *err = NULL;
    virDomainInfo *info = g_task_propagate_pointer(G_TASK(res), &err);
    if (!info)
        die("task", err);
    g_slice_free(virDomainInfo, info);
    if (--state->left == 0)
        g_main_loop_quit(state->loop);
    else
        task_info_start(state);
}

static void
task_info_start(TaskState *state)
{
    GTask *task = g_task_new(NULL, NULL, on_task_info, state);
    g_task_set_task_data(task, state->dom, NULL);
    g_task_run_in_thread(task, task_info_thread);
    g_object_unref(task);
}

static void
async_task(int n)
{
    virConnectPtr conn = virConnectOpen("test:///default");
    TaskState state = { g_main_loop_new(NULL, FALSE), 100, conn ? virDomainLookupByName(conn, "test") : NULL };
    if (!state.dom)
        die("virDomainLookupByName", NULL);
    task_info_start(&state);
    g_main_loop_run(state.loop);
    state.left = n;
    double start = now();
    TOGGLE_COLLECT;
    task_info_start(&state);
    g_main_loop_run(state.loop);
    TOGGLE_COLLECT;
    double seconds = now() - start;
    printf("mode=task workload=async n=%d seconds=%.4f per_op_us=%.1f lib=raw\n",
           n, seconds, seconds * 1e6 / n);
    g_main_loop_unref(state.loop);
    virDomainFree(state.dom);
    virConnectClose(conn);
}

int
main(int argc, char **argv)
{
    const char *uri = "test:///default";
    int n = 0;
    if (argc < 3) {
        fprintf(stderr, "usage: %s gvir|raw|task fetch|events|lifecycle|async|afetch [-n N] [-u URI]\n", argv[0]);
        return 2;
    }
    for (int i = 3; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "-n"))
            n = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "-u"))
            uri = argv[i + 1];
    }
    gboolean gvir = !strcmp(argv[1], "gvir");
    collect_all = g_getenv("GOBJECT_BENCH_COLLECT_ALL") != NULL;
    if (!strcmp(argv[1], "task")) {
        if (strcmp(argv[2], "async")) {
            fprintf(stderr, "mode task is for the async workload only\n");
            return 2;
        }
        async_task(n ? n : 5000);
        return 0;
    }
    const char *workload = argv[2];
    if (gvir)
        gvir_init_object(NULL, NULL);

    if (!strcmp(workload, "fetch"))
        (gvir ? fetch_gvir : fetch_raw)(uri, n ? n : 20);
    else if (!strcmp(workload, "events"))
        (gvir ? events_gvir : events_raw)(n ? n : 1000);
    else if (!strcmp(workload, "lifecycle"))
        (gvir ? lifecycle_gvir : lifecycle_raw)(n ? n : 1000);
    else if (!strcmp(workload, "async"))
        (gvir ? async_gvir : async_raw)(n ? n : 5000);
    else if (!strcmp(workload, "afetch"))
        (gvir ? afetch_gvir : afetch_raw)(uri, n ? n : 20);
    else {
        fprintf(stderr, "unknown workload %s\n", workload);
        return 2;
    }
    return 0;
}
