-- Provider webhook deliveries already processed, keyed by a digest of the provider's delivery id
-- (Stripe event id, Polar webhook-id, Paddle notification_id; Lemon Squeezy, which sends none,
-- by its body and signature). Kept 30 days; the receiver forgets older ones as it records.
CREATE TABLE webhook_deliveries (
    website_id   TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    provider     TEXT NOT NULL,
    delivery_key TEXT NOT NULL,
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (website_id, provider, delivery_key)
);
CREATE INDEX webhook_deliveries_received ON webhook_deliveries (received_at);

-- The last known state of each provider subscription, so that a subscription event can be
-- classified (started, trial converted, upgraded, cancellation scheduled, …).
CREATE TABLE webhook_subscriptions (
    website_id      TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    provider        TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    status          TEXT NOT NULL,
    cancel_pending  INTEGER NOT NULL,
    monthly_minor   INTEGER,
    currency        TEXT NOT NULL,
    updated_ms      INTEGER NOT NULL,
    PRIMARY KEY (website_id, provider, subscription_id)
);
