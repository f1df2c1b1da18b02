//! Secrets the server must be able to read back (payment-provider API keys, webhook signing
//! secrets) are sealed with the server key: XChaCha20-Poly1305, a fresh random 192-bit nonce
//! per value, and associated data naming where the value belongs (website, provider, field), so
//! a sealed value copied into another row does not open. Stored layout:
//! `version (1 byte) || nonce (24 bytes) || ciphertext+tag`.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};

const VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
pub const KEY_LEN: usize = 32;

/// The 256-bit server key. Never printed: `Debug` is redacted.
#[derive(Clone)]
pub struct ServerKey([u8; KEY_LEN]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("server key must be {} hexadecimal characters", KEY_LEN * 2)]
    BadKey,
    #[error("sealed value is corrupt or was sealed with another server key")]
    CannotOpen,
}

impl ServerKey {
    pub fn generate() -> Self {
        let mut bytes = [0u8; KEY_LEN];
        crate::secret::fill_random(&mut bytes);
        ServerKey(bytes)
    }

    pub fn from_hex(s: &str) -> Result<Self, SealError> {
        let mut bytes = [0u8; KEY_LEN];
        hex::decode_to_slice(s.trim(), &mut bytes).map_err(|_| SealError::BadKey)?;
        Ok(ServerKey(bytes))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(Key::from_slice(&self.0))
    }

    /// Encrypts `plaintext`, bound to `context` (which must be given again to open it).
    pub fn seal(&self, plaintext: &[u8], context: &str) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        crate::secret::fill_random(&mut nonce);
        let sealed = self
            .cipher()
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad: context.as_bytes() })
            // Encryption only fails for messages beyond 256 GiB.
            .expect("XChaCha20-Poly1305 encryption of a short value");
        let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    pub fn open(&self, sealed: &[u8], context: &str) -> Result<Vec<u8>, SealError> {
        if sealed.len() < 1 + NONCE_LEN || sealed[0] != VERSION {
            return Err(SealError::CannotOpen);
        }
        let (nonce, body) = sealed[1..].split_at(NONCE_LEN);
        self.cipher()
            .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad: context.as_bytes() })
            .map_err(|_| SealError::CannotOpen)
    }
}

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_the_same_key_and_context() {
        let key = ServerKey::generate();
        let sealed = key.seal(b"rk_live_secret", "w1/stripe/key");
        assert!(!sealed.windows(6).any(|w| w == b"rk_liv"), "plaintext must not appear in the sealed value");
        assert_eq!(key.open(&sealed, "w1/stripe/key").unwrap(), b"rk_live_secret");
        assert_eq!(key.open(&sealed, "w2/stripe/key"), Err(SealError::CannotOpen));
        assert_eq!(ServerKey::generate().open(&sealed, "w1/stripe/key"), Err(SealError::CannotOpen));
        let mut tampered = sealed.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert_eq!(key.open(&tampered, "w1/stripe/key"), Err(SealError::CannotOpen));
        // a fresh nonce each time: the same value never seals to the same bytes
        assert_ne!(key.seal(b"x", "c"), key.seal(b"x", "c"));
    }

    #[test]
    fn keys_round_trip_through_hex_and_never_print() {
        let key = ServerKey::generate();
        let again = ServerKey::from_hex(&key.to_hex()).unwrap();
        assert_eq!(again.open(&key.seal(b"v", "c"), "c").unwrap(), b"v");
        assert!(ServerKey::from_hex("abc").is_err());
        assert_eq!(format!("{key:?}"), "ServerKey(..)");
    }
}
