package dev.agora.messaging.amqp;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.ConnectionFactory;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;

/**
 * The broker nodes the publisher may connect to. The raw RabbitMQ connection factory Boot configures knows only
 * the first of {@code spring.rabbitmq.addresses}; Boot's connection details know them all, so a publisher given
 * the list fails over to another node of a cluster as the listeners do.
 */
final class BrokerAddresses {

    private BrokerAddresses() {}

    /**
     * @param details Boot's, absent when the service made its own connection factory: then the host that factory
     *     was given is the only one known
     */
    static List<Address> of(@Nullable RabbitConnectionDetails details, ConnectionFactory factory) {
        if (details == null) return List.of(new Address(factory.getHost(), factory.getPort()));
        return details.getAddresses().stream()
                .map(address -> new Address(address.host(), address.port()))
                .toList();
    }
}
