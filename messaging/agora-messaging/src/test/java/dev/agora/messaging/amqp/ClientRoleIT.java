package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.RequestClient;
import dev.agora.messaging.RequestHandler;
import dev.agora.messaging.test.IsolatedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.listener.MessageListenerContainer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * {@code agora.messaging.role=client} (the portal) publishes and asks, but has no queue and no listener until it
 * asks; request/reply infrastructure exists only where it is used.
 */
class ClientRoleIT {

    private static final Map<String, Object> CLIENT = Map.of("agora.messaging.role", "client");

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @Test
    void aClientDeclaresNoQueueNorListenerYetItsEventsReachAService() {
        try (var service = RunningService.start(ShopApp.class, "shop", broker);
                var client = RunningService.start(ClientApp.class, "front", broker, null, CLIENT)) {
            assertThat(queueNames()).noneMatch(name -> name.startsWith("front_"));
            assertThat(exchangeNames())
                    .doesNotContain("request.front", "reply.front", "front_delayed_in_x", "front_delayed_out_x");
            assertThat(client.context().getBeansOfType(MessageListenerContainer.class))
                    .isEmpty();

            client.bean(EventPublisher.class)
                    .publish("order.created", Map.of("orderId", "o-1"))
                    .join();

            await().atMost(Duration.ofSeconds(10)).until(() -> ShopApp.orders.contains("o-1"));
        }
    }

    @Test
    void aClientsFirstRequestDeclaresItsReplySideAndGetsTheAnswer() throws Exception {
        try (var service = RunningService.start(ShopApp.class, "shop", broker);
                var client = RunningService.start(ClientApp.class, "portal", broker, null, CLIENT)) {
            assertThat(exchangeNames()).doesNotContain("reply.portal");

            var answer = client.bean(RequestClient.class)
                    .request("shop", "quote", Map.of(), JsonNode.class)
                    .get(10, TimeUnit.SECONDS);

            assertThat(answer.get("total").asInt()).isEqualTo(42);
            assertThat(exchangeNames()).contains("reply.portal");
            assertThat(queueNames()).anyMatch(name -> name.startsWith("portal_reply_"));
        }
    }

    @Test
    void aServiceThatAnswersNoRequestAndAsksNothingHasNoRequestOrReplyExchange() {
        try (var audit = RunningService.start(AuditApp.class, "audit", broker)) {
            assertThat(exchangeNames()).contains("audit_delayed_in_x").doesNotContain("request.audit", "reply.audit");
            assertThat(queueNames()).contains("audit_job_q").noneMatch(name -> name.startsWith("audit_reply_"));
        }
    }

    @Test
    void aClientWithAHandlerFailsAtStartUpNamingTheRole() {
        assertThatThrownBy(() -> RunningService.start(AuditApp.class, "console", broker, null, CLIENT))
                .hasStackTraceContaining("agora.messaging.role=client");
    }

    private static List<String> queueNames() {
        return broker.management().queues(broker.vhost()).stream()
                .map(queue -> queue.get("name").asString())
                .toList();
    }

    private static List<String> exchangeNames() {
        return broker.management().exchanges(broker.vhost()).stream()
                .map(exchange -> exchange.get("name").asString())
                .toList();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ClientApp {}

    /** Handles what the client sends: the application class is a bean, so its handlers are found too. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ShopApp {
        static final List<String> orders = new CopyOnWriteArrayList<>();

        @EventHandler("order.created")
        void created(JsonNode order) {
            orders.add(order.get("orderId").asString());
        }

        @RequestHandler("quote")
        Map<String, Object> quote(JsonNode request) {
            return Map.of("total", 42);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class AuditApp {
        @EventHandler("order.*")
        void noted(JsonNode event) {}
    }
}
