package dev.agora.messaging;

import tools.jackson.databind.JsonNode;

/**
 * Reads event data into its record the way handlers get it: with the messaging layer's JSON settings and held to
 * the record's Bean Validation constraints. For code that keeps envelopes and reads them later (a journal replayed
 * into a read model) rather than taking the record as a handler parameter.
 */
public interface EventData {

    /**
     * @throws HardFailException naming the routing key and every field that does not fit, so the message is parked
     */
    <T> T read(String routingKey, JsonNode data, Class<T> type);
}
