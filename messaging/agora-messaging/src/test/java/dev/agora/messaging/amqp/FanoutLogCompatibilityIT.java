package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.RequestHandler;
import dev.agora.messaging.test.IsolatedBroker;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import tools.jackson.databind.JsonNode;

/** With the compatibility setting the log exchange is a fanout, as gorg_service bots declare it. */
class FanoutLogCompatibilityIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @Test
    void declaresTheLogExchangeAsAFanoutWhenAskedForCompatibility() {
        try (var service = RunningService.start(
                Bot.class, "bot", broker, null, Map.of("agora.messaging.log-exchange-type", "fanout"))) {
            var log = broker.management().exchanges(broker.vhost()).stream()
                    .filter(e -> e.get("name").asString().equals("log"))
                    .findFirst()
                    .orElseThrow();

            assertThat(log.get("type").asString()).isEqualTo("fanout");
            assertThat(broker.management().bindings(broker.vhost())).anySatisfy(b -> {
                assertThat(b.get("source").asString()).isEqualTo("request.bot");
                assertThat(b.get("destination").asString()).isEqualTo("log");
            });
        }
    }

    /** Answers a request, so that it has a request exchange to bind to the log. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Bot {
        @RequestHandler("ping")
        String ping(JsonNode request) {
            return "pong";
        }
    }
}
