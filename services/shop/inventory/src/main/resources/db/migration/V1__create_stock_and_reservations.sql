-- Stock per product. Both counters can never go below zero, whatever the code does: the last line of defence
-- against overselling. available = what can still be reserved; reserved = held for orders not yet confirmed.
CREATE TABLE stock (
    product_id uuid PRIMARY KEY,
    available integer NOT NULL DEFAULT 0 CONSTRAINT stock_available_not_negative CHECK (available >= 0),
    reserved integer NOT NULL DEFAULT 0 CONSTRAINT stock_reserved_not_negative CHECK (reserved >= 0),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- One reservation per order; the primary key is what makes a repeated reservation take stock only once.
-- REJECTED (an asynchronous order lacking stock) and RELEASED without lines (a release that came first) are
-- kept so that a late or repeated order.created takes nothing.
CREATE TABLE reservation (
    order_id uuid PRIMARY KEY,
    status varchar(16) NOT NULL
        CONSTRAINT reservation_status_known CHECK (status IN ('RESERVED', 'CONFIRMED', 'RELEASED', 'REJECTED')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reservation_line (
    order_id uuid NOT NULL REFERENCES reservation (order_id) ON DELETE CASCADE,
    product_id uuid NOT NULL,
    quantity integer NOT NULL CONSTRAINT reservation_line_quantity_positive CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);
