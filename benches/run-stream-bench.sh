#!/bin/sh
# Volume download throughput through GVirStream: 256 MiB of random data from a `dir` pool on a
# private real libvirtd (scripts/libvirtd-session.sh), in one run:
#   - benches/stream-bench.c (built against the reference headers) on our library and on the
#     reference library (LD_LIBRARY_PATH), both with gvir_stream_receive_all and with the
#     GInputStream's read_async on a main loop;
#   - `virsh vol-download … /dev/null` (libvirt's own client, no GLib layer) as the floor;
#   - sparse: a 256 MiB volume of 32 data islands of 2 MiB (64 MiB of data) downloaded into a
#     file keeping its holes, `virsh vol-download --sparse` against ours
#     (gvir_stream_sparse_receive_to_fd; the reference has no hole API), and ours through
#     read_async, which gets the holes as zeros.
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

gcc -O2 "$here/stream-bench.c" -o "$work/stream-bench" $(pkg-config --cflags --libs libvirt-gobject-1.0) -ldl

"$session" start "$state"
uri=$("$session" uri "$state")
mkdir -p "$state/pools/bench"
head -c $((256 * 1024 * 1024)) /dev/urandom >"$state/pools/bench/big.img"
truncate -s 256M "$state/pools/bench/sparse.img"
i=0
while [ $i -lt 32 ]; do
    dd if=/dev/urandom of="$state/pools/bench/sparse.img" bs=1M count=2 seek=$((i * 8)) conv=notrunc status=none
    i=$((i + 1))
done
virsh -q -c "$uri" pool-create-as bench dir --target "$state/pools/bench" >/dev/null

median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)]}'; }

# Median wall time (s) and median client CPU time (ms) of REPEATS `virsh vol-download`s
# (of VOLUME into OUT, with more options: default big.img into /dev/null).
virsh_figures() {
    : >"$work/virsh"
    i=0
    while [ $i -lt "$repeats" ]; do
        start=$(date +%s%N)
        /usr/bin/time -f "%U %S" -o "$work/time" virsh -q -c "$uri" vol-download --pool bench "${1:-big.img}" "${2:-/dev/null}" ${3:-}
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
figures() { out=$(env ${1:+LD_LIBRARY_PATH=$1} "$work/stream-bench" "$uri" bench "${3:-big.img}" "$2" 1 ${4:-} 2>"$work/err") \
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

# Sparse: 256 MiB of which 64 MiB data, into a file keeping the holes.
set -- $(virsh_figures sparse.img "$work/virsh-out.img" --sparse)
virsh_sparse=$(mibs "$1")
virsh_alloc=$(($(stat -c %b "$work/virsh-out.img") / 2048))
: >"$work/sparse" ; : >"$work/zeros"
i=0
while [ $i -lt "$repeats" ]; do
    figures "$build" sparse-fd sparse.img "$work/ours-out.img" >>"$work/sparse"
    figures "$build" gio-async sparse.img >>"$work/zeros"
    i=$((i + 1))
done
ours_sparse=$(grep -v n/a "$work/sparse" | awk '{print $1}' | median)
ours_zeros=$(grep -v n/a "$work/zeros" | awk '{print $1}' | median)
ours_alloc=$([ -f "$work/ours-out.img" ] && echo $(($(stat -c %b "$work/ours-out.img") / 2048)) || echo n/a)
same=$([ -f "$work/ours-out.img" ] && cmp -s "$work/ours-out.img" "$state/pools/bench/sparse.img" && echo same || echo DIFFERENT)
printf "\n%-12s %14s %16s %10s %24s   %s\n" "sparse" "virsh --sparse" "ours sparse-fd" ours/virsh "ours read_async (zeros)" "MiB allocated in the copy: virsh / ours"
printf "%-12s %14s %16s %10s %24s   %s / %s (%s bytes)\n" "256 MiB" "$virsh_sparse" "$ours_sparse" \
    "$(ratio "$ours_sparse" "$virsh_sparse")" "$ours_zeros" "$virsh_alloc" "$ours_alloc" "$same"
[ -s "$work/errors" ] && sort -u "$work/errors" | sed 's/^/  /'
echo "(MiB/s: medians of $repeats downloads of a 256 MiB volume, the two libraries alternating; virsh into /dev/null like the others)"
