#!/bin/sh
# A private, real libvirtd + virtlogd (Debian 12's monolithic daemon, QEMU driver with TCG) for
# tests, demos and GUI consumers, on a machine without systemd.
#
#   scripts/libvirtd-session.sh start STATE_DIR     start (idempotent), wait until it answers
#   scripts/libvirtd-session.sh stop STATE_DIR      destroy its guests, stop both daemons by PID
#   scripts/libvirtd-session.sh env STATE_DIR       print `export LIBVIRT_DEFAULT_URI=…` for eval
#   scripts/libvirtd-session.sh uri STATE_DIR       print the connection URI
#   scripts/libvirtd-session.sh domain STATE_DIR NAME  define (not start) the tiny test domain
#   scripts/libvirtd-session.sh status STATE_DIR    exit 0 when the daemon answers
#
# Isolation: both daemons run in their own mount namespace (`unshare -m --propagation private`)
# where STATE_DIR's directories are bind-mounted over /etc/libvirt, /run/libvirt, /var/lib/libvirt
# and /var/log/libvirt. So the project's own libvirtd.conf and qemu.conf are used without editing
# /etc, the host's autostarted networks and pools are not touched, and several sessions (two
# worktrees, two test suites) can run side by side. The daemon is the `qemu:///system` driver;
# clients reach it through its socket in STATE_DIR:
#
#   qemu:///system?socket=STATE_DIR/run/libvirt-sock
#
# which `env` exports as LIBVIRT_DEFAULT_URI (so `virsh` without `-c`, libvirt-python's
# `libvirt.open()` and GVirConnection with a NULL URI all land there). Only UNIX sockets, no TCP:
# VNC/SPICE of the guests listen on 127.0.0.1. /var/cache/libvirt (QEMU capability cache) stays
# shared, so only the first start on a machine pays the QEMU probe (~10 s).
#
# Needs root (a system QEMU driver), the packages of `scripts/install-deps.sh integration`.
set -eu

