//! The qcow2 image header, read from bytes, and the most a qcow2 file can grow to.
//!
//! Pure Rust, no libvirt or QEMU: [`Header::parse`] reads the header and its extensions from
//! the first bytes of an image (the first cluster holds them all; 64 KiB is always enough to
//! read), and [`commitment`] says how large the file can become once every guest cluster has
//! been written. The formula is QEMU's own (`qcow2_calc_prealloc_size` and
//! `qcow2_refcount_metadata_size` in `block/qcow2.c`, what `qemu-img measure` reports as
//! "fully allocated size"); docs/storage-commitment.md explains it.

use std::fmt;

/// How many bytes to read for [`Header::parse`]: the header and its extensions lie in the first
/// cluster (up to 2 MiB), and QEMU writes them in its first few hundred bytes; an image whose
/// extensions go past these 64 KiB is reported as truncated.
pub const HEADER_READ_SIZE: usize = 64 * 1024;

const MAGIC: [u8; 4] = *b"QFI\xfb";
const L1E_SIZE: u64 = 8;
const L2E_SIZE_NORMAL: u64 = 8;
const L2E_SIZE_EXTENDED: u64 = 16;
const REFTABLE_ENTRY_SIZE: u64 = 8;
const MAX_L1_SIZE: u64 = 32 << 20;

const INCOMPAT_EXTERNAL_DATA: u64 = 1 << 2;
const INCOMPAT_COMPRESSION_TYPE: u64 = 1 << 3;
const INCOMPAT_EXTENDED_L2: u64 = 1 << 4;
const AUTOCLEAR_BITMAPS: u64 = 1 << 0;

const EXT_END: u32 = 0;
const EXT_BACKING_FORMAT: u32 = 0xe279_2aca;
const EXT_BITMAPS: u32 = 0x2385_2875;
const EXT_CRYPTO_HEADER: u32 = 0x0537_be77;
const EXT_DATA_FILE: u32 = 0x4441_5441;

/// How a qcow2 image encrypts its data (`crypt_method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encryption {
    None,
    /// The legacy AES-CBC scheme: no header of its own.
    Aes,
    /// LUKS: a LUKS header stored in clusters of the image ([`Header::crypto_header`]).
    Luks,
    Unknown(u32),
}

/// What the header of a qcow2 image says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub version: u32,
    pub cluster_bits: u32,
    /// Virtual size in bytes.
    pub size: u64,
    pub encryption: Encryption,
    /// Entries of the L1 table.
    pub l1_size: u32,
    pub l1_table_offset: u64,
    pub refcount_table_offset: u64,
    pub refcount_table_clusters: u32,
    pub nb_snapshots: u32,
    pub snapshots_offset: u64,
    pub incompatible_features: u64,
    pub compatible_features: u64,
    pub autoclear_features: u64,
    /// log2 of the refcount width in bits (4: 16-bit refcounts, the default).
    pub refcount_order: u32,
    pub header_length: u32,
    /// 0: zlib, 1: zstd.
    pub compression_type: u8,
    pub backing_file: Option<String>,
    pub backing_format: Option<String>,
    /// Name of the external data file (the data clusters live there).
    pub data_file: Option<String>,
    /// `(offset, length)` of the LUKS header inside the image.
    pub crypto_header: Option<(u64, u64)>,
    /// Number of persistent dirty bitmaps.
    pub nb_bitmaps: u32,
}

/// Why bytes are not a qcow2 header QEMU would open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Not a qcow2 image (bad magic).
    NotQcow2,
    /// Fewer bytes than the header says it has.
    Truncated { needed: usize, have: usize },
    /// A value QEMU would refuse.
    Invalid(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::NotQcow2 => write!(f, "not a qcow2 image"),
            ParseError::Truncated { needed, have } => write!(f, "qcow2 header truncated: {have} bytes, {needed} needed"),
            ParseError::Invalid(what) => write!(f, "invalid qcow2 header: {what}"),
        }
    }
}

impl std::error::Error for ParseError {}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

