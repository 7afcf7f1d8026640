/*
 * LibvirtGConfig: capabilities, domain CPUs, domain capabilities and snapshots through the C
 * ABI. The expected XML is byte for byte what libvirt-glib 4.0.0 writes for the same calls.
 *
 * Built against libvirt-glib-rs, against Debian's libvirt-gconfig with TESTING_REFERENCE
 * defined (cases where we deliberately differ from the reference are skipped there), and
 * against Debian's headers but run on libvirt-glib-rs (the drop-in check); see meson.build.
 */
#include <string.h>

#include <glib.h>
#include <libvirt-gconfig/libvirt-gconfig.h>

#define CPU(o) GVIR_CONFIG_CAPABILITIES_CPU(o)

static gchar *read_data(const char *name)
{
    gchar *path = g_build_filename(TEST_DATA_DIR, name, NULL);
    gchar *text = NULL;
    GError *error = NULL;

    g_assert_true(g_file_get_contents(path, &text, NULL, &error));
    g_assert_no_error(error);
    g_free(path);
    return text;
}

static void assert_xml(gpointer object, const char *expected)
{
    gchar *xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(object));
    g_assert_cmpstr(xml, ==, expected);
    g_free(xml);
}

static void test_capabilities_kvm(void)
{
    gchar *text = read_data("capabilities-kvm.xml");
    GError *error = NULL;
    GVirConfigCapabilities *caps = gvir_config_capabilities_new_from_xml(text, &error);
    GVirConfigCapabilitiesHost *host;
    GVirConfigCapabilitiesCpu *cpu;
    GVirConfigCapabilitiesCpuTopology *topology;
    GVirConfigCapabilitiesCpuModel *model;
    GList *list, *guests, *domains;
    GVirConfigCapabilitiesGuestArch *arch;

    g_assert_no_error(error);
    g_assert_true(g_str_has_suffix(gvir_config_object_get_schema(GVIR_CONFIG_OBJECT(caps)), "/capability.rng"));
    host = gvir_config_capabilities_get_host(caps);
    g_assert_cmpstr(gvir_config_capabilities_host_get_uuid(host), ==, "4c4c4544-0035-3010-8043-b4c04f4e5931");
    cpu = gvir_config_capabilities_host_get_cpu(host);
    g_assert_true(G_OBJECT_TYPE(cpu) == GVIR_CONFIG_TYPE_CAPABILITIES_CPU);
    g_assert_cmpstr(gvir_config_capabilities_cpu_get_arch(cpu), ==, "x86_64");
    list = gvir_config_capabilities_cpu_get_features(cpu);
    g_assert_cmpuint(g_list_length(list), ==, 4);
    g_assert_true(G_OBJECT_TYPE(list->data) == GVIR_CONFIG_TYPE_CAPABILITIES_CPU_FEATURE);
    g_assert_cmpstr(gvir_config_capabilities_cpu_feature_get_name(list->data), ==, "ds");
    g_assert_cmpstr(gvir_config_capabilities_cpu_feature_get_name(g_list_last(list)->data), ==, "vmx");
    g_list_free_full(list, g_object_unref);
    topology = gvir_config_capabilities_cpu_get_topology(cpu);
    g_assert_cmpuint(gvir_config_capabilities_cpu_topology_get_sockets(topology), ==, 1);
    g_assert_cmpuint(gvir_config_capabilities_cpu_topology_get_cores(topology), ==, 4);
    g_assert_cmpuint(gvir_config_capabilities_cpu_topology_get_threads(topology), ==, 2);
    model = gvir_config_capabilities_cpu_get_model(cpu);
    g_assert_cmpstr(gvir_config_capabilities_cpu_model_get_name(model), ==, "Skylake-Client-IBRS");
    list = gvir_config_capabilities_host_get_secmodels(host);
    g_assert_cmpuint(g_list_length(list), ==, 2);
    g_assert_cmpstr(gvir_config_capabilities_host_secmodel_get_model(list->data), ==, "selinux");
    g_assert_cmpstr(gvir_config_capabilities_host_secmodel_get_doi(list->data), ==, "0");
    g_list_free_full(list, g_object_unref);

    guests = gvir_config_capabilities_get_guests(caps);
    g_assert_cmpuint(g_list_length(guests), ==, 3);
    g_assert_cmpint(gvir_config_capabilities_guest_get_os_type(guests->data), ==, GVIR_CONFIG_DOMAIN_OS_TYPE_HVM);
    arch = gvir_config_capabilities_guest_get_arch(guests->data);
    g_assert_cmpstr(gvir_config_capabilities_guest_arch_get_name(arch), ==, "x86_64");
    g_assert_cmpstr(gvir_config_capabilities_guest_arch_get_emulator(arch), ==, "/usr/bin/qemu-system-x86_64");
    domains = gvir_config_capabilities_guest_arch_get_domains(arch);
    g_assert_cmpuint(g_list_length(domains), ==, 2);
    g_assert_cmpint(gvir_config_capabilities_guest_domain_get_virt_type(domains->data), ==, GVIR_CONFIG_DOMAIN_VIRT_QEMU);
    g_assert_null(gvir_config_capabilities_guest_domain_get_emulator(domains->data));
    g_assert_cmpint(gvir_config_capabilities_guest_domain_get_virt_type(domains->next->data), ==, GVIR_CONFIG_DOMAIN_VIRT_KVM);
    g_assert_cmpstr(gvir_config_capabilities_guest_domain_get_emulator(domains->next->data), ==, "/usr/libexec/qemu-kvm");
    g_list_free_full(domains, g_object_unref);
    list = gvir_config_capabilities_guest_get_features(guests->data);
    g_assert_cmpuint(g_list_length(list), ==, 5);
    g_assert_cmpstr(gvir_config_capabilities_guest_feature_get_name(list->data), ==, "acpi");
    g_list_free_full(list, g_object_unref);
    g_assert_cmpint(gvir_config_capabilities_guest_get_os_type(g_list_last(guests)->data), ==, GVIR_CONFIG_DOMAIN_OS_TYPE_EXE);
    g_list_free_full(guests, g_object_unref);

    g_object_unref(arch);
    g_object_unref(model);
    g_object_unref(topology);
    g_object_unref(cpu);
    g_object_unref(host);
    g_object_unref(caps);
    g_free(text);
}

