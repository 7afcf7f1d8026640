#!/bin/sh
# LibvirtGConfig benchmark: one compiled program (benches/gconfig-bench.c, built against the
# reference headers) runs on the reference library and on ours, plus the libxml2 floor.
# Instruction counts (callgrind) are the figures to compare: they repeat exactly on this noisy
# machine; wall times are printed too.
#
# usage: benches/run-gconfig-bench.sh BUILD_DIR [ITERATIONS]
set -eu
build=$(cd "${1:?usage: $0 BUILD_DIR [ITERATIONS]}" && pwd)
iterations=${2:-50}
here=$(cd "$(dirname "$0")" && pwd)
fixture="$here/../tests/data/domain-desktop.xml"
bin=$(mktemp -d)/gconfig-bench
trap 'rm -rf "$(dirname "$bin")"' EXIT

gcc -O2 -Wno-deprecated-declarations "$here/gconfig-bench.c" -o "$bin" \
    $(pkg-config --cflags --libs libvirt-gconfig-1.0 libxml-2.0)

instructions() { # LIBRARY_PATH MODE -> instructions per iteration
    out=$(mktemp)
    # Only the measured operation counts, not process start-up (loading libraries differs).
    env ${1:+LD_LIBRARY_PATH=$1} valgrind --tool=callgrind --callgrind-out-file="$out" \
        --collect-atstart=no --toggle-collect="run_$2" \
        "$bin" "$2" "$iterations" "$fixture" >/dev/null 2>&1
    total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
    rm -f "$out"
    echo $((total / iterations))
}

wall() { # LIBRARY_PATH MODE -> ms for the iterations
    env ${1:+LD_LIBRARY_PATH=$1} "$bin" "$2" $((iterations * 10)) "$fixture" | awk '{print $4}'
}

printf "%-6s %14s %14s %14s %9s %9s\n" mode "raw libxml2" reference ours "ours/ref" "ours/raw"
raw=$(instructions "" raw)
for mode in parse walk build; do
    ref=$(instructions "" "$mode")
    ours=$(instructions "$build" "$mode")
    printf "%-6s %14s %14s %14s %9s %9s\n" "$mode" "$( [ "$mode" = parse ] && echo "$raw" || echo -)" \
        "$ref" "$ours" "$(echo "scale=2; $ours / $ref" | bc)" \
        "$( [ "$mode" = parse ] && echo "scale=2; $ours / $raw" | bc || echo -)"
done
echo "(instructions per iteration, callgrind; fixture $(wc -c < "$fixture") bytes)"
for mode in parse walk build; do
    echo "wall $mode x$((iterations * 10)): reference $(wall "" "$mode") ms, ours $(wall "$build" "$mode") ms"
done
