#!/usr/bin/python3
"""Storage volumes and GVirStream transfers on a private real libvirtd.

Usage: test_storage_streams.py [--reference] [unittest options]

A `dir` pool made through GVirConnection.create_storage_pool; raw and qcow2 volumes made with
GVirStoragePool.create_volume; 256 MiB uploaded then downloaded through the GVirStream's GIO
streams (sha256 equal); sparse transfers: libvirt's SPARSE_STREAM flags pass through
upload/download, and through the GIO streams holes arrive as zeros (a plain read expands
them); our hole API (not in 4.0.0, skipped there) keeps them: a local file with a big hole and
data islands uploaded with gvir_stream_sparse_send_from_fd (sync and async) or with
gvir_stream_send_hole between writes leaves the volume's allocation small, and downloaded with
gvir_stream_sparse_receive_to_fd or gvir_stream_sparse_receive_all the holes come out as holes
(few blocks) and the bytes as they were (sha256); refusals (holes into a stream that is not
sparse, a bad descriptor, a cancelled transfer) are GErrors that leave the volume usable; a
cancelled download (GCancellable) leaves nothing stuck (the next transfer on the volume works
and the volume can be deleted); libvirtd killed mid-download makes the pending read fail in
bounded time instead of hanging.
"""

import hashlib
import os
import signal
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

common.reexec_for_reference(__file__)
Gio, GLib, GObject, LibvirtGConfig, LibvirtGObject = common.import_gi()
from libvirtd_session import LibvirtdSession, unique_name  # noqa: E402

MiB = 1 << 20
SIZE = 256 * MiB
CHUNK = 256 * 1024  # libvirt's stream packets carry at most 256 KiB
DOWNLOAD_SPARSE_STREAM = 1
UPLOAD_SPARSE_STREAM = 1
QCOW2_MAGIC = b"QFI\xfb"


def make_pool(conn, session, name):
    conf = LibvirtGConfig.StoragePool.new()
    conf.set_pool_type(LibvirtGConfig.StoragePoolType.DIR)
    conf.set_name(name)
    target = LibvirtGConfig.StoragePoolTarget.new()
    target.set_path(session.pool_dir(name))
    conf.set_target(target)
    pool = conn.create_storage_pool(conf, 0)
    pool.start(0)
    pool.refresh(None)
    return pool


def make_volume(pool, name, fmt, capacity):
    conf = LibvirtGConfig.StorageVol.new()
    conf.set_name(name)
    conf.set_capacity(capacity)
    conf.set_allocation(0)
    target = LibvirtGConfig.StorageVolTarget.new()
    target.set_format(fmt)
    conf.set_target(target)
    return pool.create_volume(conf)


