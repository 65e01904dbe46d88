package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EnvelopeError;
import dev.agora.messaging.ErrorType;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.MessageProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The answering side of request/reply: sends a handler's result, or its hard failure, to the address the
 * caller gave in {@code reply_to} (its {@code reply.C} exchange and a key naming its instance). Under
 * {@code agora.messaging.compatibility=gorg-service}, a {@code reply_to} may also be an exchange as the gorg_service
 * gem names it ({@link GorgTopology}): the reply goes there under the gem's reply key, paired by the request's
 * {@code message_id}.
 */
final class Replies {

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private final ConfirmingPublisher publisher;
    private final MessageFactory messages;
    private final EnvelopeCodec codec;
    private final String service;
    private final boolean gorgCallers;

    Replies(
            ConfirmingPublisher publisher,
            MessageFactory messages,
            EnvelopeCodec codec,
            String service,
            boolean gorgCallers) {
        this.publisher = publisher;
        this.messages = messages;
        this.codec = codec;
        this.service = service;
        this.gorgCallers = gorgCallers;
    }

    void answer(InboundMessage request, @Nullable Object result) {
        var action = actionOf(request);
        send(request.properties(), action, Envelope.create(replyName(action), service, asObject(result)), "ok");
    }

    void fail(InboundMessage request, String reason) {
        var action = actionOf(request);
        var reply = Envelope.create(replyName(action), service, JsonNodeFactory.instance.objectNode())
                .withError(EnvelopeError.of(ErrorType.HARDERROR, service, "hardfail", reason));
        send(request.properties(), action, reply, "error");
    }

    private static String actionOf(InboundMessage request) {
        return Objects.requireNonNull(request.action(), "only a request is answered");
    }

    private void send(MessageProperties request, String action, Envelope reply, String status) {
        var address = Headers.replyAddress(request);
        var gorgExchange = gorgCallers && address == null ? GorgTopology.replyExchangeOf(request.getReplyTo()) : null;
        if (address == null && gorgExchange == null) {
            log.debug(
                    "request {} {} has no reply_to on a reply exchange; no reply sent", action, request.getMessageId());
            return;
        }
        var message = gorgExchange != null
                ? messages.reply(
                        reply,
                        gorgExchange,
                        GorgTopology.replyKey(request.getReceivedRoutingKey()),
                        request.getMessageId(),
                        status)
                : messages.reply(
                        reply, address.getExchangeName(), address.getRoutingKey(), request.getCorrelationId(), status);
        var replyTo = message.exchange() + "/" + message.routingKey();
        try {
            var outcome = publisher.publish(message).get(10, TimeUnit.SECONDS);
            if (outcome == PublishOutcome.UNROUTED) {
                log.info("reply to {} for {} reached nobody: the caller is gone", replyTo, action);
            }
        } catch (Exception e) {
            log.warn("reply to {} for {} not confirmed: {}", replyTo, action, e.toString());
        }
    }

    private String replyName(String action) {
        return "reply." + service + "." + action;
    }

    /** The envelope's data is an object; any other result travels as {@code {"value": result}}. */
    private JsonNode asObject(@Nullable Object result) {
        if (result == null) return JsonNodeFactory.instance.objectNode();
        var tree = codec.toTree(result);
        return tree.isObject() ? tree : JsonNodeFactory.instance.objectNode().set("value", tree);
    }
}
