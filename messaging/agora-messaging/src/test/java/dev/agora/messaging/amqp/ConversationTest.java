package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.PartOfConversation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final UUID OWN_UUID = UUID.fromString("0190d8a4-7c1e-7a4b-9f3e-2b6c1d0e5f7a");

    @Test
    void anInboundMessageBelongsToTheConversationOfItsHeaderThenOfItsCorrelationIdThenToItsOwn() {
        assertThat(Conversation.of("from-header", "pairs-a-reply", OWN_UUID)).isEqualTo("from-header");
        assertThat(Conversation.of(null, "saga-1", OWN_UUID)).isEqualTo("saga-1");
        assertThat(Conversation.of(null, null, OWN_UUID)).isEqualTo(OWN_UUID.toString());
        assertThat(Conversation.of(" ", "", OWN_UUID)).isEqualTo(OWN_UUID.toString());
    }

    @Test
    void aMessagePublishedOutsideAnyConversationStartsOneWithItsOwnUuid() {
        assertThat(Conversation.forOutgoing(OWN_UUID)).isEqualTo(OWN_UUID.toString());
    }

    @Test
    void aMessagePublishedWithinAConversationJoinsItAndOnlyThere() {
        var seen = new String[1];

        Conversation.within("saga-1", () -> seen[0] = Conversation.forOutgoing(OWN_UUID));

        assertThat(seen[0]).isEqualTo("saga-1");
        assertThat(Conversation.forOutgoing(OWN_UUID)).isEqualTo(OWN_UUID.toString());
    }

    @Test
    void anEventThatNamesItsConversationJoinsItOutsideAnyOtherButNotInsideOne() {
        var orderEvent = new OrderEvent("order-42");
        var seen = new String[1];

        Conversation.within("saga-1", () -> seen[0] = Conversation.forOutgoing(OWN_UUID, orderEvent));

        assertThat(Conversation.forOutgoing(OWN_UUID, orderEvent)).isEqualTo("order-42");
        assertThat(seen[0]).isEqualTo("saga-1");
        assertThat(Conversation.forOutgoing(OWN_UUID, new Object())).isEqualTo(OWN_UUID.toString());
    }

    record OrderEvent(String conversationId) implements PartOfConversation {}
}
