#!/bin/sh
# Volume download throughput through GVirStream: 256 MiB of random data from a `dir` pool on a
# private real libvirtd (scripts/libvirtd-session.sh), in one run:
#   - benches/stream-bench.c (built against the reference headers) on our library and on the
#     reference library (LD_LIBRARY_PATH), both with gvir_stream_receive_all and with the
#     GInputStream's read_async on a main loop;
#   - `virsh vol-download` (libvirt's own client, no GLib layer) as the floor.
# Best of REPEATS downloads each; prints MiB/s and the ratios ours/virsh and ours/reference.
# Needs root.
#
# usage: benches/run-stream-bench.sh BUILD_DIR [REPEATS]
set -eu
build=$(cd "${1:?usage: $0 BUILD_DIR [REPEATS]}" && pwd)
repeats=${2:-3}
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

virsh_seconds() {
    best=999999
    i=0
    while [ $i -lt "$repeats" ]; do
        start=$(date +%s%N)
        virsh -q -c "$uri" vol-download --pool bench big.img "$work/out.img"
        end=$(date +%s%N)
        rm -f "$work/out.img"
        t=$(((end - start) / 1000))
        [ $t -lt $best ] && best=$t
        i=$((i + 1))
    done
    echo "scale=3; $best / 1000000" | bc
}

mibs() { echo "scale=1; 256 / $1" | bc; }
ratio() { case "$1$2" in *n/a*) echo "-" ;; *) echo "scale=2; $1 / $2" | bc ;; esac; }
# One library's figure, or n/a when the program fails there (4.0.0's streams from
# gvir_connection_get_stream are always non-blocking, and libvirt refuses virStreamRecvAll on them).
rate() { out=$(env ${1:+LD_LIBRARY_PATH=$1} "$work/stream-bench" "$uri" bench big.img "$2" "$repeats" 2>"$work/err") \
    && echo "$out" | awk '{print $4}' || { echo "n/a"; sed 's/^/  /' "$work/err" >&2; }; }

virsh_s=$(virsh_seconds)
virsh_rate=$(mibs "$virsh_s")
printf "%-12s %12s %12s %12s %12s %14s\n" mode "virsh" reference ours "ours/virsh" "ours/reference"
for mode in receive-all gio-async; do
    ref_rate=$(rate "" "$mode")
    ours_rate=$(rate "$build" "$mode")
    printf "%-12s %12s %12s %12s %12s %14s\n" "$mode" "$virsh_rate" "$ref_rate" "$ours_rate" \
        "$(ratio "$ours_rate" "$virsh_rate")" "$(ratio "$ours_rate" "$ref_rate")"
done
echo "(MiB/s, 256 MiB volume download, best of $repeats; virsh writes to a file in $work)"
