#!/usr/bin/python3
"""A GVirConnection whose libvirtd dies or hangs: calls finish with an error, nothing waits
forever, `connection-closed` is emitted once.

Usage: test_connection_closed.py [--reference] [unittest options]

Each test has its own private libvirtd (scripts/libvirtd-session.sh). To have a call really in
flight when the daemon goes, the daemon is first stopped (SIGSTOP): `fetch_domains_async` then
waits for an answer that will not come; then it is killed (SIGKILL), or left stopped for
keepalive to notice.

libvirt-glib 4.0.0 (--reference) registers no close callback and sets no keepalive: there the
killed daemon makes the call fail too (libvirt's own error), but `connection-closed` is not
emitted and the connection stays "open"; a hung daemon hangs its calls for good, so that test
is skipped there.
"""

import os
import signal
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

common.reexec_for_reference(__file__)
Gio, GLib, GObject, LibvirtGConfig, LibvirtGObject = common.import_gi()
from libvirtd_session import LibvirtdSession  # noqa: E402


class ConnectionClosed(unittest.TestCase):
    def setUp(self):
        self.session = LibvirtdSession().__enter__()
        self.addCleanup(self.session.__exit__, None, None, None)
        LibvirtGObject.init_object_check(None)
        self.conn = LibvirtGObject.Connection.new(self.session.uri)
        self.conn.open(None)
        self.conn.fetch_domains(None)
        self.closed = []
        self.conn.connect("connection-closed", lambda c: self.closed.append(time.monotonic()))
        self.pid = self.session.libvirtd_pid()

    def tearDown(self):
        # A stopped daemon cannot be told to stop: let it run again (or die) first.
        for sig in (signal.SIGCONT,):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def fetch_in_flight(self):
        """Stops the daemon, then starts fetch_domains_async, which now waits for it."""
        os.kill(self.pid, signal.SIGSTOP)
        result = common.AsyncResult()
        self.conn.fetch_domains_async(None, result)
        common.run_until(GLib, lambda: False, 0.5)
        self.assertFalse(result.done(), "the call waits for the stopped daemon")
        return result

    def test_daemon_killed_during_fetch_domains_async(self):
        result = self.fetch_in_flight()
        os.kill(self.pid, signal.SIGKILL)
        killed = time.monotonic()
        self.assertTrue(common.run_until(GLib, result.done, 10), "fetch_domains_async finished within 10 s of the kill")
        elapsed = time.monotonic() - killed
        with self.assertRaises(GLib.Error) as raised:
            self.conn.fetch_domains_finish(result.result)
        print("fetch_domains_async failed %.2f s after the kill: %s" % (elapsed, raised.exception.message))
        # Give a second signal, if any, the time to show up.
        common.run_until(GLib, lambda: False, 1.0)
        if common.REFERENCE:
            self.assertEqual(self.closed, [], "4.0.0 emits connection-closed only from close()")
            return
        self.assertEqual(len(self.closed), 1, "connection-closed emitted once")
        self.assertLess(self.closed[0] - killed, 5)
        self.assertFalse(self.conn.is_open())
        # Later calls fail at once, with a clear error.
        start = time.monotonic()
        with self.assertRaises(GLib.Error) as raised:
            self.conn.fetch_domains(None)
        self.assertLess(time.monotonic() - start, 1)
        self.assertIn("not open", raised.exception.message)
        with self.assertRaises(GLib.Error):
            self.conn.fetch_storage_pools(None)
        self.assertIsNone(self.conn.get_stream(0))
        # The connection can be opened again on a new daemon.
        self.session.start()
        self.conn.open(None)
        self.conn.fetch_domains(None)
        self.assertTrue(self.conn.is_open())
        self.pid = self.session.libvirtd_pid()
        self.conn.close()
        self.assertEqual(len(self.closed), 2, "close() emits it as usual")

    def test_hung_daemon_is_given_up_by_keepalive(self):
        if common.REFERENCE:
            self.skipTest("libvirt-glib 4.0.0 sets no keepalive: calls to a hung daemon never finish")
        result = self.fetch_in_flight()
        stopped = time.monotonic()
        # Keepalive 5 s x 3 probes: about 20 s; allow for a loaded machine.
        self.assertTrue(common.run_until(GLib, result.done, 45), "keepalive gave the hung daemon up within 45 s")
        elapsed = time.monotonic() - stopped
        with self.assertRaises(GLib.Error) as raised:
            self.conn.fetch_domains_finish(result.result)
        print("fetch_domains_async failed %.1f s after the daemon hung: %s" % (elapsed, raised.exception.message))
        self.assertTrue(common.run_until(GLib, lambda: self.closed, 5), "connection-closed emitted")
        common.run_until(GLib, lambda: False, 0.5)
        self.assertEqual(len(self.closed), 1)
        self.assertFalse(self.conn.is_open())


if __name__ == "__main__":
    unittest.main(verbosity=2)
