/*
 * The accessors of the documents libvirt-gconfig 4.0.0 only parses (libvirt-glib-rs additions,
 * LIBVIRT_GCONFIG_RS_1.0), from C: a network built through its setters (bridge, forwarding,
 * an address with DHCP ranges and hosts), a host device read with its nested capabilities, a
 * secret's usage replaced and removed. Every list and object is freed as its annotation says,
 * so that the memcheck suite sees any leak or bad free. Built against libvirt-glib-rs only.
 */
#include <string.h>

#include <libvirt-gconfig/libvirt-gconfig.h>

#define ASSERT_CONTAINS(haystack, needle) \
    g_assert_nonnull(strstr((haystack), (needle)))

static void test_network(void)
{
    GVirConfigNetwork *network = gvir_config_network_new();
    GVirConfigNetworkIp *ip = gvir_config_network_ip_new();
    GVirConfigNetworkDhcpRange *range = gvir_config_network_dhcp_range_new();
    GVirConfigNetworkDhcpHost *host = gvir_config_network_dhcp_host_new();
    GVirConfigNetworkForwardMode mode;
    GList *ips, *ranges, *hosts;
    gchar *xml;

    gvir_config_network_set_name(network, "lab");
    gvir_config_network_set_bridge_name(network, "virbr7");
    gvir_config_network_set_bridge_stp(network, TRUE);
    g_assert_false(gvir_config_network_get_forward_mode(network, &mode));
    gvir_config_network_set_forward_mode(network, GVIR_CONFIG_NETWORK_FORWARD_MODE_NAT);
    gvir_config_network_set_mtu(network, 9000);

    gvir_config_network_ip_set_address(ip, "10.7.0.1");
    gvir_config_network_ip_set_prefix(ip, 24);
    gvir_config_network_dhcp_range_set_start(range, "10.7.0.100");
    gvir_config_network_dhcp_range_set_end(range, "10.7.0.199");
    gvir_config_network_ip_add_dhcp_range(ip, range);
    gvir_config_network_dhcp_host_set_mac(host, "52:54:00:00:07:01");
    gvir_config_network_dhcp_host_set_ip(host, "10.7.0.10");
    gvir_config_network_ip_add_dhcp_host(ip, host);
    gvir_config_network_add_ip(network, ip);

    g_assert_cmpstr(gvir_config_network_get_name(network), ==, "lab");
    g_assert_cmpstr(gvir_config_network_get_bridge_name(network), ==, "virbr7");
    g_assert_true(gvir_config_network_get_bridge_stp(network));
    g_assert_true(gvir_config_network_get_forward_mode(network, &mode));
    g_assert_cmpint(mode, ==, GVIR_CONFIG_NETWORK_FORWARD_MODE_NAT);
    g_assert_cmpuint(gvir_config_network_get_mtu(network), ==, 9000);

    ips = gvir_config_network_get_ips(network);
    g_assert_cmpuint(g_list_length(ips), ==, 1);
    g_assert_cmpstr(gvir_config_network_ip_get_address(ips->data), ==, "10.7.0.1");
    g_assert_cmpuint(gvir_config_network_ip_get_prefix(ips->data), ==, 24);
    ranges = gvir_config_network_ip_get_dhcp_ranges(ips->data);
    hosts = gvir_config_network_ip_get_dhcp_hosts(ips->data);
    g_assert_cmpuint(g_list_length(ranges), ==, 1);
    g_assert_cmpstr(gvir_config_network_dhcp_range_get_end(ranges->data), ==, "10.7.0.199");
    g_assert_cmpuint(g_list_length(hosts), ==, 1);
    g_assert_cmpstr(gvir_config_network_dhcp_host_get_ip(hosts->data), ==, "10.7.0.10");
    g_list_free_full(ranges, g_object_unref);
    g_list_free_full(hosts, g_object_unref);
    g_list_free_full(ips, g_object_unref);

    xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(network));
    ASSERT_CONTAINS(xml, "<forward mode=\"nat\"/>");
    ASSERT_CONTAINS(xml, "<range start=\"10.7.0.100\" end=\"10.7.0.199\"/>");
    g_free(xml);

    /* Isolated again: no <forward>. */
    gvir_config_network_remove_forward(network);
    g_assert_false(gvir_config_network_get_forward_mode(network, NULL));

    g_object_unref(host);
    g_object_unref(range);
    g_object_unref(ip);
    g_object_unref(network);
}