fn be64(b: &[u8], at: usize) -> u64 {
    u64::from_be_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

fn need(bytes: &[u8], end: usize) -> Result<(), ParseError> {
    if bytes.len() < end {
        return Err(ParseError::Truncated { needed: end, have: bytes.len() });
    }
    Ok(())
}

impl Header {
    /// Parses the header and header extensions at the start of `bytes`.
    pub fn parse(bytes: &[u8]) -> Result<Header, ParseError> {
        if bytes.len() < 4 || bytes[..4] != MAGIC {
            return Err(ParseError::NotQcow2);
        }
        need(bytes, 72)?;
        let version = be32(bytes, 4);
        if version != 2 && version != 3 {
            return Err(ParseError::Invalid(format!("version {version}")));
        }
        let cluster_bits = be32(bytes, 20);
        // QEMU: 512 B (9) to 2 MiB (21).
        if !(9..=21).contains(&cluster_bits) {
            return Err(ParseError::Invalid(format!("cluster_bits {cluster_bits}")));
        }
        let (incompatible_features, compatible_features, autoclear_features, refcount_order, header_length) = if version >= 3 {
            need(bytes, 104)?;
            (be64(bytes, 72), be64(bytes, 80), be64(bytes, 88), be32(bytes, 96), be32(bytes, 100))
        } else {
            (0, 0, 0, 4, 72)
        };
        if refcount_order > 6 {
            return Err(ParseError::Invalid(format!("refcount_order {refcount_order}")));
        }
        let cluster_size = 1usize << cluster_bits;
        if (header_length as usize) < 72 || header_length as usize > cluster_size {
            return Err(ParseError::Invalid(format!("header_length {header_length}")));
        }
        need(bytes, header_length as usize)?;
        let compression_type = if header_length > 104 { bytes[104] } else { 0 };
        let crypt_method = be32(bytes, 32);
        let mut header = Header {
            version,
            cluster_bits,
            size: be64(bytes, 24),
            encryption: match crypt_method {
                0 => Encryption::None,
                1 => Encryption::Aes,
                2 => Encryption::Luks,
                other => Encryption::Unknown(other),
            },
            l1_size: be32(bytes, 36),
            l1_table_offset: be64(bytes, 40),
            refcount_table_offset: be64(bytes, 48),
            refcount_table_clusters: be32(bytes, 56),
            nb_snapshots: be32(bytes, 60),
            snapshots_offset: be64(bytes, 64),
            incompatible_features,
            compatible_features,
            autoclear_features,
            refcount_order,
            header_length,
            compression_type,
            backing_file: None,
            backing_format: None,
            data_file: None,
            crypto_header: None,
            nb_bitmaps: 0,
        };
        if header.extended_l2() && cluster_size < 16384 {
            return Err(ParseError::Invalid("extended L2 entries with clusters under 16 KiB".into()));
        }
        // QEMU's bound (QCOW_MAX_L1_SIZE, 32 MiB of L1 entries), which also keeps every
        // figure below far from overflowing.
        let l2_entries = header.cluster_size() / if header.extended_l2() { L2E_SIZE_EXTENDED } else { L2E_SIZE_NORMAL };
        if header.size.div_ceil(header.cluster_size()).div_ceil(l2_entries) > MAX_L1_SIZE / L1E_SIZE {
            return Err(ParseError::Invalid(format!("virtual size {} too large for {cluster_size}-byte clusters", header.size)));
        }

        // Extensions: (type, length, data padded to 8 bytes) up to an end marker, within the
        // first cluster (or up to the backing file name, which follows them).
        let mut at = header_length as usize;
        let limit = cluster_size.min(bytes.len());
        while at + 8 <= limit {
            let (kind, len) = (be32(bytes, at), be32(bytes, at + 4) as usize);
            if kind == EXT_END {
                break;
            }
            let data = at + 8;
            if data + len > cluster_size {
                return Err(ParseError::Invalid(format!("header extension {kind:#x} past the first cluster")));
            }
            need(bytes, data + len)?;
            let payload = &bytes[data..data + len];
            match kind {
                EXT_BACKING_FORMAT => header.backing_format = Some(String::from_utf8_lossy(payload).into_owned()),
                EXT_DATA_FILE => header.data_file = Some(String::from_utf8_lossy(payload).into_owned()),
                EXT_CRYPTO_HEADER if len >= 16 => header.crypto_header = Some((be64(payload, 0), be64(payload, 8))),
                EXT_BITMAPS if len >= 4 => header.nb_bitmaps = be32(payload, 0),
                _ => {}
            }
            at = data + len.div_ceil(8) * 8;
        }

        let backing_offset = be64(bytes, 8) as usize;
        let backing_len = be32(bytes, 16) as usize;
        if backing_offset != 0 && backing_len != 0 {
            if backing_offset + backing_len > cluster_size || backing_len > 1023 {
                return Err(ParseError::Invalid("backing file name past the first cluster".into()));
            }
            need(bytes, backing_offset + backing_len)?;
            header.backing_file = Some(String::from_utf8_lossy(&bytes[backing_offset..backing_offset + backing_len]).into_owned());
        }
        Ok(header)
    }

    pub fn cluster_size(&self) -> u64 {
        1 << self.cluster_bits
    }

    /// Extended L2 entries (incompatible feature bit 4): 16-byte L2 entries, 32 subclusters.
    pub fn extended_l2(&self) -> bool {
        self.incompatible_features & INCOMPAT_EXTENDED_L2 != 0
    }

    /// The data clusters live in an external data file (incompatible feature bit 2).
    pub fn has_external_data_file(&self) -> bool {
        self.incompatible_features & INCOMPAT_EXTERNAL_DATA != 0
    }

    /// Compressed clusters use the header's `compression_type` (incompatible feature bit 3).
    pub fn has_compression_type(&self) -> bool {
        self.incompatible_features & INCOMPAT_COMPRESSION_TYPE != 0
    }

    /// Persistent dirty bitmaps are stored (autoclear bit 0 and a bitmaps extension).
    pub fn has_bitmaps(&self) -> bool {
        self.autoclear_features & AUTOCLEAR_BITMAPS != 0 && self.nb_bitmaps > 0
    }

    /// Clusters the LUKS header takes in the image.
    pub fn crypto_header_bytes(&self) -> u64 {
        self.crypto_header.map_or(0, |(_, len)| len.div_ceil(self.cluster_size()) * self.cluster_size())
    }

    /// Layout parameters for [`fully_allocated_size`].
    pub fn layout(&self) -> Layout {
        Layout {
            virtual_size: self.size,
            cluster_size: self.cluster_size(),
            refcount_order: self.refcount_order,
            extended_l2: self.extended_l2(),
            luks_header: self.crypto_header_bytes(),
            external_data: self.has_external_data_file(),
        }
    }
}

/// What the size of a fully allocated qcow2 image depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub virtual_size: u64,
    pub cluster_size: u64,
    pub refcount_order: u32,
    pub extended_l2: bool,
    /// Bytes of whole clusters holding a LUKS header (0 without LUKS).
    pub luks_header: u64,
    /// Data clusters are in an external data file: only metadata counts here.
    pub external_data: bool,
}

