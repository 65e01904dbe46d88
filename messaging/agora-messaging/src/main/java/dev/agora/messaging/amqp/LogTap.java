package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.LoggedMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareBatchMessageListener;

/**
 * Feeds the service's {@link LogListener} from {@code S_log_q} in batches and acknowledges a batch with
 * one multiple-ack once the listener returned; a failing batch goes back to the queue whole.
 */
final class LogTap implements ChannelAwareBatchMessageListener {

    private static final Logger log = LoggerFactory.getLogger(LogTap.class);

    private final LogListener listener;

    LogTap(LogListener listener) {
        this.listener = listener;
    }

    @Override
    public void onMessageBatch(List<Message> messages, Channel channel) {
        if (messages.isEmpty()) return;
        long lastTag = messages.getLast().getMessageProperties().getDeliveryTag();
        try {
            listener.onMessages(messages.stream().map(LogTap::toLogged).toList());
            channel.basicAck(lastTag, true);
        } catch (RuntimeException | IOException failure) {
            log.warn("log listener failed on a batch of {}; it will be delivered again", messages.size(), failure);
            try {
                Thread.sleep(1_000); // a failing store (database down) should not spin
                channel.basicNack(lastTag, true, true);
            } catch (IOException | InterruptedException e) {
                log.warn("could not give the batch back; the broker will when the channel closes", e);
            }
        }
    }

    @Override
    public void onMessage(Message message, Channel channel) {
        onMessageBatch(List.of(message), channel);
    }

    private static LoggedMessage toLogged(Message message) {
        var properties = message.getMessageProperties();
        var timestamp = properties.getTimestamp();
        return new LoggedMessage(
                Instant.now(),
                properties.getReceivedExchange(),
                properties.getReceivedRoutingKey(),
                properties.getMessageId(),
                properties.getType(),
                properties.getAppId(),
                properties.getCorrelationId(),
                properties.getReplyTo(),
                timestamp == null ? null : timestamp.toInstant(),
                new HashMap<>(properties.getHeaders()),
                message.getBody());
    }
}
