//! Sparse streams: holes travel as holes (our addition, `LIBVIRT_GOBJECT_RS_1.0`).
//!
//! A volume transfer started with libvirt's `SPARSE_STREAM` flag
//! ([`StorageVol::download`](crate::StorageVol::download) /
//! [`upload`](crate::StorageVol::upload)) carries the volume's holes as their lengths, not as
//! zeros. A plain [`Stream::receive`] expands them into zeros again; the calls here keep them:
//! [`Stream::receive_until_hole`] + [`Stream::recv_hole`] and [`Stream::send_hole`] one step at
//! a time, [`Stream::sparse_receive_all`] / [`Stream::sparse_send_all`] for a whole transfer
//! with handlers (libvirt's `virStreamSparseRecvAll` / `virStreamSparseSendAll`), and
//! [`Stream::sparse_receive_to_file`] / [`Stream::sparse_send_from_file`], which move a volume
//! to or from a local file and keep its holes there (`SEEK_DATA`/`SEEK_HOLE` to find them,
//! `ftruncate` and `FALLOC_FL_PUNCH_HOLE` to make them).
//!
//! ```no_run
//! # use gio::prelude::*;
//! # async fn copy(conn: &libvirt_gobject::Connection, vol: &libvirt_gobject::StorageVol) -> Result<(), glib::Error> {
//! const DOWNLOAD_SPARSE_STREAM: u32 = 1; // VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM
//! let stream = conn.stream(0).expect("an open connection");
//! vol.download(&stream, 0, 0, DOWNLOAD_SPARSE_STREAM)?;
//! let file = std::fs::File::create("copy.img").map_err(|e| glib::Error::new(gio::IOErrorEnum::Failed, &e.to_string()))?;
//! let moved = stream.sparse_receive_to_file_future(file, None).await?;
//! stream.close(gio::Cancellable::NONE)?;
//! println!("{} bytes of data, {} bytes of holes", moved.data, moved.holes);
//! # Ok(())
//! # }
//! ```
//!
//! libvirtd (9.0) takes an uploaded hole by seeking past it, so what the volume held there
//! before stays: upload sparse into a new volume, or one that reads as zeros.
//!
//! The transfers loop here over libvirt's single-step calls rather than calling its `*All`
//! functions: that checks the `GCancellable` between packets, hands the handlers' own errors
//! back, and keeps a full buffer after a short data section (`virStreamSparseSendAll` of
//! libvirt 9.0 shrinks its buffer to the shortest section it has seen, for good), and works on
//! non-blocking streams too (waiting for the stream's events where libvirt's refuse them). Like
//! those functions, they abort the stream when they fail.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;

use gio::prelude::*;

use crate::domain::off_thread;
use std::sync::Arc;

use crate::stream::{Core, StreamIOCondition, StreamRead};
use crate::Stream;

/// libvirt's stream packets carry at most 256 KiB of data.
const CHUNK: usize = 256 * 1024;

/// What a sparse transfer moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SparseTransfer {
    /// Bytes of data.
    pub data: u64,
    /// Bytes of holes.
    pub holes: u64,
}

impl SparseTransfer {
    /// The length of what was transferred: data and holes.
    pub fn total(&self) -> u64 {
        self.data + self.holes
    }
}

/// What lies at the current position of the data a sparse send reads; a length of 0 means
/// the end of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SparseRegion {
    /// This many bytes of data.
    Data(u64),
    /// A hole this long.
    Hole(u64),
}

fn check_cancelled(cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
    match cancellable {
        Some(c) => c.set_error_if_cancelled(),
        None => Ok(()),
    }
}

/// Sends all of `bytes` into the stream (waiting while a non-blocking one is full).
fn send_fully(core: &Arc<Core>, mut bytes: &[u8], cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
    while !bytes.is_empty() {
        let sent = core.blocking(StreamIOCondition::WRITABLE, cancellable, || core.send(bytes, cancellable))?;
        if sent == 0 {
            return Err(glib::Error::new(gio::IOErrorEnum::BrokenPipe, "The stream takes no more data"));
        }
        bytes = &bytes[sent.min(bytes.len())..];
    }
    Ok(())
}

/// A `GIOErrorEnum` error for a failed file operation.
fn file_error(what: &str, e: std::io::Error) -> glib::Error {
    let code = match e.raw_os_error() {
        // SAFETY: a pure function of the errno value.
        Some(errno) => unsafe { glib::translate::from_glib(gio::ffi::g_io_error_from_errno(errno)) },
        None => gio::IOErrorEnum::Failed,
    };
    glib::Error::new(code, &format!("{what}: {e}"))
}