impl Layout {
    /// QEMU's defaults for `qemu-img create -f qcow2 -o cluster_size=…`.
    pub fn new(virtual_size: u64, cluster_size: u64) -> Layout {
        Layout { virtual_size, cluster_size, refcount_order: 4, extended_l2: false, luks_header: 0, external_data: false }
    }
}

/// Refcount table and refcount block bytes needed to count `clusters` clusters plus
/// themselves: QEMU's `qcow2_refcount_metadata_size`, the fixed point of "blocks covering
/// everything, table covering the blocks".
pub fn refcount_metadata_size(clusters: u64, cluster_size: u64, refcount_order: u32) -> u64 {
    let (blocks, table) = refcount_clusters(clusters, cluster_size, refcount_order);
    (blocks + table) * cluster_size
}

/// `(refcount blocks, refcount table clusters)` of [`refcount_metadata_size`].
fn refcount_clusters(clusters: u64, cluster_size: u64, refcount_order: u32) -> (u64, u64) {
    let blocks_per_table_cluster = cluster_size / REFTABLE_ENTRY_SIZE;
    let refcounts_per_block = cluster_size * 8 / (1 << refcount_order);
    let (mut table, mut blocks, mut n) = (0u64, 0u64, 0u64);
    loop {
        let last = n;
        blocks = (clusters + table + blocks).div_ceil(refcounts_per_block);
        table = blocks.div_ceil(blocks_per_table_cluster);
        n = clusters + blocks + table;
        if n == last {
            return (blocks, table);
        }
    }
}

