package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Acknowledges finished deliveries with one multiple-ack per batch, or after a short interval when the
 * queue goes quiet. Each delivery is still acknowledged only after its work committed: a channel's
 * deliveries are handled one after the other, so every tag up to the last finished one is finished too.
 * On a quorum queue each ack is a replicated command, so fewer acks leave the broker more room. A delivery that
 * nothing could settle is given back at once.
 *
 * <p>When the service stops, this stops before the listener containers (a higher lifecycle phase): what is
 * pending is acknowledged, and from then on each finished delivery at once, so closing the consumers' channels
 * gives no finished message back to the queue.
 */
final class BatchedAcks implements SmartLifecycle, DisposableBean {

    /** Stops before every listener container, whose phase must be lower. */
    static final int PHASE = Integer.MAX_VALUE;

    private static final Logger log = LoggerFactory.getLogger(BatchedAcks.class);

    private final int batchSize;
    private final Map<Channel, Pending> pending = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean draining;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("agora-acks").daemon().factory());

    BatchedAcks(int batchSize, Duration interval) {
        this.batchSize = Math.max(1, batchSize);
        long millis = Math.max(1, interval.toMillis());
        flusher.scheduleWithFixedDelay(this::flushAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    void done(Channel channel, long deliveryTag) {
        if (batchSize == 1) {
            ack(channel, deliveryTag);
            return;
        }
        // through the channel's Pending even when draining: an ack must never overtake a newer one
        pending.computeIfAbsent(channel, c -> new Pending()).done(deliveryTag, draining ? 1 : batchSize, this, channel);
    }

    /** Back to the queue, which counts it against the delivery limit: for a delivery nothing could settle. */
    void giveBack(Channel channel, long deliveryTag) {
        try {
            channel.basicNack(deliveryTag, false, true);
        } catch (IOException | RuntimeException channelGone) {
            log.info(
                    "delivery {} not given back, its channel closed; the broker delivers it again: {}",
                    deliveryTag,
                    channelGone.toString());
        }
    }

    @Override
    public void start() {
        draining = false;
        running = true;
    }

    @Override
    public void stop() {
        draining = true;
        flushAll();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void flushAll() {
        pending.forEach((channel, acks) -> {
            acks.flush(this, channel);
            if (!channel.isOpen()) pending.remove(channel);
        });
    }

    private void ack(Channel channel, long upTo) {
        try {
            channel.basicAck(upTo, true);
        } catch (IOException | RuntimeException channelGone) {
            pending.remove(channel);
            log.info(
                    "deliveries up to {} not acknowledged, their channel closed; the broker delivers them again: {}",
                    upTo,
                    channelGone.toString());
        }
    }

    @Override
    public void destroy() {
        flusher.shutdown();
        flushAll();
    }

    /**
     * The last finished tag not yet acknowledged on one channel. The ack is sent under the same lock that
     * takes the tag: otherwise an older multiple-ack from one thread could reach the broker after a newer
     * one from the other, and the broker closes the channel for the unknown tag.
     */
    private static final class Pending {
        private long lastDone;
        private int unacked;

        synchronized void done(long tag, int batchSize, BatchedAcks acks, Channel channel) {
            lastDone = tag;
            if (++unacked >= batchSize) flush(acks, channel);
        }

        synchronized void flush(BatchedAcks acks, Channel channel) {
            if (unacked == 0) return;
            unacked = 0;
            acks.ack(channel, lastDone);
        }
    }
}
