package dev.agora.shop.inventory;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.testing.OperatorCaller;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What inventory's integration tests stand on: the whole service on a port, a schema and a vhost made before each
 * test class and dropped after it, its API called as an operator ({@link #http}), the rest of the shop played
 * over the broker ({@link #traffic}) and products stocked through both ({@link #stockroom}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
@Import(OperatorCaller.class)
public abstract class RunningInventoryService {

    protected static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    protected static final IsolatedServers servers = new IsolatedServers();

    @Autowired
    protected RestTestClient http;

    @Autowired
    protected RabbitTemplate rabbit;

    @Autowired
    protected JsonMapper json;

    protected ShopTraffic traffic;
    protected Stockroom stockroom;

    @BeforeEach
    void shop() {
        traffic = new ShopTraffic(rabbit, json, servers.broker()).start();
        stockroom = new Stockroom(traffic, http);
    }
}
