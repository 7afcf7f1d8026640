#!/bin/bash
# LibvirtGObject benchmarks: the reference libvirt-gobject, ours, and raw libvirt (the floor).
#
# usage: benches/run-gobject-bench.sh BUILD_DIR [--runs N] [--domains N] [--callgrind | --callgrind-only] [--workloads 'W...'] [--out DIR]
#   BUILD_DIR    meson build directory holding our libvirt-gobject-1.0.so.0
#   --runs N     timed runs per configuration, median reported (default 5)
#   --domains N  domains in the fetch fixture (default 2000)
#   --callgrind  also count instructions per operation in the timed part (one run each;
#                the counts repeat, unlike wall time on a busy machine), and for async on
#                all threads (the libvirt call runs on a worker)
#   --callgrind-only  skip the timed runs
#   --workloads 'W...'  run only these of fetch, events, lifecycle, async, afetch
#   --out DIR    where the binary and the fixture go (default /tmp/gobject-bench)
#
# Workloads (benches/gobject-bench.c):
#   fetch   open a test-driver node of N domains, fetch_domains 20 times: time per fetch, and heap
#           bytes per cached domain on a fresh connection's first fetch
#   events  define + undefine 1000 domains on test:///default, each event awaited:
#           domain-added/domain-removed signals (raw: libvirt's callbacks on the same GLib loop)
#   lifecycle  start + destroy a fetched persistent domain 1000 times, each started/stopped signal
#           awaited (raw: libvirt's callbacks on the same GLib loop)
#   async   5000 sequential gvir_domain_get_info_async round trips (raw: virDomainGetInfo)
#   afetch  20 sequential gvir_connection_fetch_domains_async round trips on the fetch fixture's
#           node (raw: virConnectListAllDomains and the list freed)
# Runs are interleaved (reference, ours, raw, ...) so machine drift hits all three alike.
set -euo pipefail

die() { echo "run-gobject-bench: $*" >&2; exit 2; }
[ $# -ge 1 ] || die "usage: $0 BUILD_DIR [--runs N] [--domains N] [--callgrind | --callgrind-only] [--workloads 'W...'] [--out DIR]"
build=$(cd "$1" && pwd) || die "no build directory $1"
shift
runs=5 domains=2000 callgrind=0 timed=1 workloads='fetch events lifecycle async afetch' out=/tmp/gobject-bench
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift ;;
        --domains) domains=$2; shift ;;
        --callgrind) callgrind=1 ;;
        --callgrind-only) callgrind=1 timed=0 ;;
        --workloads) workloads=$2; shift ;;
        --out) out=$2; shift ;;
        *) die "unknown option $1" ;;
    esac
    shift
done
[ -e "$build/libvirt-gobject-1.0.so.0" ] || die "$build/libvirt-gobject-1.0.so.0 not found (build first)"

here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
bin=$out/gobject-bench
# Built against the reference headers and pkg-config: the same binary runs on both libraries.
# shellcheck disable=SC2046
gcc -O2 -Wall -Wextra -o "$bin" "$here/gobject-bench.c" \
    $(pkg-config --cflags --libs libvirt-gobject-1.0 libvirt-glib-1.0 libvirt) -ldl

node=$out/node-$domains.xml
{
    echo "<node>"
    for ((i = 0; i < domains; i++)); do
        state=$([ $((i % 2)) = 0 ] && echo 1 || echo 5)
        printf "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><name>d%05d</name><memory>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os><test:runstate>%s</test:runstate></domain>\n" "$i" "$state"
    done
    echo "</node>"
} > "$node"

run_one() {
    local config=$1 line
    shift
    case $config in
        reference) line=$(env -u LD_LIBRARY_PATH "$bin" gvir "$@") ;;
        ours) line=$(LD_LIBRARY_PATH=$build "$bin" gvir "$@") ;;
        raw) line=$(env -u LD_LIBRARY_PATH "$bin" raw "$@") ;;
    esac
    case $config:$line in
        ours:*"lib=$build/"*|reference:*"lib=/usr/lib/"*|reference:*"lib=/lib/"*|raw:*) ;;
        *) die "$config loaded the wrong library: $line" ;;
    esac
    echo "$line"
}
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

configs=(reference ours raw)
if [ "$timed" = 1 ]; then
echo "gobject-bench: $runs runs per configuration, medians; fetch fixture: $domains domains"
echo "ours: $build"
echo
printf '%-8s %-22s %14s %14s %14s %9s %9s\n' workload measure reference ours raw ours/ref ours/raw
for workload in $workloads; do
    args=()
    case $workload in fetch | afetch) args=(-u "test://$node") ;; esac
    declare -A time=() mem=()
    for ((r = 0; r < runs; r++)); do
        for config in "${configs[@]}"; do
            line=$(run_one "$config" "$workload" "${args[@]}")
            time[$config]+="$(echo "$line" | field per_op_us) "
            mem[$config]+="$(echo "$line" | field bytes_per_domain) "
        done
    done
    row() {
        local label=$1; shift
        local -n values=$1
        local r o f
        r=$(printf '%s\n' ${values[reference]} | median)
        o=$(printf '%s\n' ${values[ours]} | median)
        f=$(printf '%s\n' ${values[raw]} | median)
        awk -v w="$workload" -v m="$label" -v r="$r" -v o="$o" -v f="$f" \
            'BEGIN { printf "%-8s %-22s %14.1f %14.1f %14.1f %8.2fx %8.2fx\n", w, m, r, o, f, o / r, (f > 0 ? o / f : 0) }'
    }
    row "us per operation" time
    [ "$workload" = fetch ] && row "heap bytes per domain" mem
    unset time mem
done
fi