impl Stream {
    /// Receives data up to the next hole of a sparse stream (`virStreamRecvFlags` with
    /// `VIR_STREAM_RECV_STOP_AT_HOLE`): [`StreamRead::Hole`] when the stream is at one (take its
    /// length with [`Stream::recv_hole`]), [`StreamRead::End`] at its end. A non-blocking stream
    /// with nothing yet fails with `G_IO_ERROR_WOULD_BLOCK`.
    pub fn receive_until_hole(&self, buf: &mut [u8], cancellable: Option<&gio::Cancellable>) -> Result<StreamRead, glib::Error> {
        self.core()?.receive_until_hole(buf, cancellable)
    }

    /// Takes the length of the hole a sparse stream stopped at (`virStreamRecvHole`), which
    /// the stream then moves past; 0 when it is not at a hole.
    pub fn recv_hole(&self, cancellable: Option<&gio::Cancellable>) -> Result<u64, glib::Error> {
        self.core()?.recv_hole(cancellable)
    }

    /// Sends a hole of `length` bytes into a sparse stream (`virStreamSendHole`): the
    /// receiving end skips that much instead of writing zeros. A stream not started as sparse
    /// refuses holes: `G_IO_ERROR_NOT_SUPPORTED`.
    pub fn send_hole(&self, length: u64, cancellable: Option<&gio::Cancellable>) -> Result<(), glib::Error> {
        self.core()?.send_hole(length, cancellable)
    }

    /// Receives the stream to its end (`virStreamSparseRecvAll`): `data` gets each piece
    /// of data, `hole` the length of each hole. An error from either (or a cancellation)
    /// aborts the stream and is returned.
    pub fn sparse_receive_all<D, H>(&self, cancellable: Option<&gio::Cancellable>, mut data: D, mut hole: H) -> Result<SparseTransfer, glib::Error>
    where
        D: FnMut(&[u8]) -> Result<(), glib::Error>,
        H: FnMut(u64) -> Result<(), glib::Error>,
    {
        check_cancelled(cancellable)?;
        let core = self.core()?;
        let mut buf = vec![0u8; CHUNK];
        let mut moved = SparseTransfer::default();
        let result = (|| loop {
            check_cancelled(cancellable)?;
            match core.blocking(StreamIOCondition::READABLE, cancellable, || core.receive_until_hole(&mut buf, cancellable))? {
                StreamRead::End => return Ok(()),
                StreamRead::Data(n) => {
                    data(&buf[..n])?;
                    moved.data += n as u64;
                }
                StreamRead::Hole => {
                    let length = core.recv_hole(cancellable)?;
                    if length > 0 {
                        hole(length)?;
                        moved.holes += length;
                    }
                }
            }
        })();
        match result {
            Ok(()) => Ok(moved),
            Err(e) => {
                core.abort();
                Err(e)
            }
        }
    }

    /// Sends into the stream (`virStreamSparseSendAll`): `region` tells what lies at the
    /// current position of the source — so much data, or a hole so long (a length of 0: the
    /// end); a hole is sent as such and `skip` moves the source past it; data is read with
    /// `data`, which fills the buffer it is given (at most the data left in the region) and
    /// returns how much it filled, 0 at the end. An error from a handler (or a cancellation)
    /// aborts the stream and is returned.
    pub fn sparse_send_all<D, R, S>(
        &self,
        cancellable: Option<&gio::Cancellable>,
        data: D,
        region: R,
        skip: S,
    ) -> Result<SparseTransfer, glib::Error>
    where
        D: FnMut(&mut [u8]) -> Result<usize, glib::Error>,
        R: FnMut() -> Result<SparseRegion, glib::Error>,
        S: FnMut(u64) -> Result<(), glib::Error>,
    {
        self.send_sparse(cancellable, data, region, skip, false)
    }

