#!/bin/sh
# Runs the demo: registers libvirt-glib's event loop, drives a domain on libvirt's built-in test
# driver through its lifecycle and prints the events it receives.
# usage: scripts/run-demo.sh [URI]   (default: test:///default)
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
exec cargo run --quiet -p libvirt-glib --example demo -- "$@"
