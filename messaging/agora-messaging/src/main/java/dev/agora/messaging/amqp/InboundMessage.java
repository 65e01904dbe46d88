package dev.agora.messaging.amqp;

import com.rabbitmq.client.AMQP;
import dev.agora.messaging.Envelope;
import dev.agora.messaging.MessageContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;

/**
 * One delivery read once by {@link InboundDecoder}: its properties, what its headers say ({@link Headers}), and its
 * envelope, or why it cannot be dispatched. Every later step (dispatch, retry, parking, the reply) reads this value,
 * never the raw delivery again.
 *
 * @param action the request's action when it came as a request, else null
 * @param problem why it cannot be dispatched (unreadable, invalid, misrouted), or null
 */
record InboundMessage(
        Message message,
        Headers.Inbound headers,
        @Nullable Envelope envelope,
        @Nullable String action,
        @Nullable String problem) {

    private static final DefaultMessagePropertiesConverter CONVERTER = new DefaultMessagePropertiesConverter();

    MessageProperties properties() {
        return message.getMessageProperties();
    }

    String routingKey() {
        return properties().getReceivedRoutingKey();
    }

    @Nullable
    String receivedExchange() {
        return properties().getReceivedExchange();
    }

    byte[] body() {
        return message.getBody();
    }

    int attempt() {
        return headers.attempt();
    }

    @Nullable
    TraceParent trace() {
        return headers.trace();
    }

    boolean isRequest() {
        return action != null;
    }

    /** What the handlers see; only for a message without a {@link #problem}. */
    MessageContext context() {
        var read = Objects.requireNonNull(envelope, "a message with a problem has no context");
        var trace = headers.trace();
        return new MessageContext(
                read,
                routingKey(),
                attempt(),
                Conversation.of(headers.conversationHeader(), headers.correlationId(), read.uuid()),
                trace == null ? null : trace.toString(),
                properties().getHeaders());
    }

    /**
     * The delivery's properties as the client sends them, for the one copy the failure path makes of it (a retry or
     * a parked copy, whose log copy shares its properties): the happy path never converts them.
     */
    AMQP.BasicProperties copyProperties() {
        return CONVERTER.fromMessageProperties(properties(), "utf-8");
    }
}
