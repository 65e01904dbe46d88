package dev.agora.messaging.amqp;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfirmingPublisherTest {

    private static final List<Address> CLUSTER = List.of(new Address("rabbit-1", 5672), new Address("rabbit-2", 5672));

    private final ConnectionFactory factory = mock(ConnectionFactory.class);
    private final Connection connection = mock(Connection.class);
    private final ConfirmingPublisher publisher = new ConfirmingPublisher(
            factory,
            CLUSTER,
            "orders-1-publisher",
            new MessagingProperties.Publisher(1, 10, Duration.ofSeconds(1)),
            new MessagingMetrics(new SimpleMeterRegistry(), "orders"),
            UnaryOperator.identity());

    @AfterEach
    void close() {
        publisher.close();
    }

    @Test
    void connectsToAnyNodeOfTheClusterAndAgainToAnyWhenItsConnectionIsGone() throws Exception {
        when(factory.newConnection(anyList(), anyString())).thenReturn(connection);
        when(connection.createChannel()).thenReturn(mock(Channel.class));

        publisher.openChannel();
        when(connection.isOpen()).thenReturn(false); // the node it was connected to went down
        publisher.openChannel();

        verify(factory, times(2)).newConnection(CLUSTER, "orders-1-publisher");
    }
}
