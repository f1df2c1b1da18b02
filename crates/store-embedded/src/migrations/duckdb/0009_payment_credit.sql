-- Stored revenue attribution (docs/metrics.md, "Revenue attribution"): one row per payment
-- with what the attribution rule gives it, written by the query planner's upkeep
-- (`datafast_query::refresh_payment_credit`) and read instead of recomputing the rule per
-- request. Amounts are converted to the website's currency when read.
--
-- The rows of a website are used only while `credited_websites` lists it. Every change that
-- can move a payment's link or credit says so in the change's own transaction: a payment
-- deleted or deleted goals take the listing back; a payment written or given links lists it
-- and its customer's payments in `credit_pending`, and so does a tracker `payment` event for
-- the payments whose checkout or email it names; an event of a visitor who paid (`payer`)
-- lists that visitor in `credit_dirty`. Readers recompute those payments from the events until the upkeep has
-- stored them again.
CREATE TABLE payment_credit (
    website_id      VARCHAR NOT NULL,
    payment_id      VARCHAR NOT NULL,
    -- The payment's facts (payments never change but through a write that uncredits the
    -- website): its time, kind, currency, amount in major units, and that amount in euros
    -- at the ECB rate of its day (NULL without a rate; a new shipped rate table uncredits
    -- every website), so reads convert with one rate lookup and never join `payments`.
    ts              TIMESTAMP NOT NULL,
    pkind           VARCHAR NOT NULL,
    currency        VARCHAR NOT NULL,
    amount          DOUBLE NOT NULL,
    eur             DOUBLE,
    -- The linked visitor and session (`linked_payments`); NULL when nothing links it.
    payer           UUID,
    payer_session   UUID,
    -- The credited session's visitor (the payer's, or the zero UUID without one) and session.
    visitor_id      UUID NOT NULL,
    session_id      UUID,
    visit_number    INTEGER,
    -- The credited session's landing page, and its landing event's dimensions ('' unknown).
    pathname        VARCHAR NOT NULL,
    hostname        VARCHAR NOT NULL,
    referrer        VARCHAR NOT NULL,
    referrer_domain VARCHAR NOT NULL,
    referrer_name   VARCHAR NOT NULL,
    channel         VARCHAR NOT NULL,
    utm_source      VARCHAR NOT NULL,
    utm_medium      VARCHAR NOT NULL,
    utm_campaign    VARCHAR NOT NULL,
    utm_term        VARCHAR NOT NULL,
    utm_content     VARCHAR NOT NULL,
    ref_param       VARCHAR NOT NULL,
    source_param    VARCHAR NOT NULL,
    via_param       VARCHAR NOT NULL,
    country         VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    city            VARCHAR NOT NULL,
    browser         VARCHAR NOT NULL,
    browser_version VARCHAR NOT NULL,
    os              VARCHAR NOT NULL,
    os_version      VARCHAR NOT NULL,
    device          VARCHAR NOT NULL,
    language        VARCHAR NOT NULL,
    entry_path      VARCHAR NOT NULL
);

CREATE TABLE credited_websites (
    website_id VARCHAR PRIMARY KEY,
    credited_at TIMESTAMP NOT NULL
);

CREATE TABLE credit_dirty (
    website_id VARCHAR NOT NULL,
    visitor_id UUID NOT NULL,
    PRIMARY KEY (website_id, visitor_id)
);

-- Payments recomputed by readers until the upkeep stores them: one just written or given
-- links, and the other payments of its provider customer (whose link may follow it).
CREATE TABLE credit_pending (
    website_id VARCHAR NOT NULL,
    payment_id VARCHAR NOT NULL,
    PRIMARY KEY (website_id, payment_id)
);
