/*
 * libvirt-gconfig storage classes (pool, source, target, permissions, volume, volume target,
 * backing store) and the document classes without accessors (network, network filter, node
 * device, secret, interface): the XML the setters write, byte for byte, and what the getters
 * read back.
 *
 * The expected strings are what Debian's libvirt-gconfig 4.0.0 produces for the same calls; the
 * program is built against it too (TESTING_REFERENCE defined: the cases where libvirt-glib-rs
 * deliberately differs are skipped there) and, built against Debian's headers, run on ours.
 */
#include <string.h>

#include <glib.h>
#include <libvirt-gconfig/libvirt-gconfig.h>

static void assert_xml(gpointer object, const char *expected)
{
    gchar *xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(object));
    g_assert_cmpstr(xml, ==, expected);
    g_free(xml);
}

static const char *schema_of(gpointer object)
{
    return gvir_config_object_get_schema(GVIR_CONFIG_OBJECT(object));
}

static void test_pool_built(void)
{
    GVirConfigStoragePool *pool = gvir_config_storage_pool_new();
    GVirConfigStoragePoolSource *source = gvir_config_storage_pool_source_new();
    GVirConfigStoragePoolTarget *target = gvir_config_storage_pool_target_new();
    GVirConfigStoragePermissions *perms = gvir_config_storage_permissions_new();
    GVirConfigStoragePoolSource *got;

    assert_xml(pool, "<pool/>");
    g_assert_cmpstr(schema_of(pool), ==, "/usr/share/libvirt/schemas/storagepool.rng");
    g_assert_null(schema_of(source));
    g_assert_cmpint(gvir_config_storage_pool_get_pool_type(pool), ==, GVIR_CONFIG_STORAGE_POOL_TYPE_DIR);
    g_assert_cmpuint(gvir_config_storage_pool_get_capacity(pool), ==, 0);
    g_assert_null(gvir_config_storage_pool_get_name(pool));
    g_assert_null(gvir_config_storage_pool_get_source(pool));
    g_assert_null(gvir_config_storage_pool_get_target(pool));

    gvir_config_storage_pool_set_pool_type(pool, GVIR_CONFIG_STORAGE_POOL_TYPE_LOGICAL);
    gvir_config_storage_pool_set_name(pool, "p<&>1");
    gvir_config_storage_pool_set_uuid(pool, "dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566");
    gvir_config_storage_pool_set_capacity(pool, G_GUINT64_CONSTANT(107374182400));
    gvir_config_storage_pool_set_allocation(pool, 5);
    gvir_config_storage_pool_set_available(pool, 7);

    gvir_config_storage_pool_source_set_name(source, "vg0");
    gvir_config_storage_pool_source_set_format(source, "lvm2");
    gvir_config_storage_pool_source_set_device_path(source, "/dev/sda");
    gvir_config_storage_pool_target_set_path(target, "/dev/vg0");
    gvir_config_storage_permissions_set_mode(perms, 0755);
    gvir_config_storage_pool_target_set_permissions(target, perms);
    gvir_config_storage_pool_set_target(pool, target);
    gvir_config_storage_pool_set_source(pool, source);
    assert_xml(pool,
               "<pool type=\"logical\">\n"
               "  <name>p&lt;&amp;&gt;1</name>\n"
               "  <uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>\n"
               "  <capacity>107374182400</capacity>\n"
               "  <allocation>5</allocation>\n"
               "  <available>7</available>\n"
               "  <target>\n"
               "    <path>/dev/vg0</path>\n"
               "    <permissions>\n"
               "      <mode>493</mode>\n"
               "    </permissions>\n"
               "  </target>\n"
               "  <source>\n"
               "    <name>vg0</name>\n"
               "    <format type=\"lvm2\"/>\n"
               "    <device path=\"/dev/sda\"/>\n"
               "  </source>\n"
               "</pool>");
    g_assert_cmpint(gvir_config_storage_pool_get_pool_type(pool), ==, GVIR_CONFIG_STORAGE_POOL_TYPE_LOGICAL);
    g_assert_cmpstr(gvir_config_storage_pool_get_name(pool), ==, "p<&>1");
    g_assert_cmpuint(gvir_config_storage_pool_get_capacity(pool), ==, G_GUINT64_CONSTANT(107374182400));
    g_assert_cmpuint(gvir_config_storage_pool_get_allocation(pool), ==, 5);
    g_assert_cmpuint(gvir_config_storage_pool_get_available(pool), ==, 7);

    /* The attached objects now view the pool's document. */
    gvir_config_storage_pool_target_set_path(target, NULL);
    gvir_config_storage_pool_target_set_path(target, "/after");
    gvir_config_storage_permissions_set_owner(perms, 42);
    got = gvir_config_storage_pool_get_source(pool);
    g_assert_cmpstr(schema_of(got), ==, "/usr/share/libvirt/schemas/storagepool.rng");
    g_assert_cmpstr(gvir_config_storage_pool_source_get_name(got), ==, "vg0");
    g_object_unref(got);

    /* A new source replaces the old one and goes last; NULL removes. */
    got = gvir_config_storage_pool_source_new();
    gvir_config_storage_pool_source_set_name(got, "new");
    gvir_config_storage_pool_set_source(pool, got);
    gvir_config_storage_pool_set_name(pool, "renamed");
    gvir_config_storage_pool_set_uuid(pool, NULL);
    assert_xml(pool,
               "<pool type=\"logical\">\n"
               "  <name>renamed</name>\n"
               "  <capacity>107374182400</capacity>\n"
               "  <allocation>5</allocation>\n"
               "  <available>7</available>\n"
               "  <target>\n"
               "    <permissions>\n"
               "      <mode>493</mode>\n"
               "      <owner>42</owner>\n"
               "    </permissions>\n"
               "    <path>/after</path>\n"
               "  </target>\n"
               "  <source>\n"
               "    <name>new</name>\n"
               "  </source>\n"
               "</pool>");
    gvir_config_storage_pool_set_source(pool, NULL);
    gvir_config_storage_pool_set_target(pool, NULL);
    assert_xml(pool,
               "<pool type=\"logical\">\n"
               "  <name>renamed</name>\n"
               "  <capacity>107374182400</capacity>\n"
               "  <allocation>5</allocation>\n"
               "  <available>7</available>\n"
               "</pool>");

    g_object_unref(got);
    g_object_unref(perms);
    g_object_unref(target);
    g_object_unref(source);
    g_object_unref(pool);
}

