#!/usr/bin/python3
"""Debian's libvirt-dbus (a C program linked against libvirt-glib-1.0.so.0) on our library.

Usage: test_libvirt_dbus.py [--reference]

Starts a private D-Bus daemon on a socket in a temporary directory, runs
`/usr/sbin/libvirt-dbus --session` on it with LD_LIBRARY_PATH set to the build tree (named by
LIBVIRT_GLIB_RS_BUILD_DIR), checks from /proc/PID/maps that it mapped our library, then drives
the test:///default connection it exports at /org/libvirt/Test and checks that the domain
lifecycle signals (which libvirt delivers through libvirt-glib's event loop) arrive.

With --reference, libvirt-dbus runs on the system library instead (no LD_LIBRARY_PATH) and the
map check requires that one. Exit status 77 when a program or python module is missing.
"""

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
LIBVIRT_DBUS = '/usr/sbin/libvirt-dbus'
BUS_NAME = 'org.libvirt'
CONNECT_PATH = '/org/libvirt/Test'
CONNECT_IFACE = 'org.libvirt.Connect'
DOMAIN_IFACE = 'org.libvirt.Domain'
CALL_TIMEOUT_MS = 10000
WAIT_S = 15

# virDomainEventType / detail values (libvirt's ABI, stable).
EVENT_DEFINED, EVENT_UNDEFINED, EVENT_STARTED, EVENT_SUSPENDED, EVENT_RESUMED, EVENT_STOPPED = \
    0, 1, 2, 3, 4, 5
DEFINED_ADDED = 0
UNDEFINED_REMOVED = 0
STARTED_BOOTED = 0
SUSPENDED_PAUSED = 0
RESUMED_UNPAUSED = 0
STOPPED_DESTROYED = 1

