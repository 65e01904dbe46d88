package dev.agora.logger.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.LogListener;
import dev.agora.messaging.LoggedMessage;
import dev.agora.messaging.test.IsolatedServers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest(
        properties = {
            "agora.logger.retention=P2D",
            "spring.autoconfigure.exclude=dev.agora.messaging.amqp.AgoraMessagingAutoConfiguration"
        })
@DirtiesContext
class RetentionCleanupIT {

    @RegisterExtension
    static final IsolatedServers servers = IsolatedServers.schemaOnly();

    @Autowired
    LogListener listener;

    @Autowired
    RetentionCleanup cleanup;

    @BeforeEach
    void emptyLog() {
        servers.jdbc().execute("TRUNCATE logged_message");
    }

    @Test
    void cleanupDeletesEntriesOlderThanTheConfiguredRetentionAndKeepsTheRest() {
        var now = Instant.now();
        listener.onMessages(List.of(
                message("three-days-old", now.minus(Duration.ofDays(3))),
                message("one-day-old", now.minus(Duration.ofDays(1))),
                message("just-now", now)));

        cleanup.deleteExpired();

        assertThat(messageIds()).containsExactlyInAnyOrder("one-day-old", "just-now");
    }

    @Test
    void cleanupDeletesABacklogLargerThanOneDeleteChunk() {
        var old = Instant.now().minus(Duration.ofDays(3));
        listener.onMessages(IntStream.range(0, 10_001)
                .mapToObj(i -> message("old-" + i, old))
                .toList());
        listener.onMessages(List.of(message("recent", Instant.now())));

        cleanup.deleteExpired();

        assertThat(messageIds()).containsExactly("recent");
    }

    private List<String> messageIds() {
        return servers.jdbc().queryForList("SELECT message_id FROM logged_message", String.class);
    }

    private static LoggedMessage message(String messageId, Instant receivedAt) {
        return new LoggedMessage(
                receivedAt,
                "agoram_event_exchange",
                "test.happened",
                messageId,
                null,
                "test",
                null,
                null,
                null,
                Map.of(),
                new byte[0]);
    }
}
