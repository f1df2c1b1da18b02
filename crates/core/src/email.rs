//! Email addresses as account identifiers: trimmed, lower-cased, and plausible enough to be
//! deliverable (no attempt at full RFC 5322).

/// The canonical form, if `raw` looks like an address.
pub fn normalize(raw: &str) -> Option<String> {
    let email = raw.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let valid = !local.is_empty()
        && email.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@');
    valid.then_some(email)
}

#[cfg(test)]
mod tests {
    #[test]
    fn normalizes_and_rejects() {
        assert_eq!(super::normalize("  Jane@Example.COM ").as_deref(), Some("jane@example.com"));
        for bad in ["", "jane", "@example.com", "jane@example", "jane@.com", "ja ne@example.com", "a@b@c.com"] {
            assert!(super::normalize(bad).is_none(), "{bad}");
        }
    }
}
