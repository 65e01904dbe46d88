package dev.agora.shop.query.readmodel;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** An event as the journal keeps it. */
record JournaledEvent(long seq, String routingKey, Instant createdAt, JsonNode data) {}
