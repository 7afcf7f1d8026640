#!/usr/bin/python3
"""The device kinds LibvirtGConfig types beyond libvirt-glib (tpm, rng, panic, watchdog, hub,
lease, shmem, memory, iommu, nvram, redirfilter, crypto, pstore), through GObject
introspection: each is built with its setters, read back with its getters, added to a domain
that then validates against libvirt's schema, and comes back typed from get_devices.

Needs LD_LIBRARY_PATH and GI_TYPELIB_PATH pointing at the build tree (meson sets them).
Exit status 77 (skipped) when python-gi or the LibvirtGConfig typelib is missing.
"""

import os
import subprocess
import sys
import unittest

import gi_test_support

_, GLib, G = gi_test_support.setup(__file__, ['GLib', 'LibvirtGConfig'])

BUILD_DIR = os.environ.get('LIBVIRT_GLIB_RS_BUILD_DIR')


def minimal_domain():
    domain = G.Domain.new()
    domain.set_virt_type(G.DomainVirtType.KVM)
    domain.set_name('typed-devices')
    domain.set_memory(1048576)
    os_ = G.DomainOs.new()
    os_.set_os_type(G.DomainOsType.HVM)
    domain.set_os(os_)
    return domain


# Run in a child process through ctypes: wrong objects, NULL strings and out-of-range values at
# the C ABI print the standard critical and change nothing (GI would refuse them up front).
C_ARGUMENTS = r"""
import ctypes, os
lib = ctypes.CDLL(os.path.join(os.environ['LIBVIRT_GLIB_RS_BUILD_DIR'], 'libvirt-gconfig-1.0.so.0'))
P, I, S = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
for name in ('tpm', 'rng', 'nvram', 'redirfilter_usbdev'):
    getattr(lib, 'gvir_config_domain_%s_new' % name).restype = P
lib.gvir_config_object_to_xml.restype = S
lib.gvir_config_object_to_xml.argtypes = [P]
tpm, rng = lib.gvir_config_domain_tpm_new(), lib.gvir_config_domain_rng_new()
lib.gvir_config_domain_tpm_set_model.argtypes = [P, I]
lib.gvir_config_domain_tpm_set_model(P(tpm), 42)
lib.gvir_config_domain_tpm_set_model(P(rng), 1)
lib.gvir_config_domain_tpm_get_model.argtypes = [P]
assert lib.gvir_config_domain_tpm_get_model(None) == 0
lib.gvir_config_domain_rng_set_backend_egd_tcp.argtypes = [P, S, S]
lib.gvir_config_domain_rng_set_backend_egd_tcp(P(rng), None, b'1')
usbdev = lib.gvir_config_domain_redirfilter_usbdev_new()
lib.gvir_config_domain_redirfilter_usbdev_set_class.argtypes = [P, I]
lib.gvir_config_domain_redirfilter_usbdev_set_class(P(usbdev), 256)
nvram = lib.gvir_config_domain_nvram_new()
lib.gvir_config_domain_nvram_set_address.argtypes = [P, P]
lib.gvir_config_domain_nvram_set_address(P(nvram), P(tpm))
print(b'|'.join(lib.gvir_config_object_to_xml(P(o)) for o in (tpm, rng, usbdev, nvram)).decode())
"""


