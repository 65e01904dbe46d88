package dev.agora.messaging.amqp;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** How messages leave under {@code agora.messaging.compatibility=gorg-service}: the writing side of {@link SoaWireFormat}. */
record SoaWriter(EnvelopeCodec codec, String logExchange, boolean writesVersion2) {

    /**
     * A message as it leaves under the switch: every one carries {@code softfail-count} (the soft failures before its
     * attempt), and one built here (no {@code soa-version} yet) is written in the configured version. A copy of a
     * delivery keeps the version and body it came with.
     */
    OutboundMessage write(OutboundMessage message) {
        var headers = MessageFactory.headersOf(message.properties());
        boolean built = !headers.containsKey(Headers.SOA_VERSION);
        headers.put(Headers.SOFTFAIL_COUNT, GorgHeaders.softfailCount(GorgHeaders.attempt(headers, Integer.MAX_VALUE)));
        var properties = message.properties().builder();
        var body = message.body();
        var kind = kindOf(message);
        if (kind.equals("reply")) replyStatus(headers);
        if (built) {
            var data = writesVersion2 ? dataOf(body, headers) : null;
            headers.put(Headers.SOA_VERSION, data == null ? GorgHeaders.VERSION_1 : GorgHeaders.VERSION_2);
            if (data != null) {
                body = data;
                // the gem reads a 2.0 timestamp with DateTime.parse, which fails on the Time its client decodes
                properties.type(kind).timestamp(null);
            }
        }
        return new OutboundMessage(
                message.exchange(),
                message.routingKey(),
                message.mandatory(),
                properties.headers(headers).build(),
                body,
                message.metricKey());
    }

    private String kindOf(OutboundMessage message) {
        if (message.exchange().equals(logExchange)) return "log";
        if (message.routingKey().startsWith("request.")) return "request";
        if (message.routingKey().startsWith("reply.")) return "reply";
        return "event";
    }

    /** The gem's reply status: HTTP-like, with the failure's kind. */
    private static void replyStatus(Map<String, Object> headers) {
        if (headers.containsKey(Headers.STATUS_CODE)) return;
        boolean failed = "error".equals(Headers.string(headers, Headers.REPLY_STATUS));
        headers.put(Headers.STATUS_CODE, failed ? 500 : 200);
        if (failed) headers.put(Headers.ERROR_TYPE, "hardfail");
    }

    /**
     * The envelope's {@code data}, or null when the body is none (a copy of an unreadable delivery, kept as it is); an
     * error reply's reason goes in it as the gem writes it, {@code error_message}.
     */
    private byte @Nullable [] dataOf(byte[] envelopeBody, Map<String, Object> headers) {
        JsonNode envelope;
        try {
            envelope = codec.json().readTree(envelopeBody);
        } catch (JacksonException notJson) {
            return null;
        }
        var data = envelope == null ? null : envelope.get("data");
        if (data == null) return null;
        var errors = envelope.get("errors");
        if ("error".equals(Headers.string(headers, Headers.REPLY_STATUS)) && errors != null && !errors.isEmpty()) {
            data = JsonNodeFactory.instance
                    .objectNode()
                    .put(
                            "error_message",
                            errors.get(errors.size() - 1).path("error_message").asString());
        }
        return codec.json().writeValueAsBytes(data);
    }
}
