package dev.agora.auth.keys;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code signing_key} table. */
@Repository
class SigningKeyRepository {

    private final JdbcClient jdbc;

    SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until the end of the transaction: two servers starting at once on one schema make one key, not two. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.signing_key'))")
                .query()
                .singleRow();
    }

    Optional<StoredKey> newest() {
        return jdbc.sql("SELECT key_id, algorithm, public_key, private_key FROM signing_key"
                        + " ORDER BY created_at DESC, key_id LIMIT 1")
                .query((row, number) -> new StoredKey(
                        row.getString("key_id"),
                        row.getString("algorithm"),
                        row.getBytes("public_key"),
                        row.getBytes("private_key")))
                .optional();
    }

    void insert(StoredKey key) {
        jdbc.sql("INSERT INTO signing_key (key_id, algorithm, public_key, private_key)"
                        + " VALUES (:keyId, :algorithm, :publicKey, :privateKey)")
                .param("keyId", key.keyId())
                .param("algorithm", key.algorithm())
                .param("publicKey", key.publicKey())
                .param("privateKey", key.privateKey())
                .update();
    }
}
