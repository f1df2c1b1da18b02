//! `datafast import`: history from another tool through the ingestion steps, with a summary
//! of what was dropped and why, sessions cut by the 30-minute rule, and the running-server
//! case refused clearly.

use serde_json::{json, Value};

use crate::events::{stored, CHROME};
use crate::geo::city_db;
use crate::helpers::{TestApp, BIN};

async fn run_import(data_dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> std::process::Output {
    let mut cmd = tokio::process::Command::new(BIN);
    cmd.arg("import").args(args).arg("--data-dir").arg(data_dir);
    cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    cmd.stdin(if stdin.is_some() { std::process::Stdio::piped() } else { std::process::Stdio::null() });
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        use tokio::io::AsyncWriteExt;
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(input.as_bytes()).await.unwrap();
    }
    child.wait_with_output().await.unwrap()
}

#[tokio::test]
async fn history_is_imported_through_the_pipeline_with_a_drop_summary() {
    let app = TestApp::spawn().await;
    let (token, website_id, tracking_id) = app.site().await;
    app.put(
        &format!("/api/v1/admin/websites/{website_id}"),
        &token,
        json!({"excludedPaths": ["/admin/*"], "excludedCountries": ["DE"]}),
    )
    .await
    .expect(200);
    // Importing while the server owns the event store is refused, and nothing changes.
    let file_dir = tempfile::tempdir().unwrap();
    let file = file_dir.path().join("history.ndjson");
    std::fs::write(&file, "{\"timestamp\":1,\"url\":\"https://example.com/\",\"visitor_id\":\"x\"}\n").unwrap();
    let refused = run_import(app.dir.path(), &["--website", &website_id, file.to_str().unwrap()], None).await;
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("stop the server first"), "{refused:?}");
    let (_, data) = app.terminate().await;

    let t0 = 1_767_225_600_000i64; // 2026-01-01T00:00:00Z
    let min = 60_000i64;
    let line = |v: Value| v.to_string();
    let lines = [
        // Visitor "alice" (another tool's id) without sessions: cut by 30 minutes of inactivity.
        line(json!({"timestamp": t0, "url": "https://example.com/?utm_source=newsletter&utm_medium=email",
            "visitor_id": "alice", "ip": "203.0.113.10", "user_agent": CHROME})),
        line(json!({"timestamp": t0 + 20 * min, "type": "goal", "name": "Signup", "url": "https://example.com/signup",
            "visitor_id": "alice", "ip": "203.0.113.10", "user_agent": CHROME, "properties": {"plan": "pro"}})),
        line(json!({"timestamp": "2026-01-01T01:00:00Z", "url": "https://example.com/docs",
            "visitor_id": "alice", "ip": "203.0.113.10", "user_agent": CHROME})),
        // Already-resolved fields instead of an address and a user agent; a given session id.
        line(json!({"timestamp": t0 + 5 * min, "hostname": "blog.example.com", "pathname": "/post",
            "referrer": "https://www.google.com/", "visitor_id": "bob", "session_id": "bob-1",
            "country": "jp", "region": "Tokyo", "city": "Tokyo", "browser": "Safari", "os": "iOS", "device": "Mobile"})),
        line(json!({"timestamp": t0 + 90 * min, "hostname": "blog.example.com", "pathname": "/post-2",
            "visitor_id": "bob", "session_id": "bob-1", "country": "JP"})),
        // No visitor id: derived from address and user agent.
        line(json!({"timestamp": t0, "url": "https://example.com/x", "ip": "203.0.113.11", "user_agent": CHROME})),
        line(
            json!({"timestamp": t0 + min, "url": "https://example.com/y", "ip": "203.0.113.11", "user_agent": CHROME}),
        ),
        // Dropped, each for a reason.
        "{not json".to_string(),
        line(json!({"url": "https://example.com/"})),
        line(json!({"timestamp": t0, "url": "https://example.com/", "ip": "203.0.113.12", "user_agent": "curl/8.5.0"})),
        line(json!({"timestamp": t0, "url": "https://example.com/admin/x", "visitor_id": "carol"})),
        line(json!({"timestamp": t0, "url": "https://example.com/", "ip": "198.51.100.3", "user_agent": CHROME})),
        line(json!({"timestamp": t0, "url": "https://elsewhere.test/", "visitor_id": "dave"})),
        line(json!({"timestamp": t0, "url": "https://example.com/"})),
        String::new(),
    ];
    std::fs::write(&file, lines.join("\n")).unwrap();
    let db = city_db(file_dir.path());
    let out = run_import(
        data.path(),
        &["--website", &tracking_id, file.to_str().unwrap(), "--geoip-db", db.to_str().unwrap()],
        None,
    )
    .await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["lines"], 14);
    assert_eq!(summary["stored"], 7);
    assert_eq!(
        summary["dropped"],
        json!({"invalid": 3, "bot": 1, "excluded_path": 1, "excluded_country": 1, "hostname_not_allowed": 1})
    );
    let first = summary["firstDropped"].as_array().unwrap();
    assert_eq!(first.len(), 7);
    assert_eq!(first[0]["line"], 8);
    assert!(first[0]["reason"].as_str().unwrap().starts_with("invalid: not a JSON event"), "{first:?}");
    assert!(first[1]["reason"].as_str().unwrap().contains("`timestamp` is required"), "{first:?}");
    assert_eq!(first[2]["reason"], "bot");

    let rows = stored(
        data.path(),
        "SELECT strftime(ts, '%H:%M'), kind, hostname, pathname, visitor_id::VARCHAR, session_id::VARCHAR,
                visit_number::VARCHAR, entry_path, channel, country, city, browser, os, device, goal_name, properties
         FROM events ORDER BY visitor_id, ts",
    );
    assert_eq!(rows.len(), 7, "{rows:?}");
    let by_path = |p: &str| rows.iter().find(|r| r[3] == p).unwrap().clone();
    let (home, signup, docs) = (by_path("/"), by_path("/signup"), by_path("/docs"));
    assert_eq!(home[4], signup[4]);
    assert_eq!(home[4], docs[4]);
    assert_eq!(home[5], signup[5], "20 minutes apart: one session");
    assert_ne!(signup[5], docs[5], "40 minutes of inactivity: a new session");
    assert_eq!((home[6].as_str(), docs[6].as_str()), ("1", "2"));
    assert_eq!((signup[7].as_str(), docs[7].as_str()), ("/", "/docs"));
    assert_eq!(home[8], "Email");
    assert_eq!((home[9].as_str(), home[10].as_str(), home[11].as_str()), ("FR", "Paris", "Chrome"));
    assert_eq!((signup[1].as_str(), signup[14].as_str()), ("goal", "signup"));
    assert_eq!(serde_json::from_str::<Value>(&signup[15]).unwrap(), json!({"plan": "pro"}));
    let (post, post2) = (by_path("/post"), by_path("/post-2"));
    assert_eq!(post[5], post2[5], "a given session id is kept whatever the gap");
    assert_eq!(post[8], "Organic Search");
    assert_eq!(post[9..14], ["JP", "Tokyo", "Safari", "iOS", "mobile"]);
    assert_eq!(post2[7], "/post");
    let (x, y) = (by_path("/x"), by_path("/y"));
    assert_eq!((x[4].clone(), x[5].clone()), (y[4].clone(), y[5].clone()), "derived visitor, one session");

    // Standard input works too, and the server reads everything after a restart.
    let more =
        json!({"timestamp": t0 + 200 * min, "url": "https://example.com/late", "visitor_id": "erin"}).to_string();
    let out = run_import(data.path(), &["--website", &website_id, "-", "--quiet"], Some(&more)).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap()["stored"], 1);
    let app = TestApp::spawn_in(data).await;
    app.get(&format!("/api/v1/analytics/metadata?websiteId={website_id}"), &token).await.expect(200);
    let (_, data) = app.terminate().await;
    assert_eq!(stored(data.path(), "SELECT count(*)::VARCHAR FROM events")[0][0], "8");

    // An unknown website is an error, not an empty import.
    let out = run_import(data.path(), &["--website", "dfid_nope", file.to_str().unwrap()], None).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no website dfid_nope"));
}
