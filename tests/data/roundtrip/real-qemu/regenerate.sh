#!/bin/sh
# Rewrites the *.xml files of this directory from a real, private libvirtd + QEMU (TCG)
# (scripts/libvirtd-session.sh, root): what libvirt itself writes for capabilities, domain
# capabilities, a running and an inactive domain, a snapshot, a dir pool with raw and qcow2
# volumes, networks, node devices, host interfaces, network filters and a secret. The state directory has a fixed path, so the
# paths inside the documents stay the same from one run to the next. The output is checked in:
# tests/roundtrip/roundtrip.py parses and re-serializes every file without a daemon.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
session="$here/../../../../scripts/libvirtd-session.sh"
state=${ROUNDTRIP_STATE_DIR:-/tmp/lvgrs-roundtrip}
# The output directory: this one, or the first argument (the integration test's temporary one).
out=${1:-$here}

rm -rf "$state"
mkdir -p "$state"
trap '"$session" stop "$state" >/dev/null 2>&1 || true' EXIT
"$session" start "$state"
V="virsh -q -c qemu:///system?socket=$state/run/libvirt-sock"

rm -f "$out"/*.xml
# virsh prints these two with a newline of its own after libvirt's (which ends in one already):
# the files keep what virConnectGetCapabilities/virConnectGetDomainCapabilities return.
without_virsh_newline() {
  sed '${/^$/d}'
}
$V capabilities | without_virsh_newline >"$out/capabilities.xml"
for machine in pc q35; do
  $V domcapabilities --virttype qemu --arch x86_64 --machine $machine \
    | without_virsh_newline >"$out/domcapabilities-$machine.xml"
done

# Domains: the tiny guest of the integration tests, one left inactive, one running (its live
# XML has aliases, PCI addresses, the ports and pty paths QEMU was given) with a snapshot.
"$session" domain "$state" rt-inactive >/dev/null
"$session" domain "$state" rt-running >/dev/null
$V dumpxml rt-inactive >"$out/domain-inactive.xml"
$V start rt-running >/dev/null
$V dumpxml rt-running >"$out/domain-running.xml"
$V dumpxml --inactive rt-running >"$out/domain-running-inactive.xml"
$V dumpxml --security-info rt-running >"$out/domain-running-security-info.xml"
$V snapshot-create-as rt-running rt-snap --description 'round-trip corpus' >/dev/null
$V snapshot-dumpxml rt-running rt-snap >"$out/snapshot-running.xml"

# A q35 guest with a device of most kinds QEMU runs under TCG, defined and started: libvirt
# fills in controllers, PCI addresses and aliases.
$V vol-create-as session-pool rt-rich.qcow2 32M --format qcow2 >/dev/null
cat >"$state/rt-rich.xml" <<DOMAIN
<domain type='qemu'>
  <name>rt-rich</name>
  <title>Round trip</title>
  <description>A guest with many devices &amp; "quotes" 'apostrophes'</description>
  <memory unit='MiB'>128</memory>
  <vcpu>2</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <boot dev='hd'/>
    <bootmenu enable='no'/>
  </os>
  <features><acpi/><apic/><pae/></features>
  <cpu mode='custom' match='exact'><model>qemu64</model><topology sockets='1' dies='1' cores='2' threads='1'/></cpu>
  <clock offset='utc'><timer name='rtc' tickpolicy='catchup'/><timer name='pit' tickpolicy='delay'/><timer name='hpet' present='no'/></clock>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <pm><suspend-to-mem enabled='no'/><suspend-to-disk enabled='no'/></pm>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' cache='none' discard='unmap'/>
      <source file='$state/pools/session-pool/rt-rich.qcow2'/>
      <target dev='vda' bus='virtio'/>
      <serial>rt-rich-disk</serial>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <controller type='usb' model='qemu-xhci' ports='15'/>
    <controller type='virtio-serial'/>
    <interface type='user'>
      <mac address='52:54:00:12:34:56'/>
      <model type='virtio'/>
    </interface>
    <serial type='pty'><target port='0'/></serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>
    <channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>
    <input type='tablet' bus='usb'/>
    <graphics type='spice' autoport='yes' listen='127.0.0.1'><image compression='off'/></graphics>
    <sound model='ich9'/>
    <audio id='1' type='spice'/>
    <video><model type='qxl' ram='65536' vram='65536' vgamem='16384' heads='1' primary='yes'/></video>
    <redirdev bus='usb' type='spicevmc'/>
    <watchdog model='i6300esb' action='reset'/>
    <memballoon model='virtio'><stats period='10'/></memballoon>
    <rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>
  </devices>
</domain>
DOMAIN
$V define "$state/rt-rich.xml" >/dev/null
$V dumpxml --inactive rt-rich >"$out/domain-rich-inactive.xml"
$V start rt-rich >/dev/null
$V dumpxml rt-rich >"$out/domain-rich-running.xml"

# Storage: a dir pool (defined, built, started) with a raw and a qcow2 volume, and a qcow2 volume
# backed by the raw one.
mkdir -p "$state/pools/rt-pool"
$V pool-define-as rt-pool dir --target "$state/pools/rt-pool" >/dev/null
$V pool-start rt-pool >/dev/null
$V vol-create-as rt-pool raw.img 1M --format raw >/dev/null
$V vol-create-as rt-pool disk.qcow2 4M --format qcow2 >/dev/null
$V vol-create-as rt-pool overlay.qcow2 1M --format qcow2 \
    --backing-vol "$state/pools/rt-pool/raw.img" --backing-vol-format raw >/dev/null
$V pool-dumpxml rt-pool >"$out/pool-dir.xml"
$V pool-dumpxml --inactive rt-pool >"$out/pool-dir-inactive.xml"
for vol in raw.img disk.qcow2 overlay.qcow2; do
  $V vol-dumpxml --pool rt-pool "$vol" >"$out/vol-$(echo "$vol" | tr . -).xml"
done
$V pool-dumpxml session-pool >"$out/pool-session.xml"

# Networks: defined only (starting one needs a bridge and dnsmasq, which a container may lack):
# a NAT network with DHCP, an isolated IPv4+IPv6 one and a bridge one.
cat >"$state/net-nat.xml" <<NET
<network>
  <name>rt-nat</name>
  <forward mode='nat'/>
  <bridge name='rtbr0' stp='on' delay='0'/>
  <ip address='192.168.150.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.150.2' end='192.168.150.254'/>
      <host mac='52:54:00:00:00:01' name='guest' ip='192.168.150.10'/>
    </dhcp>
  </ip>
</network>
NET
cat >"$state/net-isolated.xml" <<NET
<network>
  <name>rt-isolated</name>
  <domain name='rt.example'/>
  <dns>
    <host ip='192.168.151.5'><hostname>db</hostname></host>
  </dns>
  <ip address='192.168.151.1' prefix='24'/>
  <ip family='ipv6' address='fd00:151::1' prefix='64'/>
</network>
NET
cat >"$state/net-bridge.xml" <<NET
<network>
  <name>rt-bridge</name>
  <forward mode='bridge'/>
  <bridge name='br0'/>
</network>
NET
for net in nat isolated bridge; do
  $V net-define "$state/net-$net.xml" >/dev/null
  $V net-dumpxml "rt-$net" >"$out/network-$net.xml"
done

# Node devices: the computer and one device of each capability the host shows.
$V nodedev-dumpxml computer >"$out/nodedev-computer.xml"
for cap in system pci usb_device usb net scsi_host scsi storage; do
  dev=$($V nodedev-list --cap "$cap" 2>/dev/null | head -1 || true)
  [ -n "$dev" ] && [ ! -e "$out/nodedev-$cap.xml" ] || continue
  $V nodedev-dumpxml "$dev" >"$out/nodedev-$cap.xml"
done

# Host interfaces (udev backend), live and --inactive: the first active one and the loopback.
iface=$($V iface-list | awk '$2 == "active" { print $1; exit }')
for name in $iface lo; do
  $V iface-dumpxml "$name" >"$out/interface-$name.xml"
  $V iface-dumpxml --inactive "$name" >"$out/interface-$name-inactive.xml"
done

# Network filters: one with rules of several protocols, one that references it.
cat >"$state/nwfilter-rules.xml" <<FILTER
<filter name='rt-rules' chain='ipv4' priority='-700'>
  <rule action='accept' direction='out' priority='100'>
    <ip srcipaddr='\$IP' protocol='tcp' dstportstart='22'/>
  </rule>
  <rule action='drop' direction='in' priority='500'>
    <icmp type='8'/>
  </rule>
  <rule action='return' direction='inout'>
    <all state='ESTABLISHED,RELATED'/>
  </rule>
</filter>
FILTER
cat >"$state/nwfilter-ref.xml" <<FILTER
<filter name='rt-ref' chain='root'>
  <filterref filter='rt-rules'>
    <parameter name='IP' value='192.168.150.10'/>
  </filterref>
  <rule action='drop' direction='in'>
    <mac protocolid='arp'/>
  </rule>
</filter>
FILTER
for filter in rules ref; do
  $V nwfilter-define "$state/nwfilter-$filter.xml" >/dev/null
  $V nwfilter-dumpxml "rt-$filter" >"$out/nwfilter-$filter.xml"
done

# A secret (its value is not part of the XML).
cat >"$state/secret.xml" <<SECRET
<secret ephemeral='no' private='yes'>
  <uuid>9b2a8e36-5a3c-4d4f-8a5e-0e5d2b8c7f10</uuid>
  <description>round-trip corpus</description>
  <usage type='volume'>
    <volume>$state/pools/rt-pool/disk.qcow2</volume>
  </usage>
</secret>
SECRET
$V secret-define "$state/secret.xml" >/dev/null
$V secret-dumpxml 9b2a8e36-5a3c-4d4f-8a5e-0e5d2b8c7f10 >"$out/secret-volume.xml"
ls "$out"/*.xml | wc -l
