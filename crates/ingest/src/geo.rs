//! IP address → country, region, city and coordinates, from a MaxMind-format (`.mmdb`)
//! database the operator supplies with `--geoip-db`: MaxMind GeoLite2/GeoIP2 City or Country,
//! or DB-IP's free "IP to City Lite" / "IP to Country Lite" (CC BY 4.0, see the README).
//! Without a database every location is unknown (""), and the server says so once at start.
//! Only the derived location is kept; the address itself never leaves this step.

use std::net::IpAddr;
use std::path::Path;

use maxminddb::geoip2;

/// Where an address is, as far as the database knows ("" / None for unknown parts).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Location {
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    /// The largest subdivision's English name (a state, a region).
    pub region: String,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

pub struct GeoDb {
    reader: maxminddb::Reader<Vec<u8>>,
    description: String,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot read the GeoIP database {path}: {reason}")]
pub struct GeoDbError {
    path: String,
    reason: String,
}

impl GeoDb {
    /// Reads the whole database into memory (City Lite is ~130 MB; Country Lite ~8 MB) and
    /// checks that it is an IP-location database.
    pub fn open(path: &Path) -> Result<GeoDb, GeoDbError> {
        let fail = |reason: String| GeoDbError { path: path.display().to_string(), reason };
        let reader = maxminddb::Reader::open_readfile(path).map_err(|e| fail(e.to_string()))?;
        let kind = reader.metadata().database_type.clone();
        let lower = kind.to_ascii_lowercase();
        if !(lower.contains("city") || lower.contains("country")) {
            return Err(fail(format!("database type \"{kind}\" has no locations (need a City or Country database)")));
        }
        let description = format!("{kind}, built {}", reader.metadata().build_epoch);
        Ok(GeoDb { reader, description })
    }

    pub fn description(&self) -> &str {
        &self.description
    }

    /// The location of `ip`; unknown parts stay empty. Private and unlisted addresses are
    /// simply unknown.
    pub fn locate(&self, ip: IpAddr) -> Location {
        let Ok(found) = self.reader.lookup(ip) else { return Location::default() };
        let Ok(Some(record)) = found.decode::<geoip2::City>() else { return Location::default() };
        Location {
            country: record.country.iso_code.unwrap_or("").to_ascii_uppercase(),
            region: record.subdivisions.first().and_then(|s| s.names.english).unwrap_or("").to_string(),
            city: record.city.names.english.unwrap_or("").to_string(),
            // Two decimals (~1 km) are all a city-level map needs.
            latitude: record.location.latitude.map(round2),
            longitude: record.location.longitude.map(round2),
        }
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
