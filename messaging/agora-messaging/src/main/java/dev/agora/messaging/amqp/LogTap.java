package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.LoggedMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareBatchMessageListener;

/**
 * Feeds the service's {@link LogListener} from {@code S_log_q} in batches, acknowledged with one
 * multiple-ack once the listener returned. When a batch fails, its messages are tried one by one: if all
 * fail the store is down and the batch goes back to the queue after a pause; if only some fail, those
 * are parked with the reason, so one bad message cannot block the log.
 */
final class LogTap implements ChannelAwareBatchMessageListener {

    private static final Logger log = LoggerFactory.getLogger(LogTap.class);

    private final LogListener listener;
    private final FailureRouter failures;
    private final InboundDecoder decoder;

    LogTap(LogListener listener, FailureRouter failures, InboundDecoder decoder) {
        this.listener = listener;
        this.failures = failures;
        this.decoder = decoder;
    }

    @Override
    public void onMessageBatch(List<Message> messages, Channel channel) {
        if (messages.isEmpty()) return;
        long lastTag = messages.getLast().getMessageProperties().getDeliveryTag();
        try {
            listener.onMessages(messages.stream().map(LogTap::toLogged).toList());
            channel.basicAck(lastTag, true);
        } catch (RuntimeException | IOException batchFailure) {
            oneByOne(messages, channel, lastTag, batchFailure);
        }
    }

    private void oneByOne(List<Message> messages, Channel channel, long lastTag, Exception batchFailure) {
        var failed = new ArrayList<Message>();
        var reasons = new ArrayList<String>();
        for (var message : messages) {
            try {
                listener.onMessages(List.of(toLogged(message)));
            } catch (RuntimeException e) {
                failed.add(message);
                reasons.add(FailureClassifier.describe(e));
            }
        }
        try {
            if (failed.size() == messages.size()) {
                log.warn(
                        "log listener failed on all {} messages; they will be delivered again",
                        messages.size(),
                        batchFailure);
                Thread.sleep(1_000); // a store that is down should not make the batch spin
                channel.basicNack(lastTag, true, true);
                return;
            }
            for (int i = 0; i < failed.size(); i++) {
                failures.parkFromLog(decoder.undecoded(failed.get(i)), "log listener failed: " + reasons.get(i));
            }
            channel.basicAck(lastTag, true);
        } catch (IOException | RuntimeException e) {
            log.warn("could not settle a failed log batch; the broker delivers it again when the channel closes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
