package dev.agora.shop.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OrderConversationTest {

    static final UUID ORDER = UUID.fromString("0190d8a4-7c1e-7a4b-9f3e-2b6c1d0e5f7a");

    @Test
    void anOrdersEventsNameTheOrderAsTheirConversation() {
        var created = new OrderCreated(
                ORDER, UUID.randomUUID(), List.of(new OrderLine(UUID.randomUUID(), 1)), OrderMode.SYNC, Instant.now());
        var confirmed =
                new OrderConfirmed(ORDER, UUID.randomUUID(), UUID.randomUUID(), List.of(), BigDecimal.TEN, "EUR");

        assertThat(created.conversationId()).isEqualTo(ORDER.toString());
        assertThat(confirmed.conversationId()).isEqualTo(ORDER.toString());
    }

    @Test
    void theConversationIsNoPartOfTheEventsData() {
        var json = JsonMapper.builder()
                .build()
                .writeValueAsString(new OrderConfirmed(
                        ORDER, UUID.randomUUID(), UUID.randomUUID(), List.of(), BigDecimal.TEN, "EUR"));

        assertThat(json).doesNotContain("conversationId");
    }
}
