//! The server key that seals integration secrets (`datafast_core::sealed`). Generated on first
//! start into the data directory as `server.key` (64 hex characters, mode 0600), unless one is
//! given explicitly. Losing it makes stored provider credentials unreadable: they then have to
//! be connected again, nothing else is affected.

use std::io::Write;
use std::path::Path;

use datafast_core::sealed::ServerKey;

pub const SERVER_KEY_FILE: &str = "server.key";

/// Reads `dir/server.key`, creating it (0600) with a fresh random key if it does not exist.
pub fn load_or_create_server_key(dir: &Path) -> std::io::Result<ServerKey> {
    let path = dir.join(SERVER_KEY_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => ServerKey::from_hex(&text)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{}: {e}", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = ServerKey::generate();
            let mut options = std::fs::OpenOptions::new();
            // create_new: two processes starting together cannot both write a different key.
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            match options.open(&path) {
                Ok(mut file) => {
                    file.write_all(format!("{}\n", key.to_hex()).as_bytes())?;
                    file.sync_all()?;
                    Ok(key)
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => load_or_create_server_key(dir),
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}
