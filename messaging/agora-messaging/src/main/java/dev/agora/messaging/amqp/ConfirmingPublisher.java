package dev.agora.messaging.amqp;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.agora.messaging.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes with confirms, many messages in flight, on a few long-lived channels of its own connection.
 * One channel per lane instead of a channel per send is what keeps the throughput near the broker's own
 * (see STACK.md). A message whose channel dies before its confirm is sent again on a new channel, so a
 * connection loss delays a publication but does not lose it; duplicates that this may cause are dropped
 * by the consumers' inbox. Its connection goes to one of the broker's nodes and, when that one is gone, to another.
 */
final class ConfirmingPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConfirmingPublisher.class);

    private final ConnectionFactory factory;
    private final List<Address> addresses;
    private final String connectionName;
    private final long confirmTimeoutNanos;
    private final PublisherLane[] lanes;
    private final MessagingMetrics metrics;
    private final UnaryOperator<OutboundMessage> format;
    private final Map<Long, Publication> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger nextLane = new AtomicInteger();
    private final ScheduledExecutorService maintenance = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("agora-publisher").daemon().factory());
    private final Object connectionLock = new Object();
    private volatile @Nullable Connection connection;
    private volatile boolean closed;

    /**
     * @param addresses the broker's nodes: a cluster's, or the single broker's
     * @param format what every message goes through last: {@link SoaWireFormat#outbound}
     */
    ConfirmingPublisher(
            ConnectionFactory factory,
            List<Address> addresses,
            String connectionName,
            MessagingProperties.Publisher settings,
            MessagingMetrics metrics,
            UnaryOperator<OutboundMessage> format) {
        this.format = format;
        this.factory = factory;
        this.addresses = List.copyOf(addresses);
        this.connectionName = connectionName;
        this.confirmTimeoutNanos = settings.confirmTimeout().toNanos();
        this.metrics = metrics;
        this.lanes = new PublisherLane[Math.max(1, settings.channels())];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new PublisherLane(this, settings.maxInFlight());
        }
        maintenance.scheduleWithFixedDelay(this::expireOverdue, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** Completes when the broker confirms; fails if it nacks or no confirm comes within the timeout. */
    CompletableFuture<PublishOutcome> publish(OutboundMessage message) {
        if (closed) {
            return CompletableFuture.failedFuture(new MessagingException("publisher is closed"));
        }
        var publication =
                new Publication(ids.incrementAndGet(), format.apply(message), System.nanoTime() + confirmTimeoutNanos);
        var lane = laneFor(message);
        if (!lane.reserve(confirmTimeoutNanos)) {
            return CompletableFuture.failedFuture(new MessagingException(
                    "no room to publish to " + message.exchange() + " within the confirm timeout"));
        }
        byId.put(publication.id, publication);
        metrics.published(message.metricKey());
        lane.send(publication);
        return publication.result;
    }

    /**
     * Messages of one conversation (an order's events, published one after the other by the outbox relay) share a
     * lane, so the broker receives them on one channel and in the order they were sent; others spread over the lanes.
     */
    private PublisherLane laneFor(OutboundMessage message) {
        var conversation = message.properties().getCorrelationId();
        int key = conversation == null ? nextLane.getAndIncrement() : conversation.hashCode();
        return lanes[Math.floorMod(key, lanes.length)];
    }

    /**
     * Publishes and waits for the confirm: for the layer's own sends that must be taken before it goes on
     * (a retry or a parking before the ack, a replay before removing the parked copy).
     *
     * @param what the message, for the error ("the scheduled payment.due")
     */
    PublishOutcome publishAndWait(OutboundMessage message, String what) {
        try {
            return publish(message).get(confirmTimeoutNanos + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new MessagingException(
                    what + " not taken by the broker: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new MessagingException("no confirm for " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("interrupted while sending " + what, e);
        }
    }

    Channel openChannel() throws IOException {
        var channel = connection().createChannel();
        if (channel == null) throw new IOException("no channel available on " + connectionName);
        channel.confirmSelect();
        return channel;
    }

    private Connection connection() throws IOException {
        synchronized (connectionLock) {
            var current = connection;
            if (current != null && current.isOpen()) return current;
            try {
                current = factory.newConnection(addresses, connectionName);
            } catch (TimeoutException e) {
                throw new IOException("timed out connecting to RabbitMQ", e);
            }
            connection = current;
            return current;
        }
    }

    /** Called by a lane for a publication the broker acked or nacked. */
    void settled(Publication publication, boolean acked) {
        byId.remove(publication.id);
        var message = publication.message;
        if (!acked) {
            metrics.nacked(message.metricKey());
            publication.result.completeExceptionally(new MessagingException("broker refused (nack) the message to "
                    + message.exchange() + " with key " + message.routingKey()));
        } else if (publication.returnedBecause != null) {
            metrics.unrouted(message.metricKey());
            publication.result.complete(PublishOutcome.UNROUTED);
        } else {
            metrics.confirmed(message.metricKey());
            publication.result.complete(PublishOutcome.ROUTED);
        }
    }

    /** Sends again, later, what a dead channel left unconfirmed. */
    void retryLater(PublisherLane lane, Publication publication) {
        if (closed) {
            fail(lane, publication, new MessagingException("publisher closed before the broker confirmed"));
            return;
        }
        long delayMillis = Math.min(2_000, 50L << Math.min(publication.sendAttempts, 6));
        maintenance.schedule(() -> lane.send(publication), delayMillis, TimeUnit.MILLISECONDS);
    }

    void fail(PublisherLane lane, Publication publication, Exception cause) {
        if (byId.remove(publication.id) != null) {
            lane.release();
            publication.result.completeExceptionally(cause);
        }
    }

    private void expireOverdue() {
        long now = System.nanoTime();
        for (var lane : lanes) {
            lane.expire(now);
        }
        byId.values().removeIf(publication -> {
            if (!publication.expired(now) || publication.result.isDone()) return false;
            publication.result.completeExceptionally(new MessagingException("no confirm from the broker within "
                    + Duration.ofNanos(confirmTimeoutNanos) + " for the message to "
                    + publication.message.exchange()));
            return true;
        });
    }

    @Override
    public void close() {
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!byId.isEmpty() && System.nanoTime() - waitUntil < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closed = true;
        maintenance.shutdownNow();
        var current = connection;
        if (current != null && current.isOpen()) {
            try {
                current.close();
            } catch (IOException | RuntimeException e) {
                log.debug("closing the publisher connection", e);
            }
        }
        byId.values().forEach(p -> p.result.completeExceptionally(new MessagingException("publisher closed")));
    }
}
