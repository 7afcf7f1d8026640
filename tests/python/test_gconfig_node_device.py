#!/usr/bin/python3
"""Host device descriptions (LibvirtGConfig beyond libvirt-glib) through GObject
introspection: a node device's name, path, parent and driver, and its capabilities with the
identifiers of their kind, on the documents libvirt writes. Exit status 77 when python-gi or
the typelib is missing.
"""

import os
import unittest

import gi_test_support

_, C = gi_test_support.setup(__file__, ['LibvirtGConfig'])

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'corpus', 'NodeDevice')


def corpus(name):
    with open(os.path.join(CORPUS, name), encoding='utf-8') as f:
        return C.NodeDevice.new_from_xml(f.read())


class NodeDevice(unittest.TestCase):
    def test_pci(self):
        device = corpus('pci.xml')
        self.assertEqual(device.get_name(), 'pci_0000_00_02_0')
        self.assertEqual(device.get_path(), '/sys/devices/pci0000:00/0000:00:02.0')
        self.assertEqual(device.get_parent(), 'computer')
        self.assertEqual(device.get_driver_name(), 'i915')
        [pci] = device.get_capabilities()
        self.assertIsInstance(pci, C.NodeDeviceCapability)
        self.assertEqual(pci.get_kind(), 'pci')
        self.assertEqual((pci.get_pci_domain(), pci.get_bus(), pci.get_slot(), pci.get_function()), (0, 0, 2, 0))
        self.assertEqual((pci.get_vendor_id(), pci.get_vendor_name()), ('0x8086', 'Intel Corporation'))
        self.assertEqual((pci.get_product_id(), pci.get_product_name()), ('0x5916', 'HD Graphics 620'))
        # What another kind carries is absent here.
        self.assertEqual((pci.get_device_number(), pci.get_interface(), pci.get_block()), (-1, None, None))
        self.assertEqual([c.get_kind() for c in pci.get_capabilities()], ['mdev_types'])

    def test_every_corpus_device_reads(self):
        for name in sorted(os.listdir(CORPUS)):
            device = corpus(name)
            for capability in device.get_capabilities():
                self.assertIsNotNone(capability.get_kind(), name)
            # The views leave the document as it was.
            self.assertEqual(C.NodeDevice.new_from_xml(device.to_xml()).to_xml(), device.to_xml())

    def test_empty(self):
        device = C.NodeDevice.new()
        self.assertIsNone(device.get_name())
        self.assertEqual(device.get_capabilities(), [])
        self.assertEqual(C.NodeDeviceCapability.new().get_bus(), -1)


if __name__ == '__main__':
    unittest.main(verbosity=2)
