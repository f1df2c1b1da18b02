//! UUIDs as `u128`: visitor and session ids travel and are stored as 16 bytes; text appears
//! only at the edges (payloads, API answers) in the canonical lowercase form.

/// Parses a UUID's canonical text (any version, lower or upper case).
pub fn parse_uuid(s: &str) -> Option<u128> {
    let b = s.as_bytes();
    if b.len() != 36 {
        return None;
    }
    let mut v: u128 = 0;
    for (i, &c) in b.iter().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            if c != b'-' {
                return None;
            }
            continue;
        }
        let digit = (c as char).to_digit(16)?;
        v = (v << 4) | digit as u128;
    }
    Some(v)
}

/// Canonical lowercase UUID text.
pub fn format_uuid(v: u128) -> String {
    let x = format!("{v:032x}");
    format!("{}-{}-{}-{}-{}", &x[..8], &x[8..12], &x[12..16], &x[16..20], &x[20..])
}

/// Marks 16 random or hashed bytes as a version-4 UUID.
pub fn uuid_from_bytes(mut b: [u8; 16]) -> u128 {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    u128::from_be_bytes(b)
}

pub fn random_uuid() -> u128 {
    let mut b = [0u8; 16];
    crate::secret::fill_random(&mut b);
    uuid_from_bytes(b)
}