/// Size of the image once every guest cluster is allocated: header cluster, L1 table, every
/// L2 table, every data cluster, refcount table and blocks over all of it (and the LUKS
/// header's clusters). Equal to `qemu-img measure`'s "fully allocated size" for the same
/// virtual size and options. With an external data file, only the metadata.
pub fn fully_allocated_size(layout: &Layout) -> u64 {
    let (meta, data) = metadata_and_data(layout);
    let (blocks, table) = refcount_clusters((meta + data) / layout.cluster_size, layout.cluster_size, layout.refcount_order);
    layout.luks_header + meta + (blocks + table) * layout.cluster_size + data
}

/// Header, L1 and L2 bytes, and data bytes, of the fully allocated image.
fn metadata_and_data(layout: &Layout) -> (u64, u64) {
    let cs = layout.cluster_size;
    let l2e_size = if layout.extended_l2 { L2E_SIZE_EXTENDED } else { L2E_SIZE_NORMAL };
    let aligned = layout.virtual_size.div_ceil(cs) * cs;

    let mut meta = cs; // header
    let nl2e = (aligned / cs).div_ceil(cs / l2e_size) * (cs / l2e_size);
    meta += nl2e * l2e_size;
    let nl1e = (nl2e * l2e_size / cs).div_ceil(cs / L1E_SIZE) * (cs / L1E_SIZE);
    meta += nl1e * L1E_SIZE;
    (meta, if layout.external_data { 0 } else { aligned })
}

/// Clusters of refcount table the fully allocated image needs.
pub fn refcount_table_clusters_needed(layout: &Layout) -> u64 {
    let (meta, data) = metadata_and_data(layout);
    refcount_clusters((meta + data) / layout.cluster_size, layout.cluster_size, layout.refcount_order).1
}

impl Header {
    /// Whether QEMU will have to move the refcount table to a larger one before the image is
    /// fully allocated. It then places the new table and refcount blocks at the next boundary
    /// of what the old blocks cover, with room to grow by half: the file can end a little
    /// above [`fully_allocated_size`] (docs/storage-commitment.md has measurements).
    pub fn refcount_table_outgrown(&self) -> bool {
        refcount_table_clusters_needed(&self.layout()) > u64::from(self.refcount_table_clusters)
    }
}

/// The most a qcow2 file can grow to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commitment {
    /// At most this many bytes: the fully allocated size, or the current length if larger.
    Bounded(u64),
    /// No bound: internal snapshots keep old clusters, and every write after a snapshot can
    /// allocate a new one.
    Unbounded,
}

impl Commitment {
    pub fn bytes(self) -> Option<u64> {
        match self {
            Commitment::Bounded(n) => Some(n),
            Commitment::Unbounded => None,
        }
    }
}

/// The most the image whose header is at the start of `header_bytes` and whose file is
/// `file_len` bytes long can grow to. See docs/storage-commitment.md.
pub fn commitment(header_bytes: &[u8], file_len: u64) -> Result<Commitment, ParseError> {
    let header = Header::parse(header_bytes)?;
    Ok(commitment_of(&header, file_len))
}

