package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.amqp.fixture.contracts.ParcelShipped;
import dev.agora.messaging.amqp.fixture.service.ParcelReturned;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedEventTypesTest {

    @Test
    void aServicePublishesTheEventsItDeclaresAndThoseItCreatesFromAContractsModule() {
        var published = PublishedEventTypes.in(
                List.of("dev.agora.messaging.amqp.fixture.service"), getClass().getClassLoader());

        assertThat(published).containsExactly(ParcelShipped.class, ParcelReturned.class);
    }
}
