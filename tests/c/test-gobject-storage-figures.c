/*
 * Storage figures from C (a libvirt-glib-rs addition, LIBVIRT_GOBJECT_RS_1.0), on
 * test:///default: the records copy and free through their GTypes, a volume the library cannot
 * read gets its commitment from its capacity, the pool adds its volumes up, the async forms
 * complete, and wrong arguments print the criticals of g_return_val_if_fail.
 * Built against libvirt-glib-rs only (the reference has none of this).
 */
#include <libvirt-gobject/libvirt-gobject.h>

static GVirStoragePool *default_pool(GVirConnection **conn)
{
    GError *error = NULL;
    GVirStoragePool *pool;

    *conn = gvir_connection_new("test:///default");
    g_assert_true(gvir_connection_open(*conn, NULL, &error));
    g_assert_true(gvir_connection_fetch_storage_pools(*conn, NULL, &error));
    g_assert_no_error(error);
    pool = gvir_connection_find_storage_pool_by_name(*conn, "default-pool");
    g_assert_nonnull(pool);
    return pool;
}

static GVirStorageVol *create_volume(GVirStoragePool *pool, const char *name, guint64 capacity)
{
    GError *error = NULL;
    GVirConfigStorageVol *conf = gvir_config_storage_vol_new();
    GVirStorageVol *vol;

    gvir_config_storage_vol_set_name(conf, name);
    gvir_config_storage_vol_set_capacity(conf, capacity);
    vol = gvir_storage_pool_create_volume(pool, conf, &error);
    g_assert_no_error(error);
    g_object_unref(conf);
    return vol;
}

static void done(G_GNUC_UNUSED GObject *source, GAsyncResult *result, gpointer user_data)
{
    *(GAsyncResult **) user_data = g_object_ref(result);
}

static GAsyncResult *wait_result(GAsyncResult **slot)
{
    while (*slot == NULL)
        g_main_context_iteration(NULL, TRUE);
    return *slot;
}

static void test_figures(void)
{
    GError *error = NULL;
    GVirConnection *conn;
    GVirStoragePool *pool = default_pool(&conn);
    GVirStorageVol *vol = create_volume(pool, "c-figures.img", 8 << 20);
    GVirStorageVolFigures *figures, *copy;
    GVirStoragePoolCommitment *total;
    GAsyncResult *result = NULL;

    figures = gvir_storage_vol_get_figures(vol, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(figures->capacity, ==, 8 << 20);
    /* The test driver's volumes are not files on this host: from the capacity. */
    g_assert_false(figures->from_header);
    g_assert_cmpint(figures->commitment, >=, 8 << 20);
    g_assert_cmpint(figures->commitment, >=, (gint64) figures->length);
    copy = g_boxed_copy(GVIR_TYPE_STORAGE_VOL_FIGURES, figures);
    g_assert_cmpmem(copy, sizeof *copy, figures, sizeof *figures);
    g_boxed_free(GVIR_TYPE_STORAGE_VOL_FIGURES, copy);

    gvir_storage_vol_get_figures_async(vol, NULL, done, &result);
    copy = gvir_storage_vol_get_figures_finish(vol, wait_result(&result), &error);
    g_assert_no_error(error);
    g_assert_cmpint(copy->commitment, ==, figures->commitment);
    g_boxed_free(GVIR_TYPE_STORAGE_VOL_FIGURES, copy);
    g_clear_object(&result);

    total = gvir_storage_pool_get_commitment(pool, NULL, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(total->volumes, ==, 1);
    g_assert_cmpuint(total->unbounded, ==, 0);
    g_assert_cmpint(total->commitment, ==, figures->commitment);
    g_assert_cmpint(total->growth, ==, figures->commitment - (gint64) figures->allocation);
    g_assert_cmpint(total->overcommitted, ==, (guint64) total->growth > total->available);
    g_boxed_free(GVIR_TYPE_STORAGE_POOL_COMMITMENT, total);

    gvir_storage_pool_get_commitment_async(pool, NULL, done, &result);
    total = gvir_storage_pool_get_commitment_finish(pool, wait_result(&result), &error);
    g_assert_no_error(error);
    g_assert_cmpuint(total->volumes, ==, 1);
    g_boxed_free(GVIR_TYPE_STORAGE_POOL_COMMITMENT, total);
    g_clear_object(&result);

    g_boxed_free(GVIR_TYPE_STORAGE_VOL_FIGURES, figures);
    g_assert_true(gvir_storage_vol_delete(vol, 0, &error));
    g_object_unref(vol);
    g_object_unref(pool);
    g_object_unref(conn);
}

static void test_argument_checks(void)
{
    GError *error = NULL;
    GObject *not_a_volume = g_object_new(G_TYPE_OBJECT, NULL);

    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*GVIR_IS_STORAGE_VOL*");
    g_assert_null(gvir_storage_vol_get_figures(NULL, &error));
    g_test_assert_expected_messages();
    g_assert_no_error(error);

    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*GVIR_IS_STORAGE_VOL*");
    g_assert_null(gvir_storage_vol_get_figures((GVirStorageVol *) not_a_volume, &error));
    g_test_assert_expected_messages();

    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*GVIR_IS_STORAGE_POOL*");
    g_assert_null(gvir_storage_pool_get_commitment((GVirStoragePool *) not_a_volume, NULL, &error));
    g_test_assert_expected_messages();
    g_assert_no_error(error);
    g_object_unref(not_a_volume);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    gvir_init_object(&argc, &argv);
    g_test_add_func("/gobject/storage-figures/figures", test_figures);
    g_test_add_func("/gobject/storage-figures/argument-checks", test_argument_checks);
    return g_test_run();
}
