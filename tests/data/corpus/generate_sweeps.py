#!/usr/bin/python3
"""Writes the sweep-*.xml files of this corpus: documents that, together, hold every value of
every enum of the reference LibvirtGConfig API (libvirt-glib 4.0.0) in the element or attribute
it is read from, plus one unknown value each. The other files of the corpus are written by hand.

Run it from anywhere; it rewrites the files next to itself. The output is checked in.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

VIRT_TYPES = ['qemu', 'kqemu', 'kvm', 'xen', 'lxc', 'uml', 'openvz', 'vserver', 'ldom', 'test', 'vmware',
              'hyperv', 'vbox', 'one', 'phyp', 'bhyve']          # bhyve: not in the reference enum
OS_TYPES = ['hvm', 'linux', 'exe', 'xen', 'uml', 'bogus']
FIRMWARES = ['bios', 'efi', None, 'coreboot']
SMBIOS = ['emulate', 'host', 'sysinfo', 'bogus']
BOOT = ['fd', 'hd', 'cdrom', 'network']
CLOCK = ['utc', 'localtime', 'timezone', 'variable', 'absolute']
ACTIONS = ['destroy', 'restart', 'preserve', 'rename-restart', 'coredump-destroy', 'coredump-restart', 'bogus']
SECLABEL = ['dynamic', 'static', 'none']
TICK = ['delay', 'catchup', 'merge', 'discard', 'bogus']
TIMERS = ['rtc', 'pit', 'hpet', 'kvmclock', 'tsc']


def write(name, text):
    with open(os.path.join(HERE, 'Domain', name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def domain_sweep():
    for i, virt in enumerate(VIRT_TYPES):
        fw = FIRMWARES[i % len(FIRMWARES)]
        boots = ''.join("    <boot dev='%s'/>\n" % BOOT[(i + k) % len(BOOT)] for k in range(i % 4 + 1))
        clock = CLOCK[i % len(CLOCK)]
        clock_attrs = {'timezone': " timezone='Europe/Paris'", 'variable': " adjustment='%d' basis='utc'" % (i * 100 - 700)}
        timers = ''.join("    <timer name='%s' tickpolicy='%s'%s/>\n"
                         % (TIMERS[(i + k) % len(TIMERS)], TICK[(i + k) % len(TICK)],
                            " present='%s'" % ('yes', 'no')[k % 2] if k else '')
                         for k in range(3))
        text = ("<domain type='%s'>\n"
                "  <name>sweep-%02d-%s</name>\n"
                "  <uuid>00000000-0000-4000-8000-%012d</uuid>\n"
                "  <memory unit='KiB'>%d</memory>\n"
                "  <currentMemory unit='KiB'>%d</currentMemory>\n"
                "  <vcpu>%d</vcpu>\n"
                "  <os%s>\n"
                "    <type arch='x86_64'>%s</type>\n"
                "%s"
                "    <smbios mode='%s'/>\n"
                "  </os>\n"
                "  <clock offset='%s'%s>\n%s  </clock>\n"
                "  <on_poweroff>%s</on_poweroff>\n"
                "  <on_reboot>%s</on_reboot>\n"
                "  <on_crash>%s</on_crash>\n"
                "  <seclabel type='%s' model='selinux'%s/>\n"
                "</domain>\n") % (
            virt, i, virt, i, 1048576 * (i + 1), 524288 * (i + 1), i + 1,
            " firmware='%s'" % fw if fw else '', OS_TYPES[i % len(OS_TYPES)], boots, SMBIOS[i % len(SMBIOS)],
            clock, clock_attrs.get(clock, ''), timers,
            ACTIONS[i % len(ACTIONS)], ACTIONS[(i + 1) % len(ACTIONS)], ACTIONS[(i + 2) % len(ACTIONS)],
            SECLABEL[i % len(SECLABEL)], " relabel='%s'" % ('yes', 'no')[i % 2])
        write('sweep-%02d-%s.xml' % (i, virt), text)


def devices(name, body):
    write(name, "<domain type='kvm'>\n  <name>%s</name>\n  <devices>\n%s  </devices>\n</domain>\n"
          % (name[:-4], body))


def device_sweeps():
    disk_types = ['file', 'block', 'dir', 'network', 'volume']
    guest = ['disk', 'floppy', 'cdrom', 'lun']
    buses = ['ide', 'fdc', 'scsi', 'virtio', 'xen', 'usb', 'uml', 'sata', 'sd']
    formats = ['raw', 'dir', 'bochs', 'cloop', 'cow', 'dmg', 'iso', 'qcow', 'qcow2', 'qed', 'vmdk', 'vpc', 'fat',
               'vhd', 'vhdx']
    caches = ['default', 'none', 'writethrough', 'writeback', 'directsync', 'unsafe', 'bogus']
    startup = ['mandatory', 'requisite', 'optional', 'bogus']
    snapshot = ['no', 'internal', 'external', 'manual']
    discard = ['unmap', 'ignore', 'bogus']
    errors = ['stop', 'report', 'ignore', 'enospace', 'bogus']
    io = ['threads', 'native', 'io_uring']
    body = ''
    for i, fmt in enumerate(formats):
        t = disk_types[i % len(disk_types)]
        src = {'file': "file='/img/%d'", 'block': "dev='/dev/sd%d'", 'dir': "dir='/dir/%d'",
               'network': "protocol='nbd' name='n%d'", 'volume': "pool='p' volume='v%d'"}[t] % i
        body += ("    <disk type='%s' device='%s' snapshot='%s'>\n"
                 "      <driver name='qemu' type='%s' cache='%s' error_policy='%s' rerror_policy='%s' io='%s' discard='%s' copy_on_read='%s'/>\n"
                 "      <source %s startupPolicy='%s'/>\n"
                 "      <target dev='xd%s' bus='%s' tray='%s'/>\n"
                 "%s"
                 "    </disk>\n") % (
            t, guest[i % len(guest)], snapshot[i % len(snapshot)], fmt, caches[i % len(caches)],
            errors[i % len(errors)], errors[(i + 1) % len(errors)], io[i % len(io)], discard[i % len(discard)],
            ('on', 'off')[i % 2], src, startup[i % len(startup)], chr(ord('a') + i), buses[i % len(buses)],
            ('open', 'closed')[i % 2], '      <readonly/>\n' if i % 3 == 0 else ('      <shareable/>\n' if i % 3 == 1 else ''))
    devices('sweep-disks.xml', body)

    fs_types = ['mount', 'block', 'file', 'template', 'ram', 'bind', 'volume']
    access = ['passthrough', 'mapped', 'squash', 'bogus']
    drivers = ['default', 'path', 'handle', 'loop', 'nbd', 'ploop', 'virtiofs']
    body = ''
    for i, t in enumerate(fs_types):
        src = {'mount': "dir='/m'", 'block': "dev='/dev/b'", 'file': "file='/f.img'", 'template': "name='tpl'",
               'ram': "usage='1024' units='KiB'", 'bind': "dir='/b'", 'volume': "pool='p' volume='v'"}[t]
        body += ("    <filesystem type='%s' accessmode='%s'>\n"
                 "      <driver type='%s' format='%s' wrpolicy='immediate'/>\n"
                 "      <source %s/>\n"
                 "      <target dir='/t%d'/>\n%s"
                 "    </filesystem>\n") % (t, access[i % len(access)], drivers[i % len(drivers)],
                                          formats[i % len(formats)], src, i, '      <readonly/>\n' if i % 2 else '')
    devices('sweep-filesystems.xml', body)

    models = ['piix3-uhci', 'piix4-uhci', 'ehci', 'ich9-ehci1', 'ich9-uhci1', 'ich9-uhci2', 'ich9-uhci3',
              'vt82c686b-uhci', 'pci-ohci', 'qemu-xhci', 'nec-xhci', 'none']
    body = ''.join("    <controller type='usb' index='%d' model='%s'%s>\n%s    </controller>\n"
                   % (i, m, " ports='%d'" % (i + 2) if i % 2 else '',
                      "      <master startport='%d'/>\n" % (i * 2) if m.startswith('ich9-uhci') else '')
                   for i, m in enumerate(models))
    body += ''.join("    <controller type='%s' index='0'%s/>\n" % (t, extra) for t, extra in (
        ('ide', ''), ('fdc', ''), ('scsi', " model='virtio-scsi'"), ('sata', ''), ('ccid', ''),
        ('virtio-serial', " ports='16' vectors='4'"), ('pci', " model='pcie-root'"), ('xenbus', ''), ('isa', '')))
    devices('sweep-controllers.xml', body)

    inputs = [(t, b) for t in ('mouse', 'tablet', 'keyboard', 'passthrough', 'evdev') for b in ('ps2', 'usb', 'xen', 'virtio')]
    body = ''.join("    <input type='%s' bus='%s'/>\n" % ib for ib in inputs) + "    <input type='mouse'/>\n    <input bus='usb'/>\n"
    devices('sweep-inputs.xml', body)

    body = ''
    for i, link in enumerate(['default', 'up', 'down', None, 'bogus']):
        for j, (t, src) in enumerate((('network', "network='default'"), ('bridge', "bridge='br0'"), ('user', None))):
            body += ("    <interface type='%s'>\n      <mac address='52:54:00:00:%02x:%02x'/>\n%s"
                     "      <model type='%s'/>\n%s      <target dev='vnet%d'/>\n    </interface>\n") % (
                t, i, j, "      <source %s/>\n" % src if src else '', ('virtio', 'e1000', 'rtl8139')[(i + j) % 3],
                "      <link state='%s'/>\n" % link if link else '', i * 3 + j)
    devices('sweep-interfaces.xml', body)

    body = ''.join("    <memballoon model='%s'/>\n" % m for m in ('none', 'virtio', 'xen', 'bogus'))
    body += ''.join("    <sound model='%s'/>\n" % m for m in ('sb16', 'es1370', 'pcspk', 'ac97', 'ich6', 'ich9', 'usb', 'ich7'))
    body += ''.join("    <video>\n      <model type='%s' vram='%d' heads='%d'%s/>\n    </video>\n"
                    % (m, 16384 * (i + 1), i % 4 + 1, " ram='65536'" if m == 'qxl' else '')
                    for i, m in enumerate(('vga', 'cirrus', 'vmvga', 'xen', 'vbox', 'qxl', 'virtio', 'bochs',
                                           'ramfb', 'none')))
    body += "    <video/>\n"
    body += ''.join("    <redirdev bus='%s' type='spicevmc'/>\n" % b for b in ('usb', 'bogus'))
    devices('sweep-misc-devices.xml', body)

    body = ''
    for i, t in enumerate(('guestfwd', 'virtio', 'spiceport', 'xen', 'bogus')):
        target = {'guestfwd': "type='guestfwd' address='10.0.2.1' port='4600'",
                  'virtio': "type='virtio' name='org.qemu.guest_agent.0'",
                  'spiceport': "type='spiceport'"}.get(t, "type='%s'" % t)
        body += ("    <channel type='pty'>\n      <target %s/>\n    </channel>\n") % target
    for i, t in enumerate(('xen', 'serial', 'uml', 'virtio', 'lxc', 'openvz', 'sclp', 'sclplm', 'bogus')):
        body += "    <console type='pty'>\n      <target type='%s' port='%d'/>\n    </console>\n" % (t, i)
    devices('sweep-chardev-targets.xml', body)

    comp = ['auto_glz', 'auto_lz', 'quic', 'glz', 'lz', 'off', 'bogus']
    body = ''.join(("    <graphics type='spice' port='%d' tlsPort='%d' autoport='%s' passwd='pw%d'>\n"
                    "      <image compression='%s'/>\n    </graphics>\n")
                   % (5900 + i, 5950 + i, ('yes', 'no')[i % 2], i, c) for i, c in enumerate(comp))
    body += "    <graphics type='spice'/>\n"
    devices('sweep-spice-compression.xml', body)


if __name__ == '__main__':
    os.makedirs(os.path.join(HERE, 'Domain'), exist_ok=True)
    domain_sweep()
    device_sweeps()