/// [`commitment`] for a parsed header.
pub fn commitment_of(header: &Header, file_len: u64) -> Commitment {
    if header.nb_snapshots > 0 {
        return Commitment::Unbounded;
    }
    Commitment::Bounded(fully_allocated_size(&header.layout()).max(file_len))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A version-3 header as `qemu-img create` writes it (104-byte header + compression
    /// type, padded to 112), followed by `extensions` and an end marker.
    fn header_v3(size: u64, cluster_bits: u32, incompat: u64, extensions: &[(u32, Vec<u8>)]) -> Vec<u8> {
        let mut b = vec![0u8; 112];
        b[..4].copy_from_slice(&MAGIC);
        b[4..8].copy_from_slice(&3u32.to_be_bytes());
        b[20..24].copy_from_slice(&cluster_bits.to_be_bytes());
        b[24..32].copy_from_slice(&size.to_be_bytes());
        b[48..56].copy_from_slice(&(1u64 << cluster_bits).to_be_bytes());
        b[56..60].copy_from_slice(&1u32.to_be_bytes());
        b[72..80].copy_from_slice(&incompat.to_be_bytes());
        b[96..100].copy_from_slice(&4u32.to_be_bytes());
        b[100..104].copy_from_slice(&112u32.to_be_bytes());
        for (kind, data) in extensions {
            b.extend_from_slice(&kind.to_be_bytes());
            b.extend_from_slice(&(data.len() as u32).to_be_bytes());
            b.extend_from_slice(data);
            b.resize(b.len().div_ceil(8) * 8, 0);
        }
        b.extend_from_slice(&[0; 8]);
        b
    }

    #[test]
    fn parses_a_plain_header() {
        let h = Header::parse(&header_v3(1 << 30, 16, 0, &[])).unwrap();
        assert_eq!((h.version, h.cluster_size(), h.size, h.refcount_order), (3, 65536, 1 << 30, 4));
        assert!(!h.extended_l2() && !h.has_external_data_file() && h.backing_file.is_none());
        assert_eq!(h.encryption, Encryption::None);
    }

    #[test]
    fn reads_extensions() {
        let mut crypto = 4096u64.to_be_bytes().to_vec();
        crypto.extend_from_slice(&2_068_480u64.to_be_bytes());
        let b = header_v3(
            1 << 20,
            16,
            INCOMPAT_EXTERNAL_DATA,
            &[(EXT_BACKING_FORMAT, b"raw".to_vec()), (EXT_DATA_FILE, b"data.raw".to_vec()), (EXT_CRYPTO_HEADER, crypto)],
        );
        let h = Header::parse(&b).unwrap();
        assert_eq!(h.backing_format.as_deref(), Some("raw"));
        assert_eq!(h.data_file.as_deref(), Some("data.raw"));
        assert!(h.has_external_data_file());
        assert_eq!(h.crypto_header, Some((4096, 2_068_480)));
        assert_eq!(h.crypto_header_bytes(), 32 * 65536);
    }

    #[test]
    fn reads_the_backing_file_name() {
        let mut b = header_v3(1 << 20, 16, 0, &[]);
        let at = b.len() as u64;
        b.extend_from_slice(b"base.qcow2");
        b[8..16].copy_from_slice(&at.to_be_bytes());
        b[16..20].copy_from_slice(&10u32.to_be_bytes());
        assert_eq!(Header::parse(&b).unwrap().backing_file.as_deref(), Some("base.qcow2"));
    }

    #[test]
    fn version_2_has_16_bit_refcounts() {
        let mut b = header_v3(1 << 20, 16, 0, &[]);
        b[4..8].copy_from_slice(&2u32.to_be_bytes());
        b.truncate(72);
        b.extend_from_slice(&[0; 8]);
        let h = Header::parse(&b).unwrap();
        assert_eq!((h.version, h.refcount_order, h.header_length), (2, 4, 72));
    }

    #[test]
    fn refuses_what_qemu_refuses() {
        assert_eq!(Header::parse(b"QFI"), Err(ParseError::NotQcow2));
        assert_eq!(Header::parse(&[0u8; 512]), Err(ParseError::NotQcow2));
        let b = header_v3(1 << 20, 16, 0, &[]);
        assert!(matches!(Header::parse(&b[..80]), Err(ParseError::Truncated { .. })));
        let mut bad = b.clone();
        bad[20..24].copy_from_slice(&22u32.to_be_bytes());
        assert!(matches!(Header::parse(&bad), Err(ParseError::Invalid(_))));
        // Extended L2 needs clusters of 16 KiB or more.
        assert!(matches!(Header::parse(&header_v3(1 << 20, 12, INCOMPAT_EXTENDED_L2, &[])), Err(ParseError::Invalid(_))));
        let mut ext = header_v3(1 << 20, 9, 0, &[]);
        ext.truncate(112);
        ext.extend_from_slice(&EXT_DATA_FILE.to_be_bytes());
        ext.extend_from_slice(&1000u32.to_be_bytes());
        assert!(matches!(Header::parse(&ext), Err(ParseError::Invalid(_))));
    }

    #[test]
    fn no_panic_on_any_prefix_or_flipped_byte() {
        let b = header_v3(1 << 40, 21, INCOMPAT_EXTENDED_L2, &[(EXT_BACKING_FORMAT, b"qcow2".to_vec())]);
        for n in 0..b.len() {
            let _ = Header::parse(&b[..n]);
        }
        let mut huge = b.clone();
        huge[24..32].copy_from_slice(&u64::MAX.to_be_bytes());
        assert!(matches!(Header::parse(&huge), Err(ParseError::Invalid(_))));
        for i in 0..b.len() {
            for v in [0u8, 0x7f, 0xff] {
                let mut c = b.clone();
                c[i] = v;
                if let Ok(h) = Header::parse(&c) {
                    let _ = commitment_of(&h, 0);
                }
            }
        }
    }

    // Expected values: `qemu-img measure --size N -O qcow2 -o cluster_size=C[,extended_l2=on]`
    // (QEMU 10.0), "fully allocated size".
    #[test]
    fn matches_qemu_img_measure() {
        let cases: [(u64, u64, bool, u64); 5] = [
            (1 << 30, 65536, false, 1_074_135_040),
            (1 << 30, 512, false, 1_095_127_040),
            (1 << 30, 2 << 20, false, 1_084_227_584),
            (1 << 30, 65536, true, 1_074_266_112),
            (1 << 20, 65536, false, 1_376_256),
        ];
        for (size, cs, ext, expected) in cases {
            let layout = Layout { extended_l2: ext, ..Layout::new(size, cs) };
            assert_eq!(fully_allocated_size(&layout), expected, "{size} {cs} {ext}");
        }
    }

    #[test]
    fn refcount_fixed_point_counts_itself() {
        // 16-bit refcounts in 512-byte clusters: 256 per block, 64 blocks per table cluster.
        assert_eq!(refcount_metadata_size(1, 512, 4), 2 * 512);
        assert_eq!(refcount_metadata_size(254, 512, 4), 2 * 512);
        assert_eq!(refcount_metadata_size(255, 512, 4), 3 * 512); // 255 + 1 block + 1 table > 256
        // 1-bit refcounts: 4096 per block.
        assert_eq!(refcount_metadata_size(4094, 512, 0), 2 * 512);
        // One table cluster of 512 bytes covers 64 blocks of 256 clusters: 8 MiB of image.
        let small = Header::parse(&header_v3(4 << 20, 9, 0, &[])).unwrap();
        let large = Header::parse(&header_v3(64 << 20, 9, 0, &[])).unwrap();
        assert!(!small.refcount_table_outgrown() && large.refcount_table_outgrown());
        assert!(!Header::parse(&header_v3(1 << 40, 16, 0, &[])).unwrap().refcount_table_outgrown());
    }

    #[test]
    fn commitment_is_never_below_the_file_length_and_snapshots_unbound_it() {
        let b = header_v3(1 << 20, 16, 0, &[]);
        assert_eq!(commitment(&b, 0), Ok(Commitment::Bounded(1_376_256)));
        assert_eq!(commitment(&b, 5 << 20), Ok(Commitment::Bounded(5 << 20)));
        let mut snap = b.clone();
        snap[60..64].copy_from_slice(&1u32.to_be_bytes());
        assert_eq!(commitment(&snap, 0), Ok(Commitment::Unbounded));
        assert_eq!(Commitment::Unbounded.bytes(), None);
    }

    #[test]
    fn external_data_counts_only_metadata() {
        let b = header_v3(1 << 30, 16, INCOMPAT_EXTERNAL_DATA, &[]);
        let c = commitment(&b, 0).unwrap().bytes().unwrap();
        // header + 2 L2 clusters + 1 L1 cluster (rounded to 8192 entries) + 1 block + 1 table
        assert_eq!(c, 65536 + 131072 + 65536 + 2 * 65536);
    }
}