static void test_capabilities_defaults(void)
{
    GVirConfigCapabilities *caps = gvir_config_capabilities_new();
    GVirConfigCapabilitiesHost *host;
    GList *guests;

    assert_xml(caps, "<capabilities/>");
    g_assert_null(gvir_config_capabilities_get_host(caps));
    g_assert_null(gvir_config_capabilities_get_guests(caps));
    g_object_unref(caps);

    caps = gvir_config_capabilities_new_from_xml("<capabilities><host/><guest><arch/></guest></capabilities>", NULL);
    host = gvir_config_capabilities_get_host(caps);
    g_assert_null(gvir_config_capabilities_host_get_cpu(host));
    g_assert_null(gvir_config_capabilities_host_get_secmodels(host));
    g_assert_null(gvir_config_capabilities_host_get_uuid(host));
    guests = gvir_config_capabilities_get_guests(caps);
    g_assert_cmpint(gvir_config_capabilities_guest_get_os_type(guests->data), ==, GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX);
    g_assert_null(gvir_config_capabilities_guest_get_features(guests->data));
    g_list_free_full(guests, g_object_unref);
    g_object_unref(host);
    g_object_unref(caps);
}

static void test_topology_and_model(void)
{
    GVirConfigCapabilitiesCpuTopology *topology = gvir_config_capabilities_cpu_topology_new();
    GVirConfigCapabilitiesCpuModel *model = gvir_config_capabilities_cpu_model_new();

    assert_xml(topology, "<topology/>");
    g_assert_cmpuint(gvir_config_capabilities_cpu_topology_get_cores(topology), ==, 0);
    gvir_config_capabilities_cpu_topology_set_threads(topology, 2);
    gvir_config_capabilities_cpu_topology_set_sockets(topology, 1);
    gvir_config_capabilities_cpu_topology_set_cores(topology, 4);
    gvir_config_capabilities_cpu_topology_set_threads(topology, 8);
    assert_xml(topology, "<topology sockets=\"1\" cores=\"4\" threads=\"8\"/>");
    g_object_unref(topology);

    assert_xml(model, "<model/>");
    g_assert_null(gvir_config_capabilities_cpu_model_get_name(model));
    gvir_config_capabilities_cpu_model_set_name(model, "a<b&c");
    assert_xml(model, "<model>a&lt;b&amp;c</model>");
    g_assert_cmpstr(gvir_config_capabilities_cpu_model_get_name(model), ==, "a<b&c");
    gvir_config_capabilities_cpu_model_set_name(model, "");
    assert_xml(model, "<model/>");
    g_object_unref(model);
}

