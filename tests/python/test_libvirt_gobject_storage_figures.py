#!/usr/bin/python3
"""Storage figures (a libvirt-glib-rs addition) through GObject introspection.

Usage: test_libvirt_gobject_storage_figures.py [unittest options]

Makes qcow2 and raw images with qemu-img in a temporary directory, describes them as the
volumes of a `dir` pool in a test:///PATH fixture, and checks GVirStorageVolFigures (blocking
and async) against `qemu-img measure`, then GVirStoragePoolCommitment, with and without an
internal snapshot. LD_LIBRARY_PATH and GI_TYPELIB_PATH point at the build tree. Exit status 77
when python-gi, the typelib or qemu-img is missing.
"""

import os
import shutil
import subprocess
import tempfile
import unittest

import gi_test_support
from gi_test_support import wait_async

_, LibvirtGObject = gi_test_support.setup(__file__, ['LibvirtGObject'])

if not shutil.which('qemu-img'):
    gi_test_support.skip('qemu-img not found (scripts/install-deps.sh installs qemu-utils)')

GiB = 1 << 30


def qemu_img(*args):
    return subprocess.run(['qemu-img'] + list(args), check=True, capture_output=True, text=True).stdout


def measure(size, options):
    out = qemu_img('measure', '--size', str(size), '-O', 'qcow2', '-o', options)
    return int(next(l for l in out.splitlines() if l.startswith('fully allocated size:')).split(':')[1])


class StorageFiguresTest(unittest.TestCase):
    def setUp(self):
        LibvirtGObject.init_object_check(None)
        self.dir = tempfile.mkdtemp(prefix='lvg-rs-figures-')
        self.addCleanup(shutil.rmtree, self.dir)
        qemu_img('create', '-q', '-f', 'qcow2', '-o', 'cluster_size=4096', self.path('a.qcow2'), '1G')
        qemu_img('create', '-q', '-f', 'raw', self.path('b.raw'), '256M')
        volumes = ''.join(
            "<volume type='file'><name>%s</name><capacity>%d</capacity><allocation>0</allocation>"
            "<target><path>%s</path><format type='%s'/></target></volume>" % (name, cap, self.path(name), fmt)
            for name, fmt, cap in [('a.qcow2', 'qcow2', GiB), ('b.raw', 'raw', 256 << 20)])
        node = self.path('node.xml')
        with open(node, 'w') as f:
            f.write("<node><pool type='dir'><name>figures</name>"
                    "<uuid>0b6c1a4e-3d4f-4b7e-9a55-2f0c0ffee001</uuid>"
                    "<target><path>%s</path></target>%s</pool></node>" % (self.dir, volumes))
        self.conn = LibvirtGObject.Connection.new('test://' + node)
        self.conn.open(None)
        self.addCleanup(self.conn.close)
        self.conn.fetch_storage_pools(None)
        self.pool = self.conn.find_storage_pool_by_name('figures')
        self.pool.refresh(None)

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_volume_figures(self):
        vol = self.pool.get_volume('a.qcow2')
        figures = vol.get_figures()
        self.assertIsInstance(figures, LibvirtGObject.StorageVolFigures)
        self.assertEqual(figures.capacity, GiB)
        self.assertEqual(figures.length, os.path.getsize(self.path('a.qcow2')))
        self.assertEqual(figures.commitment, measure(GiB, 'cluster_size=4096'))
        self.assertTrue(figures.from_header)
        self.assertFalse(figures.external_data or figures.bitmaps_not_counted or figures.refcount_table_moves)

        figures = wait_async(lambda cb: vol.get_figures_async(None, cb), vol.get_figures_finish)
        self.assertEqual(figures.commitment, measure(GiB, 'cluster_size=4096'))

        raw = self.pool.get_volume('b.raw').get_figures()
        self.assertEqual((raw.capacity, raw.commitment), (256 << 20, 256 << 20))

    def test_pool_commitment(self):
        total = self.pool.get_commitment(None)
        self.assertIsInstance(total, LibvirtGObject.StoragePoolCommitment)
        self.assertEqual((total.volumes, total.unbounded), (2, 0))
        self.assertEqual(total.commitment, measure(GiB, 'cluster_size=4096') + (256 << 20))
        self.assertGreater(total.growth, 0)
        self.assertEqual(total.overcommitted, total.growth > total.available)

        qemu_img('snapshot', '-c', 's1', self.path('a.qcow2'))
        self.assertEqual(self.pool.get_volume('a.qcow2').get_figures().commitment, -1)
        total = wait_async(lambda cb: self.pool.get_commitment_async(None, cb), self.pool.get_commitment_finish)
        self.assertEqual((total.unbounded, total.commitment, total.growth, total.overcommitted), (1, -1, -1, True))

    def test_wrong_arguments(self):
        with self.assertRaises(TypeError):
            LibvirtGObject.StorageVol.get_figures(None)


if __name__ == '__main__':
    unittest.main(verbosity=2)
