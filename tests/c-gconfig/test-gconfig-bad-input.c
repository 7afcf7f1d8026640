/*
 * libvirt-gconfig given bad input through the C ABI: bytes that are not UTF-8, documents in
 * other encodings, and NULL for every pointer argument of a representative set of functions
 * (each must print one critical and return its default, or accept NULL where the API allows it;
 * none may crash). Every case runs in a subprocess with a time limit, an address-space limit
 * and a check of the peak resident memory.
 *
 * Built three ways (tests/c-gconfig/meson.build): on ours, on Debian's libvirt-gconfig 4.0.0
 * (TESTING_REFERENCE: the cases where the reference crashes or misbehaves are skipped there,
 * with the reason) and against Debian's headers run on ours (drop-in).
 */
#include <string.h>
#include <sys/resource.h>

#include <glib.h>
#include <libxml/parser.h>
#include <libvirt-gconfig/libvirt-gconfig.h>

#define MIB (1024 * 1024)

/* ------------------------------------------------------------------------------------------ */
/* Bounded cases */

typedef struct {
    const char *path;
    void (*body)(void);
    guint seconds;
    guint rss_mib;
    const char *skip_reason;   /* non-NULL: skipped on the library this was built for */
} BoundedCase;

static void run_bounded(gconstpointer data)
{
    const BoundedCase *c = data;

    if (c->skip_reason) {
        g_test_skip(c->skip_reason);
        return;
    }
    if (g_test_subprocess()) {
        struct rlimit limit;
        struct rusage usage;

        /* Address space: the resident limit plus room for the loader, glib and malloc arenas. */
        limit.rlim_cur = limit.rlim_max = (rlim_t)(c->rss_mib + 512) * MIB;
        g_assert_cmpint(setrlimit(RLIMIT_AS, &limit), ==, 0);
        /* Report every failed check of the case, not only the first. */
        g_test_set_nonfatal_assertions();
        c->body();
        g_assert_cmpint(getrusage(RUSAGE_SELF, &usage), ==, 0);
        g_assert_cmpint(usage.ru_maxrss / 1024, <=, c->rss_mib);
        return;
    }
    g_test_trap_subprocess(NULL, (guint64)c->seconds * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
    if (!g_test_trap_has_passed()) {
        /* Report and go on with the other cases (g_test_trap_assert_passed would stop them). */
        g_test_message("%s failed or took more than %u s (its stderr is above)", c->path, c->seconds);
        g_test_fail();
    }
}

/*
 * REFERENCE_BUG(reason, statement): a check the reference fails (crash, or another result); it is
 * skipped, with a message, only on the reference.
 */
#ifdef TESTING_REFERENCE
#define REFERENCE_BUG(reason, statement) g_test_message("reference bug, not checked: %s", reason)
#else
#define REFERENCE_BUG(reason, statement) G_STMT_START { statement; } G_STMT_END
#endif

/* One critical (whatever its text: ours names its own checks) from `expr`, which then returns. */
#define EXPECT_CRITICAL(expr) G_STMT_START {                            \
        g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*");        \
        expr;                                                           \
        g_test_assert_expected_messages();                              \
    } G_STMT_END

/* ------------------------------------------------------------------------------------------ */
/* Bytes that are not UTF-8 */

static const char *const not_utf8[] = {
    "<domain><name>\xff\xfe</name></domain>",                    /* bytes never valid in UTF-8 */
    "<domain><name>caf\xe9</name></domain>",                      /* Latin-1, undeclared */
    "<domain><name>\xc3\x28</name></domain>",                     /* bad continuation */
    "<domain><name>\xc0\xaf</name></domain>",                     /* overlong '/' */
    "<domain><name>\xed\xa0\x80</name></domain>",                 /* a UTF-16 surrogate */
    "<domain><name>\xf4\x90\x80\x80</name></domain>",             /* beyond U+10FFFF */
    "<domain type='\xff'/>",                                      /* in an attribute */
    "<domain><na\xffme/></domain>",                               /* in an element name */
    "<domain><!-- \xff --></domain>",                             /* in a comment */
    "<domain><name>x</name></domain><!-- \xe2\x82",               /* cut inside a character */
    "<domain><name>\xe2\x82</name></domain>",                     /* truncated sequence */
};

/* libxml2 gets the bytes as they are and refuses what is not UTF-8 in an undeclared document. */
static void check_not_utf8_refused(gsize i)
{
    GError *error = NULL;
    GVirConfigDomain *domain = gvir_config_domain_new_from_xml(not_utf8[i], &error);
    GVirConfigDomainDisk *disk;

    if (domain != NULL) {
        g_test_message("document %" G_GSIZE_FORMAT " (not UTF-8) parsed, name %s", i,
                       gvir_config_domain_get_name(domain));
        g_object_unref(domain);
    }
    g_assert_null(domain);
    g_assert_nonnull(error);
    g_clear_error(&error);
    disk = gvir_config_domain_disk_new_from_xml(not_utf8[i], NULL);
    g_assert_null(disk);
    g_clear_object(&disk);
}

static void body_not_utf8_documents(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(not_utf8); i++) {
        /* Whatever the outcome, no crash, with or without a GError to fill. */
        GVirConfigDomain *domain = gvir_config_domain_new_from_xml(not_utf8[i], NULL);
        g_clear_object(&domain);
        check_not_utf8_refused(i);
    }
}

