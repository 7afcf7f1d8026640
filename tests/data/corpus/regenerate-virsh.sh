#!/bin/sh
# Rewrites the virsh-*.xml files of this corpus from libvirt's built-in test driver
# (test:///default), the XML libvirt itself writes. Each virsh call is one connection, so the
# objects defined here exist only for that call. The output is checked in.
set -eu
cd "$(dirname "$0")"
V="virsh -q -c test:///default"
mkdir -p Domain StoragePool StorageVol Network NodeDevice Interface Capabilities

$V dumpxml test > Domain/virsh-test.xml
# Hand-written domains, normalised by libvirt's parser and formatter (as type 'test').
for f in h01-realistic-kvm h14-graphics h12-addresses h17-clock-timezone h19-seclabel-pm-features; do
    name=$(sed -n 's:.*<name>\(.*\)</name>.*:\1:p' Domain/$f.xml | head -1)
    # The test driver wants type 'test', an OS type and memory, and no per-device boot order
    # next to <os><boot>.
    sed "s/<domain type=.kvm./<domain type='test'/; s/<domain type=.qemu./<domain type='test'/; /<boot order=/d" Domain/$f.xml \
        | if grep -q '<os' Domain/$f.xml; then cat; else
            sed "s:<name>$name</name>:<name>$name</name><memory unit='KiB'>1048576</memory><os><type>hvm</type></os>:"; fi \
        > /tmp/lvg-virsh-$$.xml
    $V "define /tmp/lvg-virsh-$$.xml; dumpxml --inactive $name" | sed '/^Domain .* defined from/d; /^$/d' > Domain/virsh-$f.xml
    grep -q '</domain>' Domain/virsh-$f.xml || { echo "virsh could not define $f" >&2; exit 1; }
done
rm -f /tmp/lvg-virsh-$$.xml
$V pool-dumpxml default-pool > StoragePool/virsh-default-pool.xml
$V "vol-create-as default-pool vol1.img 1M --format raw; vol-dumpxml --pool default-pool vol1.img" \
    | sed '/^Vol .* created/d; /^$/d' > StorageVol/virsh-vol1.xml
$V net-dumpxml default > Network/virsh-default.xml
$V iface-dumpxml eth1 > Interface/virsh-eth1.xml
$V nodedev-dumpxml computer > NodeDevice/virsh-computer.xml
$V nodedev-dumpxml scsi_host1 > NodeDevice/virsh-scsi_host1.xml
$V capabilities > Capabilities/virsh-capabilities.xml
