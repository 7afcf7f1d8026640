#!/bin/sh
# Installs the Debian 12 packages the build, the demo and the tests need. Idempotent: does
# nothing (and needs no network) when everything is already installed.
set -eu

build="meson ninja-build pkg-config gcc libglib2.0-dev libxml2-dev libvirt-dev
       gobject-introspection libgirepository1.0-dev valac"
# Tests: the reference library (the oracle for differential tests), GI from Python, the
# consumers that must run on our library, and tools the test scripts call.
tests="libvirt-glib-1.0-dev gir1.2-libvirt-glib-1.0 python3-gi python3-libvirt python3-dbus
       dbus libvirt-dbus libvirt-clients valgrind binutils"
# GUI consumers run under Xvfb in the 'consumers' suite (gnome-boxes alone is ~200 MB), with the
# tools the tests drive them with: xdotool (windows, keys), imagemagick (screenshots),
# libglib2.0-bin (gapplication).
gui="gnome-boxes virt-viewer virt-manager xvfb xdotool imagemagick libglib2.0-bin"

case "${1:-all}" in
  build) wanted=$build ;;
  all) wanted="$build $tests $gui" ;;
  *) echo "usage: $0 [build|all]" >&2; exit 2 ;;
esac

missing=""
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

echo "installing:$missing" >&2
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
# shellcheck disable=SC2086
$sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
