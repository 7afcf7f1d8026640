#!/usr/bin/python3
"""The getters LibvirtGConfig adds beyond libvirt-glib, through GObject introspection.

Every getter named in abi/symbols-rs.txt under "getters and domain-level elements" is called
here on a document that sets its value (parsed, or built through the setter), and the test
fails if one of them is not covered. Exit status 77 when python-gi or the typelib is missing.
"""

import os
import re
import unittest

import gi_test_support

_, C = gi_test_support.setup(__file__, ['LibvirtGConfig'])

SYMBOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'abi', 'symbols-rs.txt')
CALLED = set()


def call(obj, method, *args):
    """obj.method(*args), recording the C function it reaches."""
    CALLED.add(getattr(type(obj), method).get_symbol())
    return getattr(obj, method)(*args)


def new_getters():
    names, on = [], False
    with open(SYMBOLS) as f:
        for line in f:
            if line.startswith('#'):
                # the getters come first, before the domain-level element classes
                on = 'getters and domain-level elements' in line
            elif on and line.strip():
                names.append(line.split()[1])
    return [n for n in names if re.search(r'_(get|is)_', n)]


DOMAIN = '''<domain type='kvm'>
  <name>g</name>
  <on_poweroff>preserve</on_poweroff>
  <os>
    <type>hvm</type>
    <loader>/usr/share/OVMF/OVMF_CODE.fd</loader>
    <kernel>/boot/vmlinuz</kernel>
    <initrd>/boot/initrd.img</initrd>
    <cmdline>console=ttyS0</cmdline>
    <init>/sbin/init</init>
    <smbios mode='host'/>
  </os>
  <pm><suspend-to-mem enabled='yes'/><suspend-to-disk enabled='no'/></pm>
  <devices>
    <disk type='file' device='disk'><source file='/a.img'/><target dev='vda'/><readonly/></disk>
    <filesystem type='mount' accessmode='mapped'><driver type='path' format='qcow2'/>
      <source dir='/srv'/><target dir='share'/><readonly/></filesystem>
    <filesystem type='ram'><source usage='1024' units='KiB'/><target dir='tmp'/></filesystem>
    <controller type='usb' index='0' model='ich9-uhci1'><master startport='2'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x1d' function='0x0'/></controller>
    <interface type='bridge'><source bridge='br0'/></interface>
    <interface type='network'><source network='default'/></interface>
    <graphics type='vnc' port='5900' autoport='no' passwd='v' listen='127.0.0.1'>
      <listen type='address' address='127.0.0.1'/></graphics>
    <graphics type='spice' port='5901' tlsPort='5902' autoport='yes' passwd='s'>
      <listen type='socket' socket='/run/spice.sock'/><gl enable='yes'/></graphics>
    <graphics type='rdp' autoport='yes'/>
    <graphics type='sdl' display=':0' xauth='/root/.Xauthority' fullscreen='yes'/>
    <graphics type='dbus'><gl enable='yes'/></graphics>
    <video><model type='qxl' ram='65536' vram='65536' vgamem='16384' heads='2'>
      <acceleration accel3d='yes'/></model></video>
    <sound model='ich9'/>
    <audio id='1' type='pulseaudio' serverName='srv'/>
    <console type='pty'><target type='virtio'/></console>
    <redirdev bus='usb' type='spicevmc'><address type='usb' bus='0' port='3'/></redirdev>
    <smartcard mode='passthrough' type='spicevmc'/>
    <smartcard mode='host-certificates'><certificate>a</certificate><certificate>b</certificate>
      <certificate>c</certificate><database>/etc/pki/nssdb</database></smartcard>
    <memballoon model='virtio'/>
    <vsock model='virtio'><cid auto='no' address='3'/></vsock>
  </devices>
  <seclabel type='static' model='selinux' relabel='yes'>
    <label>system_u:system_r:svirt_t:s0:c1,c2</label><baselabel>system_u:system_r:svirt_t:s0</baselabel>
  </seclabel>
  <seclabel type='dynamic' model='dac'/>
</domain>'''

