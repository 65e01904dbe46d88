-- Every consumed event, in the transaction that applied it: the read model can be rebuilt from this alone.
CREATE TABLE journal (
    seq         bigserial   PRIMARY KEY,            -- arrival order
    event_uuid  uuid        NOT NULL UNIQUE,        -- a redelivery the inbox has forgotten is still seen
    routing_key text        NOT NULL,
    created_at  timestamptz NOT NULL,               -- the envelope's event_creation_time
    received_at timestamptz NOT NULL DEFAULT now(),
    data        jsonb       NOT NULL
);
-- the replay order of a rebuild
CREATE INDEX journal_replay_idx ON journal (created_at, seq);

-- The projections. Each group of columns filled by one kind of event carries the creation time of the event
-- that wrote it, so a late-arriving older event never overwrites a newer one.
CREATE TABLE users (
    user_id    uuid        PRIMARY KEY,
    name       text,
    email      text,
    country    text,
    changed_at timestamptz NOT NULL
);

CREATE TABLE products (
    product_id  uuid PRIMARY KEY,
    name        text,                 -- null until product.created arrives (price or stock came first)
    description text,
    category    text,
    details_at  timestamptz,
    unit_price  numeric(19, 2),
    currency    char(3),
    price_at    timestamptz,
    available   integer,
    stock_at    timestamptz
);
CREATE INDEX products_catalogue_idx ON products (name, product_id) WHERE name IS NOT NULL;

CREATE TABLE orders (
    order_id       uuid        PRIMARY KEY,
    user_id        uuid,                    -- null until an event naming the user arrives
    mode           text,
    created_at     timestamptz,             -- from order.created
    first_seen_at  timestamptz NOT NULL,    -- the oldest event about the order, for sorting until order.created
    sort_at        timestamptz GENERATED ALWAYS AS (COALESCE(created_at, first_seen_at)) STORED,
    status         text        NOT NULL,
    status_at      timestamptz,
    outcome_reason text,
    lines_source   text        NOT NULL,    -- which event the lines came from: NONE < ORDERED < PRICED < CONFIRMED
    lines_at       timestamptz,
    total          numeric(19, 2),
    currency       char(3),
    payment_id     uuid,
    payment_status text        NOT NULL,
    failure        text,                    -- why a step failed (stock.rejected, order.pricing.failed, payment.failed)
    failure_at     timestamptz
);
-- the order history: one user's orders, newest first
CREATE INDEX orders_history_idx ON orders (user_id, sort_at DESC, order_id DESC);

CREATE TABLE order_lines (
    order_id   uuid    NOT NULL,
    line_no    integer NOT NULL,
    product_id uuid    NOT NULL,
    quantity   integer NOT NULL,
    unit_price numeric(19, 2),
    tax        numeric(19, 2),
    line_total numeric(19, 2),
    PRIMARY KEY (order_id, line_no)
);
