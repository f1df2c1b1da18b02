-- Automatic goals from payment providers' subscription lifecycle (trial_started,
-- subscription_upgraded, …). Like payments, linked to a visitor when read: by the metadata's
-- visitor, else through the same provider customer's (or email's) attributed payments.
CREATE TABLE provider_goals (
    website_id      VARCHAR NOT NULL,
    goal_key        VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    ts              TIMESTAMP NOT NULL,
    provider        VARCHAR NOT NULL,
    visitor_id      UUID,
    session_id      UUID,
    customer_id     VARCHAR NOT NULL,
    customer_email  VARCHAR NOT NULL,
    subscription_id VARCHAR NOT NULL,
    received_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (website_id, goal_key)
);

-- What a refund refunds (a Stripe charge, a Lemon Squeezy order, a Polar order, a Paddle
-- transaction), so refunds reported both one by one and as a running total count once.
ALTER TABLE payments ADD COLUMN refund_of VARCHAR NOT NULL DEFAULT '';
