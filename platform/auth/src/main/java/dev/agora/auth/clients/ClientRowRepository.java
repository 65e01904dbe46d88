package dev.agora.auth.clients;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What Spring Authorization Server's own repository of registered clients does not do: lock and remove. */
@Repository
class ClientRowRepository {

    private final JdbcClient jdbc;

    ClientRowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until the end of the transaction: two servers starting at once on one schema register one after another. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.oauth2_registered_client'))")
                .query()
                .singleRow();
    }

    /**
     * Removes every client but these, with their authorizations and consents, which nothing could read any more;
     * returns the client ids removed. Client ids hold no commas.
     */
    List<String> deleteAllBut(Set<String> clientIds) {
        return jdbc.sql("WITH removed AS (DELETE FROM oauth2_registered_client"
                        + " WHERE NOT (client_id = ANY (string_to_array(:kept, ','))) RETURNING id, client_id),"
                        + " authorizations AS (DELETE FROM oauth2_authorization"
                        + " WHERE registered_client_id IN (SELECT id FROM removed)),"
                        + " consents AS (DELETE FROM oauth2_authorization_consent"
                        + " WHERE registered_client_id IN (SELECT id FROM removed))"
                        + " SELECT client_id FROM removed")
                .param("kept", String.join(",", clientIds))
                .query(String.class)
                .list();
    }
}
