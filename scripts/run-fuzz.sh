#!/bin/sh
# Runs each cargo-fuzz target of libvirt-gconfig (one per document type) for a fixed number of
# inputs (default 150000 each, 10-25 s here), seeded with the documents of that type in
# tests/data/corpus/. A fixed libFuzzer seed and count make a run repeat exactly, so CI fails
# only on what a run here would also find (a time bound would explore further on a faster
# machine); the time bound stays as a cap. Explore longer by hand with a larger count.
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP=1 lets the stable toolchain provide them.
# Exits 77 (skipped) when cargo-fuzz is not installed.
# usage: scripts/run-fuzz.sh [RUNS]
set -eu
cd "$(dirname "$0")/../libvirt-gconfig"
runs=${1:-150000}
seeds=$(cd ../tests/data/corpus && pwd)
command -v cargo-fuzz >/dev/null 2>&1 || { echo "cargo-fuzz not installed" >&2; exit 77; }
export RUSTC_BOOTSTRAP=1
cargo fuzz build
log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed=""
# target → the corpus directory of its document type
while read -r target type; do
  mkdir -p "fuzz/corpus/$target"
  echo "fuzzing $target: $runs inputs (seeds: tests/data/corpus/$type)"
  # libFuzzer adds what it finds to the first directory only: the seeds stay as they are.
  if cargo fuzz run "$target" "fuzz/corpus/$target" "$seeds/$type" -- \
      -seed=1 -runs="$runs" -max_total_time=300 -rss_limit_mb=2048 >"$log" 2>&1; then
    tail -n 1 "$log"
  else
    cat "$log"
    failed="$failed $target"
  fi
done <<TARGETS
domain_xml Domain
capabilities_xml Capabilities
domain_capabilities_xml DomainCapabilities
domain_snapshot_xml DomainSnapshot
storage_pool_xml StoragePool
storage_vol_xml StorageVol
network_xml Network
node_device_xml NodeDevice
secret_xml Secret
interface_xml Interface
network_filter_xml NetworkFilter
TARGETS
[ -z "$failed" ] || { echo "crashed or failed:$failed (the input is under libvirt-gconfig/fuzz/artifacts/)" >&2; exit 1; }
