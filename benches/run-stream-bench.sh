#!/bin/sh
# Volume download throughput through GVirStream: 256 MiB of random data from a `dir` pool on a
# private real libvirtd (scripts/libvirtd-session.sh), in one run:
#   - benches/stream-bench.c (built against the reference headers) on our library and on the
#     reference library (LD_LIBRARY_PATH), both with gvir_stream_receive_all and with the
#     GInputStream's read_async on a main loop;
#   - `virsh vol-download … /dev/null` (libvirt's own client, no GLib layer) as the floor.
# Medians of REPEATS downloads each (the libraries alternate); prints MiB/s, the ratios
# ours/virsh and ours/reference, and the client's CPU time per download.
# Needs root.
#
# usage: benches/run-stream-bench.sh BUILD_DIR [REPEATS]
set -eu
build=$(cd "${1:?usage: $0 BUILD_DIR [REPEATS]}" && pwd)
repeats=${2:-7}
here=$(cd "$(dirname "$0")" && pwd)
session="$here/../scripts/libvirtd-session.sh"
work=$(mktemp -d /tmp/lvgrs-stream-bench.XXXXXX)
state="$work/state"
trap '"$session" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT INT TERM

gcc -O2 "$here/stream-bench.c" -o "$work/stream-bench" $(pkg-config --cflags --libs libvirt-gobject-1.0)

"$session" start "$state"
uri=$("$session" uri "$state")
mkdir -p "$state/pools/bench"
head -c $((256 * 1024 * 1024)) /dev/urandom >"$state/pools/bench/big.img"
virsh -q -c "$uri" pool-create-as bench dir --target "$state/pools/bench" >/dev/null

median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)]}'; }

# Median wall time (s) and median client CPU time (ms) of REPEATS `virsh vol-download`s.
virsh_figures() {
    : >"$work/virsh"
    i=0
    while [ $i -lt "$repeats" ]; do
        start=$(date +%s%N)
        /usr/bin/time -f "%U %S" -o "$work/time" virsh -q -c "$uri" vol-download --pool bench big.img /dev/null
        end=$(date +%s%N)
        awk -v us=$(((end - start) / 1000)) '{print us / 1000000, ($1 + $2) * 1000}' "$work/time" >>"$work/virsh"
        i=$((i + 1))
    done
    echo "$(awk '{print $1}' "$work/virsh" | median) $(awk '{print $2}' "$work/virsh" | median)"
}

mibs() { echo "scale=1; 256 / $1" | bc; }
ratio() { case "$1$2" in *n/a*) echo "-" ;; *) echo "scale=2; $1 / $2" | bc ;; esac; }
# "MiB/s cpu_ms" of one library, or "n/a n/a" when the program fails there (4.0.0's streams from
# gvir_connection_get_stream are always non-blocking, and libvirt refuses virStreamRecvAll on them).
figures() { out=$(env ${1:+LD_LIBRARY_PATH=$1} "$work/stream-bench" "$uri" bench big.img "$2" 1 2>"$work/err") \
    && echo "$out" | awk '{print $4, $5}' || { echo "n/a n/a"; cat "$work/err" >>"$work/errors"; }; }


set -- $(virsh_figures)
virsh_rate=$(mibs "$1")
virsh_cpu=$2
printf "%-12s %8s %8s %8s %10s %9s   %s\n" "" virsh reference ours ours/virsh ours/ref "client CPU ms per download: virsh / reference / ours"
for mode in receive-all gio-async; do
    # Alternating one download on each library per round, so load changes hit both alike.
    : >"$work/ref" ; : >"$work/ours"
    i=0
    while [ $i -lt "$repeats" ]; do
        figures "" "$mode" >>"$work/ref"
        figures "$build" "$mode" >>"$work/ours"
        i=$((i + 1))
    done
    ref_rate=$(grep -v n/a "$work/ref" | awk '{print $1}' | median)
    ref_cpu=$(grep -v n/a "$work/ref" | awk '{print $2}' | median)
    ours_rate=$(grep -v n/a "$work/ours" | awk '{print $1}' | median)
    ours_cpu=$(grep -v n/a "$work/ours" | awk '{print $2}' | median)
    printf "%-12s %8s %8s %8s %10s %9s   %s / %s / %s\n" "$mode" "$virsh_rate" "$ref_rate" "$ours_rate" \
        "$(ratio "$ours_rate" "$virsh_rate")" "$(ratio "$ours_rate" "$ref_rate")" "$virsh_cpu" "$ref_cpu" "$ours_cpu"
done
[ -s "$work/errors" ] && sort -u "$work/errors" | sed 's/^/  /'
echo "(MiB/s: medians of $repeats downloads of a 256 MiB volume, the two libraries alternating; virsh into /dev/null like the others)"
