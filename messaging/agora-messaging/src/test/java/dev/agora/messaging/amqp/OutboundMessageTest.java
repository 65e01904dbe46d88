package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.AMQP;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    @Test
    void aRoutingKeyLongerThanAnAmqpShortStringIsRefusedBeforeItReachesAChannel() {
        var properties = new AMQP.BasicProperties();

        assertThatThrownBy(() -> new OutboundMessage("log", "k".repeat(256), true, properties, new byte[0], "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("255 bytes");
        assertThatThrownBy(() -> new OutboundMessage("log", "é".repeat(128), true, properties, new byte[0], "k"))
                .as("255 bytes, not characters")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new OutboundMessage("log", "k".repeat(255), true, properties, new byte[0], "k").routingKey())
                .hasSize(255);
    }
}
