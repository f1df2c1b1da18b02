//! The embedded backend against the storage contract: migrations, constraints, limits and
//! durability across reopen.

use datafast_core::access::WebsiteScope;
use datafast_core::secret::{self, SecretDigest};
use datafast_core::website::{Website, WebsiteSettings};
use datafast_core::{ObjectId, PermissionSet, Role};
use datafast_store::{AccessToken, EventRecord, EventStore, MetaStore, NewUser, SpoolPosition, StoreError};
use datafast_store_embedded::{events_path, meta_path, DuckEventStore, SqliteMetaStore};

fn new_token(user_id: ObjectId) -> (String, AccessToken) {
    let s = secret::mint(secret::ACCOUNT_TOKEN_PREFIX);
    let token = AccessToken {
        id: ObjectId::generate(),
        user_id,
        name: None,
        display_key: s.display,
        digest: s.digest,
        permissions: PermissionSet::All,
        scope: WebsiteScope::All,
        last_used_at: None,
        created_at: 1,
    };
    (s.raw, token)
}

fn website(owner: ObjectId, domain: &str) -> Website {
    Website {
        id: ObjectId::generate(),
        owner_id: owner,
        domain: domain.into(),
        name: None,
        tracking_id: format!("dfid_{}", secret::random_alphanumeric(12)),
        timezone: "UTC".into(),
        currency: "USD".into(),
        settings: WebsiteSettings::default(),
        created_at: 1,
    }
}

#[tokio::test]
async fn metadata_rules_hold_and_survive_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteMetaStore::open(&meta_path(dir.path())).await.unwrap();
    let user =
        store.create_user(NewUser { email: "Jane@Example.com".into(), name: None, password_hash: None }).await.unwrap();
    assert_eq!(user.email, "jane@example.com");
    let dup = store.create_user(NewUser { email: "jane@example.com".into(), name: None, password_hash: None }).await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))));

    let (raw, token) = new_token(user.id);
    store.create_access_token(token.clone(), 2).await.unwrap();
    store.create_access_token(new_token(user.id).1, 2).await.unwrap();
    assert!(matches!(store.create_access_token(new_token(user.id).1, 2).await, Err(StoreError::LimitReached(2))));
    let found = store.find_access_token(&SecretDigest::of(&raw)).await.unwrap().unwrap();
    assert_eq!(found.id, token.id);
    assert!(store.find_access_token(&SecretDigest::of("dft_nope")).await.unwrap().is_none());

    let site = website(user.id, "example.com");
    store.create_website(site.clone()).await.unwrap();
    assert!(matches!(store.create_website(website(user.id, "example.com")).await, Err(StoreError::Conflict(_))));
    assert_eq!(store.role(user.id, site.id).await.unwrap(), Some(Role::Owner));
    drop(store);

    let reopened = SqliteMetaStore::open(&meta_path(dir.path())).await.unwrap();
    assert_eq!(reopened.websites_for_user(user.id).await.unwrap().len(), 1);
    assert!(reopened.delete_access_token(user.id, token.id).await.unwrap());
    assert!(reopened.find_access_token(&SecretDigest::of(&raw)).await.unwrap().is_none());
}

#[tokio::test]
async fn events_append_atomically_and_persist() {
    let dir = tempfile::tempdir().unwrap();
    let site = ObjectId::generate();
    let event = |ms| {
        let mut e = EventRecord::new(site, ms, "pageview");
        e.visitor_id = 1 + (ms as u128 % 2);
        e.session_id = 10 + (ms as u128 % 2);
        e.pathname = "/".into();
        e.entry_path = format!("/entry/{}", ms % 2);
        e.visit_number = 1 + (ms as i32 % 2);
        e.latitude = Some(48.85);
        e
    };
    {
        let store = DuckEventStore::open(&events_path(dir.path())).await.unwrap();
        assert_eq!(store.spool_position().await.unwrap(), None);
        let at = SpoolPosition { segment: 3, offset: 4096 };
        let stored = store.append(std::sync::Arc::new((0..100).map(event).collect()), Some(at)).await.unwrap();
        assert_eq!(stored, 100);
        assert_eq!(store.spool_position().await.unwrap(), Some(at));
        assert_eq!(store.count_events(site).await.unwrap(), 100);
        assert_eq!(store.count_events(ObjectId::generate()).await.unwrap(), 0);
    }
    let reopened = DuckEventStore::open(&events_path(dir.path())).await.unwrap();
    assert_eq!(reopened.count_events(site).await.unwrap(), 100);
    assert_eq!(reopened.spool_position().await.unwrap(), Some(SpoolPosition { segment: 3, offset: 4096 }));
    // Each visitor's latest session since a time, for the session tracker after a restart.
    let mut recent = reopened.recent_sessions(50).await.unwrap();
    recent.sort_by_key(|r| r.visitor_id);
    assert_eq!(recent.len(), 2);
    assert_eq!(
        (recent[0].visitor_id, recent[0].session_id, recent[0].visit_number, recent[0].entry_path.as_str()),
        (1, 10, 1, "/entry/0")
    );
    assert_eq!((recent[0].last_ms, recent[1].last_ms), (98, 99));
    assert_eq!(recent[1].session_id, 11);
    assert!(reopened.recent_sessions(100).await.unwrap().is_empty());
}

