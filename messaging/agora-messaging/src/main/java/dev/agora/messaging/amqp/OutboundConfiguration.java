package dev.agora.messaging.amqp;

import dev.agora.messaging.DelayedEvents;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.ParkedMessagesOfServices;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the service sends: events (published, application or delayed ones) and replays of parked messages. */
@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

    @Bean
    EventSender agoraEventSender(ConfirmingPublisher publisher, ObjectProvider<OutboxWriter> outbox) {
        return new EventSender(publisher, outbox.getIfAvailable());
    }

    @Bean
    EventPublisher agoraEventPublisher(MessageFactory messages, EventSender sender) {
        return new AmqpEventPublisher(messages, sender);
    }

    @Bean
    IntegrationEventListener agoraIntegrationEventListener(MessageFactory messages, EventSender sender) {
        return new IntegrationEventListener(messages, sender);
    }

    @Bean
    ParkedMessagesOfServices agoraParkedMessagesOfServices(
            RabbitTemplate rabbit, ConfirmingPublisher publisher, Topology topology) {
        return new AmqpParkedMessagesOfServices(rabbit, publisher, topology);
    }

    /** A service's own delayed events and parking queue; a client has neither. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "agora.messaging", name = "role", havingValue = "service", matchIfMissing = true)
    static class OwnQueues {
        @Bean
        DelayedEvents agoraDelayedEvents(
                Topology topology,
                TopologyDeclarer declarer,
                HandlerRegistry handlers,
                MessageFactory messages,
                EventSender sender) {
            return new AmqpDelayedEvents(topology, declarer, handlers, messages, sender);
        }

        @Bean
        ParkedMessages agoraParkedMessages(RabbitTemplate rabbit, ConfirmingPublisher publisher, Topology topology) {
            return new AmqpParkedMessages(rabbit, publisher, topology);
        }
    }
}