def pattern(size):
    """`size` bytes that compress badly (a fresh random MiB, repeated with a counter)."""
    block = os.urandom(MiB - 8)
    return b"".join(i.to_bytes(8, "little") + block for i in range(size // MiB))


class Transfer:
    """Drives one GVirStream through its GIO streams on the default main context."""

    def __init__(self, stream):
        self.stream = stream
        self.error = None
        self.pending = False

    def upload(self, data, timeout_s):
        out = self.stream.get_output_stream()
        view = memoryview(data)
        state = {"offset": 0}

        def on_written(source, result):
            self.pending = False
            try:
                state["offset"] += source.write_bytes_finish(result)
            except GLib.Error as e:
                self.error = e

        def done():
            if self.pending:
                return False
            if self.error or state["offset"] >= len(data):
                return True
            self.pending = True
            chunk = GLib.Bytes.new(view[state["offset"]:state["offset"] + CHUNK].tobytes())
            out.write_bytes_async(chunk, GLib.PRIORITY_DEFAULT, None, on_written)
            return False

        finished = common.run_until(GLib, done, timeout_s)
        return finished, state["offset"]

    def download(self, timeout_s, sink=None, cancellable=None, stop_after=None):
        """Reads to the end (or until `stop_after` bytes); returns (finished, bytes read)."""
        inp = self.stream.get_input_stream()
        state = {"total": 0, "eof": False}

        def on_read(source, result):
            self.pending = False
            try:
                chunk = source.read_bytes_finish(result)
            except GLib.Error as e:
                self.error = e
                return
            n = chunk.get_size()
            if n == 0:
                state["eof"] = True
                return
            state["total"] += n
            if sink is not None:
                sink(chunk.get_data())

        def done():
            if self.pending:
                return False
            if self.error or state["eof"] or (stop_after is not None and state["total"] >= stop_after):
                return True
            self.pending = True
            inp.read_bytes_async(CHUNK, GLib.PRIORITY_DEFAULT, cancellable, on_read)
            return False

        finished = common.run_until(GLib, done, timeout_s)
        return finished, state["total"]


class PoolOnDaemon(unittest.TestCase):
    """A private libvirtd, a connection to it and a `dir` pool named POOL_PREFIX-..., for the
    whole class; the pool's volumes are deleted with it."""
    POOL_PREFIX = "lvgrs-pool"

    @classmethod
    def setUpClass(cls):
        cls.session = LibvirtdSession().__enter__()
        try:
            LibvirtGObject.init_object_check(None)
            cls.conn = LibvirtGObject.Connection.new(cls.session.uri)
            cls.conn.open(None)
            cls.pool = make_pool(cls.conn, cls.session, unique_name(cls.POOL_PREFIX))
        except BaseException:
            cls.session.__exit__(None, None, None)
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            for vol in cls.pool.get_volumes():
                vol.delete(0)
            cls.pool.stop()
            cls.pool.undefine()
            cls.conn.close()
        finally:
            cls.session.__exit__(None, None, None)


class StorageStreams(PoolOnDaemon):

    def upload(self, vol, data, offset=0, flags=0):
        stream = self.conn.get_stream(0)
        vol.upload(stream, offset, len(data), flags)
        transfer = Transfer(stream)
        start = time.monotonic()
        finished, sent = transfer.upload(data, 120)
        self.assertTrue(finished, "upload timed out after %d bytes" % sent)
        self.assertIsNone(transfer.error)
        self.assertEqual(sent, len(data))
        self.assertTrue(stream.close(None))
        return time.monotonic() - start

    def download_sha256(self, vol, length=0, flags=0):
        stream = self.conn.get_stream(0)
        vol.download(stream, 0, length, flags)
        digest = hashlib.sha256()
        transfer = Transfer(stream)
        start = time.monotonic()
        finished, total = transfer.download(120, sink=digest.update)
        self.assertTrue(finished, "download timed out after %d bytes" % total)
        self.assertIsNone(transfer.error)
        stream.close(None)
        return digest.hexdigest(), total, time.monotonic() - start

    def test_volumes_are_made_through_the_api(self):
        raw = make_volume(self.pool, unique_name("raw") + ".img", "raw", 4 * MiB)
        qcow2 = make_volume(self.pool, unique_name("q") + ".qcow2", "qcow2", 32 * MiB)
        names = [v.get_name() for v in self.pool.get_volumes()]
        self.assertIn(raw.get_name(), names)
        self.assertIn(qcow2.get_name(), names)
        self.assertEqual(raw.get_info().capacity, 4 * MiB)
        self.assertEqual(qcow2.get_info().capacity, 32 * MiB)
        self.assertRegex(qcow2.get_config(0).to_xml(), r"<format type=['\"]qcow2['\"]/>")
        self.assertTrue(qcow2.get_path().startswith(self.session.state_dir))
        # A fresh qcow2 file downloaded as it is on disk: the qcow2 header.
        stream = self.conn.get_stream(0)
        qcow2.download(stream, 0, 512, 0)
        head = bytearray()
        finished, _ = Transfer(stream).download(30, sink=head.extend)
        stream.close(None)
        self.assertTrue(finished)
        self.assertEqual(bytes(head[:4]), QCOW2_MAGIC)
        for vol in (raw, qcow2):
            vol.delete(0)
        self.assertEqual([v for v in self.pool.get_volumes() if v.get_name() in (raw.get_name(), qcow2.get_name())], [])

    def test_upload_download_256mib(self):
        vol = make_volume(self.pool, unique_name("big") + ".img", "raw", SIZE)
        data = pattern(SIZE)
        expected = hashlib.sha256(data).hexdigest()
        up = self.upload(vol, data)
        del data
        digest, total, down = self.download_sha256(vol)
        self.assertEqual(total, SIZE)
        self.assertEqual(digest, expected)
        print("256 MiB: upload %.0f MiB/s, download %.0f MiB/s" % (256 / up, 256 / down))

    def test_sparse_streams(self):
        vol = make_volume(self.pool, unique_name("sparse") + ".img", "raw", 64 * MiB)
        # 1 MiB of data at 32 MiB, uploaded with the sparse flag (no holes sent: the data is
        # written as data), the rest of the file a hole.
        block = os.urandom(MiB)
        self.upload(vol, block, offset=32 * MiB, flags=UPLOAD_SPARSE_STREAM)
        expected = hashlib.sha256(bytes(32 * MiB) + block + bytes(31 * MiB)).hexdigest()
        self.assertLess(vol.get_info().allocation, 8 * MiB, "the volume stayed sparse")
        digest, total, _ = self.download_sha256(vol, flags=DOWNLOAD_SPARSE_STREAM)
        self.assertEqual(total, 64 * MiB)
        self.assertEqual(digest, expected)
        # The same bytes without the flag.
        digest, total, _ = self.download_sha256(vol)
        self.assertEqual((total, digest), (64 * MiB, expected))

    def test_cancelled_download_leaves_nothing_stuck(self):
        vol = make_volume(self.pool, unique_name("cancel") + ".img", "raw", 64 * MiB)
        data = os.urandom(64 * MiB)
        self.upload(vol, data)
        for attempt in range(2):
            stream = self.conn.get_stream(0)
            vol.download(stream, 0, 0, 0)
            cancellable = Gio.Cancellable.new()
            transfer = Transfer(stream)
            finished, total = transfer.download(30, stop_after=CHUNK)
            self.assertTrue(finished and total >= CHUNK)
            cancellable.cancel()
            finished, _ = transfer.download(30, cancellable=cancellable)
            self.assertTrue(finished, "a cancelled read completes")
            self.assertTrue(transfer.error is not None and transfer.error.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED),
                            "cancelled read fails with G_IO_ERROR_CANCELLED: %r" % transfer.error)
            # Dropping the stream half-read must abort it (bounded: the main loop is not
            # blocked here when this returns).
            start = time.monotonic()
            try:
                stream.close(None)
            except GLib.Error:
                pass
            del stream, transfer
            self.assertLess(time.monotonic() - start, 10)
        digest, total, _ = self.download_sha256(vol)
        self.assertEqual((total, digest), (len(data), hashlib.sha256(data).hexdigest()))
        self.upload(vol, data[:MiB])
        vol.delete(0)


def sparse_file(path, size, islands):
    """Writes a file of `size` bytes, all hole but the (offset, bytes) `islands`; returns its
    sha256."""
    with open(path, "wb") as f:
        f.truncate(size)
        for offset, data in islands:
            f.seek(offset)
            f.write(data)
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def file_sha256(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def allocated(path):
    return os.stat(path).st_blocks * 512


class SparseHoleApi(PoolOnDaemon):
    """Our hole API on a real libvirtd (not in libvirt-glib 4.0.0)."""
    POOL_PREFIX = "lvgrs-holes"

    SIZE = 128 * MiB
    # Data islands: at the start, an odd length in the middle, and the file's last bytes.
    ISLANDS = [(0, MiB), (40 * MiB + 4096, 65536 + 123), (SIZE - 512 * 1024, 512 * 1024)]
    ISLAND_BYTES = sum(n for _, n in ISLANDS)

    @classmethod
    def setUpClass(cls):
        if common.REFERENCE:
            raise unittest.SkipTest("libvirt-glib 4.0.0 has no hole API")
        super().setUpClass()
        try:
            cls.work = os.path.join(cls.session.state_dir, "local")
            os.makedirs(cls.work, exist_ok=True)
            cls.source = os.path.join(cls.work, "source.img")
            cls.expected = sparse_file(cls.source, cls.SIZE, [(o, os.urandom(n)) for o, n in cls.ISLANDS])
            if allocated(cls.source) > 4 * MiB:
                raise unittest.SkipTest("%s cannot hold sparse files" % cls.work)
        except BaseException:
            # unittest runs no tearDownClass after a failed (or skipped) setUpClass.
            cls.tearDownClass()
            raise

    def volume(self, prefix):
        return make_volume(self.pool, unique_name(prefix) + ".img", "raw", self.SIZE)

    def upload_file(self, vol, flags=UPLOAD_SPARSE_STREAM):
        stream = self.conn.get_stream(0)
        vol.upload(stream, 0, 0, flags)
        with open(self.source, "rb") as f:
            sent = stream.sparse_send_from_fd(f.fileno(), None)
        self.assertTrue(stream.close(None))
        return sent

    def download_file(self, vol, name, flags=DOWNLOAD_SPARSE_STREAM):
        path = os.path.join(self.work, name)
        stream = self.conn.get_stream(0)
        vol.download(stream, 0, 0, flags)
        with open(path, "wb") as f:
            received = stream.sparse_receive_to_fd(f.fileno(), None)
        stream.close(None)
        return path, received

    def assert_sparse_copy(self, path):
        self.assertEqual(os.path.getsize(path), self.SIZE)
        self.assertLess(allocated(path), 8 * MiB, "the holes arrived as holes")
        self.assertEqual(file_sha256(path), self.expected)

    def test_file_upload_and_download_keep_holes(self):
        vol = self.volume("holes")
        self.assertEqual(self.upload_file(vol), self.SIZE)
        self.assertLess(vol.get_info().allocation, 8 * MiB, "the volume stayed sparse")
        path, received = self.download_file(vol, "down.img")
        self.assertEqual(received, self.SIZE)
        self.assert_sparse_copy(path)
        # A plain GIO read of the same sparse download: the holes as zeros, the same bytes.
        digest, total, _ = StorageStreams.download_sha256(self, vol, flags=DOWNLOAD_SPARSE_STREAM)
        self.assertEqual((total, digest), (self.SIZE, self.expected))
        vol.delete(0)

    def test_async_file_transfers(self):
        vol = self.volume("async")
        stream = self.conn.get_stream(0)
        vol.upload(stream, 0, 0, UPLOAD_SPARSE_STREAM)
        with open(self.source, "rb") as f:
            done = common.AsyncResult()
            stream.sparse_send_from_fd_async(f.fileno(), None, done)
        # The descriptor was duplicated: closing ours does not disturb the transfer.
        self.assertTrue(common.run_until(GLib, done.done, 120), "async upload finished")
        self.assertEqual(stream.sparse_send_from_fd_finish(done.result), self.SIZE)
        stream.close(None)
        self.assertLess(vol.get_info().allocation, 8 * MiB)

        path = os.path.join(self.work, "async-down.img")
        stream = self.conn.get_stream(0)
        vol.download(stream, 0, 0, DOWNLOAD_SPARSE_STREAM)
        with open(path, "wb") as f:
            done = common.AsyncResult()
            stream.sparse_receive_to_fd_async(f.fileno(), None, done)
            self.assertTrue(common.run_until(GLib, done.done, 120), "async download finished")
            self.assertEqual(done.calls, 1)
            self.assertEqual(stream.sparse_receive_to_fd_finish(done.result), self.SIZE)
        stream.close(None)
        self.assert_sparse_copy(path)
        vol.delete(0)

    def test_handlers_and_single_steps(self):
        vol = self.volume("steps")
        # Upload by hand: the islands written to the GOutputStream, the gaps sent as holes.
        stream = self.conn.get_stream(0)
        vol.upload(stream, 0, 0, UPLOAD_SPARSE_STREAM)
        out = stream.get_output_stream()
        position = 0
        with open(self.source, "rb") as f:
            for offset, length in self.ISLANDS:
                if offset > position:
                    self.assertTrue(stream.send_hole(offset - position, None))
                f.seek(offset)
                ok, written = out.write_all(f.read(length), None)
                self.assertTrue(ok)
                position = offset + length
        if position < self.SIZE:
            stream.send_hole(self.SIZE - position, None)
        self.assertTrue(stream.close(None))
        self.assertLess(vol.get_info().allocation, 8 * MiB)

        # Down with handlers: the data pieces and the holes add up to the file.
        stream = self.conn.get_stream(0)
        vol.download(stream, 0, 0, DOWNLOAD_SPARSE_STREAM)
        digest = hashlib.sha256()
        seen = {"data": 0, "holes": []}

        def on_data(_stream, buf, *_):
            digest.update(buf)
            seen["data"] += len(buf)
            return len(buf)

        def on_hole(_stream, length, *_):
            digest.update(bytes(length))
            seen["holes"].append(length)
            return 0

        self.assertEqual(stream.sparse_receive_all(None, on_data, on_hole, None), self.SIZE)
        stream.close(None)
        self.assertEqual(digest.hexdigest(), self.expected)
        self.assertGreaterEqual(len(seen["holes"]), 2)
        self.assertGreater(sum(seen["holes"]), self.SIZE - 8 * MiB)

        # One step at a time: receive_until_hole stops at each hole, recv_hole takes it. The
        # stream is non-blocking (as 4.0.0's): a step with nothing yet says WOULD_BLOCK, and
        # the caller waits for the stream to be readable.
        stream = self.conn.get_stream(0)
        vol.download(stream, 0, 0, DOWNLOAD_SPARSE_STREAM)
        buf = bytearray(CHUNK)
        data = holes = waits = 0
        while True:
            try:
                n, at_hole = stream.receive_until_hole(buf, None)
            except GLib.Error as e:
                self.assertTrue(e.matches(Gio.io_error_quark(), Gio.IOErrorEnum.WOULD_BLOCK), e)
                waits += 1
                self.wait_readable(stream)
                continue
            if n > 0:
                data += n
            elif at_hole:
                holes += stream.recv_hole(None)
            else:
                break
        stream.close(None)
        self.assertEqual(data + holes, self.SIZE)
        self.assertGreater(holes, self.SIZE - 8 * MiB)
        vol.delete(0)

    @staticmethod
    def wait_readable(stream):
        """Runs the default main context until `stream` reports it can be read."""
        ready = []
        stream.add_watch(GLib.PRIORITY_DEFAULT, LibvirtGObject.StreamIOCondition.READABLE,
                         lambda *_: ready.append(True) or False)
        while not ready:
            GLib.MainContext.default().iteration(True)

    def test_refusals_are_errors(self):
        vol = self.volume("refused")
        # A hole into an upload that is not sparse: G_IO_ERROR_NOT_SUPPORTED, nothing written.
        stream = self.conn.get_stream(0)
        vol.upload(stream, 0, 0, 0)
        with self.assertRaises(GLib.Error) as raised:
            stream.send_hole(MiB, None)
        self.assertTrue(raised.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_SUPPORTED), raised.exception)
        try:
            stream.close(None)
        except GLib.Error:
            pass
        # A file sent into such a stream: its holes go as zeros (the bytes are right, the
        # volume is fully allocated).
        self.assertEqual(self.upload_file(vol, flags=0), self.SIZE)
        self.assertGreaterEqual(vol.get_info().allocation, self.SIZE - MiB)
        path, received = self.download_file(vol, "refused.img")
        self.assertEqual((received, file_sha256(path)), (self.SIZE, self.expected))
        # A descriptor that is not open.
        stream = self.conn.get_stream(0)
        vol.download(stream, 0, 0, DOWNLOAD_SPARSE_STREAM)
        fd = os.open(self.source, os.O_RDONLY)
        os.close(fd)
        with self.assertRaises(GLib.Error):
            stream.sparse_receive_to_fd(fd, None)
        stream.close(None)
        # A cancelled transfer fails with G_IO_ERROR_CANCELLED and aborts the stream.
        cancellable = Gio.Cancellable.new()
        cancellable.cancel()
        stream = self.conn.get_stream(0)
        vol.download(stream, 0, 0, DOWNLOAD_SPARSE_STREAM)
        with open(os.path.join(self.work, "cancelled.img"), "wb") as f:
            done = common.AsyncResult()
            stream.sparse_receive_to_fd_async(f.fileno(), cancellable, done)
            self.assertTrue(common.run_until(GLib, done.done, 30))
            with self.assertRaises(GLib.Error) as raised:
                stream.sparse_receive_to_fd_finish(done.result)
        self.assertTrue(raised.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED), raised.exception)
        stream.close(None)
        # And the volume is as usable as before.
        self.assertEqual(self.upload_file(vol), self.SIZE)
        path, _ = self.download_file(vol, "after.img")
        self.assertEqual(file_sha256(path), self.expected)
        vol.delete(0)