static GVirConfigDomainCpu *build_cpu(void)
{
    GVirConfigDomainCpu *cpu = gvir_config_domain_cpu_new();
    GVirConfigDomainCpuModel *model = gvir_config_domain_cpu_model_new();
    GVirConfigCapabilitiesCpuTopology *topology = gvir_config_capabilities_cpu_topology_new();
    GVirConfigDomainCpuFeature *feature = gvir_config_domain_cpu_feature_new();

    gvir_config_domain_cpu_set_match_policy(cpu, GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_STRICT);
    gvir_config_domain_cpu_set_mode(cpu, GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_PASSTHROUGH);
    gvir_config_capabilities_cpu_model_set_name(GVIR_CONFIG_CAPABILITIES_CPU_MODEL(model), "core2duo");
    gvir_config_domain_cpu_set_model(cpu, model);
    gvir_config_capabilities_cpu_topology_set_sockets(topology, 2);
    gvir_config_capabilities_cpu_set_topology(CPU(cpu), topology);
    g_object_unref(topology);
    gvir_config_capabilities_cpu_feature_set_name(GVIR_CONFIG_CAPABILITIES_CPU_FEATURE(feature), "vmx");
    gvir_config_domain_cpu_feature_set_policy(feature, GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_REQUIRE);
    gvir_config_capabilities_cpu_add_feature(CPU(cpu), GVIR_CONFIG_CAPABILITIES_CPU_FEATURE(feature));
    gvir_config_capabilities_cpu_feature_set_name(GVIR_CONFIG_CAPABILITIES_CPU_FEATURE(feature), "svm");
    g_object_unref(feature);
    feature = gvir_config_domain_cpu_feature_new();
    gvir_config_domain_cpu_feature_set_policy(feature, GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORBID);
    gvir_config_capabilities_cpu_feature_set_name(GVIR_CONFIG_CAPABILITIES_CPU_FEATURE(feature), "lahf_lm");
    gvir_config_capabilities_cpu_add_feature(CPU(cpu), GVIR_CONFIG_CAPABILITIES_CPU_FEATURE(feature));
    g_object_unref(feature);
    gvir_config_domain_cpu_set_mode(cpu, GVIR_CONFIG_DOMAIN_CPU_MODE_CUSTOM);
    gvir_config_capabilities_cpu_model_set_name(GVIR_CONFIG_CAPABILITIES_CPU_MODEL(model), "qemu64");
    g_object_unref(model);
    topology = gvir_config_capabilities_cpu_topology_new();
    gvir_config_capabilities_cpu_topology_set_threads(topology, 2);
    gvir_config_capabilities_cpu_set_topology(CPU(cpu), topology);
    g_object_unref(topology);
    return cpu;
}

#define BUILT_CPU \
    "<cpu match=\"strict\" mode=\"custom\">\n" \
    "  <model>qemu64</model>\n" \
    "  <feature policy=\"require\" name=\"svm\"/>\n" \
    "  <feature policy=\"forbid\" name=\"lahf_lm\"/>\n" \
    "  <topology threads=\"2\"/>\n" \
    "</cpu>"

