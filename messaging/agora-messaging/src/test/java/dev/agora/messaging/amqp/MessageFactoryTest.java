package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.Envelope;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Which correlation id each kind of message carries, in a conversation and outside one. */
class MessageFactoryTest {

    private final MessageFactory messages = new MessageFactory(
            new Topology("orders", "agoram_event_exchange", "log"),
            new EnvelopeCodec(JsonMapper.builder().build(), 1_000_000));

    @Test
    void anEventPublishedOutsideAnyHandlerHasItsOwnUuidAsCorrelationId() {
        var event = messages.event("order.created", Map.of("orderId", "o-1"));

        assertThat(event.properties().getCorrelationId())
                .isEqualTo(event.properties().getMessageId())
                .isNotBlank();
    }

    @Test
    void anEventPublishedInAConversationCarriesItsCorrelationId() {
        var event = inConversation("saga-1", () -> messages.event("order.priced", Map.of("orderId", "o-1")));

        assertThat(event.properties().getCorrelationId()).isEqualTo("saga-1");
    }

    @Test
    void aRequestKeepsTheCorrelationIdThatPairsItsReplyAndCarriesTheConversationInAHeader() {
        var request = inConversation(
                "saga-1", () -> messages.request(envelope("request.pricing.quote"), "pricing", "pairing-1", "reply"));

        assertThat(request.properties().getCorrelationId()).isEqualTo("pairing-1");
        assertThat(request.properties().getHeaders()).containsEntry("x-agora-conversation", "saga-1");
    }

    @Test
    void aRequestSentOutsideAnyHandlerStartsAConversationWithItsOwnUuid() {
        var envelope = envelope("request.pricing.quote");

        var request = messages.request(envelope, "pricing", "pairing-1", "reply");

        assertThat(request.properties().getHeaders())
                .containsEntry("x-agora-conversation", envelope.uuid().toString());
    }

    @Test
    void aReplyKeepsTheRequestsCorrelationIdAndNamesItsConversation() {
        var reply = inConversation(
                "saga-1",
                () -> messages.reply(envelope("reply.pricing.quote"), "reply.orders", "quote.i1", "pairing-1", "ok"));

        assertThat(reply.properties().getCorrelationId()).isEqualTo("pairing-1");
        assertThat(reply.properties().getHeaders()).containsEntry("x-agora-conversation", "saga-1");
    }

    @Test
    void anOutboxRowIsSentWithTheCorrelationIdItWasWrittenWith() {
        var stored = MessageFactory.stored(
                "agoram_event_exchange",
                "order.confirmed",
                "order.confirmed",
                "orders",
                UUID.randomUUID().toString(),
                "saga-1",
                null,
                Instant.now(),
                new byte[0]);

        assertThat(stored.properties().getCorrelationId()).isEqualTo("saga-1");
    }

    /** A retry, a parking and a replay are all forwards. */
    @Test
    void aForwardedMessageKeepsItsCorrelationId() {
        var event = inConversation("saga-1", () -> messages.event("order.priced", Map.of("orderId", "o-1")));

        var retry = messages.retry(event.properties(), "order.priced", Duration.ofSeconds(1), 2, event.body());

        assertThat(retry.properties().getCorrelationId()).isEqualTo("saga-1");
    }

    private static Envelope envelope(String name) {
        return Envelope.create(name, "orders", JsonNodeFactory.instance.objectNode());
    }

    private static OutboundMessage inConversation(String id, Supplier<OutboundMessage> publish) {
        var message = new OutboundMessage[1];
        Conversation.within(id, () -> message[0] = publish.get());
        return message[0];
    }
}