EXTRA_DOMAIN = 'lvg-rs-dbus-extra'
EXTRA_DOMAIN_XML = """<domain type='test'>
  <name>%s</name>
  <memory unit='KiB'>8192</memory>
  <os><type arch='x86_64'>hvm</type></os>
</domain>""" % EXTRA_DOMAIN

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%s</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def skip(why):
    print('SKIP: ' + why)
    sys.exit(SKIP)


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def stop_process(proc, name, grace_s=10):
    """SIGTERM, bounded wait, then SIGKILL. Returns the exit status (negative: signal)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            print('%s ignored SIGTERM for %ds, killing it' % (name, grace_s))
            proc.kill()
            proc.wait(timeout=grace_s)
    return proc.returncode


def read_line(stream, deadline):
    """One line from a pipe, giving up at @deadline (time.monotonic())."""
    data = b''
    fd = stream.fileno()
    while not data.endswith(b'\n'):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise Failure('timed out reading from dbus-daemon: %r' % data)
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 1)
            if not chunk:
                raise Failure('dbus-daemon closed its output early: %r' % data)
            data += chunk
    return data.decode().strip()


def libvirt_glib_mappings(pid):
    paths = set()
    with open('/proc/%d/maps' % pid) as maps:
        for line in maps:
            fields = line.split(None, 5)
            if len(fields) == 6:
                path = fields[5].strip()
                if os.path.basename(path).startswith(('libvirt-glib-', 'libvirt-gobject-',
                                                      'libvirt-gconfig-')):
                    paths.add(path)
    return sorted(paths)


class Client:
    """A Gio D-Bus client on the private bus, with bounded waits on the default main loop."""

    def __init__(self, address):
        self.bus = Gio.DBusConnection.new_for_address_sync(
            address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)
        self.signals = []
        self.subscriptions = []

    def call(self, path, iface, method, args=None, reply=None, name=BUS_NAME):
        result = self.bus.call_sync(name, path, iface, method, args,
                                    GLib.VariantType.new(reply) if reply else None,
                                    Gio.DBusCallFlags.NONE, CALL_TIMEOUT_MS, None)
        return result.unpack() if result is not None else None

    def bus_call(self, method, args, reply):
        return self.call('/org/freedesktop/DBus', 'org.freedesktop.DBus', method, args, reply,
                         name='org.freedesktop.DBus')

    def prop(self, path, iface, name):
        return self.call(path, 'org.freedesktop.DBus.Properties', 'Get',
                         GLib.Variant('(ss)', (iface, name)), '(v)')[0]

    def subscribe(self, sender, iface, member, path):
        def on_signal(conn, sender_name, object_path, iface_name, signal_name, params, data):
            self.signals.append((signal_name, object_path, params.unpack()))

        self.subscriptions.append(self.bus.signal_subscribe(
            sender, iface, member, path, None, Gio.DBusSignalFlags.NONE, on_signal, None))

    def wait_for(self, done, timeout_s=WAIT_S):
        context = GLib.MainContext.default()
        deadline = time.monotonic() + timeout_s
        while not done():
            if time.monotonic() >= deadline:
                return False
            # Never block indefinitely: a 50 ms timer wakes the context up.
            timer = GLib.timeout_add(50, lambda: GLib.SOURCE_REMOVE)
            context.iteration(True)
            source = context.find_source_by_id(timer)
            if source is not None and not source.is_destroyed():
                source.destroy()
        return True

    def close(self):
        for sub in self.subscriptions:
            self.bus.signal_unsubscribe(sub)
        self.bus.close_sync(None)


def run(reference, build_dir, tmp):
    socket_path = os.path.join(tmp, 'bus')
    config = os.path.join(tmp, 'bus.conf')
    with open(config, 'w') as f:
        f.write(BUS_CONFIG % socket_path)

    base_env = dict(os.environ)
    for name in ('LD_LIBRARY_PATH', 'LD_PRELOAD', 'GI_TYPELIB_PATH', 'DBUS_SESSION_BUS_ADDRESS',
                 'DBUS_SYSTEM_BUS_ADDRESS', 'G_MESSAGES_DEBUG', 'LIBVIRT_GLIB_DEBUG'):
        base_env.pop(name, None)
    # Nothing the daemons do may touch the real home or runtime directory.
    for name in ('HOME', 'XDG_RUNTIME_DIR', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME'):
        base_env[name] = os.path.join(tmp, name.lower())
        os.makedirs(base_env[name], mode=0o700, exist_ok=True)

    procs = []
    bus_log_path = os.path.join(tmp, 'dbus-daemon.stderr')
    bus_log = open(bus_log_path, 'wb')
    try:
        # In the foreground (--nofork) so this process owns it, can reap it and never leaks it.
        bus_daemon = subprocess.Popen(
            ['dbus-daemon', '--config-file=' + config, '--nofork', '--nopidfile',
             '--print-address=1', '--print-pid=1'],
            env=base_env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=bus_log)
        procs.append(('dbus-daemon', bus_daemon))
        deadline = time.monotonic() + WAIT_S
        address = read_line(bus_daemon.stdout, deadline)
        bus_pid = int(read_line(bus_daemon.stdout, deadline))
        check(address.startswith('unix:path=' + socket_path), 'unexpected address %r' % address)
        check(bus_pid == bus_daemon.pid, 'dbus-daemon reported pid %d, not %d'
              % (bus_pid, bus_daemon.pid))
        print('private bus: %s (pid %d)' % (address, bus_pid))

        dbus_env = dict(base_env)
        dbus_env['DBUS_SESSION_BUS_ADDRESS'] = address
        if not reference:
            dbus_env['LD_LIBRARY_PATH'] = build_dir
        stderr_path = os.path.join(tmp, 'libvirt-dbus.stderr')
        with open(stderr_path, 'wb') as stderr_file:
            service = subprocess.Popen([LIBVIRT_DBUS, '--session'], env=dbus_env,
                                       stdin=subprocess.DEVNULL, stdout=stderr_file,
                                       stderr=stderr_file)
        procs.append(('libvirt-dbus', service))

        client = Client(address)
        try:
            owner = None
            deadline = time.monotonic() + WAIT_S
            while time.monotonic() < deadline and service.poll() is None:
                if client.bus_call('NameHasOwner', GLib.Variant('(s)', (BUS_NAME,)), '(b)')[0]:
                    owner = client.bus_call('GetNameOwner', GLib.Variant('(s)', (BUS_NAME,)),
                                            '(s)')[0]
                    break
                time.sleep(0.05)
            check(service.poll() is None, 'libvirt-dbus exited early with status %s: %s'
                  % (service.returncode, open(stderr_path).read()))
            check(owner is not None, 'libvirt-dbus never took the name %s' % BUS_NAME)

            libs = libvirt_glib_mappings(service.pid)
            print('libvirt-dbus mapped: %s' % ', '.join(libs))
            check(libs, 'libvirt-dbus mapped no libvirt-glib library')
            if reference:
                check(all(p.startswith('/usr/lib') for p in libs),
                      'reference run mapped a non-system library: %r' % libs)
            else:
                ours = os.path.realpath(build_dir) + os.sep
                check(all(p.startswith(ours) for p in libs),
                      'libvirt-dbus mapped libraries from outside %s: %r' % (ours, libs))

            exercise(client, owner, service)

            check(service.poll() is None, 'libvirt-dbus died during the exchange (status %s)'
                  % service.returncode)
        finally:
            client.close()

        status = stop_process(service, 'libvirt-dbus')
        print('libvirt-dbus exit status after SIGTERM: %s' % status)
        stderr = open(stderr_path, errors='replace').read()
        if stderr:
            print('libvirt-dbus output:\n' + stderr)
        check('no version information' not in stderr,
              'the dynamic linker complained about symbol versions')
        for bad in ('CRITICAL', 'panicked', 'WARNING'):
            check(bad not in stderr, 'libvirt-dbus printed %s' % bad)
        check(status in (0, -signal.SIGTERM),
              'libvirt-dbus ended with status %s after SIGTERM' % status)
    finally:
        for name, proc in reversed(procs):
            stop_process(proc, name)
            if proc.stdout:
                proc.stdout.close()
        bus_log.close()
        with open(bus_log_path, errors='replace') as log:
            for line in log:
                print('dbus-daemon: ' + line.rstrip())


def exercise(client, owner, service):
    domains = client.call(CONNECT_PATH, CONNECT_IFACE, 'ListDomains', GLib.Variant('(u)', (0,)),
                          '(ao)')[0]
    print('ListDomains: %r' % domains)
    test_path = client.call(CONNECT_PATH, CONNECT_IFACE, 'DomainLookupByName',
                            GLib.Variant('(s)', ('test',)), '(o)')[0]
    check(test_path in domains, '%s not among %r' % (test_path, domains))
    check(client.prop(test_path, DOMAIN_IFACE, 'Name') == 'test', 'wrong domain name')
    check(client.prop(test_path, DOMAIN_IFACE, 'Active') is True, 'test domain not running')

    client.subscribe(owner, CONNECT_IFACE, 'DomainEvent', CONNECT_PATH)

    def events_for(path):
        return [params[1:] for name, obj, params in client.signals
                if name == 'DomainEvent' and params[0] == path]

    def expect(path, wanted, what):
        ok = client.wait_for(lambda: wanted in events_for(path))
        check(ok, 'no DomainEvent %r after %s within %ds; got %r'
              % (wanted, what, WAIT_S, client.signals))
        check(service.poll() is None, 'libvirt-dbus died after %s' % what)
        print('%s -> DomainEvent%r' % (what, (path,) + wanted))

    client.call(test_path, DOMAIN_IFACE, 'Destroy', GLib.Variant('(u)', (0,)))
    expect(test_path, (EVENT_STOPPED, STOPPED_DESTROYED), 'Destroy')
    check(client.prop(test_path, DOMAIN_IFACE, 'Active') is False, 'still active after Destroy')

    client.call(test_path, DOMAIN_IFACE, 'Create', GLib.Variant('(u)', (0,)))
    expect(test_path, (EVENT_STARTED, STARTED_BOOTED), 'Create')
    check(client.prop(test_path, DOMAIN_IFACE, 'Active') is True, 'inactive after Create')

    client.call(test_path, DOMAIN_IFACE, 'Suspend')
    expect(test_path, (EVENT_SUSPENDED, SUSPENDED_PAUSED), 'Suspend')
    client.call(test_path, DOMAIN_IFACE, 'Resume')
    expect(test_path, (EVENT_RESUMED, RESUMED_UNPAUSED), 'Resume')

    extra = client.call(CONNECT_PATH, CONNECT_IFACE, 'DomainDefineXML',
                        GLib.Variant('(s)', (EXTRA_DOMAIN_XML,)), '(o)')[0]
    expect(extra, (EVENT_DEFINED, DEFINED_ADDED), 'DomainDefineXML')
    client.call(extra, DOMAIN_IFACE, 'Undefine', GLib.Variant('(u)', (0,)))
    expect(extra, (EVENT_UNDEFINED, UNDEFINED_REMOVED), 'Undefine')

    # Give stragglers a moment, then require each event exactly once and in order.
    client.wait_for(lambda: False, timeout_s=0.3)
    check(events_for(test_path) == [(EVENT_STOPPED, STOPPED_DESTROYED),
                                    (EVENT_STARTED, STARTED_BOOTED),
                                    (EVENT_SUSPENDED, SUSPENDED_PAUSED),
                                    (EVENT_RESUMED, RESUMED_UNPAUSED)],
          'unexpected event sequence for test: %r' % events_for(test_path))
    check(events_for(extra) == [(EVENT_DEFINED, DEFINED_ADDED),
                                (EVENT_UNDEFINED, UNDEFINED_REMOVED)],
          'unexpected event sequence for %s: %r' % (EXTRA_DOMAIN, events_for(extra)))


def main():
    reference = '--reference' in sys.argv[1:]
    build_dir = os.environ.get('LIBVIRT_GLIB_RS_BUILD_DIR')
    if not reference and not build_dir:
        print('LIBVIRT_GLIB_RS_BUILD_DIR must name the build tree (or pass --reference)')
        return 1
    if not os.access(LIBVIRT_DBUS, os.X_OK):
        skip('%s is not installed' % LIBVIRT_DBUS)
    if shutil.which('dbus-daemon') is None:
        skip('dbus-daemon is not installed')
    if not reference and not os.path.exists(os.path.join(build_dir, 'libvirt-glib-1.0.so.0')):
        print('%s has no libvirt-glib-1.0.so.0' % build_dir)
        return 1

    tmp = tempfile.mkdtemp(prefix='lvg-rs-dbus-')
    try:
        run(reference, build_dir, tmp)
    except Failure as exc:
        print('FAIL: %s' % exc)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('PASS')
    return 0


try:
    import gi
    gi.require_version('Gio', '2.0')
    from gi.repository import Gio, GLib
except (ImportError, ValueError) as exc:
    skip('python-gi with Gio unavailable: %s' % exc)

if __name__ == '__main__':
    sys.exit(main())
