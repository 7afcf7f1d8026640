#!/usr/bin/python3
"""GVirInterface, GVirNodeDevice, GVirSecret, GVirNetworkFilter through GObject introspection.

Usage: test_libvirt_gobject_objects.py [--reference] [unittest options]

Fetches test:///default's interface `eth1` (blocking and async) and queries it; checks the
types and handle properties of the other three classes (connections cannot list them).

As test_libvirt_gobject.py: without --reference, LD_LIBRARY_PATH and GI_TYPELIB_PATH point at the
build tree; with --reference the same assertions run on the system's libvirt-gobject. Exit status
77 when python-gi or the typelib is missing.
"""

import unittest

import gi_test_support
from gi_test_support import wait_async

REFERENCE, GObject, LibvirtGConfig, LibvirtGObject = gi_test_support.setup(
    __file__, ['GObject', 'LibvirtGConfig', 'LibvirtGObject'], reference=True)


class ObjectTests(gi_test_support.DefaultConnectionTest):
    """self.conn: a connection to test:///default, open."""

    def test_interfaces(self):
        self.assertEqual(self.conn.get_interfaces(), [])
        self.assertTrue(wait_async(lambda done: self.conn.fetch_interfaces_async(None, done, None),
                                   self.conn.fetch_interfaces_finish))
        ifaces = self.conn.get_interfaces()
        self.assertEqual([i.get_name() for i in ifaces], ['eth1'])
        eth1 = ifaces[0]
        self.assertIsInstance(eth1, LibvirtGObject.Interface)
        self.assertEqual(eth1.get_mac(), 'aa:bb:cc:dd:ee:ff')
        self.assertIsInstance(eth1.get_config(0), LibvirtGConfig.Interface)
        self.assertIs(self.conn.get_interface('eth1'), eth1)
        self.assertIs(self.conn.find_interface_by_mac('aa:bb:cc:dd:ee:ff'), eth1)
        self.assertIsNone(self.conn.get_interface('nope'))
        self.assertTrue(self.conn.fetch_interfaces(None))

    def test_types(self):
        for cls, name in ((LibvirtGObject.Interface, 'GVirInterface'),
                          (LibvirtGObject.NodeDevice, 'GVirNodeDevice'),
                          (LibvirtGObject.Secret, 'GVirSecret'),
                          (LibvirtGObject.NetworkFilter, 'GVirNetworkFilter')):
            self.assertEqual(GObject.type_name(cls.__gtype__), name)
            props = {p.name: p for p in GObject.list_properties(cls)}
            self.assertEqual(list(props), ['handle'])
            self.assertEqual(GObject.type_name(props['handle'].value_type), name + 'Handle')


if __name__ == '__main__':
    unittest.main(verbosity=2)