#[tokio::test]
async fn the_event_store_memory_limit_is_validated() {
    let dir = tempfile::tempdir().unwrap();
    let path = events_path(dir.path());
    assert!(DuckEventStore::open_with_memory_limit(&path, "1GB'; DROP TABLE events; --").await.is_err());
    assert!(DuckEventStore::open_with_memory_limit(&path, "").await.is_err());
    let store = DuckEventStore::open_with_memory_limit(&path, "256MB").await.unwrap();
    let rows = store
        .query(datafast_store::sql::SqlQuery { sql: "SELECT current_setting('memory_limit')".into(), params: vec![] })
        .await
        .unwrap();
    let limit = rows[0][0].as_str().to_string();
    assert!(limit.contains("MiB") || limit.contains("MB"), "{limit}");
}

/// `query_then` reads one snapshot: events appended after its first statement (here, by the
/// closure that writes the second) are not seen by the second, while a plain `query` after it
/// sees them. The rollup planner relies on this to read the rolled days' state and their rows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn query_then_reads_one_snapshot() {
    use datafast_store::sql::{SqlParam, SqlQuery};
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(DuckEventStore::open(&events_path(dir.path())).await.unwrap());
    let site = ObjectId::generate();
    let batch =
        move |n: i64| std::sync::Arc::new((0..n).map(|ms| EventRecord::new(site, ms, "pageview")).collect::<Vec<_>>());
    store.append(batch(3), None).await.unwrap();
    let count = move || SqlQuery {
        sql: "SELECT count(*) FROM events WHERE website_id = ?".into(),
        params: vec![SqlParam::Text(site.to_hex())],
    };
    let writer = std::sync::Arc::clone(&store);
    let runtime = tokio::runtime::Handle::current();
    let rows = store
        .query_then(
            count(),
            Box::new(move |first| {
                assert_eq!(first[0][0].as_i64(), 3);
                // Runs on the reader's blocking thread; the append takes the writer connection.
                runtime.block_on(writer.append(batch(2), None)).unwrap();
                count()
            }),
        )
        .await
        .unwrap();
    assert_eq!(rows[0][0].as_i64(), 3, "the second statement reads the first one's snapshot");
    assert_eq!(store.query(count()).await.unwrap()[0][0].as_i64(), 5, "a later read sees the append");
}

/// A short analytics read does not wait for a long one (the dashboard's KPIs behind its
/// chart): the reads have more than one connection. And a panic inside a read hands its
/// connection back: the pool keeps serving.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_short_read_passes_a_long_one() {
    use datafast_store::sql::SqlQuery;
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(DuckEventStore::open(&events_path(dir.path())).await.unwrap());
    let sql = |s: &str| SqlQuery { sql: s.into(), params: Vec::new() };
    let slow = {
        let store = std::sync::Arc::clone(&store);
        tokio::spawn(async move {
            store.query(sql("SELECT sum(i * i % 7) FROM range(200000000) t(i)")).await.unwrap();
            std::time::Instant::now()
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let short = store.query(sql("SELECT 42")).await.unwrap();
    let short_done = std::time::Instant::now();
    assert_eq!(short[0][0].as_i64(), 42);
    assert!(!slow.is_finished(), "the long read was still running when the short one answered");
    assert!(slow.await.unwrap() > short_done);

    // A panicking statement builder, twice as many times as there are connections.
    for _ in 0..4 {
        let failed = store.query_then(sql("SELECT 1"), Box::new(|_| panic!("planner bug"))).await;
        assert!(failed.is_err());
    }
    assert_eq!(store.query(sql("SELECT 7")).await.unwrap()[0][0].as_i64(), 7);
}