    /// [`Stream::sparse_send_all`]; with `zeros_if_not_sparse`, holes the stream refuses (it
    /// was not started as sparse) are sent as zeros instead.
    fn send_sparse<D, R, S>(
        &self,
        cancellable: Option<&gio::Cancellable>,
        mut data: D,
        mut region: R,
        mut skip: S,
        zeros_if_not_sparse: bool,
    ) -> Result<SparseTransfer, glib::Error>
    where
        D: FnMut(&mut [u8]) -> Result<usize, glib::Error>,
        R: FnMut() -> Result<SparseRegion, glib::Error>,
        S: FnMut(u64) -> Result<(), glib::Error>,
    {
        check_cancelled(cancellable)?;
        let core = self.core()?;
        let mut buf = vec![0u8; CHUNK];
        let mut moved = SparseTransfer::default();
        let mut data_left = 0u64;
        let mut holes_as_zeros = false;
        let result = (|| loop {
            check_cancelled(cancellable)?;
            if data_left == 0 {
                match region()? {
                    SparseRegion::Data(0) | SparseRegion::Hole(0) => return Ok(()),
                    SparseRegion::Hole(length) if holes_as_zeros => {
                        buf.fill(0);
                        let mut left = length;
                        while left > 0 {
                            check_cancelled(cancellable)?;
                            let n = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
                            send_fully(core, &buf[..n], cancellable)?;
                            left -= n as u64;
                        }
                        skip(length)?;
                        moved.data += length;
                        continue;
                    }
                    SparseRegion::Hole(length) => {
                        match core.blocking(StreamIOCondition::WRITABLE, cancellable, || core.send_hole(length, cancellable)) {
                            Err(e) if zeros_if_not_sparse && moved.holes == 0 && e.matches(gio::IOErrorEnum::NotSupported) => {
                                // Asked again, the source reports the same hole: sent as zeros.
                                holes_as_zeros = true;
                                continue;
                            }
                            r => r?,
                        }
                        skip(length)?;
                        moved.holes += length;
                        continue;
                    }
                    SparseRegion::Data(length) => data_left = length,
                }
            }
            let want = buf.len().min(usize::try_from(data_left).unwrap_or(usize::MAX));
            let filled = data(&mut buf[..want])?.min(want);
            if filled == 0 {
                return Ok(());
            }
            send_fully(core, &buf[..filled], cancellable)?;
            data_left -= filled as u64;
            moved.data += filled as u64;
        })();
        match result {
            Ok(()) => Ok(moved),
            Err(e) => {
                core.abort();
                Err(e)
            }
        }
    }

    /// Receives the stream into `file` from its current position, making the stream's
    /// holes holes in the file: past its end the file is extended (`ftruncate`), over old
    /// contents they are punched (zeros written where the file system cannot). Into anything
    /// but a regular file, holes are written as zeros. A stream downloaded without
    /// `VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM` has no holes: all of it is written.
    pub fn sparse_receive_to_file(&self, file: &File, cancellable: Option<&gio::Cancellable>) -> Result<SparseTransfer, glib::Error> {
        let mut out = file;
        self.sparse_receive_all(
            cancellable,
            |piece| out.write_all(piece).map_err(|e| file_error("Unable to write the file", e)),
            |length| skip_hole_in(file, length).map_err(|e| file_error("Unable to make a hole in the file", e)),
        )
    }

    /// Sends `file` from its current position to its end into the stream, its holes
    /// (found with `SEEK_DATA`/`SEEK_HOLE`) as holes — if the upload was started with
    /// `VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM`; into a stream that is not sparse they are sent
    /// as zeros. From a pipe or a file system that cannot tell where its holes are, all of it
    /// is sent as data.
    pub fn sparse_send_from_file(&self, file: &File, cancellable: Option<&gio::Cancellable>) -> Result<SparseTransfer, glib::Error> {
        let mut input = file;
        let mut at = file;
        self.send_sparse(
            cancellable,
            |buf| loop {
                match input.read(buf) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    r => return r.map_err(|e| file_error("Unable to read the file", e)),
                }
            },
            || next_region(file).map_err(|e| file_error("Unable to find the file's holes", e)),
            |length| {
                at.seek(SeekFrom::Current(length as i64))
                    .map(|_| ())
                    .map_err(|e| file_error("Unable to skip a hole in the file", e))
            },
            true,
        )
    }

    /// [`Stream::sparse_receive_all`] on a worker thread.
    pub async fn sparse_receive_all_future<D, H>(&self, cancellable: Option<&gio::Cancellable>, data: D, hole: H) -> Result<SparseTransfer, glib::Error>
    where
        D: FnMut(&[u8]) -> Result<(), glib::Error> + Send + 'static,
        H: FnMut(u64) -> Result<(), glib::Error> + Send + 'static,
    {
        let this = self.clone();
        let c = cancellable.cloned();
        off_thread(cancellable, move || this.sparse_receive_all(c.as_ref(), data, hole)).await
    }

    /// [`Stream::sparse_send_all`] on a worker thread.
    pub async fn sparse_send_all_future<D, R, S>(
        &self,
        cancellable: Option<&gio::Cancellable>,
        data: D,
        region: R,
        skip: S,
    ) -> Result<SparseTransfer, glib::Error>
    where
        D: FnMut(&mut [u8]) -> Result<usize, glib::Error> + Send + 'static,
        R: FnMut() -> Result<SparseRegion, glib::Error> + Send + 'static,
        S: FnMut(u64) -> Result<(), glib::Error> + Send + 'static,
    {
        let this = self.clone();
        let c = cancellable.cloned();
        off_thread(cancellable, move || this.sparse_send_all(c.as_ref(), data, region, skip)).await
    }

    /// [`Stream::sparse_receive_to_file`] on a worker thread; `file` is closed afterwards
    /// (hand it a [`File::try_clone`] to keep using it).
    pub async fn sparse_receive_to_file_future(&self, file: File, cancellable: Option<&gio::Cancellable>) -> Result<SparseTransfer, glib::Error> {
        let this = self.clone();
        let c = cancellable.cloned();
        off_thread(cancellable, move || this.sparse_receive_to_file(&file, c.as_ref())).await
    }

    /// [`Stream::sparse_send_from_file`] on a worker thread; `file` is closed afterwards.
    pub async fn sparse_send_from_file_future(&self, file: File, cancellable: Option<&gio::Cancellable>) -> Result<SparseTransfer, glib::Error> {
        let this = self.clone();
        let c = cancellable.cloned();
        off_thread(cancellable, move || this.sparse_send_from_file(&file, c.as_ref())).await
    }
}

