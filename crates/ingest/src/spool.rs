//! The spool: append-only segment files of framed, checksummed records.
//!
//! Frame: `len: u32 LE | crc32(payload): u32 LE | payload (JSON of an EventRecord)`.
//! A torn frame at the end of a segment (crash mid-write) fails its length or checksum and
//! marks the end of that segment; frames before it are intact because every batch is synced
//! before it is acknowledged.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use datafast_store::{EventRecord, SpoolPosition};

const FRAME_HEADER: usize = 8;
/// Larger frames cannot come from a valid event; treat them as corruption.
const MAX_FRAME: u32 = 16 * 1024 * 1024;

pub fn segment_path(dir: &Path, segment: u64) -> PathBuf {
    dir.join(format!("{segment:016}.spool"))
}

/// Segment numbers present in `dir`, ascending.
pub fn segments(dir: &Path) -> io::Result<Vec<u64>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let name = entry?.file_name();
        let name = name.to_string_lossy();
        if let Some(n) = name.strip_suffix(".spool").and_then(|n| n.parse::<u64>().ok()) {
            out.push(n);
        }
    }
    out.sort_unstable();
    Ok(out)
}

/// Appends frames to one segment; `sync` makes everything written so far durable.
pub struct SegmentWriter {
    pub segment: u64,
    offset: u64,
    file: BufWriter<File>,
}

impl SegmentWriter {
    pub fn create(dir: &Path, segment: u64) -> io::Result<Self> {
        let file = OpenOptions::new().create_new(true).append(true).open(segment_path(dir, segment))?;
        // Make the new file's directory entry durable too, or a crash could lose the file.
        File::open(dir)?.sync_all()?;
        Ok(SegmentWriter { segment, offset: 0, file: BufWriter::with_capacity(1 << 20, file) })
    }

    pub fn append(&mut self, record: &EventRecord) -> io::Result<()> {
        let payload = serde_json::to_vec(record).map_err(io::Error::other)?;
        let len = u32::try_from(payload.len()).map_err(|_| io::Error::other("record too large"))?;
        self.file.write_all(&len.to_le_bytes())?;
        self.file.write_all(&crc32fast::hash(&payload).to_le_bytes())?;
        self.file.write_all(&payload)?;
        self.offset += (FRAME_HEADER + payload.len()) as u64;
        Ok(())
    }

    pub fn sync(&mut self) -> io::Result<SpoolPosition> {
        self.file.flush()?;
        self.file.get_ref().sync_data()?;
        Ok(self.position())
    }

    pub fn position(&self) -> SpoolPosition {
        SpoolPosition { segment: self.segment, offset: self.offset }
    }

    pub fn len(&self) -> u64 {
        self.offset
    }

    pub fn is_empty(&self) -> bool {
        self.offset == 0
    }
}

/// Reads the intact frames of a segment starting at `offset`, each with the position just
/// after it. Stops quietly at a torn or corrupt tail.
pub fn read_segment(dir: &Path, segment: u64, offset: u64) -> io::Result<Vec<(EventRecord, SpoolPosition)>> {
    let mut bytes = Vec::new();
    File::open(segment_path(dir, segment))?.read_to_end(&mut bytes)?;
    let mut pos = offset as usize;
    let mut out = Vec::new();
    while pos + FRAME_HEADER <= bytes.len() {
        let len = u32::from_le_bytes(bytes[pos..pos + 4].try_into().expect("4 bytes"));
        let crc = u32::from_le_bytes(bytes[pos + 4..pos + 8].try_into().expect("4 bytes"));
        let start = pos + FRAME_HEADER;
        let end = start + len as usize;
        if len > MAX_FRAME || end > bytes.len() || crc32fast::hash(&bytes[start..end]) != crc {
            tracing::warn!(segment, offset = pos, "spool segment ends in a torn or corrupt frame; ignoring the rest");
            break;
        }
        match serde_json::from_slice::<EventRecord>(&bytes[start..end]) {
            Ok(record) => out.push((record, SpoolPosition { segment, offset: end as u64 })),
            Err(e) => {
                tracing::warn!(segment, offset = pos, error = %e, "undecodable spool record skipped");
            }
        }
        pos = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafast_core::ObjectId;

    #[test]
    fn frames_round_trip_and_a_torn_tail_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let site = ObjectId::generate();
        let mut w = SegmentWriter::create(dir.path(), 7).unwrap();
        for i in 0..3 {
            w.append(&EventRecord::new(site, i, "pageview")).unwrap();
        }
        let end = w.sync().unwrap();
        drop(w);
        // Simulate a crash in the middle of writing a fourth frame.
        let mut f = OpenOptions::new().append(true).open(segment_path(dir.path(), 7)).unwrap();
        f.write_all(&[200, 0, 0, 0, 1, 2]).unwrap();

        let read = read_segment(dir.path(), 7, 0).unwrap();
        assert_eq!(read.len(), 3);
        assert_eq!(read[2].1, end);
        assert_eq!(read.iter().map(|(r, _)| r.timestamp_ms).collect::<Vec<_>>(), vec![0, 1, 2]);
        // Resuming from a position skips what came before it.
        let rest = read_segment(dir.path(), 7, read[0].1.offset).unwrap();
        assert_eq!(rest.len(), 2);
        assert_eq!(segments(dir.path()).unwrap(), vec![7]);
    }
}
