package dev.agora.messaging.amqp;

import java.time.Duration;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Lets one instance of a service at a time upgrade its queues: the lock is an exclusive queue, which the broker
 * grants to one connection and drops with it, so a crashed instance holds nothing.
 */
final class UpgradeLock {

    private static final int RESOURCE_LOCKED = 405;
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final RabbitAdmin admin;
    private final Topology topology;

    UpgradeLock(RabbitAdmin admin, Topology topology) {
        this.admin = admin;
        this.topology = topology;
    }

    void around(Runnable work) {
        var lock = topology.upgradeLockQueue();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!tryLock(lock)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another instance of " + topology.service() + " has held " + lock
                        + " for " + WAIT.toMinutes() + " minutes while upgrading its queues");
            }
            pause();
        }
        try {
            work.run();
        } finally {
            admin.deleteQueue(lock);
        }
    }

    private boolean tryLock(String lock) {
        try {
            admin.getRabbitTemplate().execute(channel -> channel.queueDeclare(lock, false, true, true, null));
            return true;
        } catch (AmqpException e) {
            var close = QueueUpgrade.channelClose(e);
            if (close != null && close.getReplyCode() == RESOURCE_LOCKED) return false;
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the queue upgrade lock", e);
        }
    }
}
