-- The provider id a checkout's success URL carries (Stripe `cs_…` session, Lemon Squeezy order,
-- Polar checkout, Paddle transaction), so a tracker `payment` event sent from that page
-- attributes the webhook's payment to its visitor, whichever of the two arrives first.
ALTER TABLE payments ADD COLUMN checkout_ref VARCHAR NOT NULL DEFAULT '';
