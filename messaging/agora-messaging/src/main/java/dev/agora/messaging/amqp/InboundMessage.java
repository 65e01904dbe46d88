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
 */
final class InboundMessage {

    private static final DefaultMessagePropertiesConverter CONVERTER = new DefaultMessagePropertiesConverter();

    private final Message message;
    private final Headers.Inbound headers;
    private final @Nullable Envelope envelope;
    private final @Nullable String action;
    private final @Nullable String problem;
    private AMQP.@Nullable BasicProperties copyProperties;

    /**
     * @param action the request's action when it came as a request, else null
     * @param problem why it cannot be dispatched (unreadable, invalid, misrouted), or null
     */
    InboundMessage(
            Message message,
            Headers.Inbound headers,
            @Nullable Envelope envelope,
            @Nullable String action,
            @Nullable String problem) {
        this.message = message;
        this.headers = headers;
        this.envelope = envelope;
        this.action = action;
        this.problem = problem;
    }

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

    long deliveryTag() {
        return properties().getDeliveryTag();
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

    @Nullable
    Envelope envelope() {
        return envelope;
    }

    @Nullable
    String action() {
        return action;
    }

    boolean isRequest() {
        return action != null;
    }

    @Nullable
    String problem() {
        return problem;
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

    /** The delivery's properties as the client sends them, converted once, for the copies the failure path makes. */
    AMQP.BasicProperties copyProperties() {
        if (copyProperties == null) copyProperties = CONVERTER.fromMessageProperties(properties(), "utf-8");
        return copyProperties;
    }
}
