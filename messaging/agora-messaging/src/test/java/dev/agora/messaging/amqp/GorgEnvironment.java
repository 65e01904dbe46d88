package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The gem's {@code RabbitmqEnvBuilder} for one app id: its exchanges, the fanout {@code log} bound to each input
 * exchange, its job queue, and a deferred queue per routing key, declared as the gem declares them.
 */
record GorgEnvironment(
        String eventExchange,
        int deferredMillis,
        String app,
        String requestExchange,
        String replyExchange,
        String delayedIn,
        String delayedOut,
        String jobQueue) {

    static final String LOG = "log";

    static GorgEnvironment of(String app, String eventExchange, int deferredMillis) {
        return new GorgEnvironment(
                eventExchange,
                deferredMillis,
                app,
                app + ".request",
                app + ".reply",
                app + "_delayed_in_x",
                app + "_delayed_out_x",
                app + "_job_q");
    }

    /** @param eventKeys the keys its handlers listen to on the event exchange */
    void declare(Channel channel, Collection<String> eventKeys) throws IOException {
        channel.exchangeDeclare(eventExchange, "topic", true);
        channel.exchangeDeclare(requestExchange(), "topic", true);
        channel.exchangeDeclare(replyExchange(), "topic", true);
        channel.exchangeDeclare(delayedIn(), "topic", true);
        channel.exchangeDeclare(delayedOut(), "fanout", true);
        channel.exchangeDeclare(LOG, "fanout", true);
        for (var source : List.of(eventExchange, replyExchange(), requestExchange(), delayedIn())) {
            channel.exchangeBind(LOG, source, "#");
        }
        channel.queueDeclare(jobQueue(), true, false, false, null);
        channel.queueBind(jobQueue(), delayedOut(), "");
        for (var key : eventKeys) channel.queueBind(jobQueue(), eventExchange, key);
        channel.queueBind(jobQueue(), replyExchange(), "#");
        channel.queueBind(jobQueue(), requestExchange(), "#");
    }

    /** {@code delayed_queue_for}: where a message of this key waits out the deferred time before it comes back. */
    void declareDeferred(Channel channel, String routingKey) throws IOException {
        var queue = app + "_" + routingKey.replace('.', '-') + "_deferred_q";
        channel.queueDeclare(
                queue,
                true,
                false,
                false,
                Map.of(
                        "x-message-ttl", deferredMillis,
                        "x-dead-letter-exchange", delayedOut(),
                        "x-dead-letter-routing-key", routingKey));
        channel.queueBind(queue, delayedIn(), routingKey);
    }
}