static void test_domain_cpu(void)
{
    GVirConfigDomainCpu *cpu = build_cpu();
    GVirConfigDomainCpu *got;
    GVirConfigDomain *domain;
    GVirConfigCapabilitiesCpuModel *model;
    GList *features;

    assert_xml(cpu, BUILT_CPU);
    g_assert_cmpint(gvir_config_domain_cpu_get_mode(cpu), ==, GVIR_CONFIG_DOMAIN_CPU_MODE_CUSTOM);
    g_assert_cmpint(gvir_config_domain_cpu_get_match_policy(cpu), ==, GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_STRICT);
    features = gvir_config_capabilities_cpu_get_features(CPU(cpu));
    g_assert_cmpuint(g_list_length(features), ==, 2);
    g_assert_true(GVIR_CONFIG_IS_DOMAIN_CPU_FEATURE(features->data));
    g_assert_cmpint(gvir_config_domain_cpu_feature_get_policy(features->next->data), ==, GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORBID);
    g_list_free_full(features, g_object_unref);
    model = gvir_config_capabilities_cpu_get_model(CPU(cpu));
    g_assert_true(G_OBJECT_TYPE(model) == GVIR_CONFIG_TYPE_CAPABILITIES_CPU_MODEL);
    g_object_unref(model);

    domain = gvir_config_domain_new();
    gvir_config_domain_set_name(domain, "x");
    g_assert_null(gvir_config_domain_get_cpu(domain));
    gvir_config_domain_set_cpu(domain, cpu);
    gvir_config_domain_set_vcpus(domain, 2);
    assert_xml(domain, "<domain>\n  <name>x</name>\n"
                       "  <cpu match=\"strict\" mode=\"custom\">\n"
                       "    <model>qemu64</model>\n"
                       "    <feature policy=\"require\" name=\"svm\"/>\n"
                       "    <feature policy=\"forbid\" name=\"lahf_lm\"/>\n"
                       "    <topology threads=\"2\"/>\n"
                       "  </cpu>\n  <vcpu>2</vcpu>\n</domain>");
    got = gvir_config_domain_get_cpu(domain);
    g_assert_true(g_str_has_suffix(gvir_config_object_get_schema(GVIR_CONFIG_OBJECT(got)), "/domain.rng"));
    gvir_config_domain_cpu_set_mode(got, GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_MODEL);
    g_assert_cmpint(gvir_config_domain_cpu_get_mode(cpu), ==, GVIR_CONFIG_DOMAIN_CPU_MODE_HOST_MODEL);
    g_object_unref(got);
    gvir_config_domain_set_cpu(domain, NULL);
    assert_xml(domain, "<domain>\n  <name>x</name>\n  <vcpu>2</vcpu>\n</domain>");
    g_object_unref(domain);
#ifndef TESTING_REFERENCE
    {
        /* libvirt-glib frees the removed element under the objects still viewing it. */
        gchar *xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(cpu));
        g_assert_true(g_str_has_prefix(xml, "<cpu match=\"strict\" mode=\"host-model\">"));
        g_free(xml);
    }
#endif
    g_object_unref(cpu);
}

static void test_domain_cpu_parse(void)
{
    GError *error = NULL;
    GVirConfigDomainCpu *cpu = gvir_config_domain_cpu_new_from_xml(
        "<cpu><feature name='a'/><feature policy='disable' name='b'/></cpu>", &error);
    GVirConfigDomainCpuFeature *feature;
    GList *features;

    g_assert_no_error(error);
    g_assert_cmpint(gvir_config_domain_cpu_get_mode(cpu), ==, GVIR_CONFIG_DOMAIN_CPU_MODE_CUSTOM);
    g_assert_cmpint(gvir_config_domain_cpu_get_match_policy(cpu), ==, GVIR_CONFIG_DOMAIN_CPU_MATCH_POLICY_EXACT);
    features = gvir_config_capabilities_cpu_get_features(CPU(cpu));
    g_assert_cmpint(gvir_config_domain_cpu_feature_get_policy(features->data), ==, GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_REQUIRE);
    g_assert_cmpint(gvir_config_domain_cpu_feature_get_policy(features->next->data), ==, GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_DISABLE);
    g_list_free_full(features, g_object_unref);
    g_object_unref(cpu);

    feature = gvir_config_domain_cpu_feature_new_from_xml("<feature policy='optional' name='x'/>", &error);
    g_assert_no_error(error);
    g_assert_cmpint(gvir_config_domain_cpu_feature_get_policy(feature), ==, GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_OPTIONAL);
    g_assert_cmpstr(gvir_config_capabilities_cpu_feature_get_name(GVIR_CONFIG_CAPABILITIES_CPU_FEATURE(feature)), ==, "x");
    g_object_unref(feature);
}

/* A C subclass overriding the get_features() virtual method and chaining up. */
typedef struct { GVirConfigDomainCpu parent; } TestCpu;
typedef struct { GVirConfigDomainCpuClass parent_class; } TestCpuClass;
G_DEFINE_TYPE(TestCpu, test_cpu, GVIR_CONFIG_TYPE_DOMAIN_CPU)

