package dev.agora.logger.traffic;

import dev.agora.logger.contracts.LogEntryDetails;
import dev.agora.logger.contracts.LogEntryDetails.BodyFormat;
import dev.agora.logger.contracts.LogEntrySummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code logged_message} table. */
@Repository
class LoggedMessageRepository {

    private static final String INSERT = """
            INSERT INTO logged_message (received_at, exchange, routing_key, message_id, message_type,
                message_timestamp, event_uuid, event_name, sender, correlation_id, reply_to, errors_count,
                headers, body, body_base64)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            """;
    private static final String SUMMARY_COLUMNS = "id, received_at, exchange, routing_key, message_id, event_uuid,"
            + " event_name, sender, correlation_id, errors_count";
    private static final int DELETE_CHUNK = 10_000;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    LoggedMessageRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JsonMapper json) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One JDBC batch for all entries, which the driver rewrites into multi-row INSERTs. */
    void insertAll(List<NewLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
            statement.setObject(1, utc(entry.receivedAt()));
            statement.setString(2, entry.exchange());
            statement.setString(3, entry.routingKey());
            statement.setString(4, entry.messageId());
            statement.setString(5, entry.messageType());
            statement.setObject(6, utc(entry.messageTimestamp()), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setString(7, entry.eventUuid());
            statement.setString(8, entry.eventName());
            statement.setString(9, entry.sender());
            statement.setString(10, entry.correlationId());
            statement.setString(11, entry.replyTo());
            statement.setObject(12, entry.errorsCount(), Types.INTEGER);
            statement.setString(13, entry.headersJson());
            statement.setString(14, entry.body().content());
            statement.setBoolean(15, entry.body().base64());
        });
    }

    List<LogEntrySummary> find(LogQuery query) {
        var conditions = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (query.eventUuid() != null) {
            conditions.add("event_uuid = :eventUuid");
            parameters.put("eventUuid", query.eventUuid());
        }
        if (query.routingKey() != null) {
            conditions.add(query.routingKey().sqlCondition());
            parameters.put("routingKey", query.routingKey().sqlParameter());
        }
        if (query.sender() != null) {
            conditions.add("sender = :sender");
            parameters.put("sender", query.sender());
        }
        if (query.correlationId() != null) {
            conditions.add("correlation_id = :correlationId");
            parameters.put("correlationId", query.correlationId());
        }
        if (query.from() != null) {
            conditions.add("received_at >= :from");
            parameters.put("from", utc(query.from()));
        }
        if (query.to() != null) {
            conditions.add("received_at < :to");
            parameters.put("to", utc(query.to()));
        }
        parameters.put("limit", query.limit());
        var where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM logged_message" + where
                        + " ORDER BY received_at DESC, id DESC LIMIT :limit")
                .params(parameters)
                .query((row, number) -> summary(row))
                .list();
    }

    Optional<LogEntryDetails> findById(long id) {
        return jdbc.sql("SELECT * FROM logged_message WHERE id = :id")
                .param("id", id)
                .query((row, number) -> details(row))
                .optional();
    }

    /** Deletes in chunks, so that a large backlog never makes one huge transaction. */
    int deleteReceivedBefore(Instant cutoff) {
        var total = 0;
        int deleted;
        do {
            deleted = jdbcTemplate.update(
                    "DELETE FROM logged_message WHERE id IN"
                            + " (SELECT id FROM logged_message WHERE received_at < ? LIMIT ?)",
                    utc(cutoff),
                    DELETE_CHUNK);
            total += deleted;
        } while (deleted == DELETE_CHUNK);
        return total;
    }

    private static LogEntrySummary summary(ResultSet row) throws SQLException {
        return new LogEntrySummary(
                row.getLong("id"),
                instant(row, "received_at"),
                row.getString("exchange"),
                row.getString("routing_key"),
                row.getString("message_id"),
                row.getString("event_uuid"),
                row.getString("event_name"),
                row.getString("sender"),
                row.getString("correlation_id"),
                row.getObject("errors_count", Integer.class));
    }

    private LogEntryDetails details(ResultSet row) throws SQLException {
        var body = row.getString("body");
        var bodyJson = row.getBoolean("body_base64") ? null : jsonOrNull(body);
        var bodyFormat = row.getBoolean("body_base64")
                ? BodyFormat.BASE64
                : bodyJson == null ? BodyFormat.TEXT : BodyFormat.JSON;
        return new LogEntryDetails(
                row.getLong("id"),
                instant(row, "received_at"),
                row.getString("exchange"),
                row.getString("routing_key"),
                row.getString("message_id"),
                row.getString("message_type"),
                instant(row, "message_timestamp"),
                row.getString("event_uuid"),
                row.getString("event_name"),
                row.getString("sender"),
                row.getString("correlation_id"),
                row.getString("reply_to"),
                row.getObject("errors_count", Integer.class),
                json.readTree(row.getString("headers")),
                bodyFormat,
                bodyJson == null ? json.getNodeFactory().stringNode(body) : bodyJson);
    }

    private @Nullable JsonNode jsonOrNull(String text) {
        try {
            var node = json.readTree(text);
            return node.isMissingNode() ? null : node;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
