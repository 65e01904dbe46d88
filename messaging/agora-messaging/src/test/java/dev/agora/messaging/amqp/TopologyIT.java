package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.RequestClient;
import dev.agora.messaging.RequestHandler;
import dev.agora.messaging.test.IsolatedBroker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/** A service that only names itself and its handlers finds the whole topology of the conventions (README, "The conventions") declared. */
class TopologyIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    private static RunningService shop;

    @BeforeAll
    static void startService() {
        shop = RunningService.start(ShopApp.class, "shop", broker);
    }

    @AfterAll
    static void stopService() {
        shop.close();
    }

    @Test
    void declaresEveryExchangeWithItsTypeAndDurability() {
        var exchanges = broker.management().exchanges(broker.vhost()).stream()
                .filter(e -> !e.get("name").asString().isEmpty()
                        && !e.get("name").asString().startsWith("amq."))
                .collect(Collectors.toMap(e -> e.get("name").asString(), e -> e));

        assertThat(exchanges.keySet())
                .containsExactlyInAnyOrder(
                        "agoram_event_exchange",
                        "log",
                        "request.shop",
                        "reply.shop",
                        "shop_delayed_in_x",
                        "shop_delayed_out_x");
        assertThat(typeOf(exchanges, "agoram_event_exchange")).isEqualTo("topic");
        assertThat(typeOf(exchanges, "log")).isEqualTo("topic");
        assertThat(typeOf(exchanges, "request.shop")).isEqualTo("topic");
        assertThat(typeOf(exchanges, "reply.shop")).isEqualTo("topic");
        assertThat(typeOf(exchanges, "shop_delayed_in_x")).isEqualTo("topic");
        assertThat(typeOf(exchanges, "shop_delayed_out_x")).isEqualTo("fanout");
        exchanges
                .values()
                .forEach(exchange -> assertThat(exchange.get("durable").asBoolean())
                        .as(exchange.get("name").asString())
                        .isTrue());
    }

    @Test
    void declaresTheWorkAndParkingQueuesAsDurableQuorumQueues() {
        var queues = queues();

        for (var name : List.of("shop_job_q", "shop_parked_q")) {
            assertThat(queues).containsKey(name);
            assertThat(queues.get(name).get("type").asString()).isEqualTo("quorum");
            assertThat(queues.get(name).get("durable").asBoolean()).isTrue();
            assertThat(queues.get(name).get("auto_delete").asBoolean()).isFalse();
        }
    }

    @Test
    void limitsTheWorkQueuesDeliveriesAndDeadLettersWhatExceedsThemToTheParkingQueueWhichNeverDropsAny() {
        var jobQueue = queues().get("shop_job_q").get("arguments");
        assertThat(jobQueue.get("x-delivery-limit").asInt()).isEqualTo(20);
        assertThat(jobQueue.get("x-dead-letter-exchange").asString()).isEmpty();
        assertThat(jobQueue.get("x-dead-letter-routing-key").asString()).isEqualTo("shop_parked_q");
        assertThat(jobQueue.get("x-dead-letter-strategy").asString()).isEqualTo("at-least-once");
        assertThat(jobQueue.get("x-overflow").asString()).isEqualTo("reject-publish");
        assertThat(queues().get("shop_parked_q")
                        .get("arguments")
                        .get("x-delivery-limit")
                        .asInt())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void bindsEveryInputExchangeToTheLogWithHash() {
        var toLog = bindings().stream()
                .filter(b -> b.get("destination").asString().equals("log"))
                .collect(Collectors.toMap(
                        b -> b.get("source").asString(),
                        b -> b.get("routing_key").asString()));

        assertThat(toLog)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "agoram_event_exchange", "#",
                        "request.shop", "#",
                        "reply.shop", "#",
                        "shop_delayed_in_x", "#"));
    }

    @Test
    void bindsTheWorkQueueToHandledEventsRequestActionsAndTheDelayedExit() {
        var toJobQueue = bindings().stream()
                .filter(b -> b.get("destination").asString().equals("shop_job_q"))
                .filter(b -> !b.get("source").asString().isEmpty())
                .map(b ->
                        b.get("source").asString() + " " + b.get("routing_key").asString())
                .toList();

        assertThat(toJobQueue)
                .containsExactlyInAnyOrder(
                        "agoram_event_exchange order.created",
                        "agoram_event_exchange inventory.*",
                        "request.shop request.shop.quote",
                        "shop_delayed_out_x ");
    }

    @Test
    void declaresAnExclusiveReplyQueueForThisInstanceOnItsReplyExchange() {
        var replyQueue = queues().values().stream()
                .filter(q -> q.get("name").asString().startsWith("shop_reply_"))
                .findFirst()
                .orElseThrow();

        assertThat(replyQueue.get("exclusive").asBoolean()).isTrue();
        assertThat(bindings()).anySatisfy(b -> {
            assertThat(b.get("source").asString()).isEqualTo("reply.shop");
            assertThat(b.get("destination").asString())
                    .isEqualTo(replyQueue.get("name").asString());
        });
    }

    @Test
    void declaresADeferredQueueWithTtlAndDeadLetteringPerRoutingKeyAndDelay() {
        var declarer = shop.bean(TopologyDeclarer.class);

        var name = declarer.declareDeferred("order.created", java.time.Duration.ofSeconds(5));

        assertThat(name).isEqualTo("shop_order-created-5s_deferred_q");
        var queue = queues().get(name);
        var arguments = queue.get("arguments");
        assertThat(arguments.get("x-message-ttl").asInt()).isEqualTo(5000);
        assertThat(arguments.get("x-dead-letter-exchange").asString()).isEqualTo("shop_delayed_out_x");
        assertThat(arguments.get("x-dead-letter-routing-key").asString()).isEqualTo("order.created");
        assertThat(queue.path("consumers").asInt(0)).isZero();
        assertThat(bindings()).anySatisfy(b -> {
            assertThat(b.get("source").asString()).isEqualTo("shop_delayed_in_x");
            assertThat(b.get("destination").asString()).isEqualTo(name);
            assertThat(b.get("routing_key").asString()).isEqualTo("order.created.5s");
        });
    }

    private static String typeOf(Map<String, JsonNode> exchanges, String name) {
        return exchanges.get(name).get("type").asString();
    }

    private static Map<String, JsonNode> queues() {
        return broker.management().queues(broker.vhost()).stream()
                .collect(Collectors.toMap(q -> q.get("name").asString(), q -> q));
    }

    private static List<JsonNode> bindings() {
        return broker.management().bindings(broker.vhost());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ShopApp {
        @Bean
        Handlers handlers() {
            return new Handlers();
        }

        /** The reply side is declared on a service's first request: this one asks at start. */
        @Bean
        ApplicationRunner asksOnce(RequestClient requests) {
            return arguments ->
                    requests.request("shop", "quote", Map.of(), Map.class).get(30, TimeUnit.SECONDS);
        }
    }

    static class Handlers {
        @EventHandler("order.created")
        void onOrderCreated(JsonNode order) {}

        @EventHandler("inventory.*")
        void onInventory(JsonNode change) {}

        @RequestHandler("quote")
        Map<String, Object> quote(JsonNode request) {
            return Map.of("total", 42);
        }
    }
}
