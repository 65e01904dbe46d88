package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.impl.LongStringHelper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageProperties;

class HeadersTest {

    private static final int MAX_ATTEMPTS = 10;

    @Test
    void anAttemptOutOfRangeIsClampedIntoOneToMaxAttempts() {
        assertThat(attempt(0)).isEqualTo(1);
        assertThat(attempt(-1)).isEqualTo(1);
        assertThat(attempt(Integer.MIN_VALUE)).isEqualTo(1);
        assertThat(attempt(Long.MAX_VALUE)).isEqualTo(MAX_ATTEMPTS);
        assertThat(attempt(999_999)).isEqualTo(MAX_ATTEMPTS);
        assertThat(attempt(3)).isEqualTo(3);
        assertThat(attempt((short) 4)).isEqualTo(4);
        assertThat(attempt("7")).isEqualTo(7);
    }

    @Test
    void anAttemptThatIsNoWholeNumberCountsAsAFirstDelivery() {
        assertThat(attempt("abc")).isEqualTo(1);
        assertThat(attempt("99999999999999999999")).isEqualTo(1);
        assertThat(attempt(2.5)).isEqualTo(1);
        assertThat(attempt(Map.of("nested", 3))).isEqualTo(1);
        assertThat(attempt(List.of(3))).isEqualTo(1);
        assertThat(attempt(true)).isEqualTo(1);
        assertThat(Headers.attempt(Map.of(), MAX_ATTEMPTS)).isEqualTo(1);
    }

    @Test
    void aConversationIdMustBeAShortVisibleToken() {
        assertThat(read(Map.of(Headers.CONVERSATION, "order-42")).conversationHeader())
                .isEqualTo("order-42");
        assertThat(read(Map.of(Headers.CONVERSATION, "x".repeat(Conversation.MAX_LENGTH + 1)))
                        .conversationHeader())
                .isNull();
        assertThat(read(Map.of(Headers.CONVERSATION, "bad\u0000id")).conversationHeader())
                .isNull();
        assertThat(read(Map.of(Headers.CONVERSATION, "with space")).conversationHeader())
                .isNull();
        assertThat(read(Map.of(Headers.CONVERSATION, 42)).conversationHeader()).isNull();
        var longString = LongStringHelper.asLongString("order-43");
        assertThat(read(Map.of(Headers.CONVERSATION, longString)).conversationHeader())
                .isEqualTo("order-43");
    }

    @Test
    void aBogusTraceparentIsIgnored() {
        assertThat(read(Map.of(Headers.TRACEPARENT, "00-zz-yy-01")).trace()).isNull();
        assertThat(read(Map.of(Headers.TRACEPARENT, "x".repeat(100_000))).trace())
                .isNull();
        assertThat(read(Map.of(Headers.TRACEPARENT, Map.of("a", 1))).trace()).isNull();
        var valid = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertThat(read(Map.of(Headers.TRACEPARENT, valid)).trace()).hasToString(valid);
    }

    @Test
    void aGarbageCorrelationIdIsIgnored() {
        var properties = new MessageProperties();
        properties.setCorrelationId("two words");
        assertThat(Headers.read(properties, MAX_ATTEMPTS).correlationId()).isNull();
        properties.setCorrelationId("saga-1");
        assertThat(Headers.read(properties, MAX_ATTEMPTS).correlationId()).isEqualTo("saga-1");
    }

    @Test
    void aReplyGoesOnlyToAReplyExchange() {
        assertThat(replyTo("reply.checkout/reply.pricing.quote.ab12cd34"))
                .isEqualTo("reply.checkout/reply.pricing.quote.ab12cd34");
        assertThat(replyTo("agoram_event_exchange/order.created")).isNull();
        assertThat(replyTo("reply.Checkout Service/key")).isNull();
        assertThat(replyTo("reply.checkout/")).isNull();
        assertThat(replyTo("")).isNull();
        assertThat(replyTo(null)).isNull();
    }

    @Test
    void aBodyDeclaredAsSomethingElseThanUtf8JsonIsRefused() {
        assertThat(refusal("text/plain", null)).isEqualTo("content_type 'text/plain' is not JSON");
        assertThat(refusal("application/xml", null)).contains("is not JSON");
        assertThat(refusal("application/json", "gzip")).contains("content_encoding 'gzip' is not supported");
        assertThat(refusal("application/json", null)).isNull();
        assertThat(refusal("application/json; charset=utf-8", "UTF-8")).isNull();
        assertThat(refusal("application/cloudevents+json", null)).isNull();
        assertThat(refusal(null, null)).as("no content type at all").isNull();
    }

    private static String replyTo(String replyTo) {
        var properties = new MessageProperties();
        properties.setReplyTo(replyTo);
        var address = Headers.replyAddress(properties);
        return address == null ? null : address.getExchangeName() + "/" + address.getRoutingKey();
    }

    private static int attempt(Object value) {
        return Headers.attempt(Map.of(Headers.ATTEMPT, value), MAX_ATTEMPTS);
    }

    private static Headers.Inbound read(Map<String, Object> headers) {
        var properties = new MessageProperties();
        new HashMap<>(headers).forEach(properties::setHeader);
        return Headers.read(properties, MAX_ATTEMPTS);
    }

    private static String refusal(String contentType, String encoding) {
        var properties = new MessageProperties();
        if (contentType != null) properties.setContentType(contentType);
        if (encoding != null) properties.setContentEncoding(encoding);
        return Headers.read(properties, MAX_ATTEMPTS).refusal();
    }
}