class TypedDevices(unittest.TestCase):

    def test_library_is_ours(self):
        if not BUILD_DIR:
            self.skipTest('LIBVIRT_GLIB_RS_BUILD_DIR unset')
        with open('/proc/self/maps') as maps:
            mapped = maps.read()
        self.assertIn(os.path.realpath(BUILD_DIR), mapped)

    def test_tpm(self):
        tpm = G.DomainTpm.new()
        self.assertIsInstance(tpm, G.DomainDevice)
        tpm.set_model(G.DomainTpmModel.TPM_CRB)
        tpm.set_backend_type(G.DomainTpmBackendType.PASSTHROUGH)
        tpm.set_device_path('/dev/tpm0')
        tpm.set_backend_version('2.0')
        self.assertEqual(tpm.get_model(), G.DomainTpmModel.TPM_CRB)
        self.assertEqual(tpm.get_backend_type(), G.DomainTpmBackendType.PASSTHROUGH)
        self.assertEqual(tpm.get_device_path(), '/dev/tpm0')
        self.assertEqual(tpm.get_backend_version(), '2.0')
        tpm.set_device_path(None)
        self.assertIsNone(tpm.get_device_path())
        tpm.set_backend_type(G.DomainTpmBackendType.EXTERNAL)
        tpm.set_source_path('/run/swtpm.sock')
        self.assertEqual(tpm.get_source_path(), '/run/swtpm.sock')
        self.assertFalse(tpm.get_persistent_state())
        tpm.set_persistent_state(True)
        self.assertTrue(tpm.get_persistent_state())
        parsed = G.DomainTpm.new_from_xml("<tpm><backend type='emulator'/></tpm>")
        self.assertEqual(parsed.get_backend_type(), G.DomainTpmBackendType.EMULATOR)
        self.assertEqual(parsed.get_model(), G.DomainTpmModel.TPM_TIS)  # the default when unset
        with self.assertRaises(GLib.Error):
            G.DomainTpm.new_from_xml('<rng/>')

    def test_rng(self):
        rng = G.DomainRng.new()
        self.assertEqual(rng.to_xml(), '<rng model="virtio"/>')
        rng.set_backend_random('/dev/urandom')
        rng.set_rate(1024, 2000)
        self.assertEqual(rng.get_backend_model(), G.DomainRngBackendModel.RANDOM)
        self.assertEqual(rng.get_backend_path(), '/dev/urandom')
        self.assertEqual((rng.get_rate_bytes(), rng.get_rate_period()), (1024, 2000))
        rng.set_backend_egd_tcp('localhost', '708')
        self.assertEqual(rng.get_backend_model(), G.DomainRngBackendModel.EGD)
        self.assertEqual((rng.get_backend_host(), rng.get_backend_service()), ('localhost', '708'))
        rng.set_backend_egd_unix('/run/egd.sock')
        self.assertEqual(rng.get_backend_path(), '/run/egd.sock')
        rng.set_model(G.DomainRngModel.VIRTIO_NON_TRANSITIONAL)
        self.assertEqual(rng.get_model(), G.DomainRngModel.VIRTIO_NON_TRANSITIONAL)

    def test_simple_models(self):
        panic = G.DomainPanic.new()
        panic.set_model(G.DomainPanicModel.HYPERV)
        self.assertEqual(panic.to_xml(), '<panic model="hyperv"/>')
        watchdog = G.DomainWatchdog.new()
        self.assertEqual(watchdog.get_action(), G.DomainWatchdogAction.RESET)
        watchdog.set_action(G.DomainWatchdogAction.INJECT_NMI)
        watchdog.set_model(G.DomainWatchdogModel.IB700)
        self.assertEqual((watchdog.get_model(), watchdog.get_action()),
                         (G.DomainWatchdogModel.IB700, G.DomainWatchdogAction.INJECT_NMI))
        hub = G.DomainHub.new()
        self.assertEqual(hub.to_xml(), '<hub type="usb"/>')
        self.assertEqual(hub.get_hub_type(), G.DomainHubType.USB)

    def test_lease_shmem_memory(self):
        lease = G.DomainLease.new()
        lease.set_lockspace('area')
        lease.set_key('key')
        lease.set_target_path('/var/lib/libvirt/lease')
        lease.set_target_offset(1024)
        self.assertEqual((lease.get_lockspace(), lease.get_key(), lease.get_target_path(),
                          lease.get_target_offset()), ('area', 'key', '/var/lib/libvirt/lease', 1024))
        shmem = G.DomainShmem.new()
        shmem.set_name('shared0')
        shmem.set_model(G.DomainShmemModel.IVSHMEM_DOORBELL)
        shmem.set_size(4096)
        shmem.set_server_path('/tmp/ivshmem.sock')
        self.assertEqual(shmem.get_role(), G.DomainShmemRole.MASTER)
        shmem.set_role(G.DomainShmemRole.PEER)
        self.assertEqual(shmem.get_role(), G.DomainShmemRole.PEER)
        self.assertEqual((shmem.get_name(), shmem.get_model(), shmem.get_size(), shmem.get_server_path()),
                         ('shared0', G.DomainShmemModel.IVSHMEM_DOORBELL, 4096, '/tmp/ivshmem.sock'))
        memory = G.DomainMemoryDevice.new()
        self.assertEqual(memory.get_target_node(), -1)
        memory.set_model(G.DomainMemoryDeviceModel.VIRTIO_MEM)
        memory.set_access(G.DomainMemoryDeviceAccess.SHARED)
        memory.set_target_size(2 * 1024 * 1024)
        memory.set_target_node(1)
        memory.set_source_path('/tmp/pmem')
        memory.set_label_size(128)
        self.assertEqual((memory.get_source_path(), memory.get_label_size()), ('/tmp/pmem', 128))
        self.assertEqual((memory.get_model(), memory.get_access(), memory.get_target_size(),
                          memory.get_target_node()),
                         (G.DomainMemoryDeviceModel.VIRTIO_MEM, G.DomainMemoryDeviceAccess.SHARED,
                          2 * 1024 * 1024, 1))

    def test_iommu_nvram(self):
        iommu = G.DomainIommu.new()
        self.assertFalse(iommu.get_driver_intremap())
        iommu.set_driver_intremap(True)
        iommu.set_driver_caching_mode(True)
        iommu.set_driver_eim(False)
        iommu.set_driver_iotlb(True)
        iommu.set_driver_aw_bits(48)
        self.assertEqual((iommu.get_driver_intremap(), iommu.get_driver_caching_mode(),
                          iommu.get_driver_eim(), iommu.get_driver_iotlb(), iommu.get_driver_aw_bits()),
                         (True, True, False, True, 48))
        iommu.set_model(G.DomainIommuModel.SMMUV3)
        self.assertEqual(iommu.get_model(), G.DomainIommuModel.SMMUV3)
        nvram = G.DomainNvram.new()
        nvram.set_spapr_vio_reg(0x3000)
        self.assertEqual((nvram.get_address_type(), nvram.get_spapr_vio_reg()), ('spapr-vio', 0x3000))
        address = G.DomainAddressPci.new()
        address.set_slot(3)
        nvram.set_address(address)
        self.assertEqual(nvram.get_address_type(), 'pci')
        nvram.set_address(None)
        self.assertEqual(nvram.to_xml(), '<nvram/>')

    def test_redirfilter(self):
        redirfilter = G.DomainRedirfilter.new()
        self.assertEqual(redirfilter.get_usbdevs(), [])
        rule = G.DomainRedirfilterUsbdev.new()
        rule.set_class(8)
        rule.set_vendor(0x1234)
        rule.set_product(0xbeef)
        rule.set_version('2.00')
        rule.set_allow(True)
        redirfilter.add_usbdev(rule)
        redirfilter.add_usbdev(G.DomainRedirfilterUsbdev.new())
        rules = redirfilter.get_usbdevs()
        self.assertEqual([type(r).__name__ for r in rules], ['DomainRedirfilterUsbdev'] * 2)
        self.assertEqual((rules[0].get_class(), rules[0].get_vendor(), rules[0].get_product(),
                          rules[0].get_version(), rules[0].get_allow()), (8, 0x1234, 0xbeef, '2.00', True))
        self.assertEqual((rules[1].get_class(), rules[1].get_version(), rules[1].get_allow()), (-1, None, False))
        rules[0].set_vendor(-1)
        self.assertNotIn('vendor', redirfilter.to_xml())

    def test_crypto_pstore(self):
        crypto = G.DomainCrypto.new()
        crypto.set_backend_model(G.DomainCryptoBackendModel.LKCF)
        crypto.set_backend_queues(2)
        self.assertEqual((crypto.get_model(), crypto.get_crypto_type(), crypto.get_backend_model(),
                          crypto.get_backend_queues()),
                         (G.DomainCryptoModel.VIRTIO, G.DomainCryptoType.QEMU,
                          G.DomainCryptoBackendModel.LKCF, 2))
        pstore = G.DomainPstore.new()
        pstore.set_path('/var/lib/libvirt/qemu/pstore/vm.pstore')
        pstore.set_size(8)
        self.assertEqual((pstore.get_backend(), pstore.get_path(), pstore.get_size()),
                         (G.DomainPstoreBackend.ACPI_ERST, '/var/lib/libvirt/qemu/pstore/vm.pstore', 8))

    def test_domain_validates_and_lists_them_typed(self):
        domain = minimal_domain()
        tpm = G.DomainTpm.new()
        tpm.set_backend_type(G.DomainTpmBackendType.EMULATOR)
        rng = G.DomainRng.new()
        rng.set_backend_random('/dev/urandom')
        watchdog = G.DomainWatchdog.new()
        lease = G.DomainLease.new()
        lease.set_lockspace('a')
        lease.set_key('k')
        lease.set_target_path('/p')
        shmem = G.DomainShmem.new()
        shmem.set_name('s')
        memory = G.DomainMemoryDevice.new()
        memory.set_target_size(524288)
        nvram = G.DomainNvram.new()
        nvram.set_spapr_vio_reg(0x3000)
        redirfilter = G.DomainRedirfilter.new()
        redirfilter.add_usbdev(G.DomainRedirfilterUsbdev.new())
        devices = [tpm, rng, G.DomainPanic.new(), watchdog, G.DomainHub.new(), lease, shmem, memory,
                   G.DomainIommu.new(), nvram, redirfilter]
        for device in devices:
            domain.add_device(device)
        domain.validate()
        parsed = G.Domain.new_from_xml(domain.to_xml())
        self.assertEqual([type(d).__name__ for d in parsed.get_devices()],
                         [type(d).__name__ for d in devices])

    def test_c_arguments_are_checked(self):
        if not BUILD_DIR:
            self.skipTest('LIBVIRT_GLIB_RS_BUILD_DIR unset')
        env = dict(os.environ)
        env.pop('G_DEBUG', None)
        child = subprocess.run([sys.executable, '-c', C_ARGUMENTS], env=env, capture_output=True, text=True,
                               timeout=60)
        self.assertEqual(child.returncode, 0, child.stderr)
        self.assertEqual(child.stdout.strip(), '<tpm/>|<rng model="virtio"/>|<usbdev allow="no"/>|<nvram/>')
        for check in ["gvir_config_domain_tpm_set_model: assertion 'model is a GVirConfigDomainTpmModel'",
                      "gvir_config_domain_tpm_set_model: assertion 'GVIR_CONFIG_IS_DOMAIN_TPM(tpm)'",
                      "gvir_config_domain_tpm_get_model: assertion 'GVIR_CONFIG_IS_DOMAIN_TPM(tpm)'",
                      "gvir_config_domain_rng_set_backend_egd_tcp: assertion 'host != NULL'",
                      "gvir_config_domain_redirfilter_usbdev_set_class: assertion 'usb_class <= 0xff'",
                      "gvir_config_domain_nvram_set_address: assertion 'GVIR_CONFIG_IS_DOMAIN_ADDRESS(address)'"]:
            self.assertIn(check, child.stderr)


if __name__ == '__main__':
    unittest.main(verbosity=2)
