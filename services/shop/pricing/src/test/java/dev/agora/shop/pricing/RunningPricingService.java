package dev.agora.shop.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.testing.OperatorCaller;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What pricing's integration tests stand on: the whole service on a schema and vhost made before each test class
 * and dropped after it, its API called as an operator ({@link #mvc}), and the other services' events published
 * as they would publish them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@Import(OperatorCaller.class)
abstract class RunningPricingService {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    /** As the product, user, order and inventory services would: events through the outbox of a transaction. */
    void publish(Object... published) {
        transactions.executeWithoutResult(status -> List.of(published).forEach(events::publishEvent));
    }

    /** Once product.created has reached pricing, which refuses a price for a product it does not know. */
    void setPrice(UUID productId, String unitPrice) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(putPrice(productId, unitPrice)).hasStatusOk());
    }

    MockMvcTester.MockMvcRequestBuilder putPrice(UUID productId, String unitPrice) {
        return mvc.put()
                .uri("/api/prices/{productId}", productId)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitPrice\": %s, \"currency\": \"EUR\"}".formatted(unitPrice));
    }
}
