#!/bin/sh
# Runs the demo: registers libvirt-glib's event loop, drives a domain on libvirt's built-in test
# driver through its lifecycle and prints the events it receives; then the tour of the GObject
# API (libvirt-gobject/examples/tour.rs) on the same driver.
# usage: scripts/run-demo.sh [URI]   (default: test:///default)
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
cargo run --quiet -p libvirt-glib --example demo -- "$@"
echo
exec cargo run --quiet -p libvirt-gobject --example tour -- "$@"
