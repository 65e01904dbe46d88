package dev.agora.demo;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** An order reached a status: an entry of its timeline, or an event of its status stream. */
record StatusUpdate(String status, Instant at, @Nullable String reason) {

    private static final Set<String> FINAL = Set.of("CONFIRMED", "CANCELLED", "EXPIRED", "REJECTED");

    static boolean isFinal(String status) {
        return FINAL.contains(status);
    }

    boolean isFinal() {
        return isFinal(status);
    }

    /** From {@code {status, at, reason}}, as both the timeline and the stream write it. */
    static StatusUpdate of(JsonNode node) {
        var reason = node.get("reason");
        return new StatusUpdate(
                node.get("status").asString(),
                instant(node.get("at")),
                reason == null || reason.isNull() ? null : reason.asString());
    }

    private static Instant instant(JsonNode at) {
        if (at.isNumber()) { // seconds since the epoch, should a service write dates as numbers
            var seconds = at.decimalValue();
            return Instant.ofEpochSecond(
                    seconds.longValue(),
                    seconds.remainder(java.math.BigDecimal.ONE)
                            .movePointRight(9)
                            .longValue());
        }
        return Instant.parse(at.asString());
    }
}
