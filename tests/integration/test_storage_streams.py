#!/usr/bin/python3
"""Storage volumes and GVirStream transfers on a private real libvirtd.

Usage: test_storage_streams.py [--reference] [unittest options]

A `dir` pool made through GVirConnection.create_storage_pool; raw and qcow2 volumes made with
GVirStoragePool.create_volume; 256 MiB uploaded then downloaded through the GVirStream's GIO
streams (sha256 equal); sparse transfers (libvirt's SPARSE_STREAM flags pass through
upload/download: holes travel as holes and libvirt's client expands them into zeros, since
GVirStream has no hole API); a cancelled download (GCancellable) leaves nothing stuck (the next
transfer on the volume works and the volume can be deleted); libvirtd killed mid-download makes
the pending read fail in bounded time instead of hanging.
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


class StorageStreams(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.session = LibvirtdSession().__enter__()
        try:
            LibvirtGObject.init_object_check(None)
            cls.conn = LibvirtGObject.Connection.new(cls.session.uri)
            cls.conn.open(None)
            cls.pool = make_pool(cls.conn, cls.session, unique_name("lvgrs-pool"))
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
