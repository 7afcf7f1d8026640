/*
 * gvir_connection_set_auth_func from C (beyond libvirt-glib 4.0.0, so built against
 * libvirt-glib-rs only), on libvirt's test driver with tests/data/gobject/auth-node.xml (user
 * alice, password secret):
 *
 *  - a C handler answers the questions of a blocking open;
 *  - an async open from a thread with its own thread-default context runs the handler, and
 *    the callback, on that thread;
 *  - the GDestroyNotify runs once when the handler is replaced, removed, or the connection
 *    finalized;
 *  - argument checks print the criticals of g_return_val_if_fail.
 */
#include <string.h>

#include <libvirt-gobject/libvirt-gobject.h>

#ifndef AUTH_NODE
#error "AUTH_NODE must name tests/data/gobject/auth-node.xml"
#endif
#define AUTH_URI "test://" AUTH_NODE

typedef struct {
    const char *password;
    GThread *thread;
    guint calls;
    guint kinds[4];
} Answers;

static gboolean answer(GVirConnection *conn, GList *credentials, gpointer data)
{
    Answers *answers = data;
    GList *l;

    g_assert_true(GVIR_IS_CONNECTION(conn));
    answers->thread = g_thread_self();
    for (l = credentials; l; l = l->next) {
        GVirConnectionCredential *cred = l->data;
        GVirConnectionCredentialKind kind = gvir_connection_credential_get_kind(cred);

        g_assert_true(GVIR_IS_CONNECTION_CREDENTIAL(cred));
        g_assert_cmpstr(gvir_connection_credential_get_challenge(cred), ==, "localhost");
        g_assert_null(gvir_connection_credential_get_default_result(cred));
        if (answers->calls < G_N_ELEMENTS(answers->kinds))
            answers->kinds[answers->calls] = kind;
        if (kind == GVIR_CONNECTION_CREDENTIAL_AUTHNAME) {
            g_assert_cmpstr(gvir_connection_credential_get_prompt(cred), ==, "Enter username for localhost");
            gvir_connection_credential_set_result(cred, "alice");
        } else if (kind == GVIR_CONNECTION_CREDENTIAL_PASSPHRASE) {
            gvir_connection_credential_set_result(cred, answers->password);
        }
    }
    answers->calls++;
    return TRUE;
}

static void test_blocking_open(void)
{
    Answers answers = { .password = "secret" };
    GVirConnection *conn = gvir_connection_new(AUTH_URI);
    GError *error = NULL;

    gvir_connection_set_auth_func(conn, answer, &answers, NULL);
    g_assert_true(gvir_connection_open(conn, NULL, &error));
    g_assert_no_error(error);
    g_assert_cmpuint(answers.calls, ==, 2);
    g_assert_cmpuint(answers.kinds[0], ==, GVIR_CONNECTION_CREDENTIAL_AUTHNAME);
    g_assert_cmpuint(answers.kinds[1], ==, GVIR_CONNECTION_CREDENTIAL_PASSPHRASE);
    g_assert_true(answers.thread == g_thread_self());
    g_object_unref(conn);

    answers = (Answers) { .password = "guess" };
    conn = gvir_connection_new(AUTH_URI);
    gvir_connection_set_auth_func(conn, answer, &answers, NULL);
    g_assert_false(gvir_connection_open(conn, NULL, &error));
    g_assert_nonnull(error);
    g_assert_nonnull(strstr(error->message, "see test XML for the correct username/password"));
    g_clear_error(&error);
    g_object_unref(conn);
}

typedef struct {
    Answers answers;
    GThread *callback_thread;
    gboolean opened;
    gboolean done;
} AsyncState;

static void on_opened(GObject *source, GAsyncResult *result, gpointer data)
{
    AsyncState *state = data;
    GError *error = NULL;

    state->callback_thread = g_thread_self();
    state->opened = gvir_connection_open_finish(GVIR_CONNECTION(source), result, &error);
    g_assert_no_error(error);
    state->done = TRUE;
}

