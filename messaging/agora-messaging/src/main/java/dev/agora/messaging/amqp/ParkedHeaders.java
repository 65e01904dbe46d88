package dev.agora.messaging.amqp;

import com.rabbitmq.client.GetResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a parked message's headers say: ours when the failure path parked it, the broker's {@code x-death} when the
 * work queue dead-lettered it at its delivery limit (the consumer never settled it, as when handling it kills the
 * consumer).
 */
final class ParkedHeaders {

    static final String DELIVERY_LIMIT = "delivery_limit";

    private final GetResponse response;
    private final Map<String, Object> headers;
    private final @Nullable Map<?, ?> limitDeath;
    private final String jobQueue;

    private ParkedHeaders(GetResponse response, String jobQueue) {
        this.response = response;
        this.headers = MessageFactory.headersOf(response.getProps());
        this.jobQueue = jobQueue;
        this.limitDeath = latestDeath(headers, jobQueue);
    }

    static ParkedHeaders of(GetResponse response, String jobQueue) {
        return new ParkedHeaders(response, jobQueue);
    }

    /** Ours, or for what the broker parked one derived from the message, the same at every look. */
    String id() {
        if (limitDeath == null) {
            var id = Headers.string(headers, Headers.PARKED_ID);
            return id != null ? id : String.valueOf(response.getProps().getMessageId());
        }
        var identity = new ByteArrayOutputStream();
        identity.writeBytes(String.valueOf(response.getProps().getMessageId()).getBytes(StandardCharsets.UTF_8));
        var time = limitDeath.get("time") instanceof Date date ? date.getTime() : 0L;
        identity.writeBytes(Long.toString(time).getBytes(StandardCharsets.UTF_8));
        identity.writeBytes(response.getBody());
        return UUID.nameUUIDFromBytes(identity.toByteArray()).toString();
    }

    String routingKey() {
        if (limitDeath != null && limitDeath.get("routing-keys") instanceof List<?> keys && !keys.isEmpty()) {
            var key = Headers.token(keys.getFirst(), Integer.MAX_VALUE);
            if (key != null) return key;
        }
        var original = Headers.string(headers, Headers.ORIGINAL_ROUTING_KEY);
        return original != null ? original : response.getEnvelope().getRoutingKey();
    }

    String reason() {
        if (limitDeath != null) {
            return "dead-lettered by " + jobQueue + " at its delivery limit (x-death reason " + DELIVERY_LIMIT
                    + "): it was delivered again and again and never settled, as when handling it kills the consumer";
        }
        var reason = Headers.string(headers, Headers.PARKED_REASON);
        return reason != null ? reason : "unknown";
    }

    @Nullable
    Instant parkedAt() {
        if (limitDeath != null) {
            return limitDeath.get("time") instanceof Date time ? time.toInstant() : null;
        }
        try {
            var at = Headers.string(headers, Headers.PARKED_AT);
            return at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    int attempts() {
        return Headers.attempt(headers, Integer.MAX_VALUE);
    }

    /** The headers of a replay: a first attempt again, without what parking it added. */
    Map<String, Object> forReplay() {
        var replay = MessageFactory.headersOf(response.getProps());
        replay.keySet()
                .removeIf(name -> name.startsWith(Headers.PARKED_PREFIX)
                        || name.startsWith(Headers.ORIGINAL_PREFIX)
                        || name.equals(Headers.DEATHS)
                        || name.startsWith(Headers.FIRST_DEATH_PREFIX)
                        || name.startsWith(Headers.LAST_DEATH_PREFIX)
                        || name.equals(Headers.DELIVERY_COUNT));
        replay.put(Headers.ATTEMPT, 1);
        replay.put(Headers.REPLAYED, Instant.now().toString());
        return replay;
    }

    Map<String, Object> all() {
        return headers;
    }

    /** The latest {@code x-death} entry when it says the work queue dead-lettered the message at its limit. */
    private static @Nullable Map<?, ?> latestDeath(Map<String, Object> headers, String jobQueue) {
        if (headers.get(Headers.DEATHS) instanceof List<?> deaths
                && !deaths.isEmpty()
                && deaths.getFirst() instanceof Map<?, ?> latest
                && DELIVERY_LIMIT.equals(Headers.token(latest.get("reason"), DELIVERY_LIMIT.length()))
                && jobQueue.equals(Headers.token(latest.get("queue"), jobQueue.length()))) {
            return latest;
        }
        return null;
    }
}
