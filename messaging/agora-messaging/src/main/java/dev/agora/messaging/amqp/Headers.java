package dev.agora.messaging.amqp;

import com.rabbitmq.client.LongString;
import dev.agora.messaging.LoggedMessage;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Address;
import org.springframework.amqp.core.MessageProperties;

/**
 * Every AMQP header name the messaging layer writes or reads, and the one place that reads what a delivery's
 * headers and properties say. Whoever may
 * publish to an exchange that feeds a work queue chooses them, so each value is checked for its type, range and
 * form, and one that fails counts as absent. Attempts are counted here, never in {@code x-death}, whose format
 * changed in 3.13.
 */
final class Headers {

    static final String ATTEMPT = "x-agora-attempt";
    /** Names the conversation of requests and replies, whose correlation id pairs the two ({@link Conversation}). */
    static final String CONVERSATION = LoggedMessage.CONVERSATION_HEADER;
    /** W3C trace context ({@link TraceParent}). */
    static final String TRACEPARENT = "traceparent";
    /** {@code ok} or {@code error} on a reply. */
    static final String REPLY_STATUS = "x-agora-reply-status";

    /** What parking a message adds (each starts with {@link #PARKED_PREFIX} or {@link #ORIGINAL_PREFIX}). */
    static final String PARKED_PREFIX = "x-agora-parked";

    static final String PARKED_ID = PARKED_PREFIX + "-id";
    static final String PARKED_REASON = PARKED_PREFIX + "-reason";
    static final String PARKED_AT = PARKED_PREFIX + "-at";
    static final String ORIGINAL_PREFIX = "x-agora-original";
    static final String ORIGINAL_ROUTING_KEY = ORIGINAL_PREFIX + "-routing-key";
    static final String ORIGINAL_EXCHANGE = ORIGINAL_PREFIX + "-exchange";
    static final String REPLAYED = "x-agora-replayed";

    /**
     * The gorg_service gem's, read and written under {@code agora.messaging.compatibility=gorg-service}
     * ({@link GorgHeaders}): the Gadz.org SOA version, the gem's count of soft failures, and a 2.0 reply's status and
     * kind of failure (its other headers, {@code docs/gorg-compatibility.md}, pass through unread).
     */
    static final String SOA_VERSION = "soa-version";

    static final String SOFTFAIL_COUNT = "softfail-count";
    static final String STATUS_CODE = "status-code";
    static final String ERROR_TYPE = "error-type";

    /** Set by a quorum queue on each delivery; never carried over to a copy we publish. */
    static final String DELIVERY_COUNT = "x-delivery-count";
    /** The broker's dead-letter history; its summary headers start with these prefixes. */
    static final String DEATHS = "x-death";

    static final String FIRST_DEATH_PREFIX = "x-first-death";
    static final String LAST_DEATH_PREFIX = "x-last-death";

    /** Ids travel on in AMQP short strings and database columns: visible ASCII only. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]+");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,10}");
    private static final Pattern JSON_MEDIA_TYPE =
            Pattern.compile("application/([a-z0-9.+-]+\\+)?json(\\s*;.*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern UTF_8 = Pattern.compile("utf-?8|identity", Pattern.CASE_INSENSITIVE);

    private Headers() {}

    /**
     * What the dispatcher uses of a delivery.
     *
     * @param attempt from 1 to {@code maxAttempts}: a value out of range is clamped into it, one that is no whole
     *     number counts as a first delivery
     * @param conversationHeader and {@code correlationId}: tokens of at most {@value Conversation#MAX_LENGTH}
     *     characters, for {@link Conversation#of}
     * @param refusal why the body cannot be read as an envelope whatever it holds, or null
     */
    record Inbound(
            int attempt,
            @Nullable TraceParent trace,
            @Nullable String conversationHeader,
            @Nullable String correlationId,
            @Nullable String refusal) {}

    static Inbound read(MessageProperties properties, int maxAttempts) {
        var headers = properties.getHeaders();
        return new Inbound(
                attempt(headers, maxAttempts),
                TraceParent.parse(token(headers.get(TRACEPARENT), TraceParent.LENGTH)),
                token(headers.get(CONVERSATION), Conversation.MAX_LENGTH),
                token(properties.getCorrelationId(), Conversation.MAX_LENGTH),
                refusal(properties));
    }

    /**
     * Where a request wants its reply: an address on a {@code reply.<service>} exchange, as callers give it, else
     * null. Any other exchange is refused, so a request cannot make a service publish its reply as an event.
     */
    static @Nullable Address replyAddress(MessageProperties request) {
        var replyTo = token(request.getReplyTo(), Integer.MAX_VALUE);
        if (replyTo == null) return null;
        var address = new Address(replyTo);
        return Topology.isReplyExchange(address.getExchangeName())
                        && !address.getRoutingKey().isEmpty()
                ? address
                : null;
    }

    /** The attempt a header map says, from 1 to {@code maxAttempts}. */
    static int attempt(Map<String, Object> headers, int maxAttempts) {
        long attempt = switch (headers.get(ATTEMPT)) {
            case Integer number -> number;
            case Long number -> number;
            case Short number -> number;
            case Byte number -> number;
            case null -> 1;
            case Object other -> {
                var text = textOf(other);
                yield text != null && WHOLE_NUMBER.matcher(text).matches() ? Long.parseLong(text) : 1;
            }
        };
        return (int) Math.clamp(attempt, 1, maxAttempts);
    }

    /** A header's text when it is one, as we write ours, else null. */
    static @Nullable String string(Map<String, Object> headers, String name) {
        return textOf(headers.get(name));
    }

    /** A short id: visible ASCII of at most {@code maxLength} characters, else null. */
    static @Nullable String token(@Nullable Object value, int maxLength) {
        var text = textOf(value);
        return text != null && text.length() <= maxLength && TOKEN.matcher(text).matches() ? text : null;
    }

    /** Spring converts a short header string to a String and leaves a long one as the client's LongString. */
    private static @Nullable String textOf(@Nullable Object value) {
        return switch (value) {
            case String text -> text;
            case LongString text -> text.toString();
            case null, default -> null;
        };
    }

    /**
     * A body is read as UTF-8 JSON: a delivery that declares another content type or an encoding (gzip...) is
     * refused, one that declares none is read.
     */
    private static @Nullable String refusal(MessageProperties properties) {
        var type = properties.getContentType();
        // Spring fills in its own default when the delivery has none
        if (type != null
                && !type.equals(MessageProperties.DEFAULT_CONTENT_TYPE)
                && !JSON_MEDIA_TYPE.matcher(type).matches()) {
            return "content_type '" + abbreviate(type) + "' is not JSON";
        }
        var encoding = properties.getContentEncoding();
        if (encoding != null && !UTF_8.matcher(encoding).matches()) {
            return "content_encoding '" + abbreviate(encoding) + "' is not supported; bodies are UTF-8 JSON";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
