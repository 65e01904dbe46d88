package dev.agora.messaging.amqp;

import static org.awaitility.Awaitility.await;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.TestServers;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** With {@code spring.rabbitmq.addresses} naming a cluster's nodes, the publisher too connects to one that is up. */
class ClusterAddressesIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    static final Received received = new Received();

    @Test
    void aServiceWhoseFirstNodeIsDownPublishesThroughTheNextOne() throws IOException {
        var nodes = "127.0.0.1:" + closedPort() + "," + TestServers.rabbitHost() + ":" + TestServers.rabbitPort();
        // a publisher stuck on the dead node fails within 5 s, not the default 30 s
        Map<String, Object> cluster =
                Map.of("spring.rabbitmq.addresses", nodes, "agora.messaging.publisher.confirm-timeout", "5s");

        try (var service = RunningService.start(Audit.class, "audit", broker, null, cluster)) {
            service.bean(EventPublisher.class)
                    .publish("audit.noted", Map.of("n", 1))
                    .join();

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> received.of("audit.noted").size() == 1);
        }
    }

    /** A port nothing listens on: a node that is down. */
    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Audit {
        @Bean
        AuditHandlers auditHandlers() {
            return new AuditHandlers();
        }
    }

    static class AuditHandlers {
        @EventHandler("audit.noted")
        void on(MessageContext context) {
            received.add("audit", context);
        }
    }
}
