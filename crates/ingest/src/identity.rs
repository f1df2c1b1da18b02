//! Visitor identity when the client keeps none (cookieless mode, server-side events): a
//! keyed hash of (daily salt, website, IP, user agent). The salt is derived from a secret that
//! never leaves the data directory and from the UTC date, so ids rotate every day and cannot
//! be recomputed by anyone who only knows the inputs.

use std::io::Write;
use std::net::IpAddr;
use std::path::Path;

use datafast_core::ObjectId;
use sha2::{Digest, Sha256};

pub struct Identity {
    secret: [u8; 32],
}

impl Identity {
    /// Loads the secret from `path`, creating it (owner-only permissions) on first use.
    pub fn load_or_create(path: &Path) -> std::io::Result<Self> {
        if let Ok(bytes) = std::fs::read(path) {
            if let Ok(secret) = <[u8; 32]>::try_from(bytes.as_slice()) {
                return Ok(Identity { secret });
            }
        }
        let mut secret = [0u8; 32];
        datafast_core::secret::fill_random(&mut secret);
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        let mut f = opts.open(path)?;
        f.write_all(&secret)?;
        f.sync_all()?;
        Ok(Identity { secret })
    }

    pub fn from_secret(secret: [u8; 32]) -> Self {
        Identity { secret }
    }

    /// A UUID-v4-shaped id, stable for one visitor on one website during one UTC day.
    pub fn cookieless_visitor(&self, website: &ObjectId, ip: Option<IpAddr>, user_agent: &str, at_ms: i64) -> u128 {
        let day = at_ms.div_euclid(86_400_000);
        let salt = Sha256::new().chain_update(self.secret).chain_update(day.to_le_bytes()).finalize();
        let ip = ip.map(|i| i.to_string()).unwrap_or_default();
        let h: [u8; 32] = Sha256::new()
            .chain_update(salt)
            .chain_update(website.to_hex())
            .chain_update([0])
            .chain_update(ip)
            .chain_update([0])
            .chain_update(user_agent)
            .finalize()
            .into();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&h[..16]);
        datafast_core::uuid::uuid_from_bytes(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_within_a_day_rotating_across_days_and_secrets() {
        let id = Identity::from_secret([7; 32]);
        let site = ObjectId::generate();
        let ip = Some("203.0.113.9".parse().unwrap());
        let a = id.cookieless_visitor(&site, ip, "UA", 1_000);
        assert_eq!(a, id.cookieless_visitor(&site, ip, "UA", 80_000_000));
        assert!(crate::pipeline::is_uuid_v4(&datafast_core::uuid::format_uuid(a)), "{a}");
        assert_ne!(a, id.cookieless_visitor(&site, ip, "UA", 90_000_000));
        assert_ne!(a, id.cookieless_visitor(&site, ip, "Other UA", 1_000));
        assert_ne!(a, Identity::from_secret([8; 32]).cookieless_visitor(&site, ip, "UA", 1_000));
    }
}
