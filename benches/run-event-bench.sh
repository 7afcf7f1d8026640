#!/bin/bash
# Lifecycle-event throughput: the reference libvirt-glib, ours, and libvirt's own event loop.
#
# usage: benches/run-event-bench.sh BUILD_DIR [options]
#   BUILD_DIR        meson build directory holding our libvirt-glib-1.0.so.0
#   --runs N         timed runs per configuration, median reported (default 5)
#   --count N        define workload: domains per run, 2N events (default 2000)
#   --suspend-count N  suspend workload: suspend/resume rounds per run, 2N events (default 20000;
#                    a round costs a tenth of a define, this keeps runs long enough to time)
#   --batch          also run the batch pattern (all calls first, then drain the queue)
#   --callgrind      also count instructions per event under callgrind (one run per configuration)
#   --cg-count N     domains per callgrind run (default 200 for define, 2000 for suspend)
#   --out DIR        where the benchmark binary and callgrind files go (default /tmp/event-bench)
#
# Three configurations, each running benches/event-throughput.c:
#   reference  mode gvir, Debian's libvirt-glib 4.0.0 from the default library path
#   ours       mode gvir, LD_LIBRARY_PATH=BUILD_DIR (the run fails if another library loads)
#   raw        mode raw, libvirt's default event loop (virEventRunDefaultImpl): the floor
# and two workloads on test:///default:
#   define     define + undefine N domains (events Defined, Undefined)
#   suspend    suspend + resume the running domain "test" N times (Suspended, Resumed): the
#              driver does less per event, so the event loop's share is larger
# Runs are interleaved (reference, ours, raw, reference, ...) so drift hits all three alike.
# Wall time on a busy machine swings by tens of percent; the callgrind counts repeat.
set -euo pipefail

die() { echo "run-event-bench: $*" >&2; exit 2; }

[ $# -ge 1 ] || die "usage: $0 BUILD_DIR [--runs N] [--count N] [--batch] [--callgrind] [--cg-count N] [--out DIR]"
build=$(cd "$1" && pwd) || die "no build directory $1"
shift
runs=5 count=2000 suspend_count=20000 batch=0 callgrind=0 cg_count='' out=/tmp/event-bench
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift ;;
        --count) count=$2; shift ;;
        --suspend-count) suspend_count=$2; shift ;;
        --batch) batch=1 ;;
        --callgrind) callgrind=1 ;;
        --cg-count) cg_count=$2; shift ;;
        --out) out=$2; shift ;;
        *) die "unknown option $1" ;;
    esac
    shift
done
[ -e "$build/libvirt-glib-1.0.so.0" ] || die "$build/libvirt-glib-1.0.so.0 not found (build first)"

here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
bin=$out/event-throughput
# shellcheck disable=SC2046  # pkg-config output is meant to be split
gcc -O2 -Wall -Wextra -o "$bin" "$here/event-throughput.c" \
    $(pkg-config --cflags --libs libvirt-glib-1.0 libvirt) -ldl

configs=(reference ours raw)

# run_one CONFIG ARGS...: runs the benchmark in CONFIG and prints its output line.
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

echo "event-throughput: $runs runs per configuration, median events/s;" \
     "define: $count domains = $((2 * count)) events per run;" \
     "suspend: $suspend_count rounds = $((2 * suspend_count)) events per run"
echo "ours: $build"
echo
printf '%-9s %-9s %12s %12s %12s %9s %9s\n' workload pattern 'reference/s' 'ours/s' 'raw/s' ours/ref ours/raw

patterns=(lockstep)
[ "$batch" = 1 ] && patterns+=(batch)
for workload in define suspend; do
    for pattern in "${patterns[@]}"; do
        if [ "$workload" = suspend ]; then args=(-s -n "$suspend_count"); else args=(-n "$count"); fi
        [ "$pattern" = batch ] && args+=(-b)
        declare -A samples=()
        for ((r = 0; r < runs; r++)); do
            for config in "${configs[@]}"; do
                samples[$config]+="$(run_one "$config" "${args[@]}" | field events_per_s) "
            done
        done
        declare -A med=()
        for config in "${configs[@]}"; do
            med[$config]=$(printf '%s\n' ${samples[$config]} | median)
        done
        awk -v w="$workload" -v p="$pattern" -v r="${med[reference]}" -v o="${med[ours]}" -v f="${med[raw]}" \
            'BEGIN { printf "%-9s %-9s %12.0f %12.0f %12.0f %8.2fx %8.2fx\n", w, p, r, o, f, o / r, o / f }'
        unset samples med
    done
done

[ "$callgrind" = 1 ] || exit 0
command -v valgrind > /dev/null || die "valgrind not installed"

echo
echo "callgrind: instructions per event in the timed part (warm-up excluded);"
echo "  total = everything the process executes per event (driver work included, the same in all three),"
echo "  loop  = inside one loop iteration (g_main_context_iteration / virEventRunDefaultImpl), per event,"
echo "  vs raw = total minus raw's total: what the loop implementation costs beyond libvirt's own loop"
printf '%-9s %-9s %-10s %8s %12s %12s %10s\n' workload pattern config N 'total Ir/ev' 'loop Ir/ev' 'vs raw'
for workload in define suspend; do
    for pattern in "${patterns[@]}"; do
        n=${cg_count:-$([ "$workload" = define ] && echo 200 || echo 2000)}
        args=(-n "$n")
        [ "$workload" = suspend ] && args+=(-s)
        [ "$pattern" = batch ] && args+=(-b)
        declare -A total=() loop=()
        for config in "${configs[@]}"; do
            file=$out/callgrind.$workload.$pattern.$config.out
            case $config in
                reference) env -u LD_LIBRARY_PATH valgrind --tool=callgrind --collect-atstart=no \
                               --callgrind-out-file="$file" "$bin" gvir "${args[@]}" ;;
                ours) LD_LIBRARY_PATH=$build valgrind --tool=callgrind --collect-atstart=no \
                          --callgrind-out-file="$file" "$bin" gvir "${args[@]}" ;;
                raw) env -u LD_LIBRARY_PATH valgrind --tool=callgrind --collect-atstart=no \
                         --callgrind-out-file="$file" "$bin" raw "${args[@]}" ;;
            esac > "$file.log" 2>&1 || { cat "$file.log" >&2; die "callgrind run failed: $config $workload"; }
            loop_fn=$([ "$config" = raw ] && echo virEventRunDefaultImpl || echo g_main_context_iteration)
            total[$config]=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$file")
            loop[$config]=$(callgrind_annotate --inclusive=yes --threshold=100 "$file" 2>/dev/null \
                            | awk -v fn=":$loop_fn " '!found && $0 ~ fn { gsub(",", "", $1); print $1; found = 1 }')
        done
        events=$((2 * n))
        for config in "${configs[@]}"; do
            awk -v w="$workload" -v p="$pattern" -v c="$config" -v n="$n" -v e="$events" \
                -v t="${total[$config]}" -v l="${loop[$config]:-0}" -v f="${total[raw]}" \
                'BEGIN { printf "%-9s %-9s %-10s %8d %12.0f %12.0f %+10.0f\n", w, p, c, n, t / e, l / e, (t - f) / e }'
        done
        awk -v r="${total[reference]}" -v o="${total[ours]}" -v f="${total[raw]}" \
            'BEGIN { printf "%-9s %-9s total ratios: ours/reference %.3f, ours/raw %.3f\n", "", "", o / r, o / f }'
        unset total loop
    done
done
