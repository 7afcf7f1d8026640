#!/usr/bin/python3
"""Secret definitions (LibvirtGConfig beyond libvirt-glib) through GObject introspection: a
secret for an encrypted volume built through setters and validated against secret.rng, and the
usages of the corpus read back. Exit status 77 when python-gi or the typelib is missing.
"""

import os
import unittest

import gi_test_support

_, C = gi_test_support.setup(__file__, ['LibvirtGConfig'])

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'corpus', 'Secret')


class Secret(unittest.TestCase):
    def test_built(self):
        secret = C.Secret.new()
        self.assertEqual(secret.get_usage_type(), C.SecretUsageType.NONE)
        secret.set_ephemeral(False)
        secret.set_private(True)
        secret.set_description('LUKS passphrase')
        secret.set_usage(C.SecretUsageType.VOLUME, '/var/lib/libvirt/images/a.img')
        self.assertTrue(secret.get_private())
        self.assertFalse(secret.get_ephemeral())
        self.assertEqual(secret.get_usage_type(), C.SecretUsageType.VOLUME)
        self.assertEqual(secret.get_usage_target(), '/var/lib/libvirt/images/a.img')
        if os.path.exists(secret.get_schema()):
            secret.validate()
        secret.set_usage(C.SecretUsageType.NONE, None)
        self.assertIsNone(secret.get_usage_target())
        self.assertNotIn('usage', secret.to_xml())

    def test_corpus(self):
        for name in sorted(os.listdir(CORPUS)):
            with open(os.path.join(CORPUS, name), encoding='utf-8') as f:
                secret = C.Secret.new_from_xml(f.read())
            usage = secret.get_usage_type()
            self.assertIsInstance(usage, C.SecretUsageType, name)
            self.assertEqual(secret.get_usage_target() is None, usage == C.SecretUsageType.NONE, name)
        volume = C.Secret.new_from_xml(open(os.path.join(CORPUS, 'volume.xml'), encoding='utf-8').read())
        self.assertEqual(volume.get_description(), 'LUKS passphrase for the main disk')
        self.assertEqual(volume.get_uuid(), '0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f')
        self.assertEqual(volume.get_usage_target(), '/var/lib/libvirt/images/puppyname.img')


if __name__ == '__main__':
    unittest.main(verbosity=2)
