#!/bin/sh
# Builds the static library of the C ABI with cargo and copies it where meson expects it.
# usage: cargo-build.sh SOURCE_ROOT OUTPUT_ARCHIVE PROFILE
set -eu
src=$1 out=$2 profile=$3
target_dir=${CARGO_TARGET_DIR:-$src/target}
cargo build --quiet --manifest-path "$src/Cargo.toml" -p libvirt-glib-capi --profile "$profile"
case $profile in dev) dir=debug ;; *) dir=$profile ;; esac
cp "$target_dir/$dir/liblibvirt_glib_capi.a" "$out"