static void test_pool_parsed(void)
{
    GError *error = NULL;
    GVirConfigStoragePool *pool = gvir_config_storage_pool_new_from_xml(
        "<pool type='dir'>\n"
        "  <name>default-pool</name>\n"
        "  <capacity unit='KiB'>10</capacity>\n"
        "  <allocation unit='bytes'>0x10</allocation>\n"
        "  <available unit='bytes'> 12abc</available>\n"
        "  <target>\n"
        "    <path>/default-pool</path>\n"
        "    <permissions><mode>0755</mode><owner>-1</owner><group>abc</group><label>l</label></permissions>\n"
        "  </target>\n"
        "<!-- c --><future a='1'/></pool>", &error);
    GVirConfigStoragePoolTarget *target;
    GVirConfigStoragePermissions *perms;

    g_assert_no_error(error);
    g_assert_cmpuint(gvir_config_storage_pool_get_capacity(pool), ==, 10);
    g_assert_cmpuint(gvir_config_storage_pool_get_allocation(pool), ==, 16);
    g_assert_cmpuint(gvir_config_storage_pool_get_available(pool), ==, 12);
    target = gvir_config_storage_pool_get_target(pool);
    g_assert_cmpstr(gvir_config_storage_pool_target_get_path(target), ==, "/default-pool");
    perms = gvir_config_storage_pool_target_get_permissions(target);
    g_assert_cmpuint(gvir_config_storage_permissions_get_mode(perms), ==, 0755);
    g_assert_cmpuint(gvir_config_storage_permissions_get_owner(perms), ==, G_MAXUINT);
    g_assert_cmpuint(gvir_config_storage_permissions_get_group(perms), ==, 0);
    g_assert_cmpstr(gvir_config_storage_permissions_get_label(perms), ==, "l");

    gvir_config_storage_pool_set_capacity(pool, 99);
    gvir_config_storage_permissions_set_mode(perms, 0700);
    gvir_config_storage_permissions_set_label(perms, NULL);
    gvir_config_storage_pool_set_pool_type(pool, GVIR_CONFIG_STORAGE_POOL_TYPE_MPATH);
    assert_xml(pool,
               "<pool type=\"mpath\">\n"
               "  <name>default-pool</name>\n"
               "  <capacity>99</capacity>\n"
               "  <allocation unit=\"bytes\">0x10</allocation>\n"
               "  <available unit=\"bytes\"> 12abc</available>\n"
               "  <target>\n"
               "    <path>/default-pool</path>\n"
               "    <permissions><mode>448</mode><owner>-1</owner><group>abc</group></permissions>\n"
               "  </target>\n"
               "<!-- c --><future a=\"1\"/></pool>");
    g_object_unref(perms);
    g_object_unref(target);
    g_object_unref(pool);

    g_assert_null(gvir_config_storage_pool_new_from_xml("<volume/>", &error));
    g_assert_nonnull(error);
    g_clear_error(&error);
}

