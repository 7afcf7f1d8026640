#!/usr/bin/python3
"""Connections that need credentials, through GObject introspection.

Usage: test_libvirt_gobject_auth.py [--reference] [unittest options]

libvirt's test driver with tests/data/gobject/auth-node.xml asks for a user name (alice) and
then her password (secret). A Python GVirConnectionAuthFunc answers them, for the blocking and
the async opens (where it runs on the caller's main context); wrong answers, refusals and a
cancellation while the handler is pending fail the open.

As test_libvirt_gobject.py: without --reference, LD_LIBRARY_PATH and GI_TYPELIB_PATH point at the
build tree; with --reference only the behaviour without a handler is checked, on the system's
libvirt-gobject (which has no gvir_connection_set_auth_func). Exit status 77 when python-gi or
the typelib is missing.
"""

import os
import threading
import unittest

import gi_test_support

REFERENCE, Gio, GLib, LibvirtGObject = gi_test_support.setup(
    __file__, ['Gio', 'GLib', 'LibvirtGObject'], reference=True)

FIXTURE = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                        '..', 'data', 'gobject', 'auth-node.xml'))
URI = 'test://' + FIXTURE


def answer(credentials, password):
    Kind = LibvirtGObject.ConnectionCredentialKind
    for cred in credentials:
        if cred.get_kind() in (Kind.AUTHNAME, Kind.USERNAME):
            cred.set_result('alice')
        elif cred.get_kind() in (Kind.PASSPHRASE, Kind.NOECHOPROMPT):
            cred.set_result(password)


class WithoutHandler(unittest.TestCase):
    """What libvirt-glib 4.0.0 does, and ours without a handler."""

    def setUp(self):
        LibvirtGObject.init_object_check(None)

    def test_open_fails(self):
        conn = LibvirtGObject.Connection.new(URI)
        with self.assertRaises(GLib.Error) as caught:
            conn.open(None)
        self.assertEqual(caught.exception.domain, 'gvir-connection')
        self.assertIn('Unable to open ' + URI, caught.exception.message)
        self.assertIn('Missing authentication credentials', caught.exception.message)
        self.assertFalse(conn.is_open())


@unittest.skipIf(REFERENCE, 'libvirt-glib 4.0.0 has no authentication handler')
class WithHandler(unittest.TestCase):
    def setUp(self):
        LibvirtGObject.init_object_check(None)
        self.conn = LibvirtGObject.Connection.new(URI)

    def tearDown(self):
        self.conn.close()

    def assert_open_fails(self, *fragments):
        with self.assertRaises(GLib.Error) as caught:
            self.conn.open(None)
        self.assertEqual(caught.exception.domain, 'gvir-connection')
        for fragment in fragments:
            self.assertIn(fragment, caught.exception.message)
        self.assertFalse(self.conn.is_open())

    def test_right_answers_open(self):
        seen = []

        def handler(conn, credentials, *data):
            self.assertIs(conn, self.conn)
            self.assertEqual(data, ('data',))
            seen.extend((c.get_kind(), c.get_prompt(), c.get_challenge(), c.get_default_result())
                        for c in credentials)
            answer(credentials, 'secret')
            return True

        self.conn.set_auth_func(handler, 'data')
        self.assertTrue(self.conn.open(None))
        self.assertTrue(self.conn.fetch_domains(None))
        self.assertIsNotNone(self.conn.find_domain_by_name('guarded'))
        Kind = LibvirtGObject.ConnectionCredentialKind
        self.assertEqual(seen, [
            (Kind.AUTHNAME, 'Enter username for localhost', 'localhost', None),
            (Kind.PASSPHRASE, "Enter alice's password for localhost", 'localhost', None),
        ])

    def test_read_only(self):
        self.conn.set_auth_func(lambda conn, creds: answer(creds, 'secret') or True)
        self.assertTrue(self.conn.open_read_only(None))
        self.assertTrue(self.conn.is_read_only())

    def test_wrong_password(self):
        self.conn.set_auth_func(lambda conn, creds: answer(creds, 'guess') or True)
        self.assert_open_fails('Unable to open ' + URI, 'see test XML for the correct username/password')

    def test_handler_declines(self):
        self.conn.set_auth_func(lambda conn, creds: False)
        self.assert_open_fails('authentication failed', 'the authentication handler declined')

    def test_unanswered(self):
        self.conn.set_auth_func(lambda conn, creds: True)
        self.assert_open_fails('left a credential without an answer')

    def test_removing_the_handler(self):
        self.conn.set_auth_func(lambda conn, creds: answer(creds, 'secret') or True)
        self.conn.set_auth_func(None)
        self.assert_open_fails('Missing authentication credentials')

    def test_open_async_runs_the_handler_on_the_main_context(self):
        threads = []
        opened = []

        def handler(conn, credentials):
            threads.append(threading.get_ident())
            answer(credentials, 'secret')
            return True

        self.conn.set_auth_func(handler)
        self.conn.connect('connection-opened', lambda conn: opened.append(threading.get_ident()))
        loop = GLib.MainLoop()
        box = {}

        def done(conn, result, *_):
            try:
                box['ok'] = conn.open_finish(result)
            except GLib.Error as e:
                box['error'] = e
            loop.quit()

        self.conn.open_async(None, done, None)
        GLib.timeout_add(10000, loop.quit)
        loop.run()
        self.assertEqual(box, {'ok': True})
        main = threading.get_ident()
        self.assertEqual(threads, [main, main])
        self.assertEqual(opened, [main])

    def test_cancel_while_the_handler_is_pending(self):
        cancellable = Gio.Cancellable()
        box = {}
        finished_while_pending = []
        context = GLib.MainContext.default()

        # Like a modal dialog: iterate until the user acts; the open is cancelled meanwhile
        # and must finish before the handler answers.
        def handler(conn, credentials):
            GLib.timeout_add(50, lambda: cancellable.cancel() or False)
            deadline = GLib.get_monotonic_time() + 5 * 1000000
            while 'done' not in box and GLib.get_monotonic_time() < deadline:
                context.iteration(True)
            finished_while_pending.append('done' in box)
            answer(credentials, 'secret')
            return True

        def done(conn, result, *_):
            try:
                box['ok'] = conn.open_finish(result)
            except GLib.Error as e:
                box['error'] = e
            box['done'] = True

        self.conn.set_auth_func(handler)
        self.conn.open_async(cancellable, done, None)
        deadline = GLib.get_monotonic_time() + 10 * 1000000
        while 'done' not in box and GLib.get_monotonic_time() < deadline:
            context.iteration(True)
        self.assertIn('error', box)
        self.assertTrue(box['error'].matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))
        self.assertEqual(finished_while_pending, [True])
        self.assertFalse(self.conn.is_open())

    def test_credential_without_question(self):
        cred = LibvirtGObject.ConnectionCredential()
        self.assertIsNone(cred.get_prompt())
        cred.set_result('x')
        cred.set_result(None)


if __name__ == '__main__':
    unittest.main(verbosity=2)
