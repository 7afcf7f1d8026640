"""What the integration tests share: library selection, GI imports, a private libvirtd, waiting.

Every script takes `--reference` to run on the system's libvirt-glib 4.0.0 instead of the build
tree (LD_LIBRARY_PATH/GI_TYPELIB_PATH dropped and the script re-executed), as tests/python does.
A daemon that cannot start fails the test loudly, with the tail of its log.
"""

import os
import sys
import time

SKIP = 77
REFERENCE = "--reference" in sys.argv[1:]


def reexec_for_reference(script):
    """With --reference, re-executes `script` without the variables pointing at our build."""
    if not REFERENCE:
        return
    sys.argv.remove("--reference")
    if os.environ.get("LD_LIBRARY_PATH") or os.environ.get("GI_TYPELIB_PATH"):
        env = dict(os.environ)
        for name in ("LD_LIBRARY_PATH", "GI_TYPELIB_PATH", "LIBVIRT_GLIB_RS_BUILD_DIR"):
            env.pop(name, None)
        os.execve(sys.executable, [sys.executable, os.path.abspath(script), "--reference"] + sys.argv[1:], env)


def import_gi():
    try:
        import gi
        gi.require_version("LibvirtGObject", "1.0")
        gi.require_version("LibvirtGConfig", "1.0")
        from gi.repository import Gio, GLib, GObject, LibvirtGConfig, LibvirtGObject
    except (ImportError, ValueError) as exc:
        print("SKIP: LibvirtGObject via GObject introspection unavailable: %s" % exc)
        sys.exit(SKIP)
    if not REFERENCE and not os.environ.get("LIBVIRT_GLIB_RS_BUILD_DIR"):
        print("LIBVIRT_GLIB_RS_BUILD_DIR must name the build tree (or pass --reference)")
        sys.exit(1)
    for tool in ("/usr/sbin/libvirtd", "/usr/sbin/virtlogd", "/usr/bin/virsh", "/usr/bin/qemu-system-x86_64"):
        if not os.path.exists(tool):
            # Not a skip: the suite is meant to run; scripts/install-deps.sh installs these.
            print("FAIL: %s is missing (scripts/install-deps.sh integration installs it)" % tool)
            sys.exit(1)
    if os.geteuid() != 0:
        print("SKIP: the integration suite runs a system libvirtd and needs root")
        sys.exit(SKIP)
    return Gio, GLib, GObject, LibvirtGConfig, LibvirtGObject


def run_until(GLib, done, timeout_s):
    """Iterates the default main context (where libvirt's events and stream watches are
    dispatched) until done() is true or `timeout_s` passed; returns done()."""
    deadline = time.monotonic() + timeout_s
    context = GLib.MainContext.default()
    # Wakes the blocking iteration up at least every 20 ms, so the deadline holds.
    tick = GLib.timeout_add(20, lambda: True)
    try:
        while not done() and time.monotonic() < deadline:
            context.iteration(True)
    finally:
        GLib.source_remove(tick)
    return bool(done())


class AsyncResult:
    """Collects the (source, result) of one GAsyncReadyCallback."""

    def __init__(self):
        self.result = None
        self.source = None
        self.calls = 0

    def __call__(self, source, result, *user_data):
        self.source = source
        self.result = result
        self.calls += 1

    def done(self):
        return self.result is not None
