package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.RequestHandler;
import dev.agora.messaging.test.IsolatedBroker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** A web service serves an AsyncAPI 3.0 document generated from its handlers, topology and events. */
class AsyncApiIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @Test
    void servesTheAsyncApiDocumentOfTheServicesDeclaredTopology() {
        try (var context = new SpringApplicationBuilder(InventoryApp.class)
                .web(WebApplicationType.SERVLET)
                .properties(broker.springProperties())
                .properties(Map.of(
                        "agora.messaging.service",
                        "inventory",
                        "server.port",
                        "0",
                        "spring.autoconfigure.exclude",
                        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"))
                .run()) {
            var port = context.getEnvironment().getProperty("local.server.port");

            var document = RestClient.create("http://127.0.0.1:" + port)
                    .get()
                    .uri("/asyncapi")
                    .retrieve()
                    .body(JsonNode.class);

            assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
            var channels = document.get("channels");
            assertThat(channels.get("jobQueue").get("address").asString()).isEqualTo("inventory_job_q");
            assertThat(channels.get("event.order.created").get("address").asString())
                    .isEqualTo("order.created");
            assertThat(channels.get("request.inventory.reserve")
                            .get("bindings")
                            .get("amqp")
                            .get("exchange")
                            .get("name")
                            .asString())
                    .isEqualTo("request.inventory");
            assertThat(channels.get("publish.inventory.updated").get("address").asString())
                    .isEqualTo("inventory.updated");
            var reserveData =
                    document.at("/components/messages/request.inventory.reserve/payload/allOf/1/properties/data");
            assertThat(reserveData.get("properties").propertyNames()).containsExactly("productId", "quantity");
            assertThat(document.get("operations").propertyNames())
                    .contains("receive order.created", "answer reserve", "send inventory.updated");
            assertThat(document.at("/components/schemas/Envelope/required")
                            .valueStream()
                            .map(JsonNode::asString)
                            .toList())
                    .containsAll(List.of("event_name", "event_uuid", "data"));
        }
    }

    record OrderCreated(String orderId) {}

    record Reservation(String productId, int quantity) {}

    @IntegrationEvent("inventory.updated")
    record StockChanged(String productId, int quantity) {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class InventoryApp {
        @Bean
        InventoryHandlers inventoryHandlers() {
            return new InventoryHandlers();
        }
    }

    static class InventoryHandlers {
        @EventHandler("order.created")
        void on(OrderCreated order) {}

        @RequestHandler("reserve")
        boolean reserve(Reservation reservation) {
            return true;
        }
    }
}