static void test_source_edits(void)
{
    GError *error = NULL;
    GVirConfigStoragePoolSource *source = gvir_config_storage_pool_source_new_from_xml(
        "<source><adapter type='fc_host' name='x' wwnn='1'><k/></adapter>"
        "<device path='/dev/a' q='1'><freeExtent start='0' end='1'/></device><device path='/dev/b'/>"
        "<dir path='/d'/><host name='h' port='1'/><format type='lvm2' q='1'/>"
        "<vendor name='V' q='1'/><product name='P' q='1'/><name q='1'>n<k/></name></source>", &error);

    g_assert_no_error(error);
    g_assert_cmpstr(gvir_config_storage_pool_source_get_adapter(source), ==, "x");
    g_assert_cmpstr(gvir_config_storage_pool_source_get_device_path(source), ==, "/dev/a");
    g_assert_null(gvir_config_storage_pool_source_get_directory(source));
    g_assert_cmpstr(gvir_config_storage_pool_source_get_host(source), ==, "h");
    g_assert_cmpstr(gvir_config_storage_pool_source_get_format(source), ==, "lvm2");
    g_assert_cmpstr(gvir_config_storage_pool_source_get_vendor(source), ==, "V");
    g_assert_cmpstr(gvir_config_storage_pool_source_get_product(source), ==, "P");
    g_assert_cmpstr(gvir_config_storage_pool_source_get_name(source), ==, "n");

    gvir_config_storage_pool_source_set_adapter(source, "A");
    gvir_config_storage_pool_source_set_device_path(source, "B");
    gvir_config_storage_pool_source_set_directory(source, "C");
    gvir_config_storage_pool_source_set_host(source, "D");
    gvir_config_storage_pool_source_set_format(source, "E");
    gvir_config_storage_pool_source_set_vendor(source, "F");
    gvir_config_storage_pool_source_set_product(source, "G");
    gvir_config_storage_pool_source_set_name(source, "H");
    assert_xml(source,
               "<source>\n"
               "  <adapter name=\"A\"/>\n"
               "  <device q=\"1\" path=\"B\">\n"
               "    <freeExtent start=\"0\" end=\"1\"/>\n"
               "  </device>\n"
               "  <device path=\"/dev/b\"/>\n"
               "  <dir path=\"/d\"/>\n"
               "  <host name=\"D\"/>\n"
               "  <format type=\"E\"/>\n"
               "  <vendor name=\"F\"/>\n"
               "  <product name=\"G\"/>\n"
               "  <name>H</name>\n"
               "  <directory path=\"C\"/>\n"
               "</source>");
    g_assert_cmpstr(gvir_config_storage_pool_source_get_directory(source), ==, "C");
    gvir_config_storage_pool_source_set_name(source, NULL);
    g_assert_null(gvir_config_storage_pool_source_get_name(source));
    g_object_unref(source);
}

