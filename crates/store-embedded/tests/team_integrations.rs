//! The embedded backend's `TeamStore` and `IntegrationStore`: invitations are single-use and
//! checked atomically; integration secrets round-trip only with the server key that sealed them.

use datafast_core::integration::{Provider, ProviderCredentials};
use datafast_core::sealed::ServerKey;
use datafast_core::secret::{self, SecretDigest};
use datafast_core::website::{Website, WebsiteSettings};
use datafast_core::{ObjectId, Role};
use datafast_store::{IntegrationStore, Invitation, MetaStore, NewIntegration, NewUser, StoreError, TeamStore};
use datafast_store_embedded::{load_or_create_server_key, meta_path, SqliteMetaStore};

async fn site_with_owner(store: &SqliteMetaStore) -> (ObjectId, ObjectId) {
    let owner = store
        .create_user(NewUser { email: "owner@example.com".into(), name: None, password_hash: None })
        .await
        .unwrap();
    let website = Website {
        id: ObjectId::generate(),
        owner_id: owner.id,
        domain: "example.com".into(),
        name: None,
        tracking_id: format!("dfid_{}", secret::random_alphanumeric(12)),
        timezone: "UTC".into(),
        currency: "USD".into(),
        settings: WebsiteSettings::default(),
        created_at: 1,
    };
    store.create_website(website.clone()).await.unwrap();
    (owner.id, website.id)
}

fn invitation(website_id: ObjectId, invited_by: ObjectId, email: &str, now: i64) -> (String, Invitation) {
    let s = secret::mint(secret::INVITATION_PREFIX);
    let inv = Invitation {
        id: ObjectId::generate(),
        website_id,
        email: email.into(),
        role: Role::Member,
        invited_by,
        digest: s.digest,
        created_at: now,
        expires_at: now + 1000,
    };
    (s.raw, inv)
}

#[tokio::test]
async fn invitations_are_single_use_and_expire() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteMetaStore::open(&meta_path(dir.path())).await.unwrap();
    let (owner, site) = site_with_owner(&store).await;
    let member =
        store.create_user(NewUser { email: "m@example.com".into(), name: None, password_hash: None }).await.unwrap();

    let (raw, inv) = invitation(site, owner, "m@example.com", 100);
    store.create_invitation(inv.clone(), 10, 100).await.unwrap();
    let found = store.find_invitation(&SecretDigest::of(&raw)).await.unwrap().unwrap();
    assert_eq!(found.id, inv.id);
    assert!(store.find_invitation(&SecretDigest::of("dfinv_other")).await.unwrap().is_none());
    // Same email again while pending: conflict.
    let (_, dup) = invitation(site, owner, "m@example.com", 100);
    assert!(matches!(store.create_invitation(dup, 10, 100).await, Err(StoreError::Conflict(_))));

    let joined = store.accept_invitation(inv.id, member.id, 200).await.unwrap();
    assert_eq!(joined.role, Role::Member);
    assert_eq!(store.role(member.id, site).await.unwrap(), Some(Role::Member));
    assert!(matches!(store.accept_invitation(inv.id, member.id, 200).await, Err(StoreError::NotFound)));
    // A member cannot be invited again.
    let (_, again) = invitation(site, owner, "m@example.com", 300);
    assert!(matches!(store.create_invitation(again, 10, 300).await, Err(StoreError::Conflict(_))));

    // Expired invitations are not listed, and are replaced by a new one for the same email.
    let (_, old) = invitation(site, owner, "late@example.com", 0);
    store.create_invitation(old, 10, 0).await.unwrap();
    assert_eq!(store.invitations(site, 500).await.unwrap().len(), 1);
    assert!(store.invitations(site, 5_000).await.unwrap().is_empty());
    let (_, fresh) = invitation(site, owner, "late@example.com", 5_000);
    store.create_invitation(fresh, 10, 5_000).await.unwrap();

    // Seats: members (2) + pending (1) = 3.
    let (_, over) = invitation(site, owner, "x@example.com", 5_000);
    assert!(matches!(store.create_invitation(over, 3, 5_000).await, Err(StoreError::LimitReached(3))));

    // The owner cannot be removed; members can.
    assert!(!store.remove_member(site, owner).await.unwrap());
    assert!(store.remove_member(site, member.id).await.unwrap());
    assert_eq!(store.members(site).await.unwrap().len(), 1);
}

#[tokio::test]
async fn integration_secrets_round_trip_only_with_their_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = load_or_create_server_key(dir.path()).unwrap();
    // The file is reused on the next start.
    assert_eq!(load_or_create_server_key(dir.path()).unwrap().to_hex(), key.to_hex());
    let store = SqliteMetaStore::open(&meta_path(dir.path())).await.unwrap().with_server_key(key.clone());
    let (owner, site) = site_with_owner(&store).await;
    let credentials = ProviderCredentials::LemonSqueezy { api_key: "eyJsecret.api.key".into(), store_id: "42".into() };
    store
        .connect_integration(NewIntegration {
            website_id: site,
            credentials: credentials.clone(),
            webhook_secret: Some("my-signing-secret".into()),
            connected_by: owner,
            connected_at: 10,
        })
        .await
        .unwrap();
    assert_eq!(
        store.integration_webhook_secret(site, Provider::LemonSqueezy).await.unwrap().as_deref(),
        Some("my-signing-secret")
    );
    assert_eq!(store.integration_credentials(site, Provider::LemonSqueezy).await.unwrap(), Some(credentials));
    assert_eq!(store.integration_webhook_secret(site, Provider::Stripe).await.unwrap(), None);
    let status = store.integrations(site).await.unwrap();
    assert_eq!(status.len(), 1);
    assert_eq!(status[0].webhook_secret_display.as_deref(), Some("my-sign...cret"));
    assert_eq!(status[0].display["storeId"], "42");
    drop(store);

    // Opened with another key, the secrets do not open; without one, they are not read.
    let wrong = SqliteMetaStore::open(&meta_path(dir.path())).await.unwrap().with_server_key(ServerKey::generate());
    assert!(wrong.integration_webhook_secret(site, Provider::LemonSqueezy).await.is_err());
    let keyless = SqliteMetaStore::open(&meta_path(dir.path())).await.unwrap();
    assert!(keyless.integration_credentials(site, Provider::LemonSqueezy).await.is_err());
    // Status needs no key.
    assert_eq!(keyless.integrations(site).await.unwrap().len(), 1);
    assert!(keyless.disconnect_integration(site, Provider::LemonSqueezy).await.unwrap());
    assert!(keyless.integration_webhook_secret(site, Provider::LemonSqueezy).await.unwrap().is_none());
}