/* A document may be in another encoding when it says so: its bytes are not UTF-8 then. */
static void body_declared_encodings(void)
{
    static const char latin1[] = "<?xml version='1.0' encoding='ISO-8859-1'?><domain><name>caf\xe9</name></domain>";
    static const char utf16le[] = "\xff\xfe<\0d\0o\0m\0a\0i\0n\0/\0>\0";   /* only up to the NUL in C */
    GError *error = NULL;
    GVirConfigDomain *domain = gvir_config_domain_new_from_xml(latin1, &error);
    gchar *xml;

    g_assert_no_error(error);
    g_assert_nonnull(domain);
    xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(domain));
    g_assert_true(g_utf8_validate(xml, -1, NULL));
    /* "café" in Latin-1 reads as "café", and to_xml() writes it in UTF-8. */
    g_assert_cmpstr(gvir_config_domain_get_name(domain), ==, "caf\xc3\xa9");
    g_assert_nonnull(strstr(xml, "caf\xc3\xa9"));
    g_free(xml);
    g_object_unref(domain);

    g_assert_null(gvir_config_domain_new_from_xml(utf16le, &error));
    g_assert_nonnull(error);
    g_clear_error(&error);
}

/* Strings that are not UTF-8 given to setters: no crash, and the getter gives back a string. */
static void body_not_utf8_setters(void)
{
    GVirConfigDomain *domain = gvir_config_domain_new();
    GVirConfigDomainDisk *disk = gvir_config_domain_disk_new();
    gchar *xml;

    gvir_config_domain_set_name(domain, "caf\xe9\xff");
    g_assert_nonnull(gvir_config_domain_get_name(domain));
    gvir_config_domain_disk_set_source(disk, "/img/\xc0\xaf");
    g_assert_nonnull(gvir_config_domain_disk_get_source(disk));
    gvir_config_domain_add_device(domain, GVIR_CONFIG_DOMAIN_DEVICE(disk));
    xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(domain));
    g_assert_nonnull(xml);
    g_free(xml);
    g_object_unref(disk);
    g_object_unref(domain);
}

/* ------------------------------------------------------------------------------------------ */
/* Broken and hostile documents (the Rust tests have more; these also run on the reference) */

static void assert_refused(const char *xml, GVirConfigDomain *(*parse)(const gchar *, GError **))
{
    GError *error = NULL;
    GVirConfigDomain *domain = parse(xml, &error);

    g_assert_null(domain);
    g_assert_nonnull(error);
    g_clear_error(&error);
    g_clear_object(&domain);
}

