/*
 * LibvirtGConfig benchmark: the same compiled program runs on the reference library and on
 * ours (choose with LD_LIBRARY_PATH); mode `raw` is the floor (libxml2 alone).
 *
 *   gconfig-bench MODE ITERATIONS FILE
 *   MODE: parse  — parse the domain and serialize it again
 *         walk   — list the devices of a parsed domain and read a few properties of each
 *         build  — build a domain with 50 disks and 50 network interfaces, serialize it
 *         raw    — parse + serialize with libxml2 only
 *
 * Prints the mode, iterations, wall time and a checksum of what it produced (so both
 * libraries can be seen to do the same work).
 */
#include <libvirt-gconfig/libvirt-gconfig.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gsize checksum;

__attribute__((noinline)) static void run_parse(const char *xml)
{
    GError *error = NULL;
    GVirConfigDomain *domain = gvir_config_domain_new_from_xml(xml, &error);
    gchar *out;
    if (!domain) {
        fprintf(stderr, "parse failed: %s\n", error->message);
        exit(1);
    }
    out = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(domain));
    checksum += strlen(out);
    g_free(out);
    g_object_unref(domain);
}

__attribute__((noinline)) static void run_raw(const char *xml)
{
    xmlDocPtr doc = xmlReadMemory(xml, strlen(xml), NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
    xmlBufferPtr buf = xmlBufferCreate();
    xmlNodeDump(buf, doc, xmlDocGetRootElement(doc), 0, 1);
    checksum += xmlBufferLength(buf);
    xmlBufferFree(buf);
    xmlFreeDoc(doc);
}

__attribute__((noinline)) static void run_walk(GVirConfigDomain *domain)
{
    GList *devices = gvir_config_domain_get_devices(domain);
    for (GList *it = devices; it; it = it->next) {
        GObject *device = it->data;
        checksum += strlen(G_OBJECT_TYPE_NAME(device));
        if (GVIR_CONFIG_IS_DOMAIN_DISK(device)) {
            GVirConfigDomainDisk *disk = GVIR_CONFIG_DOMAIN_DISK(device);
            const char *source = gvir_config_domain_disk_get_source(disk);
            const char *target = gvir_config_domain_disk_get_target_dev(disk);
            checksum += (source ? strlen(source) : 0) + (target ? strlen(target) : 0);
            checksum += gvir_config_domain_disk_get_guest_device_type(disk);
        } else if (GVIR_CONFIG_IS_DOMAIN_INTERFACE(device)) {
            const char *mac = gvir_config_domain_interface_get_mac(GVIR_CONFIG_DOMAIN_INTERFACE(device));
            checksum += mac ? strlen(mac) : 0;
        }
    }
    g_list_free_full(devices, g_object_unref);
}

__attribute__((noinline)) static void run_build(void)
{
    GVirConfigDomain *domain = gvir_config_domain_new();
    gchar *out;
    gvir_config_domain_set_name(domain, "built");
    gvir_config_domain_set_memory(domain, 1048576);
    for (int i = 0; i < 50; i++) {
        char path[64], dev[16], mac[32];
        GVirConfigDomainDisk *disk = gvir_config_domain_disk_new();
        GVirConfigDomainInterfaceNetwork *nic = gvir_config_domain_interface_network_new();
        snprintf(path, sizeof(path), "/var/lib/libvirt/images/disk%d.qcow2", i);
        snprintf(dev, sizeof(dev), "vd%c%c", 'a' + i / 26, 'a' + i % 26);
        snprintf(mac, sizeof(mac), "52:54:00:00:00:%02x", i);
        gvir_config_domain_disk_set_type(disk, GVIR_CONFIG_DOMAIN_DISK_FILE);
        gvir_config_domain_disk_set_guest_device_type(disk, GVIR_CONFIG_DOMAIN_DISK_GUEST_DEVICE_DISK);
        gvir_config_domain_disk_set_source(disk, path);
        gvir_config_domain_disk_set_target_dev(disk, dev);
        gvir_config_domain_disk_set_target_bus(disk, GVIR_CONFIG_DOMAIN_DISK_BUS_VIRTIO);
        gvir_config_domain_disk_set_driver_name(disk, "qemu");
        gvir_config_domain_disk_set_driver_format(disk, GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW2);
        gvir_config_domain_add_device(domain, GVIR_CONFIG_DOMAIN_DEVICE(disk));
        gvir_config_domain_interface_network_set_source(nic, "default");
        gvir_config_domain_interface_set_mac(GVIR_CONFIG_DOMAIN_INTERFACE(nic), mac);
        gvir_config_domain_interface_set_model(GVIR_CONFIG_DOMAIN_INTERFACE(nic), "virtio");
        gvir_config_domain_add_device(domain, GVIR_CONFIG_DOMAIN_DEVICE(nic));
        g_object_unref(disk);
        g_object_unref(nic);
    }
    out = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(domain));
    checksum += strlen(out);
    g_free(out);
    g_object_unref(domain);
}

int main(int argc, char **argv)
{
    gchar *xml = NULL;
    GVirConfigDomain *parsed = NULL;
    gint64 start;
    int iterations;

    if (argc != 4) {
        fprintf(stderr, "usage: %s parse|walk|build|raw ITERATIONS FILE\n", argv[0]);
        return 2;
    }
    iterations = atoi(argv[2]);
    if (!g_file_get_contents(argv[3], &xml, NULL, NULL)) {
        fprintf(stderr, "cannot read %s\n", argv[3]);
        return 2;
    }
    gvir_config_init(NULL, NULL);
    if (strcmp(argv[1], "walk") == 0)
        parsed = gvir_config_domain_new_from_xml(xml, NULL);

    start = g_get_monotonic_time();
    for (int i = 0; i < iterations; i++) {
        if (strcmp(argv[1], "parse") == 0)
            run_parse(xml);
        else if (strcmp(argv[1], "raw") == 0)
            run_raw(xml);
        else if (strcmp(argv[1], "walk") == 0)
            run_walk(parsed);
        else if (strcmp(argv[1], "build") == 0)
            run_build();
        else {
            fprintf(stderr, "unknown mode %s\n", argv[1]);
            return 2;
        }
    }
    printf("%s %d iterations %.3f ms checksum %zu\n", argv[1], iterations,
           (g_get_monotonic_time() - start) / 1000.0, checksum);
    if (parsed)
        g_object_unref(parsed);
    g_free(xml);
    return 0;
}
