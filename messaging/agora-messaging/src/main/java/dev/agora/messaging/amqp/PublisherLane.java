package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Return;
import com.rabbitmq.client.ShutdownSignalException;
import dev.agora.messaging.MessagingException;
import java.io.IOException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One publishing channel with its window of unconfirmed messages. Sequence numbers belong to a channel,
 * so each channel gets its own map; when the channel dies its map is drained and sent again.
 */
final class PublisherLane {

    private static final Logger log = LoggerFactory.getLogger(PublisherLane.class);

    private final ConfirmingPublisher publisher;
    private final Semaphore window;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable ChannelState current;

    PublisherLane(ConfirmingPublisher publisher, int maxInFlight) {
        this.publisher = publisher;
        this.window = new Semaphore(maxInFlight);
    }

    boolean reserve(long timeoutNanos) {
        try {
            return window.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void release() {
        window.release();
    }

    void send(Publication publication) {
        if (publication.result.isDone()) {
            release(); // timed out while waiting to be sent again
            return;
        }
        publication.sendAttempts++;
        ChannelState state = null;
        lock.lock();
        try {
            state = channel();
            long sequence = state.channel.getNextPublishSeqNo();
            state.unconfirmed.put(sequence, publication);
            var message = publication.message;
            state.channel.basicPublish(
                    message.exchange(),
                    message.routingKey(),
                    message.mandatory(),
                    message.properties(),
                    message.body());
        } catch (IOException | ShutdownSignalException e) {
            log.debug("publish failed, will retry: {}", e.toString());
            if (state != null) state.unconfirmed.values().remove(publication);
            publisher.retryLater(this, publication);
        } finally {
            lock.unlock();
        }
    }

    private ChannelState channel() throws IOException {
        var state = current;
        if (state != null && state.channel.isOpen()) return state;
        var channel = publisher.openChannel();
        var fresh = new ChannelState(channel);
        channel.addConfirmListener(
                (seq, multiple) -> settle(fresh, seq, multiple, true),
                (seq, multiple) -> settle(fresh, seq, multiple, false));
        channel.addShutdownListener(cause -> resendUnconfirmed(fresh, MissingExchange.of(cause)));
        channel.addReturnListener(returned -> markReturned(fresh, returned));
        current = fresh;
        return fresh;
    }

    /**
     * The broker sends a return before the ack of the same message on the same channel, so the returned
     * message is the oldest unconfirmed one with its exchange, key and id not yet marked. Returns are rare:
     * matching them here spares every publication a header of its own.
     */
    private static void markReturned(ChannelState state, Return returned) {
        var messageId = returned.getProperties().getMessageId();
        for (var publication : state.unconfirmed.values()) {
            var message = publication.message();
            if (publication.returnedBecause == null
                    && message.exchange().equals(returned.getExchange())
                    && message.routingKey().equals(returned.getRoutingKey())
                    && java.util.Objects.equals(message.properties().getMessageId(), messageId)) {
                publication.returnedBecause = returned.getReplyCode() + " " + returned.getReplyText();
                return;
            }
        }
    }

    private void settle(ChannelState state, long sequence, boolean multiple, boolean acked) {
        if (multiple) {
            var confirmed = state.unconfirmed.headMap(sequence, true);
            for (var key : confirmed.keySet()) {
                var publication = confirmed.remove(key);
                if (publication != null) settleOne(publication, acked);
            }
        } else {
            var publication = state.unconfirmed.remove(sequence);
            if (publication != null) settleOne(publication, acked);
        }
    }

    private void settleOne(Publication publication, boolean acked) {
        release();
        publisher.settled(publication, acked);
    }

    /**
     * A message to an exchange that does not exist closes the channel (404): those messages fail, the
     * others on the channel are sent again.
     */
    private void resendUnconfirmed(ChannelState dead, @Nullable String missingExchange) {
        if (dead.unconfirmed.isEmpty()) return;
        log.info("channel closed with {} unconfirmed messages; sending them again", dead.unconfirmed.size());
        for (var key : dead.unconfirmed.keySet()) {
            var publication = dead.unconfirmed.remove(key);
            if (publication == null) continue;
            if (publication.message().exchange().equals(missingExchange)) {
                publisher.fail(
                        this, publication, new MessagingException("exchange '" + missingExchange + "' does not exist"));
            } else {
                publisher.retryLater(this, publication);
            }
        }
    }

    void expire(long nowNanos) {
        var state = current;
        if (state == null) return;
        for (var entry : state.unconfirmed.entrySet()) {
            if (!entry.getValue().expired(nowNanos)) break;
            var publication = state.unconfirmed.remove(entry.getKey());
            if (publication != null) release();
        }
    }

    private record ChannelState(Channel channel, ConcurrentSkipListMap<Long, Publication> unconfirmed) {
        ChannelState(Channel channel) {
            this(channel, new ConcurrentSkipListMap<>());
        }
    }
}
