package dev.agora.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LoggedMessageTest {

    @Test
    void anEventsConversationIsItsCorrelationId() {
        assertThat(logged("saga-1", Map.of()).conversationId()).isEqualTo("saga-1");
    }

    @Test
    void aRequestsConversationIsInItsHeaderNotInTheCorrelationIdThatPairsItsReply() {
        var request = logged("pairs-the-reply", Map.of(LoggedMessage.CONVERSATION_HEADER, "saga-1"));

        assertThat(request.conversationId()).isEqualTo("saga-1");
    }

    @Test
    void aMessageWithNeitherBelongsToNoKnownConversation() {
        assertThat(logged(null, Map.of()).conversationId()).isNull();
    }

    private static LoggedMessage logged(@Nullable String correlationId, Map<String, Object> headers) {
        return new LoggedMessage(
                Instant.now(),
                "request.pricing",
                "request.pricing.quote",
                "m-1",
                "request.pricing.quote",
                "order",
                correlationId,
                null,
                null,
                headers,
                new byte[0]);
    }
}