usage() {
  sed -n '4,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 2 ] || usage
cmd=$1
state=$2
case "$state" in
  /*) ;;
  *) state=$(pwd)/$state ;;
esac

timeout_s=${LIBVIRTD_SESSION_TIMEOUT:-60}
uri="qemu:///system?socket=$state/run/libvirt-sock"

# A PID that is gone or a zombie counts as stopped: daemons re-parented to PID 1 in a container
# without an init that reaps are never collected, and `kill -0` succeeds on zombies.
pid_alive() {
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] || return 1
  state_letter=$(sed 's/^.*) \(.\).*$/\1/' "/proc/$1/stat" 2>/dev/null) || return 1
  [ "$state_letter" != "Z" ] && [ "$state_letter" != "X" ]
}

pid_of() {
  [ -s "$1" ] && cat "$1" 2>/dev/null || true
}

answers() {
  timeout 10 virsh -q -c "$uri" version >/dev/null 2>&1
}

log_tail() {
  for f in "$state/log/virtlogd.log" "$state/log/libvirtd.log" "$state/log/start.log"; do
    [ -s "$f" ] || continue
    echo "---- tail of $f" >&2
    tail -n 40 "$f" >&2
  done
}

write_config() {
  mkdir -p "$state/etc/qemu" "$state/etc/storage" "$state/etc/nwfilter" "$state/run" \
           "$state/lib" "$state/log" "$state/pools"
  chmod 0755 "$state"
  cat >"$state/etc/libvirtd.conf" <<EOF
# Written by scripts/libvirtd-session.sh: UNIX sockets only, no authentication (root-only
# directory), logs in the session's state directory.
unix_sock_group = "root"
unix_sock_ro_perms = "0770"
unix_sock_rw_perms = "0770"
unix_sock_admin_perms = "0700"
auth_unix_ro = "none"
auth_unix_rw = "none"
log_level = 3
log_outputs = "3:file:$state/log/libvirtd.log"
EOF
  cat >"$state/etc/virtlogd.conf" <<EOF
log_level = 3
log_outputs = "3:file:$state/log/virtlogd.log"
EOF
  # What works in a container: no privilege drop, no relabelling, no namespaces or cgroups for
  # the guests; VNC/SPICE on loopback only.
  cat >"$state/etc/qemu.conf" <<EOF
user = "root"
group = "root"
dynamic_ownership = 0
remember_owner = 0
security_driver = "none"
namespaces = [ ]
cgroup_controllers = [ ]
vnc_listen = "127.0.0.1"
spice_listen = "127.0.0.1"
EOF
  : >"$state/etc/libvirt.conf"
}

# Runs inside the private mount namespace: put the state directory over libvirt's fixed paths,
# then start both daemons (they daemonize and keep the namespace alive).
start_in_namespace() {
  mount --bind "$state/etc" /etc/libvirt
  mount --bind "$state/run" /run/libvirt
  mount --bind "$state/lib" /var/lib/libvirt
  mount --bind "$state/log" /var/log/libvirt
  if ! pid_alive "$(pid_of "$state/run/virtlogd.pid")"; then
    rm -f "$state/run/virtlogd.pid" "$state/run/virtlogd-sock" "$state/run/virtlogd-admin-sock"
    virtlogd -d -f "$state/etc/virtlogd.conf" -p "$state/run/virtlogd.pid"
  fi
  rm -f "$state/run/libvirtd.pid" "$state/run/libvirt-sock" "$state/run/libvirt-sock-ro" \
        "$state/run/libvirt-admin-sock"
  libvirtd -d -f "$state/etc/libvirtd.conf" -p "$state/run/libvirtd.pid"
}

do_start() {
  if pid_alive "$(pid_of "$state/run/libvirtd.pid")" && answers; then
    return 0
  fi
  # A half-dead session (libvirtd gone, virtlogd left) is stopped first, so the new daemons share
  # one namespace.
  do_stop >/dev/null 2>&1 || true
  write_config
  mkdir -p /run/libvirt /var/lib/libvirt /var/log/libvirt
  : >"$state/log/start.log"
  if ! unshare -m --propagation private "$0" __start-in-namespace "$state" >>"$state/log/start.log" 2>&1; then
    echo "libvirtd-session: starting the daemons failed" >&2
    log_tail
    exit 1
  fi
  waited=0
  while ! answers; do
    if ! pid_alive "$(pid_of "$state/run/libvirtd.pid")" && [ $waited -ge 2 ]; then
      echo "libvirtd-session: libvirtd exited during start-up" >&2
      log_tail
      exit 1
    fi
    if [ $waited -ge "$timeout_s" ]; then
      echo "libvirtd-session: libvirtd did not answer on $uri within ${timeout_s}s" >&2
      log_tail
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

stop_pid() {
  pid=$1
  pid_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  i=0
  while pid_alive "$pid" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  if pid_alive "$pid"; then
    kill -KILL "$pid" 2>/dev/null || true
    i=0
    while pid_alive "$pid" && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
  fi
}

do_stop() {
  [ -d "$state/run" ] || return 0
  libvirtd_pid=$(pid_of "$state/run/libvirtd.pid")
  if pid_alive "$libvirtd_pid"; then
    # Guests outlive libvirtd; destroy them while it can still be asked.
    for dom in $(timeout 10 virsh -q -c "$uri" list --name 2>/dev/null || true); do
      timeout 20 virsh -q -c "$uri" destroy "$dom" >/dev/null 2>&1 || true
    done
  fi
  # Whatever QEMU is left (libvirtd dead or destroy timed out), by the PID libvirt recorded.
  for f in "$state"/run/qemu/*.pid; do
    [ -e "$f" ] || continue
    stop_pid "$(pid_of "$f")"
  done
  stop_pid "$libvirtd_pid"
  stop_pid "$(pid_of "$state/run/virtlogd.pid")"
}

# The tiny domain of docs: 64 MiB, TCG, a 32 MiB qcow2 disk in a `dir` pool under STATE_DIR,
# serial + console pty, VNC and SPICE on 127.0.0.1, SeaBIOS writing to the serial port.
do_domain() {
  name=$1
  fixtures=$(cd "$(dirname "$0")/../tests/integration/fixtures" && pwd)
  pool=session-pool
  if ! virsh -q -c "$uri" pool-info "$pool" >/dev/null 2>&1; then
    mkdir -p "$state/pools/$pool"
    virsh -q -c "$uri" pool-create-as "$pool" dir --target "$state/pools/$pool" >/dev/null
  fi
  if ! virsh -q -c "$uri" vol-info --pool "$pool" "$name.qcow2" >/dev/null 2>&1; then
    virsh -q -c "$uri" vol-create-as "$pool" "$name.qcow2" 32M --format qcow2 >/dev/null
  fi
  sed -e "s|@NAME@|$name|g" -e "s|@DISK@|$state/pools/$pool/$name.qcow2|g" \
      "$fixtures/tiny-domain.xml" >"$state/$name.xml"
  virsh -q -c "$uri" define "$state/$name.xml" >/dev/null
  echo "$name"
}

case "$cmd" in
  start) do_start ;;
  stop) do_stop ;;
  env) echo "export LIBVIRT_DEFAULT_URI='$uri'" ;;
  uri) echo "$uri" ;;
  status) answers ;;
  domain) [ $# -ge 3 ] || usage; do_domain "$3" ;;
  __start-in-namespace) start_in_namespace ;;
  *) usage ;;
esac