static void test_volume_built(void)
{
    GVirConfigStorageVol *vol = gvir_config_storage_vol_new();
    GVirConfigStorageVolTarget *target = gvir_config_storage_vol_target_new();
    GVirConfigStorageVolBackingStore *backing = gvir_config_storage_vol_backing_store_new();
    GVirConfigStoragePermissions *perms = gvir_config_storage_permissions_new();

    assert_xml(vol, "<volume/>");
    assert_xml(target, "<target/>");
    assert_xml(backing, "<backingStore/>");
    g_assert_null(schema_of(target));
    g_assert_null(schema_of(backing));
    gvir_config_storage_vol_set_name(vol, "disk.qcow2");
    gvir_config_storage_vol_set_capacity(vol, G_GUINT64_CONSTANT(1073741824));
    gvir_config_storage_vol_set_allocation(vol, 0);
    gvir_config_storage_vol_target_set_features(target, 0);
    assert_xml(target, "<target/>");
    gvir_config_storage_vol_target_set_format(target, "qcow2");
    gvir_config_storage_vol_target_set_compat(target, "1.1");
    gvir_config_storage_vol_target_set_features(target, GVIR_CONFIG_STORAGE_VOL_TARGET_FEATURE_LAZY_REFCOUNT);
    gvir_config_storage_permissions_set_mode(perms, 0600);
    gvir_config_storage_vol_target_set_permissions(target, perms);
    gvir_config_storage_vol_backing_store_set_path(backing, "/var/lib/base.img");
    gvir_config_storage_vol_backing_store_set_format(backing, "raw");
    gvir_config_storage_vol_set_target(vol, target);
    gvir_config_storage_vol_set_backing_store(vol, backing);
    assert_xml(vol,
               "<volume>\n"
               "  <name>disk.qcow2</name>\n"
               "  <capacity>1073741824</capacity>\n"
               "  <allocation>0</allocation>\n"
               "  <target>\n"
               "    <format type=\"qcow2\"/>\n"
               "    <compat>1.1</compat>\n"
               "    <features>\n"
               "      <lazy_refcount/>\n"
               "    </features>\n"
               "    <permissions>\n"
               "      <mode>384</mode>\n"
               "    </permissions>\n"
               "  </target>\n"
               "  <backingStore>\n"
               "    <path>/var/lib/base.img</path>\n"
               "    <format type=\"raw\"/>\n"
               "  </backingStore>\n"
               "</volume>");

    gvir_config_storage_vol_target_set_compat(target, NULL);
    gvir_config_storage_vol_target_set_permissions(target, NULL);
    gvir_config_storage_vol_target_set_features(target, 0);
    gvir_config_storage_vol_backing_store_set_path(backing, NULL);
    gvir_config_storage_vol_backing_store_set_path(backing, "/b");
    gvir_config_storage_vol_set_capacity(vol, 5);
    gvir_config_storage_vol_set_name(vol, NULL);
    assert_xml(vol,
               "<volume>\n"
               "  <capacity>5</capacity>\n"
               "  <allocation>0</allocation>\n"
               "  <target>\n"
               "    <format type=\"qcow2\"/>\n"
               "    <features>\n"
               "      <lazy_refcount/>\n"
               "    </features>\n"
               "  </target>\n"
               "  <backingStore>\n"
               "    <format type=\"raw\"/>\n"
               "    <path>/b</path>\n"
               "  </backingStore>\n"
               "</volume>");
    gvir_config_storage_vol_set_target(vol, NULL);
    gvir_config_storage_vol_set_backing_store(vol, NULL);
    assert_xml(vol, "<volume>\n  <capacity>5</capacity>\n  <allocation>0</allocation>\n</volume>");

    g_object_unref(perms);
    g_object_unref(backing);
    g_object_unref(target);
    g_object_unref(vol);
}

