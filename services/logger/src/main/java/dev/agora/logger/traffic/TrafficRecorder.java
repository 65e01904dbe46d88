package dev.agora.logger.traffic;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.LoggedMessage;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores everything the log exchange carries, including messages that are not valid envelopes: those are the
 * ones people come looking for.
 */
@Component
class TrafficRecorder implements LogListener {

    private final LoggedMessageRepository repository;
    private final JsonMapper json;

    TrafficRecorder(LoggedMessageRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** One transaction per batch: the messaging layer redelivers the whole batch if this throws. */
    @Override
    @Transactional
    public void onMessages(List<LoggedMessage> messages) {
        repository.insertAll(messages.stream().map(this::toEntry).toList());
    }

    private NewLogEntry toEntry(LoggedMessage message) {
        var body = StoredBody.of(message.body());
        var envelope = body.base64() ? null : envelopeIn(message.body());
        return new NewLogEntry(
                message.receivedAt(),
                StorableText.of(message.exchange()),
                StorableText.of(message.routingKey()),
                StorableText.of(message.messageId()),
                StorableText.of(message.type()),
                message.timestamp(),
                StorableText.of(
                        envelope == null ? message.messageId() : envelope.uuid().toString()),
                envelope == null ? null : StorableText.of(envelope.name()),
                StorableText.of(envelope == null ? message.appId() : envelope.senderId()),
                // the conversation's: a request's own correlation id only pairs it with its reply
                StorableText.of(message.conversationId()),
                StorableText.of(message.replyTo()),
                envelope == null ? null : envelope.errorsCount(),
                json.writeValueAsString(storable(message.headers())),
                body);
    }

    /** The body as an envelope if it is one: JSON that binds to an envelope naming its event and sender. */
    private @Nullable Envelope envelopeIn(byte[] body) {
        try {
            var envelope = json.readValue(body, Envelope.class);
            if (envelope == null || envelope.uuid() == null || envelope.name() == null || envelope.senderId() == null) {
                return null;
            }
            return envelope;
        } catch (JacksonException notAnEnvelope) {
            return null;
        }
    }

    /** Header values as JSON-friendly, NUL-free values: AMQP headers may hold dates, bytes and nested tables. */
    private static @Nullable Object storable(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String text -> StorableText.of(text);
            case Number _, Boolean _ -> value;
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Date date -> date.toInstant().toString();
            case Map<?, ?> map -> {
                var table = new LinkedHashMap<String, @Nullable Object>();
                map.forEach((key, entry) -> table.put(StorableText.of(String.valueOf(key)), storable(entry)));
                yield table;
            }
            case List<?> list -> list.stream().map(TrafficRecorder::storable).toList();
            default -> StorableText.of(value.toString());
        };
    }
}
