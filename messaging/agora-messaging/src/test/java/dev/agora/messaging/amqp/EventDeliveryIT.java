package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.test.IsolatedBroker;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Pub/sub between services, competing consumers inside one, and the trace context across hops. */
class EventDeliveryIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    static final Received received = new Received();

    private static RunningService orders;
    private static RunningService billing1;
    private static RunningService billing2;
    private static RunningService shipping;

    @BeforeAll
    static void startServices() {
        orders = RunningService.start(Publisher.class, "orders", broker);
        billing1 = RunningService.start(Billing.class, "billing", broker, null, Map.of("test.instance", "billing-1"));
        billing2 = RunningService.start(Billing.class, "billing", broker, null, Map.of("test.instance", "billing-2"));
        shipping = RunningService.start(Shipping.class, "shipping", broker, null, Map.of("test.instance", "shipping"));
    }

    @AfterAll
    static void stopServices() {
        for (var service : new RunningService[] {orders, billing1, billing2, shipping}) service.close();
    }

    @BeforeEach
    void forgetDeliveries() {
        received.clear();
    }

    @Test
    void anEventReachesEverySubscribedServiceOnce() {
        var orderId = UUID.randomUUID().toString();

        orders.bean(EventPublisher.class).publish(new OrderCreated(orderId, 3)).join();

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesOf(orderId).size() == 2);
        await().during(Duration.ofMillis(500)).until(() -> deliveriesOf(orderId).size() == 2);
        var services = deliveriesOf(orderId).stream()
                .map(d -> d.instance().replaceAll("-\\d$", ""))
                .toList();
        assertThat(services).containsExactlyInAnyOrder("billing", "shipping");
    }

    private static java.util.List<Received.Delivery> deliveriesOf(String orderId) {
        return received.of("order.created").stream()
                .filter(d ->
                        d.context().envelope().data().get("orderId").asString().equals(orderId))
                .toList();
    }

    @Test
    void instancesOfOneServiceShareItsEventsAsCompetingConsumers() {
        IntStream.range(0, 200)
                .mapToObj(i -> orders.bean(EventPublisher.class).publish(new OrderCreated("o" + i, i)))
                .toList()
                .forEach(java.util.concurrent.CompletableFuture::join);

        await().atMost(Duration.ofSeconds(30)).until(() -> billingDeliveries().size() == 200);
        await().atMost(Duration.ofSeconds(30)) // shipping gets them all too; let it finish before the next test
                .until(() -> received.of("order.created").size() == 400);
        var perInstance = billingDeliveries().stream()
                .collect(Collectors.groupingBy(Received.Delivery::instance, Collectors.counting()));
        var distinctOrders = billingDeliveries().stream()
                .map(d -> d.context().envelope().uuid())
                .distinct()
                .count();
        assertThat(perInstance.keySet()).containsExactlyInAnyOrder("billing-1", "billing-2");
        assertThat(distinctOrders).isEqualTo(200);
    }

    @Test
    void aHandlersEventContinuesTheTraceOfTheEventItHandles() {
        orders.bean(EventPublisher.class).publish(new OrderCreated("traced", 1)).join();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> received.of("invoice.created").size() == 1);
        var first = TraceParent.parse(
                received.of("order.created").getFirst().context().traceparent());
        var second = TraceParent.parse(
                received.of("invoice.created").getFirst().context().traceparent());
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(second.traceId()).isEqualTo(first.traceId());
        assertThat(second.spanId()).isNotEqualTo(first.spanId());
    }

    @Test
    void anEventNobodySubscribesToIsConfirmedAndCountedAsUnrouted() {
        var metrics = orders.bean(io.micrometer.core.instrument.MeterRegistry.class);

        orders.bean(EventPublisher.class)
                .publish("nobody.listens", Map.of("x", 1))
                .join();

        assertThat(metrics.get("agora.messages.unrouted")
                        .tag("routing_key", "nobody.listens")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void anEventTheBrokerRefusesFailsItsPublication() {
        var admin = orders.bean(org.springframework.amqp.rabbit.core.RabbitAdmin.class);
        admin.declareQueue(org.springframework.amqp.core.QueueBuilder.durable("full_q")
                .maxLength(0)
                .overflow(org.springframework.amqp.core.QueueBuilder.Overflow.rejectPublish)
                .build());
        admin.declareBinding(new org.springframework.amqp.core.Binding(
                "full_q",
                org.springframework.amqp.core.Binding.DestinationType.QUEUE,
                "agoram_event_exchange",
                "stock.counted",
                Map.of()));
        try {
            var publication = orders.bean(EventPublisher.class).publish("stock.counted", Map.of("n", 1));

            org.assertj.core.api.Assertions.assertThatThrownBy(publication::join)
                    .cause()
                    .isInstanceOf(dev.agora.messaging.MessagingException.class)
                    .hasMessageContaining("broker refused (nack)");
        } finally {
            admin.deleteQueue("full_q");
        }
    }

    private static java.util.List<Received.Delivery> billingDeliveries() {
        return received.of("order.created").stream()
                .filter(d -> d.instance().startsWith("billing"))
                .toList();
    }

    @IntegrationEvent
    record OrderCreated(String orderId, int quantity) {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Publisher {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Billing {
        @Bean
        BillingHandlers billingHandlers(@Value("${test.instance}") String instance, EventPublisher events) {
            return new BillingHandlers(instance, events);
        }
    }

    record BillingHandlers(String instance, EventPublisher events) {
        @EventHandler("order.created")
        void on(OrderCreated order, MessageContext context) {
            received.add(instance, context);
            if (order.orderId().equals("traced")) {
                events.publish("invoice.created", Map.of("orderId", order.orderId()))
                        .join();
            }
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Shipping {
        @Bean
        ShippingHandlers shippingHandlers(@Value("${test.instance}") String instance) {
            return new ShippingHandlers(instance);
        }
    }

    record ShippingHandlers(String instance) {
        @EventHandler({"order.created", "invoice.*"})
        void on(MessageContext context) {
            received.add(instance, context);
        }
    }
}
