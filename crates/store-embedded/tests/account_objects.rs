//! Funnels, notes and goal customizations on the embedded store: the atomic rules the API
//! relies on (active-name conflicts, caps, unique slugs, idempotency keys per author) and
//! durability across reopen.

use datafast_core::funnel::{Funnel, FunnelStep, StepTarget};
use datafast_core::goal::GoalCustomization;
use datafast_core::note::Note;
use datafast_core::website::{Website, WebsiteSettings};
use datafast_core::{secret, ObjectId};
use datafast_store::{
    FunnelStore, GoalCustomizationStore, MetaStore, NewUser, NoteInsert, NoteQuery, NoteStore, StoreError,
};
use datafast_store_embedded::{meta_path, SqliteMetaStore};

fn funnel(website_id: ObjectId, name: &str, slug: &str) -> Funnel {
    Funnel {
        id: ObjectId::generate(),
        website_id,
        name: name.into(),
        slug: slug.into(),
        steps: vec![
            FunnelStep { id: "home".into(), name: "Home".into(), target: StepTarget::Pageview { url: "/".into() } },
            FunnelStep { id: "buy".into(), name: "Buy".into(), target: StepTarget::Goal { goal_name: "buy".into() } },
        ],
        is_active: true,
        created_at: 1,
        updated_at: 1,
    }
}

fn note(website_id: ObjectId, author_id: ObjectId, key: Option<&str>, text: &str, ts: i64) -> Note {
    Note {
        id: ObjectId::generate(),
        website_id,
        author_id,
        author: None,
        text: text.into(),
        timestamp_ms: ts,
        idempotency_key: key.map(String::from),
        created_at: 1,
        updated_at: 1,
    }
}

#[tokio::test]
async fn funnels_notes_and_customizations_keep_their_rules_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = meta_path(dir.path());
    let store = SqliteMetaStore::open(&path).await.unwrap();
    let user = store
        .create_user(NewUser { email: "a@example.com".into(), name: Some("Ann".into()), password_hash: None })
        .await
        .unwrap();
    let site = Website {
        id: ObjectId::generate(),
        owner_id: user.id,
        domain: "example.com".into(),
        name: None,
        tracking_id: format!("dfid_{}", secret::random_alphanumeric(12)),
        timezone: "UTC".into(),
        currency: "USD".into(),
        settings: WebsiteSettings::default(),
        created_at: 1,
    };
    store.create_website(site.clone()).await.unwrap();

    // Funnels: unique slugs, active-name conflicts, the active cap.
    let a = store.create_funnel(funnel(site.id, "Signup", "signup"), 2).await.unwrap();
    assert!(matches!(store.create_funnel(funnel(site.id, "SIGNUP", "signup"), 2).await, Err(StoreError::Conflict(_))));
    let mut inactive = a.clone();
    inactive.is_active = false;
    store.update_funnel(&inactive, 2).await.unwrap();
    let b = store.create_funnel(funnel(site.id, "Signup", "signup"), 2).await.unwrap();
    assert_eq!(b.slug, "signup-2");
    store.create_funnel(funnel(site.id, "Other", "other"), 2).await.unwrap();
    assert!(matches!(
        store.create_funnel(funnel(site.id, "Third", "third"), 2).await,
        Err(StoreError::LimitReached(2))
    ));
    let mut revived = inactive.clone();
    revived.is_active = true;
    revived.name = "Revived".into();
    assert!(matches!(store.update_funnel(&revived, 2).await, Err(StoreError::LimitReached(2))));

    // Notes: idempotency per author, counted cap.
    let first = store.create_note(note(site.id, user.id, Some("k1"), "Launch", 10), 3).await.unwrap();
    let NoteInsert::Created(created) = first else { panic!("expected a new note") };
    assert_eq!(created.author.as_ref().and_then(|a| a.name.clone()), Some("Ann".into()));
    let again = store.create_note(note(site.id, user.id, Some("k1"), "Different", 20), 3).await.unwrap();
    assert_eq!(again, NoteInsert::Existing(created.clone()));
    let other_author = ObjectId::generate();
    let theirs = store.create_note(note(site.id, other_author, Some("k1"), "Theirs", 30), 3).await.unwrap();
    let NoteInsert::Created(theirs) = theirs else { panic!("keys are per author") };
    assert_eq!(theirs.author, None, "an author without an account shows as null");
    store.create_note(note(site.id, user.id, None, "Third", 40), 3).await.unwrap();
    assert!(matches!(
        store.create_note(note(site.id, user.id, None, "Fourth", 50), 3).await,
        Err(StoreError::LimitReached(3))
    ));

    // Customizations: upsert replaces, cap counts only new goals.
    let custom = |name: &str, color: &str| GoalCustomization {
        website_id: site.id,
        goal_name: name.into(),
        display_name: None,
        color: Some(color.into()),
        description: None,
        updated_at: 1,
    };
    store.save_goal_customization(custom("signup", "#ef4444"), 1).await.unwrap();
    store.save_goal_customization(custom("signup", "#8dcdff"), 1).await.unwrap();
    assert!(matches!(
        store.save_goal_customization(custom("buy", "#ef4444"), 1).await,
        Err(StoreError::LimitReached(1))
    ));

    drop(store);
    let store = SqliteMetaStore::open(&path).await.unwrap();
    let active: Vec<String> = store.active_funnels(site.id).await.unwrap().into_iter().map(|f| f.name).collect();
    assert_eq!(active, ["Signup", "Other"]);
    assert_eq!(store.funnel(site.id, a.id).await.unwrap().map(|f| (f.is_active, f.steps.len())), Some((false, 2)));
    let (page, total) = store
        .notes(site.id, NoteQuery { range: None, search: Some("LAUN".into()), limit: 10, offset: 0, ascending: true })
        .await
        .unwrap();
    assert_eq!((page.len(), total), (1, 1));
    assert_eq!(page[0], created);
    assert!(store.delete_note(site.id, created.id).await.unwrap());
    let saved = store.goal_customizations(site.id, Some("signup".into())).await.unwrap();
    assert_eq!(saved[0].color.as_deref(), Some("#8dcdff"));
    let _: &dyn MetaStore = &store;
}