[ "$callgrind" = 1 ] || exit 0
command -v valgrind > /dev/null || die "valgrind not installed"
echo
echo "callgrind: instructions per operation in the timed part (fetch: 20 fetches of $domains domains;"
echo "  events: 300 define+undefine = 600 events; lifecycle: 300 start+destroy = 600 events; afetch: 5 fetch_domains_async round trips"
echo "  of the fetch fixture, on all threads; async: 1000 round trips on the caller's thread, and"
echo "  on all threads = (run of 1200 - run of 200) / 1000, collected from the start on every thread)"
echo "  above floor = (ours - raw) / (reference - raw): our overhead over libvirt's own cost, relative"
echo "  to the reference's; 'vs GTask': the floor is virDomainGetInfo in a bare GTask round trip"
echo "  (no GObject layer), what any GTask-based async call costs at least; 'own loops': raw on our"
echo "  libvirt-glib's event loop, and above floor = (ours - that) / (reference - raw on the reference's))"
printf '%-14s %14s %14s %14s %9s %9s %11s\n' workload reference ours raw ours/ref ours/raw 'above floor'
# Instructions of one callgrind run (whole process) of CONFIG WORKLOAD ARGS...
callgrind_total() {
    local config=$1 file=$out/callgrind.$2.$1.$3.out
    shift 3
    local mode=gvir lib=(env -u LD_LIBRARY_PATH)
    case $config in raw | raw-our-loop) mode=raw ;; task) mode=task ;; esac
    case $config in ours | raw-our-loop) lib=(env LD_LIBRARY_PATH="$build") ;; esac
    "${lib[@]}" valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$file" "${cg_opts[@]}" \
        "$bin" "$mode" "$@" > "$file.log" 2>&1 || { cat "$file.log" >&2; die "callgrind run failed: $config $*"; }
    sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$file"
}
# One row; the floor ratios are left out (-) where raw does not do the same work on the same
# threads (async on the caller's thread: raw's libvirt call is there, ours is on a worker).
report() {
    awk -v w="$1" -v n="$2" -v r="$3" -v o="$4" -v f="$5" -v floor="${6:-yes}" 'BEGIN {
        printf "%-14s %14.0f %14.0f %14.0f %8.3fx", w, r / n, o / n, f / n, o / r
        if (floor == "yes") printf " %8.3fx %10.3fx\n", o / f, (o - f) / (r - f); else printf " %9s %11s\n", "-", "-" }'
}
for workload in $workloads; do
    case $workload in
        fetch) args=(-u "test://$node"); ops=20 ;;
        events) args=(-n 300); ops=600 ;;
        lifecycle) args=(-n 300); ops=600 ;;
        async) args=(-n 1000); ops=1000 ;;
        afetch) args=(-u "test://$node" -n 5); ops=5 ;;
    esac
    declare -A ir=()
    cg_opts=(--collect-atstart=no)
    for config in "${configs[@]}"; do
        ir[$config]=$(callgrind_total "$config" "$workload" timed "$workload" "${args[@]}")
    done
    if [ "$workload" = async ] || [ "$workload" = afetch ]; then
        report "$workload caller" "$ops" "${ir[reference]}" "${ir[ours]}" "${ir[raw]}" no
    else
        report "$workload" "$ops" "${ir[reference]}" "${ir[ours]}" "${ir[raw]}"
    fi
    if [ "$workload" = events ] || [ "$workload" = lifecycle ]; then
        # raw runs libvirt's callbacks on libvirt-glib's event loop, the reference's above;
        # each library's GObject layer is best compared with the floor on its own loop.
        own=$(callgrind_total raw-our-loop "$workload" timed "$workload" "${args[@]}")
        awk -v w="  own loops" -v n="$ops" -v r="${ir[reference]}" -v o="${ir[ours]}" -v fr="${ir[raw]}" -v fo="$own" 'BEGIN {
            printf "%-14s %14s %14s %14.0f %9s %9s %10.3fx\n", w, "(raw)", "(raw, ours)", fo / n, "", "", (o - fo) / (r - fr) }'
    fi
    if [ "$workload" = async ]; then
        # The libvirt call of an async operation runs on a GLib worker thread, which the
        # toggles of the timed part do not reach: count every thread, from the start.
        export GOBJECT_BENCH_COLLECT_ALL=1
        cg_opts=()
        for config in "${configs[@]}"; do
            short=$(callgrind_total "$config" async all200 async -n 200)
            long=$(callgrind_total "$config" async all1200 async -n 1200)
            ir[$config]=$((long - short))
        done
        # The floor of a GTask-based design: virDomainGetInfo in a bare GTask round trip.
        short=$(callgrind_total task async all200 async -n 200)
        long=$(callgrind_total task async all1200 async -n 1200)
        unset GOBJECT_BENCH_COLLECT_ALL
        report "async all thr." 1000 "${ir[reference]}" "${ir[ours]}" "${ir[raw]}"
        report "  vs GTask" 1000 "${ir[reference]}" "${ir[ours]}" "$((long - short))"
    fi
    if [ "$workload" = afetch ]; then
        # As for async: the fetch runs on a worker thread; 5 round trips, counted on all threads.
        export GOBJECT_BENCH_COLLECT_ALL=1
        cg_opts=()
        for config in "${configs[@]}"; do
            short=$(callgrind_total "$config" afetch all2 afetch -u "test://$node" -n 2)
            long=$(callgrind_total "$config" afetch all7 afetch -u "test://$node" -n 7)
            ir[$config]=$((long - short))
        done
        unset GOBJECT_BENCH_COLLECT_ALL
        report "afetch all thr." 5 "${ir[reference]}" "${ir[ours]}" "${ir[raw]}"
    fi
    unset ir
done
