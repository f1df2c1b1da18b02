//! ObjectId-style identifiers: 24 lowercase hex characters, as DataFast (MongoDB) exposes them.
//! Layout follows MongoDB: 4-byte big-endian seconds, 5 random bytes, 3-byte counter, so ids
//! sort roughly by creation time, which keeps list endpoints stable.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId([u8; 12]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid id: expected 24 hexadecimal characters")]
pub struct InvalidObjectId;

fn process_random() -> &'static [u8; 5] {
    static RANDOM: OnceLock<[u8; 5]> = OnceLock::new();
    RANDOM.get_or_init(|| {
        let mut bytes = [0u8; 5];
        crate::secret::fill_random(&mut bytes);
        bytes
    })
}

fn next_counter() -> u32 {
    static COUNTER: OnceLock<AtomicU32> = OnceLock::new();
    let counter = COUNTER.get_or_init(|| {
        let mut seed = [0u8; 4];
        crate::secret::fill_random(&mut seed);
        AtomicU32::new(u32::from_le_bytes(seed))
    });
    counter.fetch_add(1, Ordering::Relaxed) & 0x00ff_ffff
}

impl ObjectId {
    pub fn generate() -> Self {
        let seconds = chrono::Utc::now().timestamp().clamp(0, u32::MAX as i64) as u32;
        let mut bytes = [0u8; 12];
        bytes[..4].copy_from_slice(&seconds.to_be_bytes());
        bytes[4..9].copy_from_slice(process_random());
        bytes[9..].copy_from_slice(&next_counter().to_be_bytes()[1..]);
        ObjectId(bytes)
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
}

impl FromStr for ObjectId {
    type Err = InvalidObjectId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 24 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(InvalidObjectId);
        }
        let mut bytes = [0u8; 12];
        hex::decode_to_slice(s.to_ascii_lowercase(), &mut bytes).map_err(|_| InvalidObjectId)?;
        Ok(ObjectId(bytes))
    }
}

impl fmt::Display for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjectId({})", self.to_hex())
    }
}

impl serde::Serialize for ObjectId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> serde::Deserialize<'de> for ObjectId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_are_24_hex_unique_and_round_trip() {
        let a = ObjectId::generate();
        let b = ObjectId::generate();
        assert_ne!(a, b);
        let hex = a.to_hex();
        assert_eq!(hex.len(), 24);
        assert_eq!(hex.parse::<ObjectId>().unwrap(), a);
    }

    #[test]
    fn rejects_malformed_ids() {
        for bad in ["", "665f0b3c4d2e1a001234567", "665f0b3c4d2e1a00123456789", "665f0b3c4d2e1a001234567z"] {
            assert!(bad.parse::<ObjectId>().is_err(), "{bad}");
        }
        assert!("665F0B3C4D2E1A0012345678".parse::<ObjectId>().is_ok());
    }
}
