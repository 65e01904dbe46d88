package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicPatternTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "order.created, order.created, true",
        "order.created, order.updated, false",
        "order.*, order.created, true",
        "order.*, order.created.late, false",
        "order.#, order, true",
        "order.#, order.created.late, true",
        "#, anything.at.all, true",
        "*.created, user.created, true",
        "*.created, created, false",
        "#.created, a.b.created, true",
        "a.#.z, a.z, true",
        "a.#.z, a.b.c.z, true",
        "a.#.z, a.b.c, false"
    })
    void matchesLikeAnAmqpTopicExchange(String pattern, String routingKey, boolean matches) {
        assertThat(TopicPattern.of(pattern).matches(routingKey)).isEqualTo(matches);
    }
}
