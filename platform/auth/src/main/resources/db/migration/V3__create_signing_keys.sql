-- The key tokens are signed with, made once and kept, so that tokens stay valid across restarts. The newest row is
-- the key in use; a table rather than one row so that a later rotation can add one.
CREATE TABLE signing_key (
    key_id varchar(100) PRIMARY KEY,
    algorithm varchar(20) NOT NULL,
    public_key bytea NOT NULL, -- X.509 SubjectPublicKeyInfo (DER)
    private_key bytea NOT NULL, -- PKCS #8 (DER)
    created_at timestamptz NOT NULL DEFAULT now()
);