static void test_node_device(void)
{
    GError *error = NULL;
    GVirConfigNodeDevice *device = gvir_config_node_device_new_from_xml(
        "<device><name>pci_0000_00_1f_2</name><parent>computer</parent>"
        "<driver><name>ahci</name></driver>"
        "<capability type='pci'><domain>0</domain><bus>0</bus><slot>0x1f</slot><function>2</function>"
        "<product id='0x2922'>82801IR SATA</product><vendor id='0x8086'>Intel</vendor>"
        "<capability type='virt_functions'/></capability></device>", &error);
    GList *caps, *nested;

    g_assert_no_error(error);
    g_assert_cmpstr(gvir_config_node_device_get_name(device), ==, "pci_0000_00_1f_2");
    g_assert_cmpstr(gvir_config_node_device_get_driver_name(device), ==, "ahci");
    g_assert_null(gvir_config_node_device_get_path(device));

    caps = gvir_config_node_device_get_capabilities(device);
    g_assert_cmpuint(g_list_length(caps), ==, 1);
    g_assert_cmpstr(gvir_config_node_device_capability_get_kind(caps->data), ==, "pci");
    g_assert_cmpint(gvir_config_node_device_capability_get_slot(caps->data), ==, 0x1f);
    g_assert_cmpint(gvir_config_node_device_capability_get_function(caps->data), ==, 2);
    g_assert_cmpint(gvir_config_node_device_capability_get_device_number(caps->data), ==, -1);
    g_assert_cmpstr(gvir_config_node_device_capability_get_vendor_id(caps->data), ==, "0x8086");
    g_assert_cmpstr(gvir_config_node_device_capability_get_product_name(caps->data), ==, "82801IR SATA");
    nested = gvir_config_node_device_capability_get_capabilities(caps->data);
    g_assert_cmpuint(g_list_length(nested), ==, 1);
    g_assert_cmpstr(gvir_config_node_device_capability_get_kind(nested->data), ==, "virt_functions");
    g_list_free_full(nested, g_object_unref);
    g_list_free_full(caps, g_object_unref);
    g_object_unref(device);
}

static void test_secret(void)
{
    GVirConfigSecret *secret = gvir_config_secret_new();
    gchar *xml;

    g_assert_cmpint(gvir_config_secret_get_usage_type(secret), ==, GVIR_CONFIG_SECRET_USAGE_TYPE_NONE);
    gvir_config_secret_set_private(secret, TRUE);
    gvir_config_secret_set_usage(secret, GVIR_CONFIG_SECRET_USAGE_TYPE_CEPH, "client.admin");
    g_assert_true(gvir_config_secret_get_private(secret));
    g_assert_false(gvir_config_secret_get_ephemeral(secret));
    g_assert_cmpint(gvir_config_secret_get_usage_type(secret), ==, GVIR_CONFIG_SECRET_USAGE_TYPE_CEPH);
    g_assert_cmpstr(gvir_config_secret_get_usage_target(secret), ==, "client.admin");

    gvir_config_secret_set_usage(secret, GVIR_CONFIG_SECRET_USAGE_TYPE_VOLUME, "/srv/a.img");
    xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(secret));
    ASSERT_CONTAINS(xml, "<usage type=\"volume\">");
    g_assert_null(strstr(xml, "client.admin"));
    g_free(xml);

    gvir_config_secret_set_usage(secret, GVIR_CONFIG_SECRET_USAGE_TYPE_NONE, NULL);
    g_assert_null(gvir_config_secret_get_usage_target(secret));

    /* A target is required for any usage but none. */
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*");
    gvir_config_secret_set_usage(secret, GVIR_CONFIG_SECRET_USAGE_TYPE_TLS, NULL);
    g_test_assert_expected_messages();
    g_assert_cmpint(gvir_config_secret_get_usage_type(secret), ==, GVIR_CONFIG_SECRET_USAGE_TYPE_NONE);
    g_object_unref(secret);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/gconfig/documents/network", test_network);
    g_test_add_func("/gconfig/documents/node-device", test_node_device);
    g_test_add_func("/gconfig/documents/secret", test_secret);
    return g_test_run();
}
