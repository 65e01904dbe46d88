package dev.agora.messaging;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message that failed for good and waits in the service's parking queue for an operator.
 *
 * @param id assigned when parked, or for a message the broker parked at the work queue's delivery limit derived
 *     from it; the handle for replay and discard
 * @param body the message as parked: the envelope with its error history, or the raw bytes that could not
 *     be read as one
 */
public record ParkedMessage(
        String id,
        String routingKey,
        String reason,
        @Nullable Instant parkedAt,
        int attempts,
        Map<String, Object> headers,
        String body) {}
