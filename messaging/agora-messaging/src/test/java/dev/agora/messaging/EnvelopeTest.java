package dev.agora.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvelopeTest {

    @Test
    void eventIdsAreVersion7UuidsThatSortByCreationTime() throws InterruptedException {
        var first = Envelope.timeOrderedUuid();
        Thread.sleep(2);
        var second = Envelope.timeOrderedUuid();

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(second.toString()).isGreaterThan(first.toString());
        assertThat(first.getMostSignificantBits() >>> 16)
                .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
    }

    @Test
    void anErrorIsAppendedToTheHistoryAndCounted() {
        var envelope = Envelope.create(
                "order.created", "order", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());

        var failed = envelope.withError(EnvelopeError.of(ErrorType.SOFTERROR, "billing", "softfail", "db down"));

        assertThat(failed.errorsCount()).isEqualTo(1);
        assertThat(failed.errors()).extracting(EnvelopeError::message).containsExactly("db down");
        assertThat(failed.uuid()).isEqualTo(envelope.uuid());
        assertThat(envelope.errors()).isEmpty();
    }
}
