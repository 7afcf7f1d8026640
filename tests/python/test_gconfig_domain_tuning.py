#!/usr/bin/python3
"""Domain-level elements LibvirtGConfig adds beyond libvirt-glib (memoryBacking, cputune,
numatune, blkiotune, memtune, sysinfo, launchSecurity, iothreads, resource partition, boot
order), through GObject introspection: built with the setters, read back from a parsed copy.
Exit status 77 when python-gi or the typelib is missing.
"""

import unittest

import gi_test_support

_, C = gi_test_support.setup(__file__, ['LibvirtGConfig'])


class DomainTuning(unittest.TestCase):
    def test_round_trip(self):
        d = C.Domain.new()
        d.set_virt_type(C.DomainVirtType.KVM)
        d.set_name('tuned')
        d.set_memory(1048576)
        os_ = C.DomainOs.new()
        os_.set_os_type(C.DomainOsType.HVM)
        d.set_os(os_)
        mb = C.DomainMemoryBacking.new()
        mb.set_hugepages(True)
        mb.set_locked(True)
        mb.set_nosharepages(True)
        mb.set_source_type(C.DomainMemoryBackingSourceType.MEMFD)
        mb.set_access_mode(C.DomainMemoryBackingAccessMode.SHARED)
        d.set_memory_backing(mb)
        cputune = C.DomainCputune.new()
        cputune.set_shares(2048)
        cputune.set_period(100000)
        cputune.set_quota(-1)
        cputune.set_vcpupin(0, '2-3')
        d.set_cputune(cputune)
        numatune = C.DomainNumatune.new()
        numatune.set_memory_mode(C.DomainNumatuneMemoryMode.PREFERRED)
        numatune.set_memory_nodeset('0')
        d.set_numatune(numatune)
        blkiotune = C.DomainBlkiotune.new()
        blkiotune.set_weight(500)
        d.set_blkiotune(blkiotune)
        memtune = C.DomainMemtune.new()
        memtune.set_hard_limit(2097152)
        memtune.set_soft_limit(1048576)
        memtune.set_swap_hard_limit(4194304)
        d.set_memtune(memtune)
        sysinfo = C.DomainSysinfo.new()
        sysinfo.set_bios_entry('vendor', 'LENOVO')
        sysinfo.set_system_entry('serial', '42')
        d.set_sysinfo(sysinfo)
        sev = C.DomainLaunchSecurity.new()
        sev.set_security_type('sev')
        sev.set_policy(0x33)
        sev.set_cbitpos(47)
        sev.set_reduced_phys_bits(1)
        d.set_launch_security(sev)
        d.set_iothreads(4)
        d.set_resource_partition('/machine')
        disk = C.DomainDisk.new()
        disk.set_type(C.DomainDiskType.FILE)
        disk.set_source('/a.img')
        disk.set_target_dev('vda')
        disk.set_boot_order(1)
        d.add_device(disk)
        nic = C.DomainInterfaceNetwork.new()
        nic.set_source('default')
        nic.set_boot_order(2)
        d.add_device(nic)
        redirdev = C.DomainRedirdev.new()
        redirdev.set_bus(C.DomainRedirdevBus.USB)
        redirdev.set_source(C.DomainChardevSourceSpiceVmc.new())
        redirdev.set_boot_order(3)
        d.add_device(redirdev)
        d.validate()  # raises GLib.Error when invalid

        copy = C.Domain.new_from_xml(d.to_xml())
        mb = copy.get_memory_backing()
        self.assertTrue(mb.get_hugepages() and mb.get_locked() and mb.get_nosharepages())
        self.assertEqual(mb.get_source_type(), C.DomainMemoryBackingSourceType.MEMFD)
        self.assertEqual(mb.get_access_mode(), C.DomainMemoryBackingAccessMode.SHARED)
        cputune = copy.get_cputune()
        self.assertEqual((cputune.get_shares(), cputune.get_period(), cputune.get_quota()), (2048, 100000, -1))
        self.assertEqual(cputune.get_vcpupin(0), '2-3')
        self.assertIsNone(cputune.get_vcpupin(1))
        numatune = copy.get_numatune()
        self.assertEqual(numatune.get_memory_mode(), C.DomainNumatuneMemoryMode.PREFERRED)
        self.assertEqual(numatune.get_memory_nodeset(), '0')
        self.assertEqual(copy.get_blkiotune().get_weight(), 500)
        memtune = copy.get_memtune()
        self.assertEqual((memtune.get_hard_limit(), memtune.get_soft_limit(), memtune.get_swap_hard_limit()),
                         (2097152, 1048576, 4194304))
        sysinfo = copy.get_sysinfo()
        self.assertEqual(sysinfo.get_sysinfo_type(), 'smbios')
        self.assertEqual((sysinfo.get_bios_entry('vendor'), sysinfo.get_system_entry('serial')), ('LENOVO', '42'))
        sev = copy.get_launch_security()
        self.assertEqual((sev.get_security_type(), sev.get_policy(), sev.get_cbitpos(), sev.get_reduced_phys_bits()),
                         ('sev', 0x33, 47, 1))
        self.assertEqual((copy.get_iothreads(), copy.get_resource_partition()), (4, '/machine'))
        orders = [dev.get_boot_order() for dev in copy.get_devices()]
        self.assertEqual(orders, [1, 2, 3])
        copy.set_memory_backing(None)
        self.assertIsNone(copy.get_memory_backing())
        self.assertIsNone(C.Domain.new().get_cputune())

    def test_validates(self):
        d = C.Domain.new_from_xml("<domain type='kvm'><name>v</name><memory>1024</memory>"
                                  "<os><type>hvm</type></os></domain>")
        mb = C.DomainMemoryBacking.new()
        mb.set_source_type(C.DomainMemoryBackingSourceType.FILE)
        d.set_memory_backing(mb)
        d.validate()  # raises GLib.Error when invalid
        self.assertEqual(C.DomainMemoryBacking.new_from_xml('<memoryBacking><locked/></memoryBacking>').get_locked(), True)


if __name__ == '__main__':
    unittest.main(verbosity=2)
