//! `IntegrationStore` on SQLite. Provider credentials and webhook signing secrets are sealed
//! with the server key before they reach the database, each bound to its website, provider and
//! field; only masked copies are stored in the clear, for status.

use async_trait::async_trait;
use datafast_core::integration::{Provider, ProviderCredentials};
use datafast_core::sealed::ServerKey;
use datafast_core::secret::mask;
use datafast_core::ObjectId;
use datafast_store::{IntegrationStatus, IntegrationStore, NewIntegration, StoreError, StoreResult};
use rusqlite::{params, OptionalExtension};

use crate::sqlite::{backend, id_col, SqliteMetaStore};

/// Associated data of a sealed field: a sealed value only opens where it was written.
fn context(website_id: ObjectId, provider: Provider, field: &str) -> String {
    format!("datafast/integration/{website_id}/{}/{field}", provider.slug())
}

impl SqliteMetaStore {
    fn sealing_key(&self) -> StoreResult<ServerKey> {
        self.server_key
            .clone()
            .ok_or_else(|| StoreError::Backend("no server key configured for integration secrets".into()))
    }

    async fn sealed_field(
        &self,
        website_id: ObjectId,
        provider: Provider,
        column: &'static str,
    ) -> StoreResult<Option<Vec<u8>>> {
        self.db
            .run(move |c| {
                let found: Option<Option<Vec<u8>>> = c
                    .query_row(
                        &format!("SELECT {column} FROM website_integrations WHERE website_id = ?1 AND provider = ?2"),
                        params![website_id.to_hex(), provider.slug()],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(backend)?;
                Ok(found.flatten())
            })
            .await
    }
}

#[async_trait]
impl IntegrationStore for SqliteMetaStore {
    async fn connect_integration(&self, new: NewIntegration) -> StoreResult<()> {
        let key = self.sealing_key()?;
        let provider = new.credentials.provider();
        let plaintext = serde_json::to_vec(&new.credentials).map_err(|e| StoreError::Backend(e.to_string()))?;
        let credentials = key.seal(&plaintext, &context(new.website_id, provider, "credentials"));
        let display = new.credentials.display().to_string();
        let webhook_secret =
            new.webhook_secret.as_ref().map(|s| key.seal(s.as_bytes(), &context(new.website_id, provider, "webhook")));
        let webhook_display = new.webhook_secret.as_deref().map(mask);
        self.db
            .run(move |c| {
                c.execute(
                    "INSERT INTO website_integrations
                         (website_id, provider, credentials, display, webhook_secret, webhook_display, connected_by, connected_at, resync_requested_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL)
                     ON CONFLICT (website_id, provider) DO UPDATE SET
                         credentials = excluded.credentials, display = excluded.display,
                         webhook_secret = excluded.webhook_secret, webhook_display = excluded.webhook_display,
                         connected_by = excluded.connected_by, connected_at = excluded.connected_at,
                         resync_requested_at = NULL",
                    params![
                        new.website_id.to_hex(),
                        provider.slug(),
                        credentials,
                        display,
                        webhook_secret,
                        webhook_display,
                        new.connected_by.to_hex(),
                        new.connected_at
                    ],
                )
                .map_err(backend)?;
                Ok(())
            })
            .await
    }

    async fn integrations(&self, website_id: ObjectId) -> StoreResult<Vec<IntegrationStatus>> {
        self.db
            .run(move |c| {
                let mut stmt = c
                    .prepare_cached(
                        "SELECT provider, display, webhook_display, connected_by, connected_at, resync_requested_at
                         FROM website_integrations WHERE website_id = ?1 ORDER BY provider",
                    )
                    .map_err(backend)?;
                let rows = stmt
                    .query_map([website_id.to_hex()], |r| {
                        let slug: String = r.get(0)?;
                        let display: String = r.get(1)?;
                        Ok((
                            slug,
                            display,
                            r.get::<_, Option<String>>(2)?,
                            id_col(r, 3)?,
                            r.get::<_, i64>(4)?,
                            r.get::<_, Option<i64>>(5)?,
                        ))
                    })
                    .map_err(backend)?;
                let mut out = Vec::new();
                for row in rows {
                    let (slug, display, webhook_secret_display, connected_by, connected_at, resync_requested_at) =
                        row.map_err(backend)?;
                    // A provider this binary does not know (written by a newer one) is skipped.
                    let Some(provider) = Provider::from_slug(&slug) else { continue };
                    out.push(IntegrationStatus {
                        provider,
                        display: serde_json::from_str(&display).map_err(|e| StoreError::Backend(e.to_string()))?,
                        webhook_secret_display,
                        connected_by,
                        connected_at,
                        resync_requested_at,
                    });
                }
                Ok(out)
            })
            .await
    }

    async fn disconnect_integration(&self, website_id: ObjectId, provider: Provider) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "DELETE FROM website_integrations WHERE website_id = ?1 AND provider = ?2",
                        params![website_id.to_hex(), provider.slug()],
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }

    async fn request_integration_resync(&self, website_id: ObjectId, provider: Provider, at: i64) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "UPDATE website_integrations SET resync_requested_at = ?3 WHERE website_id = ?1 AND provider = ?2",
                        params![website_id.to_hex(), provider.slug(), at],
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }

    async fn integration_credentials(
        &self,
        website_id: ObjectId,
        provider: Provider,
    ) -> StoreResult<Option<ProviderCredentials>> {
        let Some(sealed) = self.sealed_field(website_id, provider, "credentials").await? else {
            return Ok(None);
        };
        let plaintext = self
            .sealing_key()?
            .open(&sealed, &context(website_id, provider, "credentials"))
            .map_err(|e| StoreError::Backend(e.to_string()))?;
        serde_json::from_slice(&plaintext).map(Some).map_err(|e| StoreError::Backend(e.to_string()))
    }

    async fn integration_webhook_secret(
        &self,
        website_id: ObjectId,
        provider: Provider,
    ) -> StoreResult<Option<String>> {
        let Some(sealed) = self.sealed_field(website_id, provider, "webhook_secret").await? else {
            return Ok(None);
        };
        let plaintext = self
            .sealing_key()?
            .open(&sealed, &context(website_id, provider, "webhook"))
            .map_err(|e| StoreError::Backend(e.to_string()))?;
        String::from_utf8(plaintext).map(Some).map_err(|e| StoreError::Backend(e.to_string()))
    }
}
