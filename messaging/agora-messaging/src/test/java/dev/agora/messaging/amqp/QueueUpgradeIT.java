package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.test.IsolatedBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/**
 * A broker that ran an earlier version holds {@code S_job_q} and {@code S_parked_q} declared without today's
 * arguments, which RabbitMQ refuses to redeclare: the service still starts, declares both anew and keeps every
 * message, those published while it does included.
 */
class QueueUpgradeIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    static final Set<String> handled = ConcurrentHashMap.newKeySet();

    private Connection connection;
    private Channel channel;

    @BeforeEach
    void connect() throws Exception {
        connection = broker.connectionFactory().newConnection();
        channel = connection.createChannel();
        channel.confirmSelect();
        channel.exchangeDeclare("agoram_event_exchange", "topic", true);
    }

    @AfterEach
    void disconnect() throws Exception {
        connection.close();
    }

    @Test
    void queuesAnEarlierVersionDeclaredAreDeclaredAnewWithAllTheirMessages() throws Exception {
        declareAsEarlierVersions("upgraded");
        var parkedId = UUID.randomUUID().toString();
        channel.basicPublish(
                "",
                "upgraded_parked_q",
                new AMQP.BasicProperties.Builder()
                        .headers(Map.of(
                                Headers.PARKED_ID, parkedId,
                                Headers.PARKED_REASON, "parked by an earlier version",
                                Headers.ORIGINAL_ROUTING_KEY, "job.old"))
                        .build(),
                envelope("job.old", UUID.randomUUID()));
        var published = new CopyOnWriteArrayList<String>();
        for (int i = 0; i < 5; i++) published.add(publishJob());
        channel.waitForConfirmsOrDie(5_000);

        var publishing = new AtomicBoolean(true);
        var publisher = Thread.ofPlatform().start(() -> {
            while (publishing.get()) {
                published.add(publishJob());
                pause(20);
            }
        });
        try (var service = RunningService.start(Jobs.class, "upgraded", broker)) {
            pause(500);
            publishing.set(false);
            publisher.join();
            channel.waitForConfirmsOrDie(5_000);

            await().atMost(Duration.ofSeconds(30)).until(() -> handled.containsAll(published));
            var jobQueue = arguments("upgraded_job_q");
            assertThat(jobQueue.get("x-delivery-limit").asInt()).isEqualTo(20);
            assertThat(jobQueue.get("x-dead-letter-exchange").asString()).isEmpty();
            assertThat(jobQueue.get("x-dead-letter-routing-key").asString()).isEqualTo("upgraded_parked_q");
            assertThat(arguments("upgraded_parked_q").get("x-delivery-limit").asInt())
                    .isEqualTo(Integer.MAX_VALUE);
            assertThat(queueNames()).noneMatch(name -> name.contains("_upgrade_"));
            assertThat(service.bean(ParkedMessages.class).list(10))
                    .singleElement()
                    .satisfies(parked -> {
                        assertThat(parked.id()).isEqualTo(parkedId);
                        assertThat(parked.reason()).isEqualTo("parked by an earlier version");
                        assertThat(parked.routingKey()).isEqualTo("job.old");
                    });
        }
        assertThat(published).hasSizeGreaterThan(5);
    }

    @Test
    void anEarlierQueueAnInstanceStillConsumesStopsTheStartSayingWhatToDo() throws Exception {
        channel.queueDeclare("busy_job_q", true, false, false, Map.of("x-queue-type", "quorum"));
        channel.basicConsume("busy_job_q", false, (tag, delivery) -> {}, tag -> {});

        assertThatThrownBy(() -> RunningService.start(Jobs.class, "busy", broker))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("busy_job_q")
                .hasMessageContaining("inequivalent arg")
                .hasMessageContaining("1 consumer(s) still use it")
                .hasMessageContaining("stop every instance of busy that runs the earlier version, then start again");
        assertThat(queueNames()).contains("busy_job_q").noneMatch(name -> name.startsWith("busy_upgrade"));
    }

    @Test
    void aHoldingQueueAnInterruptedUpgradeLeftBehindIsEmptiedAtTheNextStart() throws Exception {
        channel.queueDeclare("resumed_job_upgrade_q", true, false, false, Map.of("x-queue-type", "quorum"));
        channel.queueBind("resumed_job_upgrade_q", "agoram_event_exchange", "job.*");
        var waiting = publishJob();
        channel.waitForConfirmsOrDie(5_000);
        channel.queueUnbind("resumed_job_upgrade_q", "agoram_event_exchange", "job.*");

        try (var service = RunningService.start(Jobs.class, "resumed", broker)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains(waiting));
            assertThat(queueNames()).noneMatch(name -> name.startsWith("resumed_job_upgrade"));
        }
    }

    /** As versions before the delivery limit declared them, with the bindings they made. */
    private void declareAsEarlierVersions(String service) throws Exception {
        var quorum = Map.<String, Object>of("x-queue-type", "quorum");
        channel.exchangeDeclare(service + "_delayed_out_x", "fanout", true);
        channel.queueDeclare(service + "_job_q", true, false, false, quorum);
        channel.queueDeclare(service + "_parked_q", true, false, false, quorum);
        channel.queueBind(service + "_job_q", "agoram_event_exchange", "job.*");
        channel.queueBind(service + "_job_q", service + "_delayed_out_x", "");
    }

    private String publishJob() {
        var uuid = UUID.randomUUID();
        try {
            synchronized (channel) {
                channel.basicPublish(
                        "agoram_event_exchange",
                        "job.done",
                        new AMQP.BasicProperties.Builder()
                                .contentType("application/json")
                                .deliveryMode(2)
                                .build(),
                        envelope("job.done", uuid));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return uuid.toString();
    }

    private static byte[] envelope(String name, UUID uuid) {
        return """
                {"event_name":"%s","event_uuid":"%s","event_creation_time":"2026-12-03T10:00:00Z",\
                "event_sender_id":"earlier","data":{},"errors_count":0,"errors":[]}""".formatted(name, uuid).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode arguments(String queue) {
        return broker.management().queues(broker.vhost()).stream()
                .filter(q -> q.get("name").asString().equals(queue))
                .findFirst()
                .orElseThrow()
                .get("arguments");
    }

    private static List<String> queueNames() {
        return broker.management().queues(broker.vhost()).stream()
                .map(q -> q.get("name").asString())
                .toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Jobs {
        @Bean
        Handlers handlers() {
            return new Handlers();
        }
    }

    static class Handlers {
        @EventHandler("job.*")
        void handle(MessageContext context) {
            handled.add(context.envelope().uuid().toString());
        }
    }
}
