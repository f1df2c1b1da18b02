//! Locations from a MaxMind-format database given with `--geoip-db` (built here with a writer
//! of the same format, as DB-IP's City Lite is laid out), excluded countries, sessions and
//! entry pages stamped on live events, and the address itself never stored.

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::events::{pageview, stored, uuid, CHROME};
use crate::helpers::{TestApp, BIN};

/// A small City database: Paris for 203.0.113.0/24, Berlin for 198.51.100.0/24, and an IPv6
/// block in Canada without a city.
pub fn city_db(dir: &Path) -> PathBuf {
    let mut writer = mmdb_writer::Writer::new("DBIP-City-Lite");
    let paris = json!({
        "country": {"iso_code": "FR", "names": {"en": "France"}},
        "subdivisions": [{"names": {"en": "Île-de-France"}}],
        "city": {"names": {"en": "Paris"}},
        "location": {"latitude": 48.8566, "longitude": 2.3522}
    });
    let berlin = json!({
        "country": {"iso_code": "DE", "names": {"en": "Germany"}},
        "subdivisions": [{"names": {"en": "Land Berlin"}}],
        "city": {"names": {"en": "Berlin"}},
        "location": {"latitude": 52.52, "longitude": 13.405}
    });
    let canada = json!({"country": {"iso_code": "CA"}, "location": {"latitude": 43.7, "longitude": -79.42}});
    writer.insert("203.0.113.0/24".parse::<ipnet::IpNet>().unwrap(), &paris).unwrap();
    writer.insert("198.51.100.0/24".parse::<ipnet::IpNet>().unwrap(), &berlin).unwrap();
    writer.insert("2001:db8::/32".parse::<ipnet::IpNet>().unwrap(), &canada).unwrap();
    let path = dir.join("city.mmdb");
    std::fs::write(&path, writer.to_bytes().unwrap()).unwrap();
    path
}

#[tokio::test]
async fn locations_come_from_the_geoip_database_and_the_address_is_not_kept() {
    let files = tempfile::tempdir().unwrap();
    let db = city_db(files.path());
    let app =
        TestApp::spawn_with_env(tempfile::tempdir().unwrap(), &[("DATAFAST_GEOIP_DB", db.to_str().unwrap())]).await;
    let (token, website_id, tracking_id) = app.site().await;
    app.put(&format!("/api/v1/admin/websites/{website_id}"), &token, json!({"excludedCountries": ["DE"]}))
        .await
        .expect(200);

    app.send_event(&pageview(&tracking_id, "https://example.com/fr", 1), CHROME, Some("203.0.113.77"))
        .await
        .expect(200);
    app.send_event(&pageview(&tracking_id, "https://example.com/ca", 2), CHROME, Some("2001:db8::5")).await.expect(200);
    app.send_event(&pageview(&tracking_id, "https://example.com/unknown", 3), CHROME, Some("192.0.2.1"))
        .await
        .expect(200);
    // Excluded country: acknowledged, not stored.
    app.send_event(&pageview(&tracking_id, "https://example.com/de", 4), CHROME, Some("198.51.100.9"))
        .await
        .expect(200);

    let (code, dir) = app.terminate().await;
    assert_eq!(code, Some(0));
    let rows = stored(
        dir.path(),
        "SELECT pathname, country, region, city, latitude::VARCHAR, longitude::VARCHAR FROM events ORDER BY pathname",
    );
    assert_eq!(
        rows,
        vec![
            vec!["/ca", "CA", "", "", "43.7", "-79.42"],
            vec!["/fr", "FR", "Île-de-France", "Paris", "48.86", "2.35"],
            vec!["/unknown", "", "", "", "", ""],
        ]
    );
    // No column of any stored row holds the client's address.
    let columns = stored(
        dir.path(),
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' AND data_type = 'VARCHAR'",
    );
    let concat = columns.iter().map(|c| format!("\"{}\"", c[0])).collect::<Vec<_>>().join(" || '|' || ");
    let leaks = stored(
        dir.path(),
        &format!(
            "SELECT count(*)::VARCHAR FROM events WHERE ({concat}) LIKE '%203.0.113%' OR ({concat}) LIKE '%2001:db8%'"
        ),
    );
    assert_eq!(leaks[0][0], "0");
}