static void body_empty_and_truncated(void)
{
    static const char whole[] =
        "<domain type='kvm'><name>t</name><memory unit='KiB'>1024</memory><os><type>hvm</type></os>"
        "<devices><disk type='file' device='disk'><source file='/a b.img'/><target dev='vda' bus='virtio'/>"
        "</disk><!-- c --><interface type='network'><source network='default'/></interface></devices>"
        "</domain>";
    gsize len = strlen(whole);

    REFERENCE_BUG("new_from_xml(\"\") crashes (SIGSEGV)",
                  assert_refused("", gvir_config_domain_new_from_xml));
    assert_refused(" \n\t", gvir_config_domain_new_from_xml);
    assert_refused("<!-- only a comment -->", gvir_config_domain_new_from_xml);
    /* Every strict prefix of a document. */
    for (gsize end = 1; end < len; end++) {
        gchar *prefix = g_strndup(whole, end);
        assert_refused(prefix, gvir_config_domain_new_from_xml);
        g_free(prefix);
    }
}

static void body_wrong_root(void)
{
    GError *error = NULL;

    assert_refused("<pool type='dir'><name>p</name></pool>", gvir_config_domain_new_from_xml);
    assert_refused("<DOMAIN/>", gvir_config_domain_new_from_xml);
    assert_refused("<domain/><domain/>", gvir_config_domain_new_from_xml);
    g_assert_null(gvir_config_storage_pool_new_from_xml("<domain/>", &error));
    g_assert_nonnull(error);
    g_clear_error(&error);
    g_assert_null(gvir_config_domain_disk_new_from_xml("<interface type='network'/>", &error));
    g_assert_nonnull(error);
    g_clear_error(&error);
}

/* 10 MB of text, and 9.8 MB of devices: libxml2 (2.9.14, both libraries) refuses a document
 * once it has read 10,000,000 bytes and meets an attribute value longer than about 250 bytes
 * ("Huge input lookup"). The Rust test has 10 MB of small devices: the reference takes 12 s for
 * those 68,000 (its get_devices is quadratic), ours 1.4 s. */
static void body_ten_megabytes(void)
{
    GString *xml = g_string_new("<domain><name>big</name><description>");
    gchar *path = g_strnfill(9800, 'p');
    GVirConfigDomain *domain;
    GList *devices;
    gchar *out;

    for (guint i = 0; i < 10 * MIB / 16; i++)
        g_string_append(xml, "0123456789abcdef");
    g_string_append(xml, "</description></domain>");
    domain = gvir_config_domain_new_from_xml(xml->str, NULL);
    g_assert_nonnull(domain);
    g_assert_cmpuint(strlen(gvir_config_domain_get_description(domain)), ==, 10 * MIB);
    out = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(domain));
    g_assert_cmpuint(strlen(out), >, 10 * MIB);
    g_free(out);
    g_object_unref(domain);
    g_string_free(xml, TRUE);

    xml = g_string_new("<domain><name>big</name><devices>");
    for (guint i = 0; i < 1000; i++)
        g_string_append_printf(xml, "<disk type='file' device='disk'><source file='/%s'/>"
                               "<target dev='vda' bus='virtio'/></disk>\n", path);
    g_string_append(xml, "</devices></domain>");
    g_free(path);
    domain = gvir_config_domain_new_from_xml(xml->str, NULL);
    g_assert_nonnull(domain);
    devices = gvir_config_domain_get_devices(domain);
    g_assert_cmpuint(g_list_length(devices), ==, 1000);
    g_list_free_full(devices, g_object_unref);
    out = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(domain));
    g_assert_cmpuint(strlen(out), >=, 9800 * 1000);
    g_free(out);
    g_object_unref(domain);
    g_string_free(xml, TRUE);
}

static void body_deep_nesting(void)
{
    GString *xml = g_string_new("<domain><devices>");
    GVirConfigDomain *domain;

    for (guint i = 0; i < 100000; i++)
        g_string_append(xml, "<x>");
    for (guint i = 0; i < 100000; i++)
        g_string_append(xml, "</x>");
    g_string_append(xml, "</devices></domain>");
    /* Beyond libxml2's depth limit: refused. */
    assert_refused(xml->str, gvir_config_domain_new_from_xml);
    g_string_free(xml, TRUE);

    xml = g_string_new("<domain><devices>");
    for (guint i = 0; i < 200; i++)
        g_string_append(xml, "<x>");
    for (guint i = 0; i < 200; i++)
        g_string_append(xml, "</x>");
    g_string_append(xml, "</devices></domain>");
    domain = gvir_config_domain_new_from_xml(xml->str, NULL);
    g_assert_nonnull(domain);
    g_object_unref(domain);
    g_string_free(xml, TRUE);
}