static GList *test_cpu_get_features(GVirConfigCapabilitiesCpu *cpu)
{
    GList *inherited = GVIR_CONFIG_CAPABILITIES_CPU_CLASS(test_cpu_parent_class)->get_features(cpu);
    return g_list_reverse(inherited);
}

static void test_cpu_class_init(TestCpuClass *klass)
{
    GVIR_CONFIG_CAPABILITIES_CPU_CLASS(klass)->get_features = test_cpu_get_features;
}

static void test_cpu_init(TestCpu *cpu G_GNUC_UNUSED)
{
}

static void test_virtual_method(void)
{
    GVirConfigDomainCpu *cpu = gvir_config_domain_cpu_new_from_xml(
        "<cpu><feature name='a' policy='force'/><feature name='b'/></cpu>", NULL);
    GObject *doc = NULL;
    gpointer node = NULL;
    GObject *mine;
    GList *features;

    g_object_get(cpu, "doc", &doc, "node", &node, NULL);
    mine = g_object_new(test_cpu_get_type(), "doc", doc, "node", node, NULL);
    features = gvir_config_capabilities_cpu_get_features(CPU(mine));
    g_assert_cmpuint(g_list_length(features), ==, 2);
    g_assert_true(GVIR_CONFIG_IS_DOMAIN_CPU_FEATURE(features->data));
    g_assert_cmpstr(gvir_config_capabilities_cpu_feature_get_name(features->data), ==, "b");
    g_assert_cmpint(gvir_config_domain_cpu_feature_get_policy(features->next->data), ==, GVIR_CONFIG_DOMAIN_CPU_FEATURE_POLICY_FORCE);
    g_list_free_full(features, g_object_unref);
    g_assert_cmpuint(sizeof(GVirConfigCapabilitiesCpuClass), ==, sizeof(GVirConfigObjectClass) + 20 * sizeof(gpointer));
    g_object_unref(mine);
    g_object_unref(doc);
    g_object_unref(cpu);
}

static GList *firmwares_of(const char *os)
{
    gchar *xml = g_strdup_printf("<domainCapabilities>%s</domainCapabilities>", os);
    GVirConfigDomainCapabilities *caps = gvir_config_domain_capabilities_new_from_xml(xml, NULL);
    GVirConfigDomainCapabilitiesOs *caps_os = gvir_config_domain_capabilities_get_os(caps);
    GList *firmwares = gvir_config_domain_capabilities_os_get_firmwares(caps_os);

    g_object_unref(caps_os);
    g_object_unref(caps);
    g_free(xml);
    return firmwares;
}

static void test_domain_capabilities(void)
{
    gchar *text = read_data("domcapabilities-kvm.xml");
    GVirConfigDomainCapabilities *caps = gvir_config_domain_capabilities_new();
    GVirConfigDomainCapabilitiesOs *os;
    GList *firmwares;

    assert_xml(caps, "<domainCapabilities/>");
    g_assert_null(gvir_config_domain_capabilities_get_os(caps));
    g_object_unref(caps);

    caps = gvir_config_domain_capabilities_new_from_xml(text, NULL);
    os = gvir_config_domain_capabilities_get_os(caps);
    firmwares = gvir_config_domain_capabilities_os_get_firmwares(os);
    g_assert_cmpuint(g_list_length(firmwares), ==, 2);
    g_assert_cmpint(GPOINTER_TO_INT(firmwares->data), ==, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS);
    g_assert_cmpint(GPOINTER_TO_INT(firmwares->next->data), ==, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI);
    g_list_free(firmwares);
    g_object_unref(os);
    g_object_unref(caps);
    g_free(text);

    g_assert_null(firmwares_of("<os/>"));
    g_assert_null(firmwares_of("<os><enum name='x'><value>efi</value></enum></os>"));
    firmwares = firmwares_of("<os><enum name='firmware'><value>efi</value><value/>text<other>efi</other></enum>"
                             "<enum name='firmware'><value>bios</value></enum></os>");
    g_assert_cmpuint(g_list_length(firmwares), ==, 3);
    g_assert_cmpint(GPOINTER_TO_INT(g_list_nth_data(firmwares, 1)), ==, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI);
    g_assert_cmpint(GPOINTER_TO_INT(g_list_nth_data(firmwares, 2)), ==, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS);
    g_list_free(firmwares);
}

