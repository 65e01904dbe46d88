package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import dev.agora.messaging.MessagingException;
import dev.agora.messaging.ParkedMessage;
import dev.agora.messaging.ParkedMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Browses the parking queue with unacknowledged gets and gives back what it does not take, so listing
 * changes nothing. A replay goes through {@code S_delayed_out_x} under the original routing key, which
 * lands in the work queue exactly like a retry; the parked copy is removed only after the broker
 * confirmed the replayed one.
 */
final class AmqpParkedMessages implements ParkedMessages {

    private static final Logger log = LoggerFactory.getLogger(AmqpParkedMessages.class);

    private static final int TAKE_PASSES = 10;

    private final RabbitTemplate rabbit;
    private final ConfirmingPublisher publisher;
    private final Topology topology;

    AmqpParkedMessages(RabbitTemplate rabbit, ConfirmingPublisher publisher, Topology topology) {
        this.rabbit = rabbit;
        this.publisher = publisher;
        this.topology = topology;
    }

    @Override
    public List<ParkedMessage> list(int limit) {
        var found = new ArrayList<ParkedMessage>();
        browse(
                response -> {
                    found.add(toParked(response));
                    return found.size() >= limit;
                },
                null);
        return found;
    }

    @Override
    public boolean replay(String id) {
        return take(id, response -> {
            var parked = ParkedHeaders.of(response, topology.jobQueue());
            var routingKey = parked.routingKey();
            var replayed = MessageFactory.replay(topology.delayedOut(), response, parked);
            if (publisher.publishAndWait(replayed, "the replay of parked message " + id) == PublishOutcome.UNROUTED) {
                throw new MessagingException("work queue " + topology.jobQueue() + " is missing");
            }
            log.info("parked message {} ({}) replayed into {}", id, routingKey, topology.jobQueue());
        });
    }

    @Override
    public boolean discard(String id) {
        return take(id, response -> log.info("parked message {} discarded", id));
    }

    @Override
    public long count() {
        return rabbit.execute(
                channel -> channel.queueDeclarePassive(topology.parkedQueue()).getMessageCount());
    }

    /**
     * Messages given back by an earlier browse return to a quorum queue asynchronously, so a message just
     * listed may be missing from one pass: look again a few times before saying it is not there.
     */
    private boolean take(String id, ParkedAction action) {
        var taken = new boolean[1];
        for (int pass = 0; pass < TAKE_PASSES && !taken[0]; pass++) {
            if (pass > 0) pause();
            browse(
                    response -> id.equals(
                            ParkedHeaders.of(response, topology.jobQueue()).id()),
                    response -> {
                        action.apply(response);
                        taken[0] = true;
                    });
        }
        return taken[0];
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Gets messages one by one until {@code stop} says so, applies {@code onMatch} to the one it stopped
     * at and acknowledges it, and gives every other message back to the queue.
     */
    private void browse(Predicate<GetResponse> stop, @Nullable ParkedAction onMatch) {
        rabbit.execute(channel -> {
            var untaken = new ArrayList<Long>();
            try {
                while (true) {
                    var response = channel.basicGet(topology.parkedQueue(), false);
                    if (response == null) break;
                    long tag = response.getEnvelope().getDeliveryTag();
                    boolean matched = stop.test(response);
                    if (matched && onMatch != null) {
                        onMatch.apply(response);
                        channel.basicAck(tag, false);
                        break;
                    }
                    untaken.add(tag);
                    if (matched) break;
                }
            } finally {
                giveBack(channel, untaken);
            }
            return null;
        });
    }

    /** One by one: the channel is shared, so a multiple-nack could reach deliveries of another browse. */
    private static void giveBack(Channel channel, List<Long> tags) throws IOException {
        if (!channel.isOpen()) return;
        for (var tag : tags) {
            channel.basicNack(tag, false, true);
        }
    }

    private ParkedMessage toParked(GetResponse response) {
        var parked = ParkedHeaders.of(response, topology.jobQueue());
        return new ParkedMessage(
                parked.id(),
                parked.routingKey(),
                parked.reason(),
                parked.parkedAt(),
                parked.attempts(),
                stringValues(parked.all()),
                new String(response.getBody(), StandardCharsets.UTF_8));
    }

    private static Map<String, Object> stringValues(Map<String, Object> headers) {
        var copy = new TreeMap<String, Object>();
        headers.forEach((name, value) ->
                copy.put(name, value instanceof Number || value instanceof Boolean ? value : String.valueOf(value)));
        return copy;
    }

    @FunctionalInterface
    private interface ParkedAction {
        void apply(GetResponse response) throws IOException;
    }
}