/* Entities that would expand to 10^9 "lol"s, referenced from `body`: the parser refuses. */
static void assert_laughs_refused(const char *body)
{
    GString *xml = g_string_new("<?xml version='1.0'?>\n<!DOCTYPE domain [\n<!ENTITY lol0 \"lol\">\n");

    for (guint i = 1; i < 10; i++) {
        g_string_append_printf(xml, "<!ENTITY lol%u \"", i);
        for (guint k = 0; k < 10; k++)
            g_string_append_printf(xml, "&lol%u;", i - 1);
        g_string_append(xml, "\">\n");
    }
    g_string_append_printf(xml, "]>\n%s", body);
    assert_refused(xml->str, gvir_config_domain_new_from_xml);
    g_string_free(xml, TRUE);
}

static void body_billion_laughs(void)
{
    gint64 start = g_get_monotonic_time();

    assert_laughs_refused("<domain><name>&lol9;</name><description>&lol9;</description></domain>");
    /* In an attribute value too: getters would read its replacement text. */
    assert_laughs_refused("<domain type='&lol9;'><devices><disk><source file='&lol9;'/></disk></devices></domain>");
    g_assert_cmpint(g_get_monotonic_time() - start, <, 5 * G_USEC_PER_SEC);
}

/* ------------------------------------------------------------------------------------------ */
/* NULL arguments */

static GVirConfigDomain *parsed_domain(void)
{
    GVirConfigDomain *domain = gvir_config_domain_new_from_xml(
        "<domain type='kvm'><name>n</name><os><type>hvm</type><boot dev='hd'/></os>"
        "<devices><disk type='file'><source file='/a'/></disk><serial type='pty'/></devices></domain>", NULL);
    g_assert_nonnull(domain);
    return domain;
}

static void body_null_object_functions(void)
{
    GError *error = NULL;

    EXPECT_CRITICAL(g_assert_null(gvir_config_object_to_xml(NULL)));
    EXPECT_CRITICAL(g_assert_null(gvir_config_object_get_schema(NULL)));
    EXPECT_CRITICAL(gvir_config_object_validate(NULL, &error));
    g_assert_no_error(error);
}

static void body_null_xml_to_constructors(void)
{
    GError *error = NULL;

    /* No document: NULL and a GError (no critical: the reference does the same). */
    g_assert_null(gvir_config_domain_new_from_xml(NULL, &error));
    g_assert_nonnull(error);
    g_clear_error(&error);
    g_assert_null(gvir_config_domain_disk_new_from_xml(NULL, NULL));
    g_assert_null(gvir_config_storage_pool_new_from_xml(NULL, NULL));
    /* A NULL GError** with a broken document. */
    g_assert_null(gvir_config_domain_new_from_xml("<domain", NULL));
    g_assert_null(gvir_config_network_new_from_xml("<pool/>", NULL));
}

#define NULL_NS_ACCEPTED "set_custom_xml with a NULL namespace prefix or URI: a critical from an inner " \
    "function, then the element is added without a namespace and TRUE returned"

