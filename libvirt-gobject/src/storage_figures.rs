//! Storage figures libvirt does not give: how large a volume's file can grow
//! ([`StorageVol::figures`]) and what a pool's volumes may still claim
//! ([`StoragePool::commitment`]). docs/storage-commitment.md has the formula and the
//! measured comparison with `qemu-img measure`.

use std::io::Read;

use gio::prelude::*;

use crate::domain::off_thread;
use crate::error::{failure, libvirt_failure, StoragePoolError, StorageVolError};
use crate::qcow2;
use crate::{StoragePool, StorageVol, StorageVolType};

/// `VIR_STORAGE_VOL_GET_PHYSICAL`: report the file's length in the allocation field.
const GET_PHYSICAL: u32 = 1;

/// The image format of a volume, from its XML (`<target><format type='…'/>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VolumeFormat {
    Raw,
    Qcow2,
    /// Any other format (`vmdk`, `iso`, …): its commitment is taken from the capacity.
    Other(String),
    /// The volume's XML has no format (block devices, directories).
    Unknown,
}

/// Sizes of a volume, in bytes ([`StorageVol::figures`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageVolFigures {
    /// Virtual size: what the guest sees.
    pub capacity: u64,
    /// Physical size: the length of the file (or device).
    pub length: u64,
    /// Bytes of storage in use (blocks allocated; less than `length` for sparse files).
    pub allocation: u64,
    /// The most `length` can grow to; `None` when there is no bound (a qcow2 image with
    /// internal snapshots).
    pub commitment: Option<u64>,
    pub format: VolumeFormat,
    /// The commitment was computed from the qcow2 header read from the file; otherwise it is
    /// derived from the capacity: exact for raw files, an estimate for a qcow2 image that
    /// cannot be read (remote connection, missing file), the capacity for other formats.
    pub from_header: bool,
    /// The qcow2 image keeps its data in an external data file: the commitment covers this
    /// file's metadata only, the data file can grow to the capacity besides.
    pub external_data: bool,
    /// The qcow2 image holds persistent dirty bitmaps, whose clusters the commitment does not
    /// count (`qemu-img measure` reports them apart as "bitmaps size").
    pub bitmaps_not_counted: bool,
    /// QEMU will have to move the qcow2 image's refcount table to reach the commitment, and
    /// can then leave the file slightly longer (0.05 % at most in our measurements; small
    /// clusters only, see docs/storage-commitment.md).
    pub refcount_table_moves: bool,
}

impl StorageVolFigures {
    /// Figures for a volume whose header was not read: `capacity` for raw files and other
    /// formats, QEMU's default layout (64 KiB clusters, 16-bit refcounts) for qcow2.
    fn from_capacity(capacity: u64, length: u64, allocation: u64, format: VolumeFormat) -> StorageVolFigures {
        let bound = match format {
            VolumeFormat::Qcow2 => qcow2::fully_allocated_size(&qcow2::Layout::new(capacity, 65536)),
            _ => capacity,
        };
        StorageVolFigures {
            capacity,
            length,
            allocation,
            commitment: Some(bound.max(length)),
            format,
            from_header: false,
            external_data: false,
            bitmaps_not_counted: false,
            refcount_table_moves: false,
        }
    }

    /// Bytes the file may still grow by beyond what it uses now (`commitment - allocation`);
    /// `None` when unbounded.
    pub fn growth(&self) -> Option<u64> {
        self.commitment.map(|c| c.saturating_sub(self.allocation))
    }
}

/// What a pool's volumes may claim against its free space ([`StoragePool::commitment`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoragePoolCommitment {
    /// The pool's size, its allocated bytes and its free bytes, as libvirt reports them.
    pub capacity: u64,
    pub allocation: u64,
    pub available: u64,
    /// Number of volumes counted.
    pub volumes: u32,
    /// How many of them have no bound.
    pub unbounded: u32,
    /// Sum of the volumes' commitments; `None` if any is unbounded.
    pub commitment: Option<u64>,
    /// Sum of what the volumes may still claim (commitment minus allocation each); `None` if
    /// any is unbounded.
    pub growth: Option<u64>,
}

impl StoragePoolCommitment {
    /// Whether the volumes can, together, claim more than the pool has free.
    pub fn is_overcommitted(&self) -> bool {
        self.growth.is_none_or(|g| g > self.available)
    }
}

/// Whether a libvirt URI names this host (no host part: `qemu:///system`, `test:///default`).
fn uri_is_local(uri: &str) -> bool {
    uri.split_once("://").is_none_or(|(_, rest)| rest.starts_with('/'))
}

/// The file's length and the first bytes of it (enough for a qcow2 header).
fn read_head(path: &str) -> std::io::Result<(u64, Vec<u8>)> {
    let file = std::fs::File::open(path)?;
    let len = file.metadata()?.len();
    let mut head = Vec::with_capacity(qcow2::HEADER_READ_SIZE);
    file.take(qcow2::HEADER_READ_SIZE as u64).read_to_end(&mut head)?;
    Ok((len, head))
}

