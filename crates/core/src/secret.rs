//! Secrets handed to users (`dft_` tokens, `df_` keys): generation, masking and hashing.
//! Only a SHA-256 digest is ever stored. The tokens carry 256 bits of randomness, so a fast
//! hash is the right tool (no password stretching needed), and a digest leak reveals nothing.
//! Look-ups go through a short, non-secret prefix of the digest; the full digest is then
//! compared in constant time.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

pub const ACCOUNT_TOKEN_PREFIX: &str = "dft_";
pub const WEBSITE_KEY_PREFIX: &str = "df_";
/// One-time team invitation links.
pub const INVITATION_PREFIX: &str = "dfinv_";
/// Bot-traffic ingestion tokens (one per website, §3.11 B3–B6).
pub const BOT_TOKEN_PREFIX: &str = "dfbot_";

pub fn fill_random(buf: &mut [u8]) {
    // The OS random source failing is unrecoverable for a server that mints credentials.
    getrandom::fill(buf).expect("operating system random number generator failed");
}

/// A freshly minted secret: the raw value (shown once) and what is stored.
pub struct NewSecret {
    pub raw: String,
    pub digest: SecretDigest,
    pub display: String,
}

#[derive(Clone, PartialEq, Eq)]
pub struct SecretDigest(pub [u8; 32]);

impl SecretDigest {
    pub fn of(raw: &str) -> Self {
        SecretDigest(Sha256::digest(raw.as_bytes()).into())
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    pub fn from_hex(s: &str) -> Option<Self> {
        let mut out = [0u8; 32];
        hex::decode_to_slice(s, &mut out).ok()?;
        Some(SecretDigest(out))
    }

    /// Index key used to find the stored record; not enough to authenticate with.
    pub fn lookup_prefix(&self) -> String {
        hex::encode(&self.0[..8])
    }

    pub fn matches(&self, other: &SecretDigest) -> bool {
        self.0.ct_eq(&other.0).into()
    }
}

impl std::fmt::Debug for SecretDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretDigest(..)")
    }
}

pub fn mint(prefix: &str) -> NewSecret {
    let mut bytes = [0u8; 32];
    fill_random(&mut bytes);
    let raw = format!("{prefix}{}", hex::encode(bytes));
    NewSecret { digest: SecretDigest::of(&raw), display: mask(&raw), raw }
}

/// `dft_ab1...xyz9`: the first 7 and the last 4 characters, as DataFast displays keys.
pub fn mask(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    if chars.len() <= 11 {
        return "...".to_string();
    }
    let head: String = chars[..7].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}...{tail}")
}

/// Random lowercase alphanumerics, for public identifiers such as `dfid_` tracking ids.
pub fn random_alphanumeric(len: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut out = String::with_capacity(len);
    let mut buf = [0u8; 64];
    while out.len() < len {
        fill_random(&mut buf);
        for b in buf {
            // Rejection sampling keeps the distribution uniform (252 = 7 * 36).
            if b < 252 && out.len() < len {
                out.push(ALPHABET[(b % 36) as usize] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minted_tokens_have_prefix_mask_and_verifiable_digest() {
        let s = mint(ACCOUNT_TOKEN_PREFIX);
        assert!(s.raw.starts_with("dft_"));
        assert_eq!(s.raw.len(), 4 + 64);
        assert_eq!(s.display.len(), 7 + 3 + 4);
        assert!(s.display.starts_with(&s.raw[..7]) && s.display.ends_with(&s.raw[s.raw.len() - 4..]));
        assert!(SecretDigest::of(&s.raw).matches(&s.digest));
        assert!(!SecretDigest::of("dft_other").matches(&s.digest));
        assert_eq!(SecretDigest::from_hex(&s.digest.to_hex()).unwrap(), s.digest);
    }

    #[test]
    fn mask_matches_documented_shape() {
        assert_eq!(mask("dft_ab1cdefghijxyz9"), "dft_ab1...xyz9");
        assert_eq!(mask("df_ab12cdefghxyz9"), "df_ab12...xyz9");
    }

    #[test]
    fn alphanumerics() {
        let s = random_alphanumeric(40);
        assert_eq!(s.len(), 40);
        assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    }
}