static void body_null_domain_functions(void)
{
    gboolean ok G_GNUC_UNUSED;
    GVirConfigDomain *domain = parsed_domain();
    GVirConfigDomainDisk *disk = gvir_config_domain_disk_new();
    GList *devices;
    GError *error = NULL;

    /* NULL object: critical, default. */
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_get_name(NULL)));
    EXPECT_CRITICAL(gvir_config_domain_set_name(NULL, "x"));
    EXPECT_CRITICAL(g_assert_cmpuint(gvir_config_domain_get_memory(NULL), ==, 0));
    EXPECT_CRITICAL(gvir_config_domain_set_memory(NULL, 1));
    EXPECT_CRITICAL(g_assert_cmpint(gvir_config_domain_get_virt_type(NULL), ==, GVIR_CONFIG_DOMAIN_VIRT_QEMU));
    EXPECT_CRITICAL(gvir_config_domain_set_virt_type(NULL, GVIR_CONFIG_DOMAIN_VIRT_KVM));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_get_devices(NULL)));
    EXPECT_CRITICAL(gvir_config_domain_add_device(NULL, GVIR_CONFIG_DOMAIN_DEVICE(disk)));
    EXPECT_CRITICAL(gvir_config_domain_set_devices(NULL, NULL));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_get_os(NULL)));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_get_features(NULL)));

    /* NULL arguments that are not allowed. */
    EXPECT_CRITICAL(gvir_config_domain_add_device(domain, NULL));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_get_custom_xml(domain, NULL)));
    EXPECT_CRITICAL(g_assert_false(gvir_config_domain_set_custom_xml(domain, NULL, "lvg", "urn:lvg", &error)));
    EXPECT_CRITICAL(ok = gvir_config_domain_set_custom_xml(domain, "<a/>", NULL, "urn:lvg", &error));
    REFERENCE_BUG(NULL_NS_ACCEPTED, g_assert_false(ok));
    EXPECT_CRITICAL(ok = gvir_config_domain_set_custom_xml(domain, "<a/>", "lvg", NULL, &error));
    REFERENCE_BUG(NULL_NS_ACCEPTED, g_assert_false(ok));
    g_assert_no_error(error);

    /* NULL where the API allows it: no critical, the element goes. */
    gvir_config_domain_set_name(domain, NULL);
    g_assert_null(gvir_config_domain_get_name(domain));
    gvir_config_domain_set_os(domain, NULL);
    g_assert_null(gvir_config_domain_get_os(domain));
    gvir_config_domain_set_clock(domain, NULL);
    gvir_config_domain_set_seclabel(domain, NULL);
    gvir_config_domain_set_title(domain, NULL);
    gvir_config_domain_set_description(domain, NULL);
    gvir_config_domain_set_uuid(domain, NULL);
    gvir_config_domain_set_devices(domain, NULL);
    devices = gvir_config_domain_get_devices(domain);
    g_assert_null(devices);

    g_object_unref(disk);
    g_object_unref(domain);
}

static void body_null_wrong_type(void)
{
    GVirConfigDomain *domain = gvir_config_domain_new();
    GVirConfigDomainDisk *disk = gvir_config_domain_disk_new();

    /* An object of another class where a domain is expected, and the other way round. */
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_get_name((GVirConfigDomain *)disk)));
    EXPECT_CRITICAL(gvir_config_domain_set_name((GVirConfigDomain *)disk, "x"));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_disk_get_source((GVirConfigDomainDisk *)domain)));
    EXPECT_CRITICAL(gvir_config_domain_add_device(domain, (GVirConfigDomainDevice *)domain));
    g_assert_null(gvir_config_domain_get_devices(domain));
    g_object_unref(disk);
    g_object_unref(domain);
}

