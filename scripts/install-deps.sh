#!/bin/sh
# Installs the Debian 12 packages the build, the demo and the tests need. Idempotent: does
# nothing (and needs no network) when everything is already installed.
set -eu

build="meson ninja-build pkg-config gcc libglib2.0-dev libxml2-dev libvirt-dev
       gobject-introspection libgirepository1.0-dev valac"
# Tests: the reference library (the oracle for differential tests), GI from Python, the
# consumers that must run on our library, and tools the test scripts call.
tests="libvirt-glib-1.0-dev gir1.2-libvirt-glib-1.0 python3-gi python3-libvirt python3-dbus
       dbus libvirt-dbus libvirt-clients valgrind binutils qemu-utils"
# Integration tests on a real daemon (scripts/libvirtd-session.sh): libvirtd + virtlogd and QEMU
# (TCG is enough, /dev/kvm is not needed). apt resolves this set more reliably in a call of its own.
integration="libvirt-daemon-system libvirt-daemon-driver-qemu qemu-system-x86 qemu-utils"
# GUI consumers run under Xvfb in the 'consumers' suite (gnome-boxes alone is ~200 MB), with the
# tools the tests drive them with: xdotool (windows, keys), imagemagick (screenshots),
# libglib2.0-bin (gapplication).
gui="gnome-boxes virt-viewer virt-manager xvfb xdotool imagemagick libglib2.0-bin"

case "${1:-all}" in
  build) groups="build" ;;
  integration) groups="integration" ;;
  gui) groups="gui" ;;
  all) groups="build tests integration gui" ;;
  *) echo "usage: $0 [build|integration|gui|all]" >&2; exit 2 ;;
esac

missing_in() {
  missing=""
  for pkg in $1; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  echo "$missing"
}

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
export DEBIAN_FRONTEND=noninteractive
updated=no
for group in $groups; do
  eval "wanted=\$$group"
  missing=$(missing_in "$wanted")
  [ -z "$missing" ] && continue
  echo "installing:$missing" >&2
  if [ $updated = no ]; then
    $sudo_cmd apt-get update -qq
    updated=yes
  fi
  # One apt call per group: the daemon + QEMU set together with the -dev packages can make apt
  # report "held broken packages" where separate calls succeed.
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
done
