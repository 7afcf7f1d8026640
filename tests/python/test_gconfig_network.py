#!/usr/bin/python3
"""The typed accessors of <network> that LibvirtGConfig adds beyond libvirt-glib (GVirConfigNetwork,
GVirConfigNetworkIp and its DHCP ranges and hosts), through GObject introspection: test:///default's
network read as an application gets it from libvirt, and a network built with the setters and
read back from a parsed copy. Ours only. Exit status 77 when python-gi or a typelib is missing.
"""

import unittest

import gi_test_support

_, GLib, C, LibvirtGObject = gi_test_support.setup(__file__, ['GLib', 'LibvirtGConfig', 'LibvirtGObject'])


class DefaultNetwork(gi_test_support.DefaultConnectionTest):
    def test_reads_what_libvirt_wrote(self):
        self.assertTrue(self.conn.fetch_networks(None))
        conf = self.conn.find_network_by_name('default').get_config(0)
        self.assertEqual(conf.get_name(), 'default')
        self.assertEqual(conf.get_uuid(), 'dd8fe884-6c02-601e-7551-cca97df1c5df')
        self.assertEqual((conf.get_bridge_name(), conf.get_bridge_stp(), conf.get_bridge_delay()),
                         ('virbr0', True, 0))
        self.assertEqual(conf.get_forward_mode(), (True, C.NetworkForwardMode.NAT))
        self.assertIsNone(conf.get_forward_dev())
        ips = conf.get_ips()
        self.assertEqual(len(ips), 1)
        self.assertIsInstance(ips[0], C.NetworkIp)
        self.assertEqual((ips[0].get_address(), ips[0].get_netmask(), ips[0].get_prefix()),
                         ('192.168.122.1', '255.255.255.0', 0))
        self.assertEqual(ips[0].get_family(), C.NetworkIpFamily.IPV4)
        ranges = ips[0].get_dhcp_ranges()
        self.assertEqual([(r.get_start(), r.get_end()) for r in ranges], [('192.168.122.2', '192.168.122.254')])
        self.assertEqual(ips[0].get_dhcp_hosts(), [])


class BuiltNetwork(unittest.TestCase):
    def test_round_trip(self):
        net = C.Network.new()
        net.set_name('lab')
        net.set_forward_mode(C.NetworkForwardMode.ROUTE)
        net.set_forward_dev('eth0')
        net.set_bridge_name('virbr7')
        net.set_bridge_stp(False)
        net.set_mtu(9000)
        net.set_mac_address('52:54:00:0a:0b:0c')
        net.set_domain_name('lab.example')
        ip = C.NetworkIp.new()
        ip.set_address('10.0.7.1')
        ip.set_prefix(24)
        dhcp_range = C.NetworkDhcpRange.new()
        dhcp_range.set_start('10.0.7.100')
        dhcp_range.set_end('10.0.7.199')
        ip.add_dhcp_range(dhcp_range)
        host = C.NetworkDhcpHost.new()
        host.set_mac('52:54:00:00:00:01')
        host.set_name('builder')
        host.set_ip('10.0.7.10')
        ip.add_dhcp_host(host)
        net.add_ip(ip)
        ipv6 = C.NetworkIp.new()
        ipv6.set_family(C.NetworkIpFamily.IPV6)
        ipv6.set_address('fd00:7::1')
        ipv6.set_prefix(64)
        net.add_ip(ipv6)
        net.validate()  # raises GLib.Error when invalid

        copy = C.Network.new_from_xml(net.to_xml())
        self.assertEqual(copy.get_name(), 'lab')
        self.assertEqual(copy.get_forward_mode(), (True, C.NetworkForwardMode.ROUTE))
        self.assertEqual((copy.get_forward_dev(), copy.get_bridge_name(), copy.get_bridge_stp()),
                         ('eth0', 'virbr7', False))
        self.assertEqual((copy.get_mtu(), copy.get_mac_address(), copy.get_domain_name()),
                         (9000, '52:54:00:0a:0b:0c', 'lab.example'))
        ips = copy.get_ips()
        self.assertEqual([(i.get_address(), i.get_prefix(), i.get_family()) for i in ips],
                         [('10.0.7.1', 24, C.NetworkIpFamily.IPV4), ('fd00:7::1', 64, C.NetworkIpFamily.IPV6)])
        hosts = ips[0].get_dhcp_hosts()
        self.assertEqual([(h.get_mac(), h.get_name(), h.get_ip()) for h in hosts],
                         [('52:54:00:00:00:01', 'builder', '10.0.7.10')])
        self.assertEqual(ips[0].get_dhcp_ranges()[0].get_end(), '10.0.7.199')

        # Isolating the network and dropping an address.
        copy.remove_forward()
        self.assertEqual(copy.get_forward_mode()[0], False)
        copy.remove_ip(ips[1])
        copy.set_mtu(0)
        self.assertEqual((len(copy.get_ips()), copy.get_mtu()), (1, 0))
        self.assertNotIn('<forward', copy.to_xml())

    def test_parse_errors(self):
        with self.assertRaises(GLib.Error):
            C.NetworkIp.new_from_xml('<range/>')


if __name__ == '__main__':
    unittest.main(verbosity=2)
