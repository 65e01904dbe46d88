package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.HardFailException;
import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.RequestClient;
import dev.agora.messaging.RequestHandler;
import dev.agora.messaging.SoftFailException;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every message one event leads to, in whichever service, shares its correlation id: events a handler writes to
 * its outbox or publishes directly, requests it sends (the conversation in a header, the reply still paired with
 * the request) and what their handlers publish in turn, retries and replays included. An event published outside
 * any handler starts a conversation with its own uuid.
 *
 * <p>{@code front} publishes {@code order.placed}; {@code stock} (with a database) answers it with
 * {@code order.accepted} through its outbox; {@code mail} (without one) asks {@code stock} to reserve, which writes
 * {@code stock.reserved} to its outbox, then publishes {@code order.noted} directly. {@code front} sees the rest.
 */
class ConversationIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @RegisterExtension
    static final IsolatedSchema schema = new IsolatedSchema();

    static final Received received = new Received();
    static final Set<String> fixed = ConcurrentHashMap.newKeySet();
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private static RunningService front;
    private static RunningService stock;
    private static RunningService mail;

    @BeforeAll
    static void startServices() {
        front = RunningService.start(Front.class, "front", broker);
        stock = RunningService.start(
                Stock.class, "stock", broker, schema, Map.of("agora.messaging.outbox.poll-interval", "200ms"));
        mail = RunningService.start(Mail.class, "mail", broker, null, Map.of("agora.messaging.retry.delays", "200ms"));
    }

    @AfterAll
    static void stopServices() {
        for (var service : new RunningService[] {front, stock, mail}) service.close();
    }

    @Test
    void anEventPublishedOutsideAnyHandlerStartsAConversationWithItsOwnUuid() {
        var admin = front.bean(RabbitAdmin.class);
        admin.declareQueue(QueueBuilder.nonDurable("wire_q").build());
        admin.declareBinding(new Binding(
                "wire_q", Binding.DestinationType.QUEUE, "agoram_event_exchange", "order.started", Map.of()));
        try {
            front.bean(EventPublisher.class)
                    .publish("order.started", Map.of("orderId", "o-1"))
                    .join();

            var sent = front.bean(RabbitTemplate.class).receive("wire_q", 5_000);
            assertThat(sent).isNotNull();
            assertThat(sent.getMessageProperties().getCorrelationId())
                    .isEqualTo(sent.getMessageProperties().getMessageId());
        } finally {
            admin.deleteQueue("wire_q");
        }
    }

    @Test
    void anEventAHandlerWritesToItsOutboxJoinsTheConversationOfTheEventItHandles() {
        var orderId = placeOrder();

        var placed = awaitDelivery("stock", "order.placed", orderId);
        assertThat(awaitDelivery("front", "order.accepted", orderId).correlationId())
                .isEqualTo(placed.correlationId());
        assertThat(outboxCorrelationIds(orderId)).containsOnly(placed.correlationId());
    }

    @Test
    void anEventAHandlerPublishesDirectlyJoinsTheConversationOfTheEventItHandles() {
        var orderId = placeOrder();

        var placed = awaitDelivery("mail", "order.placed", orderId);
        assertThat(awaitDelivery("front", "order.noted", orderId).correlationId())
                .isEqualTo(placed.correlationId());
    }

    @Test
    void aRequestAHandlerSendsCarriesTheConversationToTheServiceItAsksAndWhatThatOnePublishes() {
        var orderId = placeOrder();

        var placed = awaitDelivery("mail", "order.placed", orderId);
        var reserve = awaitDelivery("stock", "request.stock.reserve", orderId);
        assertThat(reserve.correlationId()).isEqualTo(placed.correlationId());
        assertThat(reserve.headers()).containsEntry("x-agora-conversation", placed.correlationId());
        assertThat(awaitDelivery("front", "stock.reserved", orderId).correlationId())
                .isEqualTo(placed.correlationId());
        // mail publishes order.noted only once the reply came: the reply still found its request
        awaitDelivery("front", "order.noted", orderId);
    }

    @Test
    void anEventThatCameWithACorrelationIdPassesItOn() {
        var orderId = UUID.randomUUID().toString();

        var saga = sendInConversation("order.placed", orderId);

        assertThat(awaitDelivery("stock", "order.placed", orderId).correlationId())
                .isEqualTo(saga);
        assertThat(awaitDelivery("front", "order.accepted", orderId).correlationId())
                .isEqualTo(saga);
        assertThat(awaitDelivery("front", "order.noted", orderId).correlationId())
                .isEqualTo(saga);
    }

    @Test
    void aRetriedEventKeepsItsConversation() {
        var orderId = UUID.randomUUID().toString();
        var flaky = sendInConversation("order.flaky", orderId);

        await().atMost(DELIVERY).until(() -> deliveries("mail", "order.flaky", orderId) == 2);
        var retried = awaitDelivery("front", "order.retried", orderId);
        assertThat(received.of("order.flaky"))
                .filteredOn(d -> orderIdOf(d.context()).equals(orderId))
                .extracting(d -> d.context().correlationId())
                .containsOnly(flaky);
        assertThat(retried.correlationId()).isEqualTo(flaky);
    }

    @Test
    void aParkedEventKeepsItsConversationWhenReplayed() {
        var orderId = UUID.randomUUID().toString();
        var fixable = sendInConversation("order.fixable", orderId);
        var parked = mail.bean(ParkedMessages.class);
        await().atMost(DELIVERY).until(() -> !parked.list(100).isEmpty());

        fixed.add(orderId);
        parked.list(100).forEach(message -> parked.replay(message.id()));

        await().atMost(DELIVERY).until(() -> deliveries("mail", "order.fixable", orderId) == 2);
        assertThat(received.of("order.fixable"))
                .filteredOn(d -> orderIdOf(d.context()).equals(orderId))
                .extracting(d -> d.context().correlationId())
                .containsOnly(fixable);
        assertThat(awaitDelivery("front", "order.retried", orderId).correlationId())
                .isEqualTo(fixable);
    }

    /** Publishes {@code order.placed} from {@code front}, outside any handler; @return the order's id */
    private static String placeOrder() {
        var orderId = UUID.randomUUID().toString();
        front.bean(EventPublisher.class)
                .publish("order.placed", Map.of("orderId", orderId))
                .join();
        return orderId;
    }

    /**
     * Sends an event the way a producer in the middle of a conversation would, with a correlation id that is not
     * its uuid: what keeps it shows it travelled, it was not made again from the uuid. @return the correlation id
     */
    private static String sendInConversation(String event, String orderId) {
        var envelope = Envelope.create(event, "legacy", json().valueToTree(Map.of("orderId", orderId)));
        var properties = new MessageProperties();
        properties.setMessageId(envelope.uuid().toString());
        properties.setCorrelationId("saga-" + orderId);
        front.bean(RabbitTemplate.class)
                .send("agoram_event_exchange", event, new Message(json().writeValueAsBytes(envelope), properties));
        return properties.getCorrelationId();
    }

    private static MessageContext awaitDelivery(String service, String routingKey, String orderId) {
        await().atMost(DELIVERY).until(() -> deliveries(service, routingKey, orderId) > 0);
        return received.of(routingKey).stream()
                .filter(d ->
                        d.instance().equals(service) && orderIdOf(d.context()).equals(orderId))
                .findFirst()
                .orElseThrow()
                .context();
    }

    private static long deliveries(String service, String routingKey, String orderId) {
        return received.of(routingKey).stream()
                .filter(d ->
                        d.instance().equals(service) && orderIdOf(d.context()).equals(orderId))
                .count();
    }

    private static String orderIdOf(MessageContext context) {
        return context.envelope().data().path("orderId").asString();
    }

    private static List<String> outboxCorrelationIds(String orderId) {
        return schema.jdbc()
                .queryForList(
                        "SELECT correlation_id FROM agora_outbox WHERE routing_key = 'order.accepted'"
                                + " AND convert_from(body, 'UTF8') LIKE ?",
                        String.class,
                        "%" + orderId + "%");
    }

    private static JsonMapper json() {
        return front.bean(JsonMapper.class);
    }

    @IntegrationEvent
    record OrderAccepted(String orderId) {}

    @IntegrationEvent
    record StockReserved(String orderId) {}

    record Reserve(String orderId) {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Front {
        @Bean
        FrontHandlers frontHandlers() {
            return new FrontHandlers();
        }
    }

    static class FrontHandlers {
        @EventHandler({"order.accepted", "order.noted", "order.retried", "stock.reserved"})
        void on(MessageContext context) {
            received.add("front", context);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Stock {
        @Bean
        StockHandlers stockHandlers(ApplicationEventPublisher events) {
            return new StockHandlers(events);
        }
    }

    /** Runs in its database transaction: the events go to its outbox. */
    record StockHandlers(ApplicationEventPublisher events) {
        @EventHandler("order.placed")
        void on(MessageContext context) {
            received.add("stock", context);
            events.publishEvent(new OrderAccepted(orderIdOf(context)));
        }

        @RequestHandler("reserve")
        boolean reserve(Reserve reserve, MessageContext context) {
            received.add("stock", context);
            events.publishEvent(new StockReserved(reserve.orderId()));
            return true;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Mail {
        @Bean
        MailHandlers mailHandlers(EventPublisher events, RequestClient requests) {
            return new MailHandlers(events, requests);
        }
    }

    /** No database: publishes directly. */
    record MailHandlers(EventPublisher events, RequestClient requests) {
        @EventHandler("order.placed")
        void on(MessageContext context) {
            received.add("mail", context);
            var orderId = orderIdOf(context);
            requests.request("stock", "reserve", new Reserve(orderId), Boolean.class)
                    .join();
            events.publish("order.noted", Map.of("orderId", orderId)).join();
        }

        @EventHandler({"order.flaky", "order.fixable"})
        void onTrouble(MessageContext context) {
            received.add("mail", context);
            var orderId = orderIdOf(context);
            if (context.routingKey().equals("order.flaky") && context.attempt() == 1) {
                throw new SoftFailException("not yet");
            }
            if (context.routingKey().equals("order.fixable") && !fixed.contains(orderId)) {
                throw new HardFailException("missing reference data");
            }
            events.publish("order.retried", Map.of("orderId", orderId)).join();
        }
    }
}
