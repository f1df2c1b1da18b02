//! The Website API credential rule, exercised through `GET /api/v1/analytics/metadata`:
//! a `df_` key's website is its own; a `dft_` token must name one with `?websiteId=`.

use serde_json::json;

use crate::helpers::TestApp;

const METADATA: &str = "/api/v1/analytics/metadata";

#[tokio::test]
async fn website_selection_by_key_or_token() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let other_site = app.website(&acct.token, "other.com").await;
    app.put(
        &format!("/api/v1/admin/websites/{site}"),
        &acct.token,
        json!({"name": "My Site", "timezone": "Europe/Paris", "currency": "EUR", "kpi": "signup"}),
    )
    .await
    .expect(200);

    // dft_: websiteId required.
    app.get(METADATA, &acct.token).await.expect(400);
    app.get(&format!("{METADATA}?websiteId=bogus"), &acct.token).await.expect(400);
    app.get(&format!("{METADATA}?websiteId=665f0b3c4d2e1a0012345678"), &acct.token).await.expect(404);
    let r = app.get(&format!("{METADATA}?websiteId={site}"), &acct.token).await;
    r.expect(200);
    assert_eq!(
        r.body["data"],
        json!([{"domain": "example.com", "timezone": "Europe/Paris", "name": "My Site", "logo": null,
                "kpiColorScheme": "orange", "kpi": "signup", "currency": "EUR"}])
    );

    // df_: the key's website, with or without websiteId; never another one.
    let key = app.website_key(&acct.token, &site).await;
    let by_key = app.get(METADATA, &key).await;
    by_key.expect(200);
    assert_eq!(by_key.body["data"], r.body["data"]);
    app.get(&format!("{METADATA}?websiteId={site}"), &key).await.expect(200);
    app.get(&format!("{METADATA}?websiteId={other_site}"), &key).await.expect(403);

    // fields selection
    let some = app.get(&format!("{METADATA}?websiteId={site}&fields=domain,currency"), &acct.token).await;
    assert_eq!(some.expect(200).body["data"], json!([{"domain": "example.com", "currency": "EUR"}]));
    app.get(&format!("{METADATA}?websiteId={site}&fields=domain,visitors"), &acct.token).await.expect(400);

    // scope and permission
    let scoped = app.token(&acct.token, json!({"permissions": ["analytics:read"], "websiteIds": [other_site]})).await;
    app.get(&format!("{METADATA}?websiteId={site}"), &scoped).await.expect(403);
    app.get(&format!("{METADATA}?websiteId={other_site}"), &scoped).await.expect(200);
    let no_analytics = app.token(&acct.token, json!({"permissions": ["settings:read"]})).await;
    app.get(&format!("{METADATA}?websiteId={site}"), &no_analytics).await.expect(403);
}
