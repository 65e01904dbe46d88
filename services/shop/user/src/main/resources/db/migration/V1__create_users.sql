-- The shop's users. Other services keep their own copies from UserCreated / UserUpdated.
CREATE TABLE users (
    user_id    uuid        PRIMARY KEY,
    name       text        NOT NULL,
    email      text        NOT NULL,   -- as the user wrote it; unique regardless of case
    country    text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),   -- ISO 3166-1 alpha-2
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

-- the last guard of "one user per email"; the service checks first to answer with a 409 naming the holder
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
-- serves the listing's stable order
CREATE INDEX users_created_at_idx ON users (created_at, user_id);
