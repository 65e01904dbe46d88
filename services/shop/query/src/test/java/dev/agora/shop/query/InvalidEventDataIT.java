package dev.agora.shop.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.query.readmodel.Projection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/** The read model takes event data as handlers do: held to the contracts' constraints before any SQL runs. */
@SpringBootTest
@DirtiesContext
class InvalidEventDataIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @Test
    void anEventMissingARequiredFieldIsParkedNamingTheFieldAndJournalsNothing(
            @Autowired RabbitTemplate rabbit,
            @Autowired JsonMapper json,
            @Autowired List<Projection> projections,
            @Autowired ParkedMessages parked) {
        ShopEvents.awaitSubscribed(servers.broker(), projections);

        new ShopEvents(rabbit, json).send(Envelope.create("order.expired", "order", json.readTree("{}")));

        await().atMost(Duration.ofSeconds(60)).until(() -> parked.count() == 1);
        var message = parked.list(10).getFirst();
        assertThat(message.routingKey()).isEqualTo("order.expired");
        assertThat(message.reason()).contains("data.orderId: must not be null").doesNotContain("SQL");
        assertThat(servers.jdbc().queryForObject("SELECT count(*) FROM journal", Long.class))
                .isZero();
    }
}
