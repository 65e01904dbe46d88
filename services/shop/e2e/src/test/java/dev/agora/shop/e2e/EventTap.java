package dev.agora.shop.e2e;

import dev.agora.messaging.test.TestServers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** A queue of the test's own bound to the event exchange with {@code #}: a copy of every event the shop publishes. */
final class EventTap implements AutoCloseable {

    static final String EVENT_EXCHANGE = "agoram_event_exchange";
    private static final String QUEUE = "e2e_tap_q";

    private final CachingConnectionFactory connections;
    private final RabbitTemplate rabbit;

    EventTap(String vhost) {
        connections = new CachingConnectionFactory(TestServers.rabbitHost(), TestServers.rabbitPort());
        connections.setUsername(TestServers.rabbitUser());
        connections.setPassword(TestServers.rabbitPassword());
        connections.setVirtualHost(vhost);
        var admin = new RabbitAdmin(connections);
        var queue = new Queue(QUEUE, true);
        admin.declareQueue(queue);
        admin.declareBinding(
                BindingBuilder.bind(queue).to(new TopicExchange(EVENT_EXCHANGE)).with("#"));
        rabbit = new RabbitTemplate(connections);
    }

    /** Every event published since the tap was made, or since the last drain. */
    List<Message> drain() {
        var messages = new ArrayList<Message>();
        for (Message message = rabbit.receive(QUEUE); message != null; message = rabbit.receive(QUEUE)) {
            messages.add(message);
        }
        return messages;
    }

    /** Sends a message again exactly as it was: same body, same message id, same routing key. */
    void redeliver(Message message) {
        rabbit.send(EVENT_EXCHANGE, message.getMessageProperties().getReceivedRoutingKey(), message);
    }

    @Override
    public void close() {
        connections.destroy();
    }
}