/// Moves `file`'s position `length` bytes on, leaving a hole (or zeros) behind.
fn skip_hole_in(file: &File, length: u64) -> std::io::Result<()> {
    let mut f = file;
    let meta = file.metadata()?;
    if !meta.file_type().is_file() {
        return write_zeros(file, length);
    }
    let start = f.stream_position()?;
    let end = start
        .checked_add(length)
        .filter(|&end| end <= i64::MAX as u64)
        .ok_or_else(|| std::io::Error::from_raw_os_error(libc::EFBIG))?;
    // Whatever the file held there before is no longer wanted.
    let old = meta.len().min(end);
    if start < old {
        punch_hole(file, start, old - start)?;
    }
    if end > meta.len() {
        file.set_len(end)?;
    }
    f.seek(SeekFrom::Start(end))?;
    Ok(())
}

/// Deallocates `length` bytes at `offset` (they read as zeros), or writes zeros there.
fn punch_hole(file: &File, offset: u64, length: u64) -> std::io::Result<()> {
    let mode = libc::FALLOC_FL_PUNCH_HOLE | libc::FALLOC_FL_KEEP_SIZE;
    // SAFETY: fallocate on a descriptor we borrow; offset and length fit off_t (checked by the caller).
    if unsafe { libc::fallocate(file.as_raw_fd(), mode, offset as libc::off_t, length as libc::off_t) } == 0 {
        return Ok(());
    }
    let e = std::io::Error::last_os_error();
    if !matches!(e.raw_os_error(), Some(libc::EOPNOTSUPP) | Some(libc::ENOSYS)) {
        return Err(e);
    }
    let mut f = file;
    let back = f.stream_position()?;
    f.seek(SeekFrom::Start(offset))?;
    write_zeros(file, length)?;
    f.seek(SeekFrom::Start(back))?;
    Ok(())
}

fn write_zeros(file: &File, mut length: u64) -> std::io::Result<()> {
    let zeros = vec![0u8; CHUNK];
    let mut out = file;
    while length > 0 {
        let n = zeros.len().min(usize::try_from(length).unwrap_or(usize::MAX));
        out.write_all(&zeros[..n])?;
        length -= n as u64;
    }
    Ok(())
}

