#!/usr/bin/python3
"""GVirNetwork through GObject introspection, on test:///default.

Usage: test_libvirt_gobject_network.py [--reference] [unittest options]

Fetches the driver's `default` network (blocking and async), queries it, and checks the error
of the DHCP leases the test driver cannot report.

As test_libvirt_gobject.py: without --reference, LD_LIBRARY_PATH and GI_TYPELIB_PATH point at the
build tree; with --reference the same assertions run on the system's libvirt-gobject. Exit status
77 when python-gi or the typelib is missing.
"""

import unittest

import gi_test_support
from gi_test_support import wait_async

REFERENCE, GLib, GObject, LibvirtGConfig, LibvirtGObject = gi_test_support.setup(
    __file__, ['GLib', 'GObject', 'LibvirtGConfig', 'LibvirtGObject'], reference=True)

DEFAULT_NETWORK_UUID = 'dd8fe884-6c02-601e-7551-cca97df1c5df'


class NetworkTests(gi_test_support.DefaultConnectionTest):
    """self.conn: a connection to test:///default, open."""

    def test_default_network(self):
        self.assertEqual(self.conn.get_networks(), [])
        self.assertTrue(wait_async(lambda done: self.conn.fetch_networks_async(None, done, None),
                                   self.conn.fetch_networks_finish))
        networks = self.conn.get_networks()
        self.assertEqual([n.get_name() for n in networks], ['default'])
        net = networks[0]
        self.assertIsInstance(net, LibvirtGObject.Network)
        self.assertEqual(net.get_uuid(), DEFAULT_NETWORK_UUID)
        conf = net.get_config(0)
        self.assertIsInstance(conf, LibvirtGConfig.Network)
        self.assertIn('<name>default</name>', conf.to_xml())
        self.assertIs(self.conn.get_network(DEFAULT_NETWORK_UUID), net)
        self.assertIs(self.conn.find_network_by_name('default'), net)
        self.assertIsNone(self.conn.find_network_by_name('nope'))
        self.assertTrue(self.conn.fetch_networks(None))
        # Ours keeps the object across a refetch; libvirt-glib 4.0.0 makes a new one.
        refetched = self.conn.get_networks()[0]
        self.assertEqual(refetched.get_uuid(), DEFAULT_NETWORK_UUID)
        if not REFERENCE:
            self.assertIs(refetched, net)

    def test_dhcp_leases_unsupported_by_the_test_driver(self):
        self.conn.fetch_networks(None)
        net = self.conn.find_network_by_name('default')
        with self.assertRaises(GLib.Error) as caught:
            net.get_dhcp_leases(None, 0)
        self.assertEqual(caught.exception.domain, 'gvir-network')
        self.assertTrue(caught.exception.message.startswith('Unable to get network DHCP leases: '))

    def test_types(self):
        self.assertEqual(GObject.type_name(LibvirtGObject.NetworkDHCPLease.__gtype__), 'GVirNetworkDHCPLease')
        self.assertEqual(GObject.type_name(LibvirtGObject.IPAddrType.__gtype__), 'GVirIPAddrType')
        self.assertEqual(int(LibvirtGObject.IPAddrType.IPV6), 1)
        handle = GObject.list_properties(LibvirtGObject.Network)[0]
        self.assertEqual((handle.name, GObject.type_name(handle.value_type)), ('handle', 'GVirNetworkHandle'))
        self.assertTrue(GObject.type_is_a(LibvirtGObject.Network.__gtype__, GObject.Object.__gtype__))


if __name__ == '__main__':
    unittest.main(verbosity=2)
