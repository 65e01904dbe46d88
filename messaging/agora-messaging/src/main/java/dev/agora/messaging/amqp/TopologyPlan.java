package dev.agora.messaging.amqp;

import dev.agora.messaging.amqp.MessagingProperties.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * What the conventions ask a service to declare, by its role and its handlers. Every role: the event exchange and
 * the log, the events passing through the log. A {@code service} adds its delayed-retry exchanges, work queue and
 * parking queue, the request exchange only when it answers requests, and the log queue when it has a log listener.
 * The reply side is declared on the first request ({@link ReplyQueue}).
 *
 * @param gorg what {@code agora.messaging.compatibility=gorg-service} adds, or null without it
 */
record TopologyPlan(
        Topology topology,
        HandlerRegistry handlers,
        MessagingProperties properties,
        boolean logListener,
        @Nullable GorgTopology gorg) {

    /**
     * Fails start-up on what the service could not do: a client subscribes to nothing (it would have no queue to
     * receive in), and under the gorg_service switch every event name is one a gorg consumer can take.
     */
    void checkRole() {
        if (gorg != null) gorg.requireEventNames(handlers.eventPatterns());
        if (properties.role() != Role.CLIENT) return;
        if (!handlers.eventHandlers().isEmpty() || !handlers.requestHandlers().isEmpty() || logListener) {
            throw new IllegalStateException("agora.messaging.role=client has no work queue, yet " + topology.service()
                    + " has handlers or a log listener: make it a service (the default role)");
        }
    }

    /**
     * Quorum, and the broker's last line of defence against a message delivered again and again whatever the bug (a
     * consumer that dies before it acks): once it was given back more than {@code agora.messaging.delivery-limit}
     * times, the broker dead-letters it, at least once, to the parking queue.
     */
    Queue jobQueue() {
        return QueueBuilder.durable(topology.jobQueue())
                .quorum()
                .deliveryLimit(properties.deliveryLimit())
                .deadLetterExchange("")
                .deadLetterRoutingKey(topology.parkedQueue())
                .withArgument("x-dead-letter-strategy", "at-least-once")
                .overflow(QueueBuilder.Overflow.rejectPublish) // at-least-once dead-lettering needs it
                .build();
    }

    /**
     * Quorum, and never drops a message: browsing gives messages back, which counts as a delivery, and RabbitMQ 4
     * limits deliveries to 20 unless told otherwise. "No limit" (-1) means "drop at the first return" to RabbitMQ
     * 3.x, so the limit is the largest a queue argument holds: two billion browses.
     */
    Queue parkedQueue() {
        return QueueBuilder.durable(topology.parkedQueue())
                .quorum()
                .deliveryLimit(Integer.MAX_VALUE)
                .build();
    }

    List<Declarable> declarables() {
        var eventExchange = new TopicExchange(topology.eventExchange(), true, false);
        var log = logExchange();
        var all = new ArrayList<Declarable>(List.of(eventExchange, log, throughLog(eventExchange)));
        if (properties.role() == Role.CLIENT) return all;

        var delayedIn = new TopicExchange(topology.delayedIn(), true, false);
        var delayedOut = new FanoutExchange(topology.delayedOut(), true, false);
        var jobQueue = jobQueue();
        all.addAll(List.of(delayedIn, delayedOut, jobQueue, parkedQueue(), throughLog(delayedIn)));
        all.add(BindingBuilder.bind(jobQueue).to(delayedOut));
        for (var pattern : handlers.eventPatterns()) {
            all.add(BindingBuilder.bind(jobQueue).to(eventExchange).with(pattern));
        }
        if (!handlers.requestHandlers().isEmpty()) {
            var requests = new TopicExchange(topology.requestExchange(), true, false);
            all.add(requests);
            all.add(throughLog(requests));
            for (var action : handlers.requestHandlers().keySet()) {
                all.add(BindingBuilder.bind(jobQueue)
                        .to(requests)
                        .with(Topology.requestKey(topology.service(), action)));
            }
            if (gorg != null) all.addAll(gorg.requestSide());
        }
        if (logListener) {
            var logQueue = QueueBuilder.durable(topology.logQueue()).quorum().build();
            all.add(logQueue);
            all.add(new Binding(
                    logQueue.getName(),
                    Binding.DestinationType.QUEUE,
                    log.getName(),
                    properties.logListener().bindingKey(),
                    Map.of()));
        }
        return all;
    }

    /** Every message through one of the service's exchanges also reaches the log. */
    Binding throughLog(Exchange input) {
        return new Binding(topology.logExchange(), Binding.DestinationType.EXCHANGE, input.getName(), "#", Map.of());
    }

    private Exchange logExchange() {
        // the gem declares log as a fanout: a topic one would stop every gorg bot at start
        return switch (properties.compatibility()) {
            case NONE ->
                ExchangeBuilder.topicExchange(topology.logExchange())
                        .durable(true)
                        .build();
            case GORG_SERVICE ->
                ExchangeBuilder.fanoutExchange(topology.logExchange())
                        .durable(true)
                        .build();
        };
    }
}