/// Figures of a local file volume from the file (its length; for qcow2, its header): `None`
/// if the file cannot be read.
fn figures_from_file(path: &str, capacity: u64, allocation: u64, format: VolumeFormat) -> Result<Option<StorageVolFigures>, glib::Error> {
    let Ok((length, head)) = read_head(path) else { return Ok(None) };
    let mut figures = StorageVolFigures::from_capacity(capacity, length, allocation, format);
    if figures.format == VolumeFormat::Qcow2 {
        let header = qcow2::Header::parse(&head).map_err(|e| failure(StorageVolError::Failed, &format!("Unable to read the image header of {path}: {e}")))?;
        figures.commitment = qcow2::commitment_of(&header, length).bytes();
        figures.from_header = true;
        figures.external_data = header.has_external_data_file();
        figures.bitmaps_not_counted = header.has_bitmaps();
        figures.refcount_table_moves = header.refcount_table_outgrown() && header.nb_snapshots == 0;
    }
    Ok(Some(figures))
}

impl StorageVol {
    /// The volume's capacity, length, allocation and commitment (the most its file can grow
    /// to). For a file volume on this host, the commitment comes from the image header read
    /// from the file; otherwise from the capacity (see [`StorageVolFigures::from_header`]).
    pub fn figures(&self) -> Result<StorageVolFigures, glib::Error> {
        let vol = self.handle().ok_or_else(|| failure(StorageVolError::Failed, "The volume object has no libvirt handle"))?;
        let info = vol.info().map_err(|_| libvirt_failure(StorageVolError::Failed, "Unable to get storage vol info"))?;
        // Drivers without VIR_STORAGE_VOL_GET_PHYSICAL (the test driver): the allocation.
        let length = vol.info_flags(GET_PHYSICAL).map_or(info.allocation, |i| i.allocation);
        let format = match self.config(0)?.target().and_then(|t| t.format()).as_deref() {
            Some("raw") => VolumeFormat::Raw,
            Some("qcow2") => VolumeFormat::Qcow2,
            Some(other) => VolumeFormat::Other(other.to_owned()),
            None => VolumeFormat::Unknown,
        };
        let is_file = info.kind == StorageVolType::File as u32;
        let local = vol.connect().ok().and_then(|c| c.uri().ok()).is_some_and(|u| uri_is_local(&u));
        if is_file && local && matches!(format, VolumeFormat::Raw | VolumeFormat::Qcow2) {
            if let Some(figures) = figures_from_file(&self.path()?, info.capacity, info.allocation, format.clone())? {
                return Ok(figures);
            }
        }
        Ok(StorageVolFigures::from_capacity(info.capacity, length, info.allocation, format))
    }

    /// [`StorageVol::figures`] on a worker thread.
    pub async fn figures_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<StorageVolFigures, glib::Error> {
        let this = self.clone();
        off_thread(cancellable, move || this.figures()).await
    }
}

impl StoragePool {
    /// Lists the pool's volumes again and adds up their commitments against the pool's free
    /// space.
    pub fn commitment(&self, cancellable: Option<&gio::Cancellable>) -> Result<StoragePoolCommitment, glib::Error> {
        let info = self.info()?;
        self.refresh(cancellable)?;
        let mut total = StoragePoolCommitment {
            capacity: info.capacity,
            allocation: info.allocation,
            available: info.available,
            volumes: 0,
            unbounded: 0,
            commitment: Some(0),
            growth: Some(0),
        };
        for vol in self.volumes() {
            if let Some(c) = cancellable {
                c.set_error_if_cancelled()?;
            }
            let figures = vol.figures().map_err(|e| {
                failure(StoragePoolError::Failed, &format!("Unable to get the figures of volume {}: {}", vol.name(), e.message()))
            })?;
            total.volumes += 1;
            match figures.commitment {
                Some(c) => {
                    total.commitment = total.commitment.map(|t| t.saturating_add(c));
                    total.growth = total.growth.map(|t| t.saturating_add(c.saturating_sub(figures.allocation)));
                }
                None => {
                    total.unbounded += 1;
                    total.commitment = None;
                    total.growth = None;
                }
            }
        }
        Ok(total)
    }

    /// [`StoragePool::commitment`] on a worker thread.
    pub async fn commitment_future(&self, cancellable: Option<&gio::Cancellable>) -> Result<StoragePoolCommitment, glib::Error> {
        let this = self.clone();
        let c = cancellable.cloned();
        off_thread(cancellable, move || this.commitment(c.as_ref())).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_uris() {
        assert!(uri_is_local("qemu:///system"));
        assert!(uri_is_local("test:///default"));
        assert!(uri_is_local("qemu+unix:///session"));
        assert!(!uri_is_local("qemu+ssh://host/system"));
        assert!(!uri_is_local("qemu+tcp://10.0.0.1:16509/system"));
    }

    #[test]
    fn capacity_figures() {
        let raw = StorageVolFigures::from_capacity(1 << 30, 4096, 4096, VolumeFormat::Raw);
        assert_eq!((raw.commitment, raw.growth()), (Some(1 << 30), Some((1 << 30) - 4096)));
        let q = StorageVolFigures::from_capacity(1 << 30, 196_608, 196_608, VolumeFormat::Qcow2);
        assert_eq!(q.commitment, Some(1_074_135_040));
        // A file longer than its capacity (a raw file that grew past it) bounds itself.
        assert_eq!(StorageVolFigures::from_capacity(10, 20, 20, VolumeFormat::Raw).commitment, Some(20));
    }
}
