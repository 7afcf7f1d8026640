/*
 * Concurrency stress from C: 16 threads, each with its own thread-default GMainContext, issue
 * _async calls (fetch_domains, get_info, start) on ONE GVirConnection while a churn thread
 * defines and undefines domains and the main thread dispatches libvirt's events on the default
 * context. No crash, no deadlock: everything must finish before the deadline.
 *
 * STRESS_ROUNDS in the environment overrides the number of rounds per thread (e.g. fewer under
 * valgrind --tool=helgrind).
 */
#include <stdlib.h>

#include <libvirt-gobject/libvirt-gobject.h>

#define THREADS 16
#define DEADLINE_SECONDS 120

static GVirConnection *conn;
static int rounds = 50;
static gint workers_done, stop_churn, failures, calls, churned;
static gint64 deadline;

typedef struct {
    gboolean done;
    gboolean ok;
} Wait;

/* Iterates @context until @wait is done. */
static void wait_on(GMainContext *context, Wait *wait)
{
    while (!wait->done) {
        g_assert_cmpint(g_get_monotonic_time(), <, deadline);
        g_main_context_iteration(context, TRUE);
    }
}

static void on_fetched(GObject *source, GAsyncResult *result, gpointer data)
{
    Wait *wait = data;

    wait->ok = gvir_connection_fetch_domains_finish(GVIR_CONNECTION(source), result, NULL);
    wait->done = TRUE;
}

static void on_info(GObject *source, GAsyncResult *result, gpointer data)
{
    Wait *wait = data;
    GVirDomainInfo *info = gvir_domain_get_info_finish(GVIR_DOMAIN(source), result, NULL);

    wait->ok = info != NULL;
    if (info)
        g_boxed_free(GVIR_TYPE_DOMAIN_INFO, info);
    wait->done = TRUE;
}

static void on_started(GObject *source, GAsyncResult *result, gpointer data)
{
    Wait *wait = data;
    GError *error = NULL;

    wait->ok = gvir_domain_start_finish(GVIR_DOMAIN(source), result, &error);
    g_assert_no_error(error);
    wait->done = TRUE;
}

static GVirConfigDomain *domain_conf(const char *name)
{
    g_autofree char *xml = g_strdup_printf(
        "<domain type='test'><name>%s</name><memory unit='KiB'>8192</memory>"
        "<os><type>hvm</type></os></domain>", name);
    return gvir_config_domain_new_from_xml(xml, NULL);
}

static gpointer worker(gpointer data)
{
    int index = GPOINTER_TO_INT(data);
    GMainContext *context = g_main_context_new();
    g_autofree char *name = g_strdup_printf("c-stress-%d", index);
    GVirConfigDomain *conf = domain_conf(name);
    GError *error = NULL;
    GVirDomain *own;

    g_main_context_push_thread_default(context);
    own = gvir_connection_create_domain(conn, conf, &error);
    g_assert_no_error(error);
    for (int round = 0; round < rounds; round++) {
        Wait fetched = { 0 }, started = { 0 };
        GList *domains, *l;
        int n = 0;

        gvir_connection_fetch_domains_async(conn, NULL, on_fetched, &fetched);
        wait_on(context, &fetched);
        if (!fetched.ok)
            g_atomic_int_inc(&failures);
        domains = gvir_connection_get_domains(conn);
        for (l = domains; l && n < 4; l = l->next, n++) {
            Wait info = { 0 };

            gvir_domain_get_info_async(l->data, NULL, on_info, &info);
            wait_on(context, &info);
            g_atomic_int_inc(&calls);
            /* A domain the churn thread undefined meanwhile: expected. */
            if (!info.ok)
                g_atomic_int_inc(&failures);
        }
        g_list_free_full(domains, g_object_unref);

        gvir_domain_start_async(own, 0, NULL, on_started, &started);
        wait_on(context, &started);
        g_assert_true(gvir_domain_stop(own, 0, &error));
        g_assert_no_error(error);
        g_atomic_int_add(&calls, 3);
    }
    g_assert_true(gvir_domain_delete(own, 0, &error));
    g_assert_no_error(error);
    g_object_unref(own);
    g_object_unref(conf);
    g_main_context_pop_thread_default(context);
    g_main_context_unref(context);
    g_atomic_int_inc(&workers_done);
    g_main_context_wakeup(NULL);
    return NULL;
}

static gpointer churn(gpointer data G_GNUC_UNUSED)
{
    for (int k = 0; !g_atomic_int_get(&stop_churn); k++) {
        g_autofree char *name = g_strdup_printf("c-churn-%d", k % 8);
        GVirConfigDomain *conf = domain_conf(name);
        GError *error = NULL;
        GVirDomain *dom = gvir_connection_create_domain(conn, conf, &error);

        g_assert_no_error(error);
        g_assert_true(gvir_domain_delete(dom, 0, &error));
        g_object_unref(dom);
        g_object_unref(conf);
        g_atomic_int_inc(&churned);
    }
    return NULL;
}

static void test_stress(void)
{
    GThread *threads[THREADS], *churner;
    GError *error = NULL;
    gint64 start = g_get_monotonic_time();

    deadline = start + DEADLINE_SECONDS * G_USEC_PER_SEC;
    conn = gvir_connection_new("test:///default");
    g_assert_true(gvir_connection_open(conn, NULL, &error));
    g_assert_no_error(error);
    churner = g_thread_new("churn", churn, NULL);
    for (int i = 0; i < THREADS; i++)
        threads[i] = g_thread_new("worker", worker, GINT_TO_POINTER(i));
    while (g_atomic_int_get(&workers_done) < THREADS) {
        g_assert_cmpint(g_get_monotonic_time(), <, deadline);
        g_main_context_iteration(NULL, FALSE);
        g_usleep(1000);
    }
    g_atomic_int_set(&stop_churn, 1);
    for (int i = 0; i < THREADS; i++)
        g_thread_join(threads[i]);
    g_thread_join(churner);
    while (g_main_context_iteration(NULL, FALSE))
        ;
    g_test_message("%d threads x %d rounds: %d calls (%d failed as expected), %d domains churned, %.2f s",
                   THREADS, rounds, calls, failures, churned,
                   (g_get_monotonic_time() - start) / (double) G_USEC_PER_SEC);
    g_object_unref(conn);
}

int main(int argc, char **argv)
{
    const char *env = g_getenv("STRESS_ROUNDS");

    if (env)
        rounds = atoi(env);
    g_test_init(&argc, &argv, NULL);
    gvir_init_object(&argc, &argv);
    g_test_add_func("/gobject/stress/async-calls-on-one-connection", test_stress);
    return g_test_run();
}
