#!/usr/bin/python3
"""GVirNetwork through GObject introspection, on test:///default.

Usage: test_libvirt_gobject_network.py [--reference] [unittest options]

Fetches the driver's `default` network (blocking and async), queries it, and checks the error
of the DHCP leases the test driver cannot report.

As test_libvirt_gobject.py: without --reference, LD_LIBRARY_PATH and GI_TYPELIB_PATH point at the
build tree; with --reference the same assertions run on the system's libvirt-gobject. Exit status
77 when python-gi or the typelib is missing.
"""

import os
import sys
import unittest

SKIP = 77
REFERENCE = '--reference' in sys.argv[1:]
if REFERENCE:
    sys.argv.remove('--reference')
    if os.environ.get('LD_LIBRARY_PATH') or os.environ.get('GI_TYPELIB_PATH'):
        env = dict(os.environ)
        for name in ('LD_LIBRARY_PATH', 'GI_TYPELIB_PATH', 'LIBVIRT_GLIB_RS_BUILD_DIR'):
            env.pop(name, None)
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), '--reference']
                  + sys.argv[1:], env)

try:
    import gi
    gi.require_version('LibvirtGObject', '1.0')
    gi.require_version('LibvirtGConfig', '1.0')
    from gi.repository import Gio, GLib, GObject, LibvirtGConfig, LibvirtGObject
except (ImportError, ValueError) as exc:
    print('SKIP: LibvirtGObject via GObject introspection unavailable: %s' % exc)
    sys.exit(SKIP)

if not REFERENCE and not os.environ.get('LIBVIRT_GLIB_RS_BUILD_DIR'):
    print('LIBVIRT_GLIB_RS_BUILD_DIR must name the build tree (or pass --reference)')
    sys.exit(1)

DEFAULT_NETWORK_UUID = 'dd8fe884-6c02-601e-7551-cca97df1c5df'


class NetworkTests(unittest.TestCase):
    def setUp(self):
        LibvirtGObject.init_object_check(None)
        self.conn = LibvirtGObject.Connection.new('test:///default')
        self.conn.open(None)

    def tearDown(self):
        self.conn.close()

    def test_default_network(self):
        self.assertEqual(self.conn.get_networks(), [])
        loop = GLib.MainLoop()
        box = {}

        def done(conn, result, *_):
            box['ok'] = conn.fetch_networks_finish(result)
            loop.quit()

        self.conn.fetch_networks_async(None, done, None)
        GLib.timeout_add(10000, loop.quit)
        loop.run()
        self.assertTrue(box['ok'])
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
