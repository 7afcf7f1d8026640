"""The preamble the GObject-introspection test scripts share (imported, never run by meson).

    REFERENCE, GLib, LibvirtGObject = gi_test_support.setup(
        __file__, ['GLib', 'LibvirtGObject'], reference=True)

With reference=True the script takes --reference: it is removed from sys.argv and the script
re-executes itself without LD_LIBRARY_PATH, GI_TYPELIB_PATH and LIBVIRT_GLIB_RS_BUILD_DIR, so the
same assertions run on the system's (Debian's) libraries, the oracle. Without --reference
LIBVIRT_GLIB_RS_BUILD_DIR must name the build tree (meson sets it), or the script exits 1.

The Libvirt* namespaces are required at version 1.0; when python-gi or a typelib is missing the
script exits 77 (skipped).
"""

import os
import sys
import unittest

SKIP = 77
BUILD_DIR_VARIABLE = 'LIBVIRT_GLIB_RS_BUILD_DIR'
# The variables that select the build tree over the system's libraries.
BUILD_TREE_VARIABLES = ('LD_LIBRARY_PATH', 'GI_TYPELIB_PATH', BUILD_DIR_VARIABLE)


def skip(why):
    """Exits with the status meson counts as skipped."""
    print('SKIP: ' + why)
    sys.exit(SKIP)


def handle_reference(script):
    """Whether --reference was passed; if so, re-executes @script without the build tree."""
    if '--reference' not in sys.argv[1:]:
        return False
    sys.argv.remove('--reference')
    # The reference run must not see the build tree, whatever environment meson (or a
    # `meson devenv` shell) handed us: restart without the variables that select it.
    if os.environ.get('LD_LIBRARY_PATH') or os.environ.get('GI_TYPELIB_PATH'):
        env = dict(os.environ)
        for name in BUILD_TREE_VARIABLES:
            env.pop(name, None)
        os.execve(sys.executable, [sys.executable, os.path.abspath(script), '--reference']
                  + sys.argv[1:], env)
    return True


def run_self(script, args, reference):
    """Runs @script again with @args in a child process, on the reference library when
    @reference (the child gets --reference), and returns its standard output. A child that
    skipped makes this process skip too; one that failed ends it with the child's output."""
    import subprocess
    command = [sys.executable, os.path.abspath(script)] + list(args) + (['--reference'] if reference else [])
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode == SKIP:
        skip(result.stdout.strip())
    if result.returncode != 0:
        raise SystemExit('the run on %s failed (%d):\n%s%s' % ('the reference' if reference else 'ours',
                                                              result.returncode, result.stdout, result.stderr))
    return result.stdout


def import_namespaces(namespaces):
    """Imports @namespaces from gi.repository (Libvirt* at 1.0), or exits 77."""
    libvirt = [n for n in namespaces if n.startswith('Libvirt')]
    try:
        import gi
        for name in libvirt:
            gi.require_version(name, '1.0')
        import importlib
        return tuple(importlib.import_module('gi.repository.' + n) for n in namespaces)
    except (ImportError, ValueError) as exc:
        skip('%s via GObject introspection unavailable: %s' % ((libvirt or namespaces)[-1], exc))


def build_dir():
    """The build tree meson names in LIBVIRT_GLIB_RS_BUILD_DIR, or None."""
    return os.environ.get(BUILD_DIR_VARIABLE)


def setup(script, namespaces, reference=False):
    """The whole preamble; returns REFERENCE followed by the modules of @namespaces, in order.

    reference=False: the script has no --reference run and does not insist on the build tree.
    """
    is_reference = handle_reference(script) if reference else False
    modules = import_namespaces(namespaces)
    if reference and not is_reference and not build_dir():
        print('%s must name the build tree (or pass --reference)' % BUILD_DIR_VARIABLE)
        sys.exit(1)
    return (is_reference,) + modules


def wait_async(start, finish, timeout_ms=10000):
    """Runs start(callback) and the default main loop until the callback; returns finish(result)."""
    from gi.repository import GLib
    loop = GLib.MainLoop()
    box = {}

    def done(source, result, *_):
        box['result'] = result
        loop.quit()

    start(done)
    GLib.timeout_add(timeout_ms, loop.quit)
    loop.run()
    return finish(box['result'])


class DefaultConnectionTest(unittest.TestCase):
    """A test case whose self.conn is a GVirConnection to test:///default, open for each test."""

    def setUp(self):
        from gi.repository import LibvirtGObject
        LibvirtGObject.init_object_check(None)
        self.conn = LibvirtGObject.Connection.new('test:///default')
        self.conn.open(None)

    def tearDown(self):
        self.conn.close()
