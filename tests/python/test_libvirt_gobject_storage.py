#!/usr/bin/python3
"""GVirStoragePool and GVirStorageVol through GObject introspection, on test:///default.

Usage: test_libvirt_gobject_storage.py [--reference] [unittest options]

Fetches the driver's `default-pool`, queries it, creates, lists and deletes a volume, defines,
starts, stops and undefines a pool, with the blocking and the async calls, and checks the
errors of what the test driver cannot do (resize, download).

As test_libvirt_gobject.py: without --reference, LD_LIBRARY_PATH and GI_TYPELIB_PATH point at the
build tree; with --reference the same assertions run on the system's libvirt-gobject. Exit status
77 when python-gi or the typelib is missing.
"""

import unittest

import gi_test_support
from gi_test_support import wait_async

REFERENCE, GLib, GObject, LibvirtGConfig, LibvirtGObject = gi_test_support.setup(
    __file__, ['GLib', 'GObject', 'LibvirtGConfig', 'LibvirtGObject'], reference=True)

DEFAULT_POOL_UUID = 'dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566'
MiB = 1 << 20


class StorageTests(gi_test_support.DefaultConnectionTest):
    """self.conn: a connection to test:///default, open."""

    def default_pool(self):
        self.conn.fetch_storage_pools(None)
        return self.conn.find_storage_pool_by_name('default-pool')

    def test_default_pool(self):
        self.assertEqual(self.conn.get_storage_pools(), [])
        self.assertTrue(wait_async(lambda cb: self.conn.fetch_storage_pools_async(None, cb, None),
                                   self.conn.fetch_storage_pools_finish))
        pools = self.conn.get_storage_pools()
        self.assertEqual([p.get_name() for p in pools], ['default-pool'])
        pool = pools[0]
        self.assertIsInstance(pool, LibvirtGObject.StoragePool)
        self.assertEqual(pool.get_uuid(), DEFAULT_POOL_UUID)
        self.assertTrue(pool.get_active())
        self.assertTrue(pool.get_persistent())
        self.assertFalse(pool.get_autostart())
        info = pool.get_info()
        self.assertEqual(info.state, LibvirtGObject.StoragePoolState.RUNNING)
        self.assertEqual(info.capacity, 100 * 1024 * MiB)
        self.assertEqual(info.available, 100 * 1024 * MiB)
        self.assertEqual(pool.get_config(0).get_name(), 'default-pool')
        self.assertIs(self.conn.get_storage_pool(DEFAULT_POOL_UUID), pool)
        self.assertIs(self.conn.find_storage_pool_by_name('default-pool'), pool)
        self.assertIsNone(self.conn.find_storage_pool_by_name('nope'))

    def test_volumes(self):
        pool = self.default_pool()
        self.assertTrue(pool.refresh(None))
        self.assertEqual(pool.get_volumes(), [])
        conf = LibvirtGConfig.StorageVol.new()
        conf.set_name('py.img')
        conf.set_capacity(MiB)
        vol = pool.create_volume(conf)
        self.assertIsInstance(vol, LibvirtGObject.StorageVol)
        self.assertEqual(vol.get_name(), 'py.img')
        self.assertEqual(vol.get_path(), '/default-pool/py.img')
        info = vol.get_info()
        self.assertEqual(info.type, LibvirtGObject.StorageVolType.FILE)
        self.assertEqual(info.capacity, MiB)
        self.assertIsInstance(vol.get_config(0), LibvirtGConfig.StorageVol)
        self.assertIs(pool.get_volume('py.img'), vol)
        self.assertIs(vol.props.pool, pool)
        self.assertEqual([v.get_name() for v in pool.get_volumes()], ['py.img'])
        self.assertTrue(wait_async(lambda cb: pool.refresh_async(None, cb, None), pool.refresh_finish))
        self.assertEqual([v.get_name() for v in pool.get_volumes()], ['py.img'])

        with self.assertRaises(GLib.Error) as caught:
            vol.resize(2 * MiB, LibvirtGObject.StorageVolResizeFlags.NONE)
        self.assertEqual(caught.exception.domain, 'gvir-storage-vol')
        self.assertTrue(caught.exception.message.startswith('Unable to resize volume storage: '))
        with self.assertRaises(GLib.Error) as caught:
            vol.download(self.conn.get_stream(0), 0, 0, 0)
        self.assertTrue(caught.exception.message.startswith('Unable to download volume storage: '))

        self.assertTrue(vol.delete(0))
        self.assertEqual(pool.get_volumes(), [])
        with self.assertRaises(GLib.Error) as caught:
            vol.get_info()
        self.assertTrue(caught.exception.message.startswith(
            'Unable to get storage vol info: Storage volume not found'))

    def test_pool_lifecycle(self):
        self.default_pool()
        conf = LibvirtGConfig.StoragePool.new()
        conf.set_name('py-pool')
        conf.set_pool_type(LibvirtGConfig.StoragePoolType.DIR)
        target = LibvirtGConfig.StoragePoolTarget.new()
        target.set_path('/tmp/py-pool')
        conf.set_target(target)
        pool = self.conn.create_storage_pool(conf, 0)
        self.assertEqual(pool.get_name(), 'py-pool')
        self.assertFalse(pool.get_active())
        self.assertTrue(pool.get_persistent())
        self.assertEqual(len(self.conn.get_storage_pools()), 2)
        self.assertTrue(wait_async(lambda cb: pool.start_async(0, None, cb, None), pool.start_finish))
        self.assertTrue(pool.get_active())
        self.assertEqual(pool.get_info().state, LibvirtGObject.StoragePoolState.RUNNING)
        self.assertTrue(wait_async(lambda cb: pool.stop_async(None, cb, None), pool.stop_finish))
        self.assertFalse(pool.get_active())
        self.assertTrue(pool.set_autostart(True))
        self.assertTrue(pool.get_autostart())
        self.assertTrue(wait_async(lambda cb: pool.undefine_async(None, cb, None), pool.undefine_finish))
        with self.assertRaises(GLib.Error) as caught:
            pool.get_info()
        self.assertEqual(caught.exception.domain, 'gvir-storage-pool')
        self.assertTrue(caught.exception.message.startswith(
            'Unable to get storage pool info: Storage pool not found'))

    def test_types(self):
        self.assertEqual(GObject.type_name(LibvirtGObject.StoragePoolState.__gtype__), 'GVirStoragePoolState')
        self.assertEqual(GObject.type_name(LibvirtGObject.StorageVolType.__gtype__), 'GVirStorageVolType')
        # libvirt-glib registers the resize flags as an enumeration.
        self.assertTrue(GObject.type_is_a(LibvirtGObject.StorageVolResizeFlags.__gtype__, GObject.TYPE_ENUM))
        self.assertEqual(int(LibvirtGObject.StorageVolResizeFlags.SHRINK), 4)
        self.assertTrue(GObject.type_is_a(LibvirtGObject.StoragePoolInfo.__gtype__, GObject.TYPE_BOXED))
        self.assertTrue(GObject.type_is_a(LibvirtGObject.StorageVolInfo.__gtype__, GObject.TYPE_BOXED))
        self.assertEqual([p.name for p in GObject.list_properties(LibvirtGObject.StoragePool)], ['handle'])
        self.assertEqual(sorted(p.name for p in GObject.list_properties(LibvirtGObject.StorageVol)), ['handle', 'pool'])
        self.assertEqual(GObject.type_name(GObject.list_properties(LibvirtGObject.StoragePool)[0].value_type),
                         'GVirStoragePoolHandle')


if __name__ == '__main__':
    unittest.main(verbosity=2)