static gpointer open_on_own_context(gpointer data)
{
    AsyncState *state = data;
    GVirConnection *conn = gvir_connection_new(AUTH_URI);
    GMainContext *context = g_main_context_new();
    gint64 deadline = g_get_monotonic_time() + 5 * G_USEC_PER_SEC;

    g_main_context_push_thread_default(context);
    gvir_connection_set_auth_func(conn, answer, &state->answers, NULL);
    gvir_connection_open_async(conn, NULL, on_opened, state);
    while (!state->done && g_get_monotonic_time() < deadline)
        g_main_context_iteration(context, TRUE);
    g_main_context_pop_thread_default(context);
    g_main_context_unref(context);
    g_object_unref(conn);
    return g_thread_self();
}

static void test_async_open_asks_on_callers_context(void)
{
    AsyncState state = { .answers = { .password = "secret" } };
    GThread *thread = g_thread_new("own-context", open_on_own_context, &state);
    GThread *self = g_thread_join(thread);

    g_assert_true(state.done);
    g_assert_true(state.opened);
    g_assert_cmpuint(state.answers.calls, ==, 2);
    g_assert_true(state.answers.thread == self);
    g_assert_true(state.callback_thread == self);
}

static gboolean refuse(GVirConnection *conn G_GNUC_UNUSED, GList *credentials G_GNUC_UNUSED, gpointer data G_GNUC_UNUSED)
{
    return FALSE;
}

static void count_notify(gpointer data)
{
    (*(guint *) data)++;
}

static void test_destroy_notify(void)
{
    guint first = 0, second = 0, third = 0;
    GVirConnection *conn = gvir_connection_new(AUTH_URI);
    GError *error = NULL;

    gvir_connection_set_auth_func(conn, refuse, &first, count_notify);
    g_assert_cmpuint(first, ==, 0);
    g_assert_false(gvir_connection_open(conn, NULL, &error));
    g_assert_nonnull(strstr(error->message, "the authentication handler declined"));
    g_clear_error(&error);

    gvir_connection_set_auth_func(conn, refuse, &second, count_notify);
    g_assert_cmpuint(first, ==, 1);
    gvir_connection_set_auth_func(conn, NULL, NULL, NULL);
    g_assert_cmpuint(second, ==, 1);
    g_assert_false(gvir_connection_open(conn, NULL, &error));
    g_assert_nonnull(strstr(error->message, "Missing authentication credentials"));
    g_clear_error(&error);

    gvir_connection_set_auth_func(conn, refuse, &third, count_notify);
    g_object_unref(conn);
    g_assert_cmpuint(third, ==, 1);
    g_assert_cmpuint(first, ==, 1);
    g_assert_cmpuint(second, ==, 1);
}

static void test_argument_checks(void)
{
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*GVIR_IS_CONNECTION*");
    gvir_connection_set_auth_func(NULL, refuse, NULL, NULL);
    g_test_assert_expected_messages();

    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*GVIR_IS_CONNECTION_CREDENTIAL*");
    g_assert_null(gvir_connection_credential_get_prompt(NULL));
    g_test_assert_expected_messages();

    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*GVIR_IS_CONNECTION_CREDENTIAL*");
    gvir_connection_credential_set_result(NULL, "x");
    g_test_assert_expected_messages();

    g_assert_true(G_TYPE_IS_ENUM(GVIR_TYPE_CONNECTION_CREDENTIAL_KIND));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    gvir_init_object(&argc, &argv);

    g_test_add_func("/gobject-auth/blocking-open", test_blocking_open);
    g_test_add_func("/gobject-auth/async-open-asks-on-callers-context", test_async_open_asks_on_callers_context);
    g_test_add_func("/gobject-auth/destroy-notify", test_destroy_notify);
    g_test_add_func("/gobject-auth/argument-checks", test_argument_checks);
    return g_test_run();
}