static void test_volume_target_parsed(void)
{
    GError *error = NULL;
    GVirConfigStorageVolTarget *target = gvir_config_storage_vol_target_new_from_xml(
        "<target><path>/p</path><format type='qcow2' x='1'/><compat>0.10</compat>"
        "<features><lazy_refcounts/><other/></features><permissions><mode>0644</mode></permissions></target>", &error);
    GVirConfigStoragePermissions *perms = gvir_config_storage_permissions_new();

    g_assert_no_error(error);
    gvir_config_storage_vol_target_set_format(target, "raw");
    gvir_config_storage_vol_target_set_features(target, 0);
    assert_xml(target,
               "<target>\n"
               "  <path>/p</path>\n"
               "  <format type=\"raw\"/>\n"
               "  <compat>0.10</compat>\n"
               "  <features>\n"
               "    <lazy_refcounts/>\n"
               "    <other/>\n"
               "  </features>\n"
               "  <permissions>\n"
               "    <mode>0644</mode>\n"
               "  </permissions>\n"
               "</target>");
    gvir_config_storage_vol_target_set_features(target, GVIR_CONFIG_STORAGE_VOL_TARGET_FEATURE_LAZY_REFCOUNT);
    gvir_config_storage_vol_target_set_permissions(target, perms);
    assert_xml(target,
               "<target>\n"
               "  <path>/p</path>\n"
               "  <format type=\"raw\"/>\n"
               "  <compat>0.10</compat>\n"
               "  <features>\n"
               "    <lazy_refcount/>\n"
               "  </features>\n"
               "  <permissions/>\n"
               "</target>");
    g_object_unref(perms);
    g_object_unref(target);
}

static void test_permissions_numbers(void)
{
    GError *error = NULL;
    GVirConfigStoragePermissions *perms = gvir_config_storage_permissions_new_from_xml(
        "<permissions><mode>99999999999</mode><owner>0x1F</owner><group>  +12</group></permissions>", &error);

    g_assert_no_error(error);
    g_assert_cmpuint(gvir_config_storage_permissions_get_mode(perms), ==, (guint) G_GUINT64_CONSTANT(99999999999));
    g_assert_cmpuint(gvir_config_storage_permissions_get_owner(perms), ==, 31);
    g_assert_cmpuint(gvir_config_storage_permissions_get_group(perms), ==, 12);
    gvir_config_storage_permissions_set_mode(perms, G_MAXUINT);
    gvir_config_storage_permissions_set_owner(perms, 107);
    gvir_config_storage_permissions_set_group(perms, 0);
    gvir_config_storage_permissions_set_label(perms, "system_u:object_r:virt_image_t:s0");
    assert_xml(perms,
               "<permissions>\n"
               "  <mode>4294967295</mode>\n"
               "  <owner>107</owner>\n"
               "  <group>0</group>\n"
               "  <label>system_u:object_r:virt_image_t:s0</label>\n"
               "</permissions>");
    g_object_unref(perms);
}

/* A child outlives the documents it was attached to. */
static void test_child_moves(void)
{
    GVirConfigStoragePoolTarget *target = gvir_config_storage_pool_target_new();
    GVirConfigStoragePool *pool = gvir_config_storage_pool_new();
    GVirConfigStoragePool *other = gvir_config_storage_pool_new();
    GVirConfigStoragePoolTarget *view;

    gvir_config_storage_pool_set_target(pool, target);
    view = gvir_config_storage_pool_get_target(pool);
    gvir_config_storage_pool_set_target(other, view);
    assert_xml(pool, "<pool/>");
    assert_xml(other, "<pool>\n  <target/>\n</pool>");
    g_object_unref(pool);
    gvir_config_storage_pool_target_set_path(view, "/z");
    assert_xml(other, "<pool>\n  <target>\n    <path>/z</path>\n  </target>\n</pool>");
    g_object_unref(view);
    g_object_unref(other);
#ifndef TESTING_REFERENCE
    /* libvirt-gconfig 4.0.0 frees the element with the last document it moved to. */
    assert_xml(target, "<target>\n  <path>/z</path>\n</target>");
#endif
    g_object_unref(target);
}

typedef GObject *(*NewFunc)(void);
typedef GObject *(*NewFromXmlFunc)(const gchar *xml, GError **error);

