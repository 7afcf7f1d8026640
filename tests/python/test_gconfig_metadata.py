#!/usr/bin/python3
"""Typed metadata and stashed devices (LibvirtGConfig beyond libvirt-glib) through GObject
introspection: a metadata element as a config object, and "commenting out" devices in
<metadata> and putting them back byte for byte. Exit status 77 when python-gi or the typelib
is missing.
"""

import unittest

import gi_test_support

_, GLib, C = gi_test_support.setup(__file__, ['GLib', 'LibvirtGConfig'])

DOMAIN = '''<domain type='kvm'>
  <name>m</name>
  <metadata>
    <other:x xmlns:other='urn:other'>1</other:x>
    <!-- a comment -->
  </metadata>
  <devices>
    <disk type='file' device='disk'><source file='/a.img'/><target dev='vda'/></disk>
    <!-- the cdrom -->
    <disk type='file' device='cdrom'><source file='/b.iso'/><target dev='sda'/></disk>
    <interface type='network'><source network='default'/></interface>
  </devices>
</domain>'''
STASH = 'urn:example:stash'


class Metadata(unittest.TestCase):
    def test_custom_object(self):
        d = C.Domain.new_from_xml(DOMAIN)
        self.assertIsNone(d.get_custom_object('urn:app'))
        d.set_custom_xml('<settings><theme>dark</theme></settings>', 'app', 'urn:app')
        obj = d.get_custom_object('urn:app')
        self.assertIsInstance(obj, C.Object)
        self.assertIn('<theme>dark</theme>', obj.to_xml())
        # Move another object's element in, replacing the namespace's element.
        other = C.Domain.new_from_xml("<domain><name>carried</name></domain>")
        d.set_custom_object(other, 'app', 'urn:app')
        xml = d.to_xml()
        self.assertIn('<app:domain xmlns:app="urn:app">', xml)
        self.assertNotIn('dark', xml)
        self.assertIn('<other:x xmlns:other="urn:other">1</other:x>', xml)
        self.assertIn('<!-- a comment -->', xml)
        other.set_name('changed')          # still views the element, now in the domain
        self.assertIn('<name>changed</name>', d.get_custom_object('urn:app').to_xml())
        d.set_custom_object(None, 'app', 'urn:app')
        self.assertIsNone(d.get_custom_object('urn:app'))

    def test_stash_and_restore(self):
        d = C.Domain.new_from_xml(DOMAIN)
        original = d.to_xml()
        devices = d.get_devices()
        self.assertTrue(d.stash_device(devices[1], 's', STASH))
        self.assertTrue(d.stash_device(devices[2], 's', STASH))
        self.assertEqual(len(d.get_devices()), 1)
        saved = d.to_xml()
        self.assertIn('<s:stash xmlns:s="%s"' % STASH, saved)
        # Saved and read back (libvirt keeps <metadata>), then restored.
        later = C.Domain.new_from_xml(saved)
        stashed = later.get_stashed_devices(STASH)
        self.assertEqual([type(dev) for dev in stashed], [C.DomainDisk, C.DomainInterfaceNetwork])
        self.assertEqual(stashed[0].get_source(), '/b.iso')
        self.assertTrue(later.restore_stashed_device(stashed[1], STASH))
        self.assertEqual(later.restore_stashed_devices(STASH), 1)
        self.assertEqual(later.to_xml(), original)
        self.assertEqual(d.restore_stashed_devices(STASH), 2)
        self.assertEqual(d.to_xml(), original)
        self.assertFalse(d.restore_stashed_device(devices[0], STASH))
        with self.assertRaises(GLib.Error):
            d.stash_device(C.DomainDisk.new(), 's', STASH)


if __name__ == '__main__':
    unittest.main(verbosity=2)
