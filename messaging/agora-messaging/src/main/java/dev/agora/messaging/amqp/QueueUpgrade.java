package dev.agora.messaging.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.ShutdownSignalException;
import dev.agora.messaging.MessagingException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Brings a queue that an earlier version declared with other arguments (a work queue without its delivery limit)
 * to the current declaration, keeping its messages: RabbitMQ refuses to declare an existing queue with other
 * arguments (PRECONDITION_FAILED) and cannot change them.
 *
 * <p>One instance at a time (the lock is an exclusive queue) and only while nothing consumes the old queue: a
 * holding queue takes the old queue's bindings first, so what is published meanwhile waits there; the old queue's
 * messages move to it, the old queue is declared anew, and the holding queue's messages move on into it. Each
 * message is acknowledged only after the broker confirmed its copy, so a crash duplicates at worst (the inbox drops
 * duplicates), and a holding queue a crash left behind is emptied at the next start.
 */
final class QueueUpgrade {

    private static final Logger log = LoggerFactory.getLogger(QueueUpgrade.class);
    private static final int PRECONDITION_FAILED = 406;

    private final RabbitAdmin admin;
    private final RabbitTemplate rabbit;
    private final ConfirmingPublisher publisher;
    private final Topology topology;
    private final UpgradeLock lock;

    QueueUpgrade(RabbitAdmin admin, ConfirmingPublisher publisher, Topology topology) {
        this.admin = admin;
        this.rabbit = admin.getRabbitTemplate();
        this.publisher = publisher;
        this.topology = topology;
        this.lock = new UpgradeLock(admin, topology);
    }

    /** How a message moved out of one queue reaches the other. */
    @FunctionalInterface
    interface Route {
        OutboundMessage to(String queue, GetResponse message);

        /** Straight into the queue, through the default exchange. */
        static Route direct() {
            return (queue, message) -> MessageFactory.moved("", queue, message);
        }

        /**
         * Through an exchange that reaches only the queue while messages move (the holding queue and the queue
         * take turns on its binding), keeping the routing key each handler sees.
         */
        static Route through(String exchange) {
            return (queue, message) ->
                    MessageFactory.moved(exchange, message.getEnvelope().getRoutingKey(), message);
        }
    }

    /**
     * Declares {@code wanted}, first replacing a queue of that name declared with other arguments.
     *
     * @param bindings the queue's bindings, which the holding queue has while the queue is replaced
     */
    void declare(Queue wanted, List<Binding> bindings, Route route) {
        var holding = topology.holdingQueue(wanted.getName());
        if (inequivalence(wanted) == null && !exists(holding)) return;
        lock.around(() -> {
            var inequivalence = inequivalence(wanted);
            if (inequivalence != null) replace(wanted, inequivalence, holding, bindings, route);
            if (exists(holding)) {
                bindings.forEach(admin::declareBinding);
                bindings.forEach(binding -> admin.removeBinding(retarget(binding, holding)));
                move(holding, wanted.getName(), route);
                admin.deleteQueue(holding);
            }
        });
    }

    private void replace(Queue wanted, String inequivalence, String holding, List<Binding> bindings, Route route) {
        var name = wanted.getName();
        int consumers =
                rabbit.execute(channel -> channel.queueDeclarePassive(name).getConsumerCount());
        if (consumers > 0) {
            throw new IllegalStateException(name + " in vhost " + vhost() + " was declared by an earlier version of"
                    + " Agora (" + inequivalence + "), and " + consumers + " consumer(s) still use it: stop every"
                    + " instance of " + topology.service() + " that runs the earlier version, then start again; the"
                    + " first instance to start moves the queue's messages to the new declaration");
        }
        log.warn(
                "{} was declared by an earlier version ({}): moving its messages to the new declaration",
                name,
                inequivalence);
        admin.declareQueue(new Queue(holding, true, false, false, Map.of("x-queue-type", "quorum")));
        bindings.forEach(binding -> admin.declareBinding(retarget(binding, holding)));
        bindings.forEach(admin::removeBinding);
        move(name, holding, route);
        int lost = rabbit.execute(channel -> channel.queueDelete(name).getMessageCount());
        if (lost > 0) {
            log.warn(
                    "{} message(s) reached {} through a binding this version no longer has while it was replaced,"
                            + " and went with it",
                    lost,
                    name);
        }
        admin.declareQueue(wanted);
    }

    /** Moves every message, one by one, acknowledging each after the broker confirmed its copy. */
    private void move(String from, String to, Route route) {
        int moved = rabbit.execute(channel -> {
            int count = 0;
            for (var message = channel.basicGet(from, false);
                    message != null;
                    message = channel.basicGet(from, false)) {
                var copy = route.to(to, message);
                if (publisher.publishAndWait(copy, "a message moved from " + from) == PublishOutcome.UNROUTED) {
                    throw new MessagingException("a message moved from " + from + " reached no queue");
                }
                channel.basicAck(message.getEnvelope().getDeliveryTag(), false);
                count++;
            }
            return count;
        });
        log.info("moved {} message(s) from {} to {}", moved, from, to);
    }

    /** Null when the queue can be declared as wanted (and is), else the broker's objection. */
    private @Nullable String inequivalence(Queue wanted) {
        try {
            rabbit.execute(
                    channel -> channel.queueDeclare(wanted.getName(), true, false, false, wanted.getArguments()));
            return null;
        } catch (AmqpException e) {
            var close = channelClose(e);
            if (close != null && close.getReplyCode() == PRECONDITION_FAILED) return close.getReplyText();
            throw e;
        }
    }

    private boolean exists(String queue) {
        return admin.getQueueInfo(queue) != null;
    }

    private String vhost() {
        return rabbit.getConnectionFactory().getVirtualHost();
    }

    private static Binding retarget(Binding binding, String queue) {
        return new Binding(
                queue,
                Binding.DestinationType.QUEUE,
                binding.getExchange(),
                binding.getRoutingKey(),
                binding.getArguments());
    }

    /** The broker's refusal that closed the channel under an operation, if that is what failed. */
    static AMQP.Channel.@Nullable Close channelClose(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ShutdownSignalException signal
                    && signal.getReason() instanceof AMQP.Channel.Close close) {
                return close;
            }
        }
        return null;
    }
}
