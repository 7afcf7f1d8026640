#!/usr/bin/python3
"""GVirInterface, GVirNodeDevice, GVirSecret, GVirNetworkFilter through GObject introspection.

Usage: test_libvirt_gobject_objects.py [--reference] [unittest options]

Fetches test:///default's interface `eth1` (blocking and async) and queries it; checks the
types and handle properties of the other three classes (connections cannot list them).

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

class ObjectTests(unittest.TestCase):
    def setUp(self):
        LibvirtGObject.init_object_check(None)
        self.conn = LibvirtGObject.Connection.new('test:///default')
        self.conn.open(None)

    def tearDown(self):
        self.conn.close()

    def test_interfaces(self):
        self.assertEqual(self.conn.get_interfaces(), [])
        loop = GLib.MainLoop()
        box = {}

        def done(conn, result, *_):
            box['ok'] = conn.fetch_interfaces_finish(result)
            loop.quit()

        self.conn.fetch_interfaces_async(None, done, None)
        GLib.timeout_add(10000, loop.quit)
        loop.run()
        self.assertTrue(box['ok'])
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
