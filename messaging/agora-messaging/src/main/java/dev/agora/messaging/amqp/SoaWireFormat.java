package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.MessageProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The Gadz.org SOA wire format of the gorg_service gem, spoken under {@code agora.messaging.compatibility=gorg-service}
 * ({@code docs/gorg-compatibility.md}). Version 1.0 is our envelope; version 2.0 carries the {@code data} object alone
 * as its body and the rest in AMQP properties and headers. Without the switch, deliveries are read as envelopes and
 * messages leave as they were built.
 */
final class SoaWireFormat {

    static final Set<String> TYPES = Set.of("event", "request", "reply", "log");

    private static final Pattern SENDER = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final EnvelopeCodec codec;
    private final MessagingProperties settings;
    private final boolean compatible;
    private final SoaWriter writer;

    private static boolean writesVersion2(String soaVersion) {
        return switch (soaVersion) {
            case GorgHeaders.VERSION_1 -> false;
            case GorgHeaders.VERSION_2 -> true;
            default ->
                throw new IllegalArgumentException(
                        "agora.messaging.soa-version must be 1.0 or 2.0, was '" + soaVersion + "'");
        };
    }

    SoaWireFormat(EnvelopeCodec codec, MessagingProperties settings) {
        this.codec = codec;
        this.settings = settings;
        this.compatible = settings.compatibility() == MessagingProperties.Compatibility.GORG_SERVICE;
        boolean writesVersion2 = writesVersion2(settings.soaVersion());
        if (writesVersion2 && !compatible) {
            throw new IllegalArgumentException(
                    "agora.messaging.soa-version=2.0 needs agora.messaging.compatibility=gorg-service");
        }
        this.writer = new SoaWriter(codec, settings.logExchange(), writesVersion2);
    }

    boolean compatible() {
        return compatible;
    }

    /** A delivery's envelope: a 2.0 body (under the switch) built from its properties, any other one decoded. */
    Envelope decode(MessageProperties properties, byte[] body) {
        if (!compatible || !GorgHeaders.isVersion2(properties.getHeaders())) return codec.decode(body);
        return decodeVersion2(properties, body);
    }

    /**
     * What a delivery's headers say ({@link Headers#read}); under the switch, the gem's {@code softfail-count} counts
     * the attempts when ours is absent, and its {@code content_encoding: deflate} label alone refuses nothing: the gem
     * puts it on uncompressed JSON, and a body really compressed is no JSON and is parked as such.
     */
    Headers.Inbound read(MessageProperties properties, int maxAttempts) {
        var read = Headers.read(properties, maxAttempts);
        if (!compatible) return read;
        var refusal = read.refusal();
        if (refusal != null && refusal.startsWith("content_encoding")) {
            var encoding = properties.getContentEncoding().toLowerCase(Locale.ROOT);
            if (encoding.equals("deflate") || encoding.equals("gzip")) refusal = null;
        }
        return new Headers.Inbound(
                GorgHeaders.attempt(properties.getHeaders(), maxAttempts),
                read.trace(),
                read.conversationHeader(),
                read.correlationId(),
                refusal);
    }

    /**
     * The body a failed delivery is sent on with (retried, parked): a 2.0 body stays as it came, since that version
     * keeps no error history in the message; an envelope carries the one appended.
     */
    byte[] bodyAfterFailure(InboundMessage message, Envelope failed) {
        return compatible && GorgHeaders.isVersion2(message.properties().getHeaders())
                ? message.body()
                : codec.encode(failed);
    }

    private Envelope decodeVersion2(MessageProperties properties, byte[] body) {
        long maxBytes = settings.maxMessageSize().toBytes();
        if (body.length > maxBytes) {
            throw new InvalidMessageException(
                    "message of " + body.length + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        var type = properties.getType();
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidMessageException("SOA 2.0 type '" + Headers.token(type, 60) + "' is not one of " + TYPES);
        }
        var id = Headers.token(properties.getMessageId(), 36);
        UUID uuid;
        try {
            uuid = id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            uuid = null;
        }
        if (uuid == null) throw new InvalidMessageException("SOA 2.0 message_id is no UUID");
        var sender = properties.getAppId();
        if (sender == null || !SENDER.matcher(sender).matches()) {
            throw new InvalidMessageException("SOA 2.0 app_id is missing or not a short token");
        }
        JsonNode data;
        try {
            data = codec.json().readTree(body);
        } catch (JacksonException e) {
            throw new InvalidMessageException("body is not valid JSON: " + e.getOriginalMessage());
        }
        // the gem writes a message without data (its log messages) as the JSON null
        if (data == null || data.isNull() || data.isMissingNode()) data = JsonNodeFactory.instance.objectNode();
        if (!data.isObject()) throw new InvalidMessageException("SOA 2.0 body is not a JSON object");
        var timestamp = properties.getTimestamp();
        var created = timestamp == null ? Instant.now().truncatedTo(ChronoUnit.MILLIS) : timestamp.toInstant();
        return new Envelope(properties.getReceivedRoutingKey(), uuid, created, sender, data, 0, List.of());
    }

    /**
     * A message as it leaves: under the switch, with {@code softfail-count} and in the configured version
     * ({@link SoaWriter}); without it, as it was built.
     */
    OutboundMessage outbound(OutboundMessage message) {
        return compatible ? writer.write(message) : message;
    }

    /** The reason of a failed 2.0 reply, or null when it succeeded: its status code or error type says which. */
    static @Nullable String failureOf(MessageProperties reply, JsonNode data) {
        var headers = reply.getHeaders();
        var status = GorgHeaders.statusCode(headers);
        if ((status == null || status < 400) && Headers.string(headers, Headers.ERROR_TYPE) == null) return null;
        var message = data.path("error_message");
        return message.isString() ? message.asString() : "status " + status;
    }
}