/// What lies at `file`'s position: data up to the next hole, a hole up to the next data, or
/// (length 0) the end. A file that is not a regular file, or whose file system cannot tell,
/// is data to its end.
fn next_region(file: &File) -> std::io::Result<SparseRegion> {
    let mut f = file;
    let meta = file.metadata()?;
    if !meta.file_type().is_file() {
        // A pipe or a device: data until a read says it is over.
        return Ok(SparseRegion::Data(u64::MAX));
    }
    let position = f.stream_position()?;
    let size = meta.len();
    if position >= size {
        return Ok(SparseRegion::Data(0));
    }
    let fd = file.as_raw_fd();
    // SAFETY: lseek on a descriptor we borrow; the position is put back below.
    let data = unsafe { libc::lseek(fd, position as libc::off_t, libc::SEEK_DATA) };
    let region = if data < 0 {
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            // No data after the position: the rest of the file is a hole.
            Some(libc::ENXIO) => SparseRegion::Hole(size - position),
            Some(libc::EINVAL) | Some(libc::EOPNOTSUPP) => SparseRegion::Data(size - position),
            _ => return Err(e),
        }
    } else if data as u64 > position {
        SparseRegion::Hole((data as u64).min(size) - position)
    } else {
        // SAFETY: as above.
        let hole = unsafe { libc::lseek(fd, position as libc::off_t, libc::SEEK_HOLE) };
        if hole < 0 {
            return Err(std::io::Error::last_os_error());
        }
        SparseRegion::Data((hole as u64).min(size).max(position + 1) - position)
    };
    f.seek(SeekFrom::Start(position))?;
    Ok(region)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::MetadataExt;

    const MIB: u64 = 1 << 20;

    fn temp_file(name: &str) -> (std::path::PathBuf, File) {
        let path = std::env::temp_dir().join(format!("lvgrs-sparse-{}-{name}", std::process::id()));
        let file = std::fs::OpenOptions::new().read(true).write(true).create(true).truncate(true).open(&path).unwrap();
        (path, file)
    }

    /// The regions of `file` from its start, as next_region and a skip would walk them.
    fn regions(file: &File) -> Vec<SparseRegion> {
        let mut f = file;
        f.seek(SeekFrom::Start(0)).unwrap();
        let mut out = Vec::new();
        loop {
            let region = next_region(file).unwrap();
            let length = match region {
                SparseRegion::Data(0) | SparseRegion::Hole(0) => break,
                SparseRegion::Data(n) | SparseRegion::Hole(n) => n,
            };
            out.push(region);
            f.seek(SeekFrom::Current(length as i64)).unwrap();
        }
        out
    }

    #[test]
    fn regions_of_a_sparse_file() {
        let (path, file) = temp_file("regions");
        let mut f = &file;
        f.seek(SeekFrom::Start(4 * MIB)).unwrap();
        f.write_all(&[7u8; MIB as usize]).unwrap();
        file.set_len(8 * MIB).unwrap();
        let found = regions(&file);
        std::fs::remove_file(&path).unwrap();
        // A file system without SEEK_DATA reports it all as data; the total holds either way.
        let total: u64 = found.iter().map(|r| match r {
            SparseRegion::Data(n) | SparseRegion::Hole(n) => *n,
        }).sum();
        assert_eq!(total, 8 * MIB);
        if found.len() > 1 {
            assert_eq!(found, [SparseRegion::Hole(4 * MIB), SparseRegion::Data(MIB), SparseRegion::Hole(3 * MIB)]);
        }
    }

    #[test]
    fn holes_made_in_a_file() {
        let (path, file) = temp_file("holes");
        let mut f = &file;
        // Old contents, partly overwritten by a hole, and a hole past the end.
        f.write_all(&[1u8; 2 * MIB as usize]).unwrap();
        f.seek(SeekFrom::Start(0)).unwrap();
        f.write_all(b"head").unwrap();
        skip_hole_in(&file, MIB).unwrap();
        f.write_all(b"middle").unwrap();
        skip_hole_in(&file, 4 * MIB).unwrap();
        let end = 4 + MIB + 6 + 4 * MIB;
        assert_eq!(f.stream_position().unwrap(), end);
        assert_eq!(file.metadata().unwrap().len(), end);
        let mut back = Vec::new();
        f.seek(SeekFrom::Start(0)).unwrap();
        f.read_to_end(&mut back).unwrap();
        let blocks = file.metadata().unwrap().blocks();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(&back[..4], b"head");
        assert!(back[4..4 + MIB as usize].iter().all(|&b| b == 0), "the old bytes under the hole are gone");
        assert_eq!(&back[4 + MIB as usize..4 + MIB as usize + 6], b"middle");
        assert!(back[4 + MIB as usize + 6..].iter().all(|&b| b == 0));
        // 512-byte blocks: far less than the 5 MiB length where holes can be punched.
        println!("{blocks} blocks for {end} bytes");
    }

    #[test]
    fn holes_into_a_pipe_are_zeros() {
        let (read, write) = std::io::pipe().unwrap();
        let write = File::from(std::os::fd::OwnedFd::from(write));
        let reader = std::thread::spawn(move || {
            let mut all = Vec::new();
            let mut read = read;
            read.read_to_end(&mut all).unwrap();
            all
        });
        skip_hole_in(&write, 300_000).unwrap();
        drop(write);
        let all = reader.join().unwrap();
        assert_eq!(all.len(), 300_000);
        assert!(all.iter().all(|&b| b == 0));
    }
}