static void test_snapshot_build(void)
{
    GVirConfigDomainSnapshot *snapshot = gvir_config_domain_snapshot_new();
    GVirConfigDomainSnapshotDisk *disk;
    GList *disks;

    assert_xml(snapshot, "<domainsnapshot/>");
    g_assert_cmpint(gvir_config_domain_snapshot_get_memory_state(snapshot), ==, GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_NONE);
    g_assert_cmpint(gvir_config_domain_snapshot_get_state(snapshot), ==, GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_NOSTATE);
    g_assert_null(gvir_config_domain_snapshot_get_disks(snapshot));
    g_assert_null(gvir_config_domain_snapshot_get_domain(snapshot));

    gvir_config_domain_snapshot_set_name(snapshot, "snap");
    gvir_config_domain_snapshot_set_description(snapshot, "d1");
    gvir_config_domain_snapshot_set_memory_state(snapshot, GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_EXTERNAL);
    gvir_config_domain_snapshot_set_memory_file(snapshot, "/var/mem");
    gvir_config_domain_snapshot_set_memory_state(snapshot, GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_INTERNAL);
    disk = gvir_config_domain_snapshot_disk_new();
    assert_xml(disk, "<disk/>");
    gvir_config_domain_snapshot_disk_set_source_file(disk, "/a.qcow2");
    gvir_config_domain_snapshot_disk_set_driver_format(disk, GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW2);
    gvir_config_domain_snapshot_disk_set_snapshot_type(disk, GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_EXTERNAL);
    gvir_config_domain_snapshot_disk_set_source_file(disk, "/b.qcow2");
    gvir_config_domain_snapshot_disk_set_driver_format(disk, GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW);
    gvir_config_domain_snapshot_add_disk(snapshot, disk);
    g_object_unref(disk);
    disk = gvir_config_domain_snapshot_disk_new();
    gvir_config_domain_snapshot_disk_set_snapshot_type(disk, GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO);
    gvir_config_domain_snapshot_add_disk(snapshot, disk);
    g_object_unref(disk);
    gvir_config_domain_snapshot_set_name(snapshot, "snap2");
    gvir_config_domain_snapshot_set_description(snapshot, "d2");
    assert_xml(snapshot, "<domainsnapshot>\n  <name>snap2</name>\n  <description>d2</description>\n"
                         "  <memory file=\"/var/mem\" snapshot=\"internal\"/>\n  <disks>\n"
                         "    <disk snapshot=\"external\">\n      <source file=\"/b.qcow2\"/>\n"
                         "      <driver type=\"raw\"/>\n    </disk>\n    <disk snapshot=\"no\"/>\n"
                         "  </disks>\n</domainsnapshot>");

    disks = g_list_reverse(gvir_config_domain_snapshot_get_disks(snapshot));
    gvir_config_domain_snapshot_set_disks(snapshot, disks);
    g_list_free_full(disks, g_object_unref);
    gvir_config_domain_snapshot_set_name(snapshot, NULL);
    gvir_config_domain_snapshot_set_description(snapshot, NULL);
    assert_xml(snapshot, "<domainsnapshot>\n  <memory file=\"/var/mem\" snapshot=\"internal\"/>\n  <disks>\n"
                         "    <disk snapshot=\"no\"/>\n    <disk snapshot=\"external\">\n"
                         "      <source file=\"/b.qcow2\"/>\n      <driver type=\"raw\"/>\n    </disk>\n"
                         "  </disks>\n</domainsnapshot>");
    gvir_config_domain_snapshot_set_disks(snapshot, NULL);
    assert_xml(snapshot, "<domainsnapshot>\n  <memory file=\"/var/mem\" snapshot=\"internal\"/>\n</domainsnapshot>");
    g_object_unref(snapshot);
}