static void body_null_device_functions(void)
{
    GVirConfigDomainDisk *disk = gvir_config_domain_disk_new();
    GVirConfigDomainSerial *serial = gvir_config_domain_serial_new();
    GVirConfigDomainChardevSourcePty *pty = gvir_config_domain_chardev_source_pty_new();
    GVirConfigDomainGraphicsSpice *spice = gvir_config_domain_graphics_spice_new();
    GVirConfigDomainInterfaceFilterref *filterref = gvir_config_domain_interface_filterref_new();
    GVirConfigDomainInterfaceNetwork *nic = gvir_config_domain_interface_network_new();
    GVirConfigDomainClock *clock = gvir_config_domain_clock_new();
    GVirConfigDomainOs *os = gvir_config_domain_os_new();
    GVirConfigDomainControllerUsb *usb = gvir_config_domain_controller_usb_new();
    GVirConfigDomainHostdevPci *hostdev = gvir_config_domain_hostdev_pci_new();

    EXPECT_CRITICAL(gvir_config_domain_disk_set_source(NULL, "/x"));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_disk_get_source(NULL)));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_disk_get_driver(NULL)));
    REFERENCE_BUG("gvir_config_domain_disk_get_disk_type(NULL) crashes (SIGSEGV): no precondition check",
                  EXPECT_CRITICAL(g_assert_cmpint(gvir_config_domain_disk_get_disk_type(NULL), ==,
                                                  GVIR_CONFIG_DOMAIN_DISK_FILE)));
    gvir_config_domain_disk_set_driver(disk, NULL);
    g_assert_null(gvir_config_domain_disk_get_driver(disk));

    EXPECT_CRITICAL(gvir_config_domain_chardev_set_source(NULL, GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE(pty)));
    EXPECT_CRITICAL(gvir_config_domain_chardev_set_source(GVIR_CONFIG_DOMAIN_CHARDEV(serial), NULL));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_chardev_source_pty_get_path(NULL)));

    EXPECT_CRITICAL(gvir_config_domain_graphics_spice_set_password(NULL, "x"));
    EXPECT_CRITICAL(g_assert_cmpint(gvir_config_domain_graphics_spice_get_port(NULL), ==, 0));

    EXPECT_CRITICAL(gvir_config_domain_interface_filterref_add_parameter(NULL, NULL));
    EXPECT_CRITICAL(gvir_config_domain_interface_filterref_add_parameter(filterref, NULL));
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_interface_filterref_get_parameters(NULL)));
    gvir_config_domain_interface_set_filterref(GVIR_CONFIG_DOMAIN_INTERFACE(nic), NULL);
    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_interface_get_ifname(NULL)));

    EXPECT_CRITICAL(gvir_config_domain_clock_add_timer(clock, NULL));
    EXPECT_CRITICAL(gvir_config_domain_clock_add_timer(NULL, NULL));

    EXPECT_CRITICAL(g_assert_null(gvir_config_domain_os_get_boot_devices(NULL)));
    gvir_config_domain_os_set_boot_devices(os, NULL);
    g_assert_null(gvir_config_domain_os_get_boot_devices(os));

    EXPECT_CRITICAL(gvir_config_domain_controller_usb_set_master(NULL, usb, 0));
    EXPECT_CRITICAL(gvir_config_domain_controller_usb_set_master(usb, NULL, 0));
    EXPECT_CRITICAL(gvir_config_domain_hostdev_pci_set_address(NULL, NULL));

    g_object_unref(hostdev);
    g_object_unref(usb);
    g_object_unref(os);
    g_object_unref(clock);
    g_object_unref(nic);
    g_object_unref(filterref);
    g_object_unref(spice);
    g_object_unref(pty);
    g_object_unref(serial);
    g_object_unref(disk);
}

static void body_null_storage_functions(void)
{
    GVirConfigStoragePool *pool = gvir_config_storage_pool_new();
    GVirConfigStorageVol *vol = gvir_config_storage_vol_new();
    GVirConfigStorageVolTarget *target = gvir_config_storage_vol_target_new();

    EXPECT_CRITICAL(g_assert_null(gvir_config_storage_pool_get_source(NULL)));
    EXPECT_CRITICAL(g_assert_null(gvir_config_storage_pool_get_name(NULL)));
    EXPECT_CRITICAL(g_assert_cmpuint(gvir_config_storage_pool_get_capacity(NULL), ==, 0));
    gvir_config_storage_pool_set_source(pool, NULL);
    gvir_config_storage_pool_set_target(pool, NULL);
    gvir_config_storage_pool_set_name(pool, NULL);
    EXPECT_CRITICAL(gvir_config_storage_vol_set_target(NULL, target));
    gvir_config_storage_vol_set_target(vol, NULL);
    gvir_config_storage_vol_set_backing_store(vol, NULL);
    EXPECT_CRITICAL(gvir_config_storage_vol_target_set_permissions(NULL, NULL));
    EXPECT_CRITICAL(gvir_config_storage_permissions_set_mode(NULL, 0644));

    g_object_unref(target);
    g_object_unref(vol);
    g_object_unref(pool);
}

/* ------------------------------------------------------------------------------------------ */
/* NULL for the pointer arguments of every getter and one-argument setter (null-cases.h) */

typedef enum { GETTER_POINTER, GETTER_VALUE, SETTER_STRING, SETTER_VALUE, SETTER_OBJECT } NullCaseKind;

typedef struct {
    const char *class_name;
    NullCaseKind kind;
    const char *name;
    GCallback function;
    GCallback constructor;      /* of the function's class, NULL when it has none */
    gboolean nullable;          /* the setter's argument may be NULL (reference GIR) */
} NullCase;

