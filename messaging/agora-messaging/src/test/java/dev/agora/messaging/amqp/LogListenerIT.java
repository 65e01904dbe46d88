package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.LoggedMessage;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.test.IsolatedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** A log listener sees all traffic, softfails included, and one message it cannot store does not block it. */
class LogListenerIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    static final List<LoggedMessage> logged = new CopyOnWriteArrayList<>();

    private static RunningService watcher;
    private static RunningService emitter;

    @BeforeAll
    static void startServices() {
        watcher = RunningService.start(Watcher.class, "watcher", broker);
        emitter = RunningService.start(Emitter.class, "emitter", broker);
    }

    @AfterAll
    static void stopServices() {
        emitter.close();
        watcher.close();
    }

    @Test
    void seesEveryEventPublishedOnTheBusWithItsExchangeAndProperties() {
        emitter.bean(EventPublisher.class)
                .publish("order.created", Map.of("orderId", "o-1"))
                .join();

        await().atMost(Duration.ofSeconds(30)).until(() -> routingKeys().contains("order.created"));
        var message = logged.stream()
                .filter(m -> m.routingKey().equals("order.created"))
                .findFirst()
                .orElseThrow();
        assertThat(message.exchange()).isEqualTo("agoram_event_exchange");
        assertThat(message.appId()).isEqualTo("emitter");
        assertThat(message.headers()).containsKey("traceparent");
    }

    @Test
    void aMessageTheListenerCannotStoreIsParkedAndTheOthersAreStored() {
        var events = emitter.bean(EventPublisher.class);
        events.publish("poison.pill", Map.of("n", 1)).join();
        events.publish("order.shipped", Map.of("n", 2)).join();

        await().atMost(Duration.ofSeconds(30)).until(() -> routingKeys().contains("order.shipped"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> watcher.bean(ParkedMessages.class).list(10).stream()
                        .anyMatch(p -> p.routingKey().equals("poison.pill")));
        assertThat(routingKeys()).doesNotContain("poison.pill");
    }

    private static List<String> routingKeys() {
        return logged.stream().map(LoggedMessage::routingKey).toList();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Watcher {
        @Bean
        LogListener logListener() {
            return messages -> {
                if (messages.stream().anyMatch(m -> m.routingKey().startsWith("poison"))) {
                    throw new IllegalStateException("cannot store a poison pill");
                }
                logged.addAll(messages);
            };
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Emitter {}
}