#[tokio::test]
async fn a_bad_geoip_database_stops_the_server_with_a_clear_error() {
    let files = tempfile::tempdir().unwrap();
    let not_a_db = files.path().join("GeoLite2-City.mmdb");
    std::fs::write(&not_a_db, b"definitely not a MaxMind database").unwrap();
    for path in [not_a_db, files.path().join("missing.mmdb")] {
        let out = tokio::process::Command::new(BIN)
            .args(["serve", "--listen", "127.0.0.1:0", "--geoip-db"])
            .arg(&path)
            .arg("--data-dir")
            .arg(files.path().join("data"))
            .output()
            .await
            .unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("cannot read the GeoIP database") && err.contains(path.to_str().unwrap()), "{err}");
    }
}

#[tokio::test]
async fn sessions_carry_their_entry_page_and_visit_number() {
    let app = TestApp::spawn().await;
    let (_, _, tracking_id) = app.site().await;
    // The client's session: its first pageview is the entry page of every later event.
    let mut landing = pageview(&tracking_id, "https://example.com/landing", 1);
    landing["visitorSessionNumber"] = json!(3);
    landing["referrer"] = json!("https://www.google.com/");
    app.send_event(&landing, CHROME, None).await.expect(200);
    let mut goal = pageview(&tracking_id, "https://example.com/pricing", 1);
    goal["type"] = json!("custom");
    goal["extraData"] = json!({"eventName": "clicked_buy"});
    goal["visitorSessionNumber"] = json!(3);
    app.send_event(&goal, CHROME, None).await.expect(200);
    let mut next = pageview(&tracking_id, "https://example.com/pricing", 1);
    next["visitorSessionNumber"] = json!(3);
    // The next page's referrer is the site itself: the visit still came from Google.
    next["referrer"] = json!("https://example.com/landing");
    app.send_event(&next, CHROME, None).await.expect(200);
    // Cookieless: the same address and browser are one visitor and keep the client's session.
    for path in ["/a", "/b"] {
        let mut e = pageview(&tracking_id, &format!("https://example.com{path}"), 9);
        e["cookieless"] = json!(true);
        e["visitorSessionNumber"] = json!(0);
        app.send_event(&e, CHROME, Some("198.51.100.20")).await.expect(200);
    }
    let (_, dir) = app.terminate().await;
    let rows = stored(
        dir.path(),
        "SELECT pathname, kind, entry_path, visit_number::VARCHAR, session_id::VARCHAR, visitor_id::VARCHAR,
                channel, referrer_name
         FROM events ORDER BY ts, pathname",
    );
    assert_eq!(rows.len(), 5, "{rows:?}");
    let client: Vec<_> = rows.iter().filter(|r| r[5] == uuid(1)).collect();
    assert_eq!(client.len(), 3);
    for r in &client {
        assert_eq!((r[2].as_str(), r[3].as_str(), r[4].as_str()), ("/landing", "3", uuid(1_000_001).as_str()));
        assert_eq!((r[6].as_str(), r[7].as_str()), ("Organic Search", "Google"), "{r:?}");
    }
    let cookieless: Vec<_> = rows.iter().filter(|r| r[5] != uuid(1)).collect();
    assert_eq!(cookieless.len(), 2);
    assert_eq!(cookieless[0][5], cookieless[1][5], "one derived visitor");
    assert_eq!(cookieless[0][4], cookieless[1][4], "one session");
    assert_eq!((cookieless[1][2].as_str(), cookieless[1][3].as_str()), ("/a", "1"));
    assert_eq!(cookieless[1][6], "Direct");
}
