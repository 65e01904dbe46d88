-- Prices this service owns: one unit price (before tax) per product.
CREATE TABLE price (
    product_id uuid PRIMARY KEY,
    unit_price numeric(12, 2) NOT NULL CHECK (unit_price > 0),
    currency char(3) NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Tax rates by product category and the buyer's country; '*' matches any (see TaxTable for the fallbacks).
CREATE TABLE tax_rule (
    category varchar(100) NOT NULL,
    country varchar(2) NOT NULL CHECK (country ~ '^([A-Z]{2}|\*)$'),
    rate numeric(5, 4) NOT NULL CHECK (rate BETWEEN 0 AND 1),
    PRIMARY KEY (category, country)
);

-- Copies of other services' data, from their events: only what pricing needs.
CREATE TABLE product_copy (
    product_id uuid PRIMARY KEY,
    category varchar(100) NOT NULL
);

CREATE TABLE user_copy (
    user_id uuid PRIMARY KEY,
    country varchar(64) NOT NULL
);

CREATE TABLE order_copy (
    order_id uuid PRIMARY KEY,
    user_id uuid NOT NULL
);

-- The saga step's memory: an order is priced (or fails pricing) once, however often stock.reserved arrives.
CREATE TABLE priced_order (
    order_id uuid PRIMARY KEY,
    outcome varchar(10) NOT NULL CHECK (outcome IN ('PRICED', 'FAILED')),
    priced_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO tax_rule (category, country, rate) VALUES
    ('books', 'FR', 0.055),
    ('books', 'DE', 0.07),
    ('food', '*', 0.055),
    ('*', 'FR', 0.20),
    ('*', 'DE', 0.19),
    ('*', '*', 0.20);