static void test_snapshot_valid_xml(void)
{
#ifdef TESTING_REFERENCE
    g_test_skip("libvirt-glib writes <memory snapshot='none'/> and <disk><name>, which libvirt rejects");
#else
    GVirConfigDomainSnapshot *snapshot = gvir_config_domain_snapshot_new();
    GVirConfigDomainSnapshotDisk *disk = gvir_config_domain_snapshot_disk_new();

    gvir_config_domain_snapshot_set_memory_state(snapshot, GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_NONE);
    gvir_config_domain_snapshot_disk_set_name(disk, "vda");
    gvir_config_domain_snapshot_disk_set_snapshot_type(disk, GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO);
    gvir_config_domain_snapshot_add_disk(snapshot, disk);
    g_assert_cmpstr(gvir_config_domain_snapshot_disk_get_name(disk), ==, "vda");
    assert_xml(snapshot, "<domainsnapshot>\n  <memory snapshot=\"no\"/>\n  <disks>\n"
                         "    <disk name=\"vda\" snapshot=\"no\"/>\n  </disks>\n</domainsnapshot>");
    g_assert_cmpint(gvir_config_domain_snapshot_get_memory_state(snapshot), ==, GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_NONE);
    g_object_unref(disk);
    g_object_unref(snapshot);
#endif
}

static void test_snapshot_parse(void)
{
    gchar *text = read_data("snapshot-test.xml");
    GError *error = NULL;
    GVirConfigDomainSnapshot *snapshot = gvir_config_domain_snapshot_new_from_xml(text, &error);
    GVirConfigDomain *domain;
    GList *disks;

    g_assert_no_error(error);
    g_assert_cmpstr(gvir_config_domain_snapshot_get_name(snapshot), ==, "snap2");
    g_assert_cmpstr(gvir_config_domain_snapshot_get_description(snapshot), ==, "second");
    g_assert_cmpstr(gvir_config_domain_snapshot_get_parent(snapshot), ==, "snap1");
    g_assert_cmpint(gvir_config_domain_snapshot_get_state(snapshot), ==, GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_RUNNING);
    g_assert_cmpint(gvir_config_domain_snapshot_get_memory_state(snapshot), ==, GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_INTERNAL);
    g_assert_cmpint(gvir_config_domain_snapshot_get_creation_time(snapshot), >, 1600000000);
    domain = gvir_config_domain_snapshot_get_domain(snapshot);
    g_assert_cmpstr(gvir_config_domain_get_name(domain), ==, "test");
    g_object_unref(domain);
    disks = gvir_config_domain_snapshot_get_disks(snapshot);
    g_assert_cmpuint(g_list_length(disks), ==, 1);
    g_assert_cmpint(gvir_config_domain_snapshot_disk_get_snapshot_type(disks->data), ==, GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_INTERNAL);
    g_assert_cmpint(gvir_config_domain_snapshot_disk_get_driver_format(disks->data), ==, GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW);
#ifndef TESTING_REFERENCE
    /* libvirt-glib looks for the name in a <name> child, where libvirt never puts it. */
    g_assert_cmpstr(gvir_config_domain_snapshot_disk_get_name(disks->data), ==, "vda");
#endif
    g_list_free_full(disks, g_object_unref);
    g_object_unref(snapshot);

    snapshot = gvir_config_domain_snapshot_new_from_xml(
        "<domainsnapshot><state>disk-snapshot</state><creationTime>0x10</creationTime></domainsnapshot>", NULL);
    g_assert_cmpint(gvir_config_domain_snapshot_get_state(snapshot), ==, GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_DISK_SNAPSHOT);
    g_assert_cmpint(gvir_config_domain_snapshot_get_creation_time(snapshot), ==, 16);
    g_object_unref(snapshot);
    g_free(text);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    gvir_config_init(&argc, &argv);
    g_test_add_func("/gconfig/capabilities/kvm", test_capabilities_kvm);
    g_test_add_func("/gconfig/capabilities/defaults", test_capabilities_defaults);
    g_test_add_func("/gconfig/capabilities/topology-and-model", test_topology_and_model);
    g_test_add_func("/gconfig/domain-cpu/build", test_domain_cpu);
    g_test_add_func("/gconfig/domain-cpu/parse", test_domain_cpu_parse);
    g_test_add_func("/gconfig/domain-cpu/virtual-method", test_virtual_method);
    g_test_add_func("/gconfig/domain-capabilities/firmwares", test_domain_capabilities);
    g_test_add_func("/gconfig/snapshot/build", test_snapshot_build);
    g_test_add_func("/gconfig/snapshot/valid-xml", test_snapshot_valid_xml);
    g_test_add_func("/gconfig/snapshot/parse", test_snapshot_parse);
    return g_test_run();
}
