#!/bin/sh
# Prints the table of docs/storage-commitment.md: qcow2 images made with qemu-img across
# virtual sizes, cluster sizes, preallocation modes and extended L2; our commitment (from the
# header read back from each file) next to `qemu-img measure`'s "fully allocated size".
# Takes a few minutes (QEMU preallocates metadata slowly in 512-byte clusters).
# Usage: scripts/storage-commitment-table.sh [OUTPUT.md]
set -eu
cd "$(dirname "$0")/.."
out=$(realpath "${1:-/dev/stdout}")
table=$(mktemp)
trap 'rm -f "$table"' EXIT
echo "qemu-img: $(qemu-img --version | head -1)" >&2
COMMITMENT_TABLE="$table" cargo test -q -p libvirt-gobject --test storage_figures qcow2_commitment_matches_qemu_img_measure >&2
cat "$table" > "$out"
