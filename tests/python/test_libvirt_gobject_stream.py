#!/usr/bin/python3
"""GVirStream through GObject introspection, on libvirt's test:///default driver.

Usage: test_libvirt_gobject_stream.py [--reference] [unittest options]

Takes screenshots of the test domain (a PNG of 33,443 bytes) into streams from
Connection.get_stream() and reads them with Stream.receive(), through the GInputStream
asynchronously, and from a watch; checks the stream types, the watch flag type and the errors.
Ours only: the hole API on these streams, which have no holes (receive_until_hole,
sparse_receive_all with Python handlers, sparse_receive_to_fd sync and async).

As test_libvirt_gobject.py: without --reference, LD_LIBRARY_PATH and GI_TYPELIB_PATH point at the
build tree; with --reference the same assertions run on the system's libvirt-gobject. Exit status
77 when python-gi or the typelib is missing.
"""

import unittest

import gi_test_support

REFERENCE, Gio, GLib, GObject, LibvirtGObject = gi_test_support.setup(
    __file__, ['Gio', 'GLib', 'GObject', 'LibvirtGObject'], reference=True)

PNG_MAGIC = b'\x89PNG\r\n\x1a\n'
PNG_SIZE = 33443
NONBLOCK = 1


def run_until(done, timeout_ms=10000):
    """Iterates the default main context (where watches run) until done() or the timeout."""
    loop = GLib.MainLoop()

    def check():
        if done():
            loop.quit()
            return GLib.SOURCE_REMOVE
        return GLib.SOURCE_CONTINUE

    poll = GLib.timeout_add(5, check)
    limit = GLib.timeout_add(timeout_ms, loop.quit)
    loop.run()
    for source in (poll, limit):
        src = GLib.main_context_default().find_source_by_id(source)
        if src is not None:
            src.destroy()
    return bool(done())


class StreamTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LibvirtGObject.init_object_check(None)
        cls.conn = LibvirtGObject.Connection.new('test:///default')
        cls.conn.open(None)
        cls.conn.fetch_domains(None)
        cls.domain = cls.conn.find_domain_by_name('test')

    def screenshot(self, flags):
        stream = self.conn.get_stream(flags)
        self.assertIsInstance(stream, LibvirtGObject.Stream)
        self.assertIsInstance(stream, Gio.IOStream)
        self.assertEqual(self.domain.screenshot(stream, 0, 0), 'image/png')
        return stream

    def check_png(self, data):
        self.assertEqual(len(data), PNG_SIZE)
        self.assertEqual(bytes(data[:8]), PNG_MAGIC)

    def test_types(self):
        stream = self.conn.get_stream(0)
        self.assertEqual(GObject.type_name(stream.get_input_stream().__gtype__), 'GVirInputStream')
        self.assertEqual(GObject.type_name(stream.get_output_stream().__gtype__), 'GVirOutputStream')
        self.assertIs(stream.get_input_stream(), stream.get_input_stream())
        self.assertEqual([p.name for p in GObject.list_properties(stream.get_input_stream())], ['stream'])
        self.assertEqual(stream.get_input_stream().props.stream, stream)
        self.assertEqual(int(LibvirtGObject.StreamIOCondition.READABLE), 1)
        self.assertEqual(int(LibvirtGObject.StreamIOCondition.WRITABLE), 2)
        self.assertEqual(int(LibvirtGObject.StreamIOCondition.HANGUP), 4)
        self.assertEqual(int(LibvirtGObject.StreamIOCondition.ERROR), 8)
        self.assertEqual(GObject.type_name(LibvirtGObject.StreamIOCondition.__gtype__), 'GVirStreamIOCondition')
        self.assertTrue(GObject.type_is_a(LibvirtGObject.StreamIOCondition.__gtype__, GObject.TYPE_FLAGS))

    def test_receive(self):
        for flags in (0, NONBLOCK):
            stream = self.screenshot(flags)
            # The buffer is an (in) array to introspection: Python sees only the counts.
            buf = bytearray(100000)
            self.assertEqual(stream.receive(buf, None), PNG_SIZE)
            self.assertEqual(stream.receive(buf, None), 0)
            self.assertTrue(stream.close(None))

    def test_async_reads_through_the_input_stream(self):
        for flags in (0, NONBLOCK):
            stream = self.screenshot(flags)
            data = bytearray()
            state = {'done': False, 'error': None}

            def got(source, result, _):
                try:
                    piece = source.read_bytes_finish(result)
                except GLib.Error as err:
                    state['error'] = err
                    state['done'] = True
                    return
                if piece.get_size() == 0:
                    state['done'] = True
                    return
                data.extend(piece.get_data())
                source.read_bytes_async(4096, GLib.PRIORITY_DEFAULT, None, got, None)

            stream.get_input_stream().read_bytes_async(4096, GLib.PRIORITY_DEFAULT, None, got, None)
            self.assertTrue(run_until(lambda: state['done']))
            self.assertIsNone(state['error'])
            self.check_png(data)
            self.assertTrue(stream.close(None))

    def test_watch_reads_to_the_end(self):
        stream = self.screenshot(NONBLOCK)
        state = {'ends': 0, 'calls': 0, 'total': 0}

        def ready(st, cond, opaque):
            state['calls'] += 1
            self.assertEqual(opaque, 'opaque')
            buf = bytearray(4096)
            try:
                n = st.receive(buf, None)
            except GLib.Error as err:
                self.assertTrue(err.matches(Gio.io_error_quark(), Gio.IOErrorEnum.WOULD_BLOCK))
                return True
            if n == 0:
                state['ends'] += 1
                return False
            state['total'] += n
            return True

        watch = stream.add_watch(GLib.PRIORITY_DEFAULT, LibvirtGObject.StreamIOCondition.READABLE,
                                 ready, 'opaque')
        self.assertGreater(watch, 0)
        self.assertTrue(run_until(lambda: state['ends'] == 1))
        self.assertEqual(state['total'], PNG_SIZE)
        # A watch that returned FALSE is gone.
        self.assertIsNone(GLib.main_context_default().find_source_by_id(watch))

    def test_console_unsupported_by_the_test_driver(self):
        with self.assertRaises(GLib.Error) as caught:
            self.domain.open_console(self.conn.get_stream(0), None, 0)
        self.assertEqual(caught.exception.domain, 'gvir-domain')
        self.assertTrue(caught.exception.message.startswith('Unable to open console: '))

    def test_send_on_a_stream_nothing_uses_fails(self):
        stream = self.conn.get_stream(0)
        with self.assertRaises(GLib.Error) as caught:
            stream.send('abc', 3, None)
        self.assertEqual(caught.exception.domain, 'g-io-error-quark')
        self.assertEqual(caught.exception.code, int(Gio.IOErrorEnum.INVALID_ARGUMENT))

    # The hole API (ours, beyond 4.0.0). The test driver's streams have no holes; the real
    # sparse transfers are in tests/integration/test_storage_streams.py.

    def test_hole_api_reads_a_stream_without_holes(self):
        if REFERENCE:
            self.skipTest('libvirt-glib 4.0.0 has no hole API')
        stream = self.screenshot(0)
        buf = bytearray(100000)
        self.assertEqual(stream.receive_until_hole(buf, None), (PNG_SIZE, False))
        self.assertEqual(stream.receive_until_hole(buf, None), (0, False))
        self.assertTrue(stream.close(None))

        stream = self.screenshot(0)
        data = bytearray()
        holes = []

        # PyGObject passes the array's length too.
        def on_data(st, piece, nbytes, user_data):
            self.assertIs(st, stream)
            self.assertEqual((len(piece), user_data), (nbytes, 'opaque'))
            data.extend(piece)
            return len(piece)

        def on_hole(st, length, user_data):
            holes.append(length)
            return 0

        self.assertEqual(stream.sparse_receive_all(None, on_data, on_hole, 'opaque'), PNG_SIZE)
        self.assertEqual(holes, [])
        self.check_png(data)
        self.assertTrue(stream.close(None))

    def test_hole_api_into_a_file(self):
        if REFERENCE:
            self.skipTest('libvirt-glib 4.0.0 has no hole API')
        import tempfile
        with tempfile.TemporaryFile() as f:
            stream = self.screenshot(0)
            self.assertEqual(stream.sparse_receive_to_fd(f.fileno(), None), PNG_SIZE)
            self.assertTrue(stream.close(None))
            f.seek(0)
            self.check_png(f.read())
        with tempfile.TemporaryFile() as f:
            stream = self.screenshot(0)
            state = {}
            stream.sparse_receive_to_fd_async(f.fileno(), None, lambda s, r, *_: state.setdefault('result', r))
            self.assertTrue(run_until(lambda: 'result' in state))
            self.assertEqual(stream.sparse_receive_to_fd_finish(state['result']), PNG_SIZE)
            f.seek(0)
            self.check_png(f.read())
        # A handler that fails aborts the transfer with a GError.
        stream = self.screenshot(0)
        with self.assertRaises(GLib.Error):
            stream.sparse_receive_all(None, lambda st, piece, n, _: -1, lambda st, length, _: 0, None)


if __name__ == '__main__':
    unittest.main(verbosity=2)
