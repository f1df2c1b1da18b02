//! IP networks, for trusted proxies and excluded-IP settings.

use std::net::IpAddr;

/// An IP network (`127.0.0.1/32`, `10.0.0.0/8`, `::1/128`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNet {
    pub addr: IpAddr,
    pub prefix: u8,
}

impl IpNet {
    pub fn parse(s: &str) -> Option<IpNet> {
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a.parse().ok()?, p.parse().ok()?),
            None => {
                let a: IpAddr = s.parse().ok()?;
                (a, if a.is_ipv4() { 32 } else { 128 })
            }
        };
        let max = if matches!(addr, IpAddr::V4(_)) { 32 } else { 128 };
        (prefix <= max).then_some(IpNet { addr, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        use IpAddr::{V4, V6};
        match (self.addr, ip) {
            (V4(n), V4(i)) => {
                let mask = if self.prefix == 0 { 0 } else { u32::MAX << (32 - self.prefix) };
                u32::from(n) & mask == u32::from(i) & mask
            }
            (V6(n), V6(i)) => {
                let mask = if self.prefix == 0 { 0 } else { u128::MAX << (128 - self.prefix) };
                u128::from(n) & mask == u128::from(i) & mask
            }
            (V6(n), V4(i)) => n.to_ipv4_mapped() == Some(i) && self.prefix == 128,
            (V4(n), V6(i)) => {
                i.to_ipv4_mapped().is_some_and(|m| IpNet { addr: V4(n), prefix: self.prefix }.contains(V4(m)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::IpNet;

    #[test]
    fn parses_and_matches() {
        assert!(IpNet::parse("10.0.0.0/8").unwrap().contains("10.9.8.7".parse().unwrap()));
        assert!(!IpNet::parse("10.0.0.0/8").unwrap().contains("11.0.0.1".parse().unwrap()));
        assert!(IpNet::parse("2001:db8::/32").unwrap().contains("2001:db8::1".parse().unwrap()));
        assert!(IpNet::parse("203.0.113.10").unwrap().contains("203.0.113.10".parse().unwrap()));
        assert!(IpNet::parse("300.0.0.0/8").is_none());
        assert!(IpNet::parse("10.0.0.0/33").is_none());
    }
}
