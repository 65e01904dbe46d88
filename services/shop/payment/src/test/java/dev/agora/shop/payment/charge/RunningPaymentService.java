package dev.agora.shop.payment.charge;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.payment.provider.PaymentProvider;
import dev.agora.shop.testing.OperatorCaller;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the payment service's integration tests stand on: the whole service on a schema and vhost made before each
 * test class and dropped after it, the rest of the shop played over the broker ({@link #shop}), its API called as
 * an operator ({@link #mvc}), the provider a spy, and a sandbox without latency or failures at each test's start.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@Import(OperatorCaller.class)
abstract class RunningPaymentService {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvcTester mvc;

    @MockitoSpyBean
    PaymentProvider provider;

    ShopTraffic shop;

    @BeforeEach
    void startShopAndSandbox() {
        shop = new ShopTraffic(rabbit, json, servers.broker());
        shop.start();
        SandboxControl.set(mvc, "0", 0);
    }

    /** The statuses the payment service stored for this order, one per payment row. */
    static List<String> statusOf(UUID orderId) {
        return servers.jdbc().queryForList("SELECT status FROM payment WHERE order_id = ?", String.class, orderId);
    }
}
