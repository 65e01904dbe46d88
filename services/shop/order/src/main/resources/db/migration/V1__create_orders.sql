-- Orders of both modes. lines holds the order's lines as JSON ({productId, quantity}, plus unitPrice, taxRate,
-- tax and lineTotal once priced): a value of the order, written whole and read whole, never queried by line.
CREATE TABLE orders (
    id              uuid           PRIMARY KEY,
    user_id         uuid           NOT NULL,
    mode            varchar(5)     NOT NULL,
    status          varchar(20)    NOT NULL,
    lines           jsonb          NOT NULL,
    subtotal        numeric(14, 2),
    tax             numeric(14, 2),
    total           numeric(14, 2),
    currency        char(3),
    payment_id      uuid,
    reason          text,
    -- the client's Idempotency-Key: unique, so that concurrent repeats cannot create two orders
    idempotency_key varchar(200)   UNIQUE,
    created_at      timestamptz    NOT NULL,
    updated_at      timestamptz    NOT NULL
);

CREATE INDEX orders_user_id_idx ON orders (user_id, created_at DESC);

-- The status timeline: when an order reached each status (each at most once), and why for the final ones.
CREATE TABLE order_status_change (
    order_id uuid        NOT NULL REFERENCES orders (id),
    status   varchar(20) NOT NULL,
    at       timestamptz NOT NULL,
    reason   text,
    PRIMARY KEY (order_id, status)
);
