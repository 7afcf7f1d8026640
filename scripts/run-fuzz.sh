#!/bin/sh
# Runs each cargo-fuzz target of libvirt-gconfig for a bounded time (default 60 s each).
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP=1 lets the stable toolchain provide them.
# Exits 77 (skipped) when cargo-fuzz is not installed.
# usage: scripts/run-fuzz.sh [SECONDS]
set -eu
cd "$(dirname "$0")/../libvirt-gconfig"
seconds=${1:-60}
command -v cargo-fuzz >/dev/null 2>&1 || { echo "cargo-fuzz not installed" >&2; exit 77; }
export RUSTC_BOOTSTRAP=1
for target in $(cargo fuzz list); do
  echo "fuzzing $target for ${seconds}s"
  cargo fuzz run "$target" -- -max_total_time="$seconds" -rss_limit_mb=2048 2>&1 | tail -n 3
done