class DaemonKilledMidTransfer(unittest.TestCase):
    """On its own daemon, killed with SIGKILL while a 256 MiB download is being read."""

    def test_pending_read_fails(self):
        if common.REFERENCE:
            # Seen: the pending read_async of 4.0.0 got neither data nor an error within 20 s.
            self.skipTest("libvirt-glib 4.0.0 bug: a pending read never completes when the daemon dies")
        with LibvirtdSession() as session:
            LibvirtGObject.init_object_check(None)
            conn = LibvirtGObject.Connection.new(session.uri)
            conn.open(None)
            closed = []
            conn.connect("connection-closed", lambda c: closed.append(c))
            pool = make_pool(conn, session, unique_name("lvgrs-kill"))
            vol = make_volume(pool, "big.img", "raw", SIZE)
            # A fully allocated file, so the daemon has real data to stream.
            with open(vol.get_path(), "r+b") as f:
                for _ in range(SIZE // (16 * MiB)):
                    f.write(os.urandom(16 * MiB))
            stream = conn.get_stream(0)
            vol.download(stream, 0, 0, 0)
            transfer = Transfer(stream)
            finished, total = transfer.download(30, stop_after=8 * MiB)
            self.assertTrue(finished and total >= 8 * MiB)
            os.kill(session.libvirtd_pid(), signal.SIGKILL)
            start = time.monotonic()
            finished, more = transfer.download(20)
            elapsed = time.monotonic() - start
            self.assertTrue(finished, "the read after the kill did not finish within 20 s")
            self.assertLess(total + more, SIZE, "the whole volume came through a dead daemon?")
            self.assertIsNotNone(transfer.error, "the read after the kill ends in an error, not EOF")
            print("read failed %.2f s after the kill: %s" % (elapsed, transfer.error.message))
            try:
                stream.close(None)
            except GLib.Error:
                pass
            self.assertTrue(common.run_until(GLib, lambda: closed, 5), "connection-closed emitted")
            # Later calls fail rather than hang.
            start = time.monotonic()
            with self.assertRaises(GLib.Error):
                pool.refresh(None)
            self.assertLess(time.monotonic() - start, 10)
            conn.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)
