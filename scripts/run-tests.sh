#!/bin/sh
# Builds everything and runs every test suite: Rust unit and integration tests, the C, Python,
# Vala, ABI, GIR and consumer tests (through meson), including the runs on the reference library.
# usage: scripts/run-tests.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}

scripts/install-deps.sh all
# The fuzz suite needs cargo-fuzz (built from crates.io once, ~2 min).
command -v cargo-fuzz >/dev/null 2>&1 || cargo install --quiet --locked cargo-fuzz

setup_log=$(mktemp)
if [ -f "$build/build.ninja" ]; then set -- --reconfigure; else set --; fi
meson setup "$@" "$build" >"$setup_log" 2>&1 || { cat "$setup_log"; exit 1; }
rm -f "$setup_log"
meson compile -C "$build"
status=0
meson test -C "$build" --print-errorlogs --num-processes 2 --timeout-multiplier 2 || status=$?

# One closing line any CI can read: "N passed, N failed, N skipped".
python3 - "$build/meson-logs/testlog.json" <<'PY'
import json, sys
counts = {"passed": 0, "failed": 0, "skipped": 0}
for line in open(sys.argv[1]):
    result = json.loads(line)["result"]
    key = {"OK": "passed", "EXPECTEDFAIL": "passed", "SKIP": "skipped"}.get(result, "failed")
    counts[key] += 1
print(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
PY
exit $status
