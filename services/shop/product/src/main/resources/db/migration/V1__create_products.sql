-- The catalogue. Prices live in pricing and stock in inventory, which keep their own copies of products.
CREATE TABLE products (
    product_id  uuid        PRIMARY KEY,
    name        text        NOT NULL,
    description text        NOT NULL,
    category    text        NOT NULL CHECK (category ~ '^[a-z]+([ -][a-z]+)*$'),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- serves the listing's stable order, of all products and of one category
CREATE INDEX products_created_at_idx ON products (created_at, product_id);
CREATE INDEX products_category_idx ON products (category, created_at, product_id);
