package dev.agora.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** Reads JSON strings as Jackson does, then refuses those that could not be stored as they were sent. */
final class StorableTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        var value = super.deserialize(parser, context);
        var problem = value == null ? null : StorableText.problem(value);
        if (problem != null) {
            throw new UnstorableTextException(parser, value, problem);
        }
        return value;
    }
}
