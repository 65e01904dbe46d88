package dev.agora.shop.query;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.query.readmodel.Projection;
import dev.agora.shop.testing.SharedAuth;
import dev.agora.shop.testing.SharedAuthClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the query service's HTTP integration tests stand on: the whole service on a port, a schema and a vhost made
 * before each test class and dropped after it, tokens from the shared authorization server, and the shop's events
 * sent as the other services send them ({@link #events}) once every projection listens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
@SharedAuthClient("query")
abstract class RunningQueryService {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    /** Calls with no token. */
    @Autowired
    RestTestClient anonymous;

    @Autowired
    List<Projection> projections;

    /** Calls with an operator's token, from the authorization server. */
    RestTestClient http;

    ShopEvents events;

    @BeforeEach
    void signInAndAwaitSubscriptions(@Autowired RabbitTemplate rabbit, @Autowired JsonMapper json) {
        http = SharedAuth.asOperator(anonymous);
        events = new ShopEvents(rabbit, json);
        ShopEvents.awaitSubscribed(servers.broker(), projections);
    }
}