#define NULL_CASE(class_name, kind, function, constructor, nullable) \
    { #class_name, kind, #function, (GCallback)function, (GCallback)constructor, nullable },
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"     /* the disk's driver_* functions */
static const NullCase null_cases[] = {
#include "null-cases.h"
#ifdef TESTING_OUR_ADDITIONS
#include "null-cases-rs.h"      /* our functions beyond the reference (our headers only) */
#endif
};
#pragma GCC diagnostic pop
#undef NULL_CASE

#ifdef TESTING_REFERENCE
/* Where the reference fails these cases (skipped on the reference only). */
#define REFERENCE_SEGV "the reference crashes (SIGSEGV) when given NULL: no precondition check"
static const struct { const char *name; const char *reason; } reference_null_bugs[] = {
    { "gvir_config_domain_chardev_get_source", REFERENCE_SEGV },
    { "gvir_config_domain_disk_get_disk_type", REFERENCE_SEGV },
    { "gvir_config_domain_get_vcpus", REFERENCE_SEGV },
    { "gvir_config_domain_hostdev_get_boot_order", REFERENCE_SEGV },
    { "gvir_config_domain_hostdev_pci_get_rom_file", REFERENCE_SEGV },
    { "gvir_config_domain_interface_filterref_parameter_get_name", REFERENCE_SEGV },
    { "gvir_config_domain_interface_filterref_parameter_get_value", REFERENCE_SEGV },
    { "gvir_config_domain_os_get_arch", REFERENCE_SEGV },
    { "gvir_config_domain_os_get_machine", REFERENCE_SEGV },
    { "gvir_config_domain_set_power_management",
      "NULL is allowed (annotated nullable) but the reference's precondition 'pm != NULL || "
      "IS_DOMAIN_POWER_MANAGEMENT(pm)' refuses it with a critical" },
};
#endif

typedef gpointer (*PointerGetter)(gpointer);
typedef guint64 (*ValueGetter)(gpointer);
typedef void (*StringSetter)(gpointer, const char *);
typedef void (*ValueSetter)(gpointer, guint64);
typedef void (*ObjectSetter)(gpointer, gpointer);
typedef gpointer (*Constructor)(void);

static guint tolerated_messages;

static void count_message(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
    (void)domain; (void)data;
    tolerated_messages++;
    g_test_message("tolerated %s: %s", (level & G_LOG_LEVEL_CRITICAL) ? "critical" : "warning", message);
}

/* Runs call(object, argument); for NULL where the reference GIR does not allow it,
 * a critical, a warning or silence are all accepted (the reference warns, we mostly remove the
 * value); what matters is no crash and a well-formed document after. */
static void call_tolerating_messages(const NullCase *c, gpointer object, gpointer argument)
{
    GLogLevelFlags fatal = g_log_set_always_fatal(G_LOG_FATAL_MASK);
    guint handler = g_log_set_handler(NULL, G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING, count_message, NULL);

    ((ObjectSetter)c->function)(object, argument);
    g_log_remove_handler(NULL, handler);
    g_log_set_always_fatal(fatal);
}

static void assert_well_formed(gpointer object)
{
    gchar *xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(object));
    xmlDocPtr doc;

    g_assert_nonnull(xml);
    doc = xmlReadMemory(xml, strlen(xml), NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc == NULL)
        g_test_message("not well-formed: %s", xml);
    g_assert_nonnull(doc);
    xmlFreeDoc(doc);
    g_free(xml);
}

static gboolean skipped_on_this_library(const NullCase *c)
{
#ifdef TESTING_REFERENCE
    for (gsize i = 0; i < G_N_ELEMENTS(reference_null_bugs); i++) {
        if (g_str_equal(c->name, reference_null_bugs[i].name)) {
            g_test_message("%s: not checked on the reference: %s", c->name, reference_null_bugs[i].reason);
            return TRUE;
        }
    }
#endif
    (void)c;
    return FALSE;
}