static void check_document(NewFunc new_func, NewFromXmlFunc from_xml, const char *root, const char *schema)
{
    GError *error = NULL;
    GObject *object = new_func();
    gchar *expected = g_strdup_printf("<%s/>", root);
    gchar *full_schema = g_strconcat("/usr/share/libvirt/schemas/", schema, NULL);
    gchar *xml = g_strdup_printf("<%s a='1'><!-- c --><x><y/></x></%s>", root, root);

    assert_xml(object, expected);
    g_assert_cmpstr(schema_of(object), ==, full_schema);
    g_object_unref(object);

    object = from_xml(xml, &error);
    g_assert_no_error(error);
    g_free(expected);
    expected = g_strdup_printf("<%s a=\"1\">\n  <!-- c -->\n  <x>\n    <y/>\n  </x>\n</%s>", root, root);
    assert_xml(object, expected);
    g_assert_cmpstr(schema_of(object), ==, full_schema);
    g_object_unref(object);

    g_assert_null(from_xml("<pool/>", &error));
    g_assert_nonnull(error);
    g_clear_error(&error);

    g_free(xml);
    g_free(full_schema);
    g_free(expected);
}

static void test_documents(void)
{
    check_document((NewFunc) gvir_config_network_new, (NewFromXmlFunc) gvir_config_network_new_from_xml,
                   "network", "network.rng");
    check_document((NewFunc) gvir_config_network_filter_new, (NewFromXmlFunc) gvir_config_network_filter_new_from_xml,
                   "filter", "nwfilter.rng");
    check_document((NewFunc) gvir_config_node_device_new, (NewFromXmlFunc) gvir_config_node_device_new_from_xml,
                   "device", "nodedev.rng");
    check_document((NewFunc) gvir_config_secret_new, (NewFromXmlFunc) gvir_config_secret_new_from_xml,
                   "secret", "secret.rng");
    check_document((NewFunc) gvir_config_interface_new, (NewFromXmlFunc) gvir_config_interface_new_from_xml,
                   "interface", "interface.rng");
#ifndef TESTING_REFERENCE
    /* libvirt-gconfig 4.0.0 names storage_vol.rng, which libvirt does not install. */
    check_document((NewFunc) gvir_config_storage_vol_new, (NewFromXmlFunc) gvir_config_storage_vol_new_from_xml,
                   "volume", "storagevol.rng");
#endif
}

static void test_enum_types(void)
{
    GEnumClass *pool_types = g_type_class_ref(GVIR_CONFIG_TYPE_STORAGE_POOL_TYPE);
    GFlagsClass *features = g_type_class_ref(GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET_FEATURES);

    g_assert_true(G_TYPE_IS_ENUM(GVIR_CONFIG_TYPE_STORAGE_POOL_TYPE));
    g_assert_true(G_TYPE_IS_FLAGS(GVIR_CONFIG_TYPE_STORAGE_VOL_TARGET_FEATURES));
    g_assert_cmpint(g_enum_get_value_by_nick(pool_types, "mpath")->value, ==, GVIR_CONFIG_STORAGE_POOL_TYPE_MPATH);
    g_assert_cmpuint(g_flags_get_value_by_nick(features, "refcount")->value, ==,
                     GVIR_CONFIG_STORAGE_VOL_TARGET_FEATURE_LAZY_REFCOUNT);
    g_type_class_unref(features);
    g_type_class_unref(pool_types);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    gvir_config_init(&argc, &argv);
    g_test_add_func("/gconfig/storage/pool-built", test_pool_built);
    g_test_add_func("/gconfig/storage/pool-parsed", test_pool_parsed);
    g_test_add_func("/gconfig/storage/source-edits", test_source_edits);
    g_test_add_func("/gconfig/storage/volume-built", test_volume_built);
    g_test_add_func("/gconfig/storage/volume-target-parsed", test_volume_target_parsed);
    g_test_add_func("/gconfig/storage/permissions-numbers", test_permissions_numbers);
    g_test_add_func("/gconfig/storage/child-moves", test_child_moves);
    g_test_add_func("/gconfig/documents", test_documents);
    g_test_add_func("/gconfig/storage/enum-types", test_enum_types);
    return g_test_run();
}
