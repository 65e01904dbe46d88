package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.ConnectionFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;

class BrokerAddressesTest {

    @Test
    void everyNodeOfTheConfiguredAddressesInOrder() {
        RabbitConnectionDetails cluster = () -> List.of(
                new RabbitConnectionDetails.Address("rabbit-1", 5672),
                new RabbitConnectionDetails.Address("rabbit-2", 5673));

        assertThat(BrokerAddresses.of(cluster, new ConnectionFactory()))
                .containsExactly(new Address("rabbit-1", 5672), new Address("rabbit-2", 5673));
    }

    @Test
    void theConnectionFactorysOwnHostWithoutBootsConnectionDetails() {
        var factory = new ConnectionFactory();
        factory.setHost("mq.internal");
        factory.setPort(5673);

        assertThat(BrokerAddresses.of(null, factory)).containsExactly(new Address("mq.internal", 5673));
    }
}
