package dev.agora.messaging.amqp;

import dev.agora.messaging.EventData;
import dev.agora.messaging.HardFailException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Event data read by the envelope codec and checked by the service's payload validator: one way for both uses. */
final class ValidatingEventData implements EventData {

    private final EnvelopeCodec codec;
    private final PayloadValidator validator;

    ValidatingEventData(EnvelopeCodec codec, PayloadValidator validator) {
        this.codec = codec;
        this.validator = validator;
    }

    @Override
    public <T> T read(String routingKey, JsonNode data, Class<T> type) {
        try {
            return bind(data, type);
        } catch (InvalidMessageException invalid) {
            throw new HardFailException(routingKey + " " + invalid.getMessage());
        }
    }

    /** @throws InvalidMessageException naming what does not fit */
    <T> T bind(JsonNode data, Class<T> type) {
        T bound;
        try {
            bound = codec.convert(data, type);
        } catch (JacksonException e) {
            throw new InvalidMessageException(
                    "data cannot be read as " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
        var violations = validator.violations(bound);
        if (!violations.isEmpty()) {
            throw new InvalidMessageException(
                    "data is not a valid " + type.getSimpleName() + ": " + String.join("; ", violations));
        }
        return bound;
    }
}