VOLUME = '''<volume><name>v.qcow2</name><capacity>1073741824</capacity><allocation>1048576</allocation>
  <target><format type='qcow2'/><compat>1.1</compat><features><lazy_refcounts/></features>
    <permissions><mode>0644</mode></permissions></target>
  <backingStore><path>/var/lib/base.img</path><format type='raw'/></backingStore></volume>'''


def by_type(devices, cls):
    return [d for d in devices if isinstance(d, cls)]


class NewGetters(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.domain = C.Domain.new_from_xml(DOMAIN)
        cls.devices = cls.domain.get_devices()

    def one(self, cls, index=0):
        return by_type(self.devices, cls)[index]

    def test_domain(self):
        d = self.domain
        self.assertEqual(call(d, 'get_lifecycle', C.DomainLifecycleEvent.ON_POWEROFF), C.DomainLifecycleAction.PRESERVE)
        self.assertEqual(d.get_lifecycle(C.DomainLifecycleEvent.ON_REBOOT), C.DomainLifecycleAction.RESTART)
        label = call(d, 'get_seclabel')
        self.assertEqual(call(label, 'get_label_type'), C.DomainSeclabelType.STATIC)
        self.assertEqual(call(label, 'get_model'), 'selinux')
        self.assertEqual(call(label, 'get_label'), 'system_u:system_r:svirt_t:s0:c1,c2')
        self.assertEqual(call(label, 'get_baselabel'), 'system_u:system_r:svirt_t:s0')
        self.assertEqual([l.get_model() for l in call(d, 'get_seclabels')], ['selinux', 'dac'])
        pm = call(d, 'get_power_management')
        self.assertTrue(call(pm, 'get_mem_suspend_enabled'))
        self.assertFalse(call(pm, 'get_disk_suspend_enabled'))
        self.assertIsNone(C.Domain.new().get_seclabel())

    def test_os(self):
        os_ = self.domain.get_os()
        self.assertEqual(call(os_, 'get_loader'), '/usr/share/OVMF/OVMF_CODE.fd')
        self.assertEqual(call(os_, 'get_kernel'), '/boot/vmlinuz')
        self.assertEqual(call(os_, 'get_ramdisk'), '/boot/initrd.img')
        self.assertEqual(call(os_, 'get_cmdline'), 'console=ttyS0')
        self.assertEqual(call(os_, 'get_init'), '/sbin/init')
        self.assertEqual(call(os_, 'get_smbios_mode'), C.DomainOsSmBiosMode.HOST)

    def test_graphics(self):
        vnc = self.one(C.DomainGraphicsVnc)
        self.assertEqual(call(vnc, 'get_password'), 'v')
        self.assertFalse(call(vnc, 'get_autoport'))
        self.assertEqual(call(vnc, 'get_listen_address'), '127.0.0.1')
        spice = self.one(C.DomainGraphicsSpice)
        self.assertEqual((spice.get_port(), call(spice, 'get_tls_port')), (5901, 5902))
        self.assertTrue(call(spice, 'get_autoport'))
        self.assertEqual(call(spice, 'get_password'), 's')
        self.assertTrue(call(spice, 'get_gl'))
        self.assertEqual(call(spice, 'get_listen_socket'), '/run/spice.sock')
        self.assertIsNone(spice.get_listen_address())
        spice.set_listen_address('0.0.0.0')
        self.assertEqual(spice.get_listen_address(), '0.0.0.0')
        self.assertTrue(call(self.one(C.DomainGraphicsRdp), 'get_autoport'))
        sdl = self.one(C.DomainGraphicsSdl)
        self.assertEqual(call(sdl, 'get_display'), ':0')
        self.assertEqual(call(sdl, 'get_xauthority'), '/root/.Xauthority')
        self.assertTrue(call(sdl, 'get_fullscreen'))
        self.assertTrue(call(self.one(C.DomainGraphicsDBus), 'get_gl'))

    def test_devices(self):
        self.assertTrue(call(self.one(C.DomainDisk), 'get_readonly'))
        fs = self.one(C.DomainFilesys)
        self.assertEqual(call(fs, 'get_filesys_type'), C.DomainFilesysType.MOUNT)
        self.assertEqual(call(fs, 'get_access_type'), C.DomainFilesysAccessType.MAPPED)
        self.assertEqual(call(fs, 'get_driver_type'), C.DomainFilesysDriverType.PATH)
        self.assertEqual(call(fs, 'get_driver_format'), C.DomainDiskFormat.QCOW2)
        self.assertEqual(call(fs, 'get_source'), '/srv')
        self.assertEqual(call(fs, 'get_target'), 'share')
        self.assertTrue(call(fs, 'get_readonly'))
        self.assertEqual(call(self.one(C.DomainFilesys, 1), 'get_ram_usage'), 1024 * 1024)
        usb = self.one(C.DomainControllerUsb)
        self.assertEqual(call(usb, 'get_model'), C.DomainControllerUsbModel.ICH9_UHCI1)
        self.assertEqual(call(usb, 'get_master_startport'), 2)
        address = call(usb, 'get_address')
        self.assertIsInstance(address, C.DomainAddressPci)
        self.assertEqual(address.get_slot(), 0x1d)
        self.assertEqual(call(self.one(C.DomainInterfaceBridge), 'get_source'), 'br0')
        self.assertEqual(call(self.one(C.DomainInterfaceNetwork), 'get_source'), 'default')
        video = self.one(C.DomainVideo)
        self.assertEqual((call(video, 'get_ram'), call(video, 'get_vram'), call(video, 'get_vgamem'), call(video, 'get_heads')),
                         (65536, 65536, 16384, 2))
        self.assertTrue(call(video, 'get_accel3d'))
        self.assertEqual(call(self.one(C.DomainSound), 'get_model'), C.DomainSoundModel.ICH9)
        audio = self.one(C.DomainAudio)
        self.assertEqual(call(audio, 'get_backend'), C.DomainAudioBackend.PULSEAUDIO)
        self.assertEqual(call(audio, 'get_server_name'), 'srv')
        self.assertEqual(call(self.one(C.DomainConsole), 'get_target_type'), C.DomainConsoleTargetType.VIRTIO)
        redirdev = self.one(C.DomainRedirdev)
        self.assertEqual(call(redirdev, 'get_bus'), C.DomainRedirdevBus.USB)
        usb_address = call(redirdev, 'get_address')
        self.assertEqual((call(usb_address, 'get_bus'), call(usb_address, 'get_port')), (0, '3'))
        self.assertEqual(C.DomainAddressUsb.new().get_bus(), -1)
        self.assertIsInstance(call(self.one(C.DomainSmartcardPassthrough), 'get_source'), C.DomainChardevSourceSpiceVmc)
        certs = self.one(C.DomainSmartcardHostCertificates)
        self.assertEqual(call(certs, 'get_certificates'), ['a', 'b', 'c'])
        self.assertEqual(call(certs, 'get_database'), '/etc/pki/nssdb')
        self.assertEqual(call(self.one(C.DomainMemballoon), 'get_model'), C.DomainMemballoonModel.VIRTIO)
        self.assertEqual(call(self.one(C.DomainVsock), 'get_cid_address'), 3)

    def test_storage_volume(self):
        vol = C.StorageVol.new_from_xml(VOLUME)
        self.assertEqual(call(vol, 'get_name'), 'v.qcow2')
        self.assertEqual((call(vol, 'get_capacity'), call(vol, 'get_allocation')), (1 << 30, 1 << 20))
        target = call(vol, 'get_target')
        self.assertEqual((call(target, 'get_format'), call(target, 'get_compat')), ('qcow2', '1.1'))
        self.assertEqual(call(target, 'get_features'), int(C.StorageVolTargetFeatures.REFCOUNT))
        self.assertEqual(call(target, 'get_permissions').get_mode(), 0o644)
        backing = call(vol, 'get_backing_store')
        self.assertIsNotNone(backing)
        self.assertEqual((call(backing, 'get_path'), call(backing, 'get_format')), ('/var/lib/base.img', 'raw'))

    def test_zz_every_new_getter_is_called(self):
        # unittest runs tests in name order: this one last.
        missing = [n for n in new_getters() if n not in CALLED]
        self.assertEqual(missing, [])


if __name__ == '__main__':
    unittest.main(verbosity=2)
