package dev.agora.messaging.amqp;

import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.ParkedMessagesOfServices;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Parking queues of other services, with the names and the replay path the service itself would use. */
final class AmqpParkedMessagesOfServices implements ParkedMessagesOfServices {

    private final RabbitTemplate rabbit;
    private final ConfirmingPublisher publisher;
    private final Topology own;

    AmqpParkedMessagesOfServices(RabbitTemplate rabbit, ConfirmingPublisher publisher, Topology own) {
        this.rabbit = rabbit;
        this.publisher = publisher;
        this.own = own;
    }

    @Override
    public ParkedMessages of(String service) {
        var topology = new Topology(service, own.eventExchange(), own.logExchange());
        return new AmqpParkedMessages(rabbit, publisher, topology);
    }
}
