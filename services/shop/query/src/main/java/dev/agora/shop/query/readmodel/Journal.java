package dev.agora.shop.query.readmodel;

import dev.agora.messaging.Envelope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code journal} table: every consumed event, the source a rebuild replays. */
@Repository
class Journal {

    private static final String COLUMNS = "SELECT seq, routing_key, created_at, data::text AS data FROM journal ";
    private static final String REPLAY_ORDER = " ORDER BY created_at, seq LIMIT :limit";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Journal(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** False when the event was journaled before: a redelivery, even one the inbox no longer remembers. */
    boolean append(Envelope event) {
        return jdbc.sql("""
                        INSERT INTO journal (event_uuid, routing_key, created_at, data)
                        VALUES (:uuid, :routingKey, :createdAt, CAST(:data AS jsonb))
                        ON CONFLICT (event_uuid) DO NOTHING""")
                        .param("uuid", event.uuid())
                        .param("routingKey", event.name())
                        .param("createdAt", utc(event.creationTime()))
                        .param("data", json.writeValueAsString(event.data()))
                        .update()
                == 1;
    }

    /**
     * Holds back new events (they wait to be appended) and other rebuilds until this transaction ends, after
     * the events being handled now have committed; readers go on.
     */
    void lockAgainstAppends() {
        jdbc.sql("LOCK TABLE journal IN SHARE ROW EXCLUSIVE MODE").update();
    }

    /** The next events in replay order (creation time, then arrival) after {@code last}, or the first ones. */
    List<JournaledEvent> next(@Nullable JournaledEvent last, int limit) {
        if (last == null) {
            return jdbc.sql(COLUMNS + REPLAY_ORDER)
                    .param("limit", limit)
                    .query(this::event)
                    .list();
        }
        return jdbc.sql(COLUMNS + "WHERE (created_at, seq) > (:createdAt, :seq)" + REPLAY_ORDER)
                .param("createdAt", utc(last.createdAt()))
                .param("seq", last.seq())
                .param("limit", limit)
                .query(this::event)
                .list();
    }

    private JournaledEvent event(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new JournaledEvent(
                row.getLong("seq"),
                row.getString("routing_key"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                json.readTree(row.getString("data")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
