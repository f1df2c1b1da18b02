-- Payments: one row per money event (new, renewal, refund, free trial) in its own currency and
-- minor units; converted to a website's currency only when read (fx_rates), so changing the
-- website's currency re-reports history correctly. The (website, transaction id) key makes
-- resubmissions and provider retries idempotent. Visitor and session are NULL when unknown:
-- such payments count in totals but carry no source.
CREATE TABLE payments (
    id              VARCHAR NOT NULL,
    website_id      VARCHAR NOT NULL,
    ts              TIMESTAMP NOT NULL,
    provider        VARCHAR NOT NULL,
    transaction_id  VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    amount_minor    BIGINT NOT NULL,
    currency        VARCHAR NOT NULL,
    minor_per_major BIGINT NOT NULL,
    visitor_id      UUID,
    session_id      UUID,
    customer_email  VARCHAR NOT NULL,
    customer_name   VARCHAR NOT NULL,
    customer_id     VARCHAR NOT NULL,
    received_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (website_id, transaction_id)
);

-- The ECB's daily euro reference rates shipped with the binary (datafast_core::fx), loaded at
-- start whenever the shipped version differs from fx_rates_version. A rate applies from its day
-- until the next published one (read with an ASOF join: nearest earlier day).
CREATE TABLE fx_rates (
    currency VARCHAR NOT NULL,
    day      TIMESTAMP NOT NULL,
    per_eur  DOUBLE NOT NULL
);

CREATE TABLE fx_rates_version (version VARCHAR NOT NULL);