static void null_case(const NullCase *c)
{
    gpointer object;

    g_test_message("%s", c->name);
    /* NULL instead of the object: a critical and the default. */
    switch (c->kind) {
    case GETTER_POINTER:
        EXPECT_CRITICAL(g_assert_null(((PointerGetter)c->function)(NULL)));
        return;
    case GETTER_VALUE:
        EXPECT_CRITICAL(((ValueGetter)c->function)(NULL));
        return;
    case SETTER_STRING:
        EXPECT_CRITICAL(((StringSetter)c->function)(NULL, "value"));
        break;
    case SETTER_VALUE:
        EXPECT_CRITICAL(((ValueSetter)c->function)(NULL, 0));
        return;
    case SETTER_OBJECT:
        EXPECT_CRITICAL(((ObjectSetter)c->function)(NULL, NULL));
        break;
    }
    if (c->constructor == NULL)
        return;

    /* NULL for the setter's argument, on an object that has the value. */
    object = ((Constructor)c->constructor)();
    if (c->kind == SETTER_STRING)   /* (some setters have preconditions a fresh object fails) */
        call_tolerating_messages(c, object, (gpointer)"value");
    if (c->nullable)
        ((ObjectSetter)c->function)(object, NULL);          /* allowed: no message at all */
    else
        call_tolerating_messages(c, object, NULL);
    assert_well_formed(object);
    g_object_unref(object);
}

/* The cases of one class run in one subprocess (a subprocess per function costs seconds). */
static const char *current_class;

static void body_null_class(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(null_cases); i++)
        if (g_str_equal(null_cases[i].class_name, current_class) && !skipped_on_this_library(&null_cases[i]))
            null_case(&null_cases[i]);
}

static void run_null_class(gconstpointer data)
{
    BoundedCase bounded = { NULL, body_null_class, 20, 64, NULL };

    current_class = data;
    bounded.path = current_class;
    run_bounded(&bounded);
}

/* ------------------------------------------------------------------------------------------ */

static const BoundedCase cases[] = {
    { "/gconfig/bad-input/documents/empty-and-truncated", body_empty_and_truncated, 30, 64, NULL },
    { "/gconfig/bad-input/documents/wrong-root", body_wrong_root, 20, 64, NULL },
    { "/gconfig/bad-input/documents/ten-megabytes", body_ten_megabytes, 60, 300, NULL },
    { "/gconfig/bad-input/documents/deep-nesting", body_deep_nesting, 20, 64, NULL },
    { "/gconfig/bad-input/documents/billion-laughs", body_billion_laughs, 20, 64, NULL },
    { "/gconfig/bad-input/not-utf8/documents", body_not_utf8_documents, 20, 64, NULL },
    { "/gconfig/bad-input/not-utf8/declared-encodings", body_declared_encodings, 20, 64, NULL },
    { "/gconfig/bad-input/not-utf8/setters", body_not_utf8_setters, 20, 64, NULL },
    { "/gconfig/bad-input/null/object", body_null_object_functions, 20, 64, NULL },
    { "/gconfig/bad-input/null/xml-to-constructors", body_null_xml_to_constructors, 20, 64, NULL },
    { "/gconfig/bad-input/null/domain", body_null_domain_functions, 20, 64, NULL },
    { "/gconfig/bad-input/null/wrong-type", body_null_wrong_type, 20, 64, NULL },
    { "/gconfig/bad-input/null/devices", body_null_device_functions, 20, 64, NULL },
    { "/gconfig/bad-input/null/storage", body_null_storage_functions, 20, 64, NULL },
};

int main(int argc, char **argv)
{
    /* A failed case must not stop the others (GLib bails out of a TAP run at the first). */
    char **args = g_new0(char *, argc + 2);
    int nargs = argc + 1;

    memcpy(args, argv, sizeof(char *) * argc);
    args[argc] = (char *)"--keep-going";
    argv = args;
    argc = nargs;
    g_test_init(&argc, &argv, NULL);
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
        g_test_add_data_func(cases[i].path, &cases[i], run_bounded);
    for (gsize i = 0; i < G_N_ELEMENTS(null_cases); i++) {
        gchar *path;

        gboolean seen = FALSE;

        /* One test per class (our additions list some classes a second time). */
        for (gsize j = 0; j < i && !seen; j++)
            seen = g_str_equal(null_cases[i].class_name, null_cases[j].class_name);
        if (seen)
            continue;
        path = g_strdup_printf("/gconfig/bad-input/null-argument/%s", null_cases[i].class_name);
        g_test_add_data_func(path, null_cases[i].class_name, run_null_class);
        g_free(path);
    }
    int status = g_test_run();
    g_free(args);
    return status;
}
