package dev.agora.logger.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EnvelopeError;
import dev.agora.messaging.ErrorType;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.LoggedMessage;
import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.testing.OperatorCaller;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a batch of good and bad messages through the LogListener and reads it back over HTTP. The broker
 * plays no part here, so the messaging layer stays off.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=dev.agora.messaging.amqp.AgoraMessagingAutoConfiguration")
@AutoConfigureMockMvc
@DirtiesContext
@Import(OperatorCaller.class)
class TrafficRecordingIT {

    @RegisterExtension
    static final IsolatedServers servers = IsolatedServers.schemaOnly();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final byte[] BINARY = {(byte) 0xC3, 0x28, 0x00, 0x01};

    @Autowired
    LogListener listener;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    private Envelope envelope;

    @BeforeEach
    void storeOneBatchOfEnvelopeInvalidJsonBinaryAndPlainJson() {
        servers.jdbc().execute("TRUNCATE logged_message");
        envelope = Envelope.create("order.created", "shop", json.readTree("{\"order\": 42}"))
                .withError(EnvelopeError.of(ErrorType.SOFTERROR, "billing", null, "try again"));
        listener.onMessages(List.of(
                message(
                        NOW.minus(Duration.ofHours(3)),
                        "order.created",
                        "m-envelope",
                        "shop-app",
                        "corr-1",
                        Map.of("x-trace", "abc", "x-nul", "a\0b", "x-table", Map.of("n", 1), "x-date", Date.from(NOW)),
                        json.writeValueAsBytes(envelope)),
                message(
                        NOW.minus(Duration.ofHours(2)),
                        "order.cancelled",
                        "m-invalid",
                        "legacy",
                        "corr-1",
                        Map.of(),
                        "{not json".getBytes(StandardCharsets.UTF_8)),
                message(
                        NOW.minus(Duration.ofHours(1)),
                        "payment.card.declined",
                        "m-binary",
                        "gateway",
                        null,
                        Map.of(),
                        BINARY),
                message(
                        NOW.minus(Duration.ofMinutes(30)),
                        "misc",
                        "m-plain-json",
                        "tool",
                        null,
                        Map.of(),
                        "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void listsEveryStoredMessageNewestFirst() {
        assertThat(mvc.get().uri("/api/log"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly("m-plain-json", "m-binary", "m-invalid", "m-envelope");
    }

    @Test
    void eventUuidFindsAnEnvelopeWithItsEventNameSenderAndErrorsCount() {
        assertThat(mvc.get().uri("/api/log").param("eventUuid", envelope.uuid().toString()))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"messageId": "m-envelope", "routingKey": "order.created", "eventName": "order.created",
                          "sender": "shop", "correlationId": "corr-1", "errorsCount": 1}]
                        """);
    }

    @Test
    void eventUuidOfAMessageThatIsNoEnvelopeIsItsMessageId() {
        assertThat(mvc.get().uri("/api/log").param("eventUuid", "m-invalid"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"messageId": "m-invalid", "eventUuid": "m-invalid", "eventName": null,
                          "sender": "legacy", "errorsCount": null}]
                        """);
    }

    @ParameterizedTest(name = "routingKey={0} finds {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "order.created         | m-envelope",
                "order.*               | m-invalid,m-envelope",
                "*.card.*              | m-binary",
                "payment.#             | m-binary",
                "#.declined            | m-binary",
                "*                     | m-plain-json",
                "#                     | m-plain-json,m-binary,m-invalid,m-envelope",
                "order                 | ''",
            })
    void routingKeyIsAnExactKeyOrATopicPattern(String routingKey, String messageIds) {
        assertThat(mvc.get().uri("/api/log").param("routingKey", routingKey))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly(messageIds.isEmpty() ? new Object[0] : messageIds.split(","));
    }

    @Test
    void senderIsTheEnvelopeSenderRatherThanTheAppId() {
        assertThat(mvc.get().uri("/api/log").param("sender", "shop"))
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly("m-envelope");
        assertThat(mvc.get().uri("/api/log").param("sender", "shop-app"))
                .bodyJson()
                .isEqualTo("[]");
    }

    @Test
    void senderOfAMessageThatIsNoEnvelopeIsItsAppId() {
        assertThat(mvc.get().uri("/api/log").param("sender", "gateway"))
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly("m-binary");
    }

    @Test
    void correlationIdFindsEveryMessageOfTheConversation() {
        assertThat(mvc.get().uri("/api/log").param("correlationId", "corr-1"))
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly("m-invalid", "m-envelope");
    }

    @Test
    void aRequestIsFoundByTheConversationInItsHeaderNotByTheIdPairingItsReply() {
        listener.onMessages(List.of(message(
                NOW,
                "request.pricing.quote",
                "m-request",
                "order",
                "pairs-the-reply",
                Map.of("x-agora-conversation", "corr-1"),
                "{}".getBytes(StandardCharsets.UTF_8))));

        assertThat(mvc.get().uri("/api/log").param("correlationId", "corr-1"))
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly("m-request", "m-invalid", "m-envelope");
        assertThat(mvc.get().uri("/api/log").param("correlationId", "pairs-the-reply"))
                .bodyJson()
                .isEqualTo("[]");
    }

    @Test
    void fromIsInclusiveAndToIsExclusive() {
        var result = mvc.get()
                .uri("/api/log")
                .param("from", NOW.minus(Duration.ofHours(2)).toString())
                .param("to", NOW.minus(Duration.ofMinutes(30)).toString());

        assertThat(result)
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly("m-binary", "m-invalid");
    }

    @Test
    void limitKeepsTheNewestEntries() {
        assertThat(mvc.get().uri("/api/log").param("limit", "2"))
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly("m-plain-json", "m-binary");
    }

    @Test
    void filtersCombine() {
        assertThat(mvc.get().uri("/api/log").param("routingKey", "order.*").param("sender", "legacy"))
                .bodyJson()
                .extractingPath("$[*].messageId")
                .asArray()
                .containsExactly("m-invalid");
    }

    @Test
    void entryOfAnEnvelopeShowsItsBodyAsJsonAndItsHeaders() {
        assertThat(mvc.get().uri("/api/log/{id}", idOf("m-envelope")))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"exchange": "agoram_event_exchange", "routingKey": "order.created",
                         "receivedAt": "%s", "replyTo": "reply.queue", "messageType": "test",
                         "headers": {"x-trace": "abc", "x-nul": "a\\uFFFDb", "x-table": {"n": 1}, "x-date": "%s"},
                         "bodyFormat": "JSON",
                         "body": {"event_name": "order.created", "event_uuid": "%s", "data": {"order": 42},
                                  "errors_count": 1}}
                        """.formatted(NOW.minus(Duration.ofHours(3)), NOW, envelope.uuid()));
    }

    @Test
    void entryWithInvalidJsonShowsItsBodyAsText() {
        assertThat(mvc.get().uri("/api/log/{id}", idOf("m-invalid")))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"bodyFormat": "TEXT", "body": "{not json"}
                        """);
    }

    @Test
    void entryWithPlainJsonShowsItsBodyAsJson() {
        assertThat(mvc.get().uri("/api/log/{id}", idOf("m-plain-json")))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"bodyFormat": "JSON", "body": {"hello": "world"}, "eventUuid": "m-plain-json"}
                        """);
    }

    @Test
    void entryWithBinaryBodyKeepsItsBytesInBase64() {
        assertThat(mvc.get().uri("/api/log/{id}", idOf("m-binary")))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"bodyFormat": "BASE64", "body": "%s"}
                        """.formatted(Base64.getEncoder().encodeToString(BINARY)));
    }

    @Test
    void aNulInASearchParameterIsABadRequestNamingIt() {
        assertThat(mvc.get().uri("/api/log").param("sender", "shop\0"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("sender");
    }

    @ParameterizedTest
    @CsvSource({"from, +999999999-01-01T00:00:00Z", "to, -999999999-01-01T00:00:00Z", "from, 10000-01-01T00:00:00Z"})
    void anInstantBeyondWhatTheDatabaseKeepsIsABadRequestNamingIt(String parameter, String instant) {
        assertThat(mvc.get().uri("/api/log").param(parameter, instant))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo(parameter);
    }

    @Test
    void aRoutingKeyLongerThanAnyAmqpRoutingKeyIsABadRequestNamingIt() {
        assertThat(mvc.get().uri("/api/log").param("routingKey", "#.a".repeat(1000)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("routingKey");
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(mvc.get().uri("/api/log/{id}", Long.MAX_VALUE)).hasStatus4xxClientError();
    }

    private long idOf(String messageId) {
        return servers.jdbc()
                .queryForObject("SELECT id FROM logged_message WHERE message_id = ?", Long.class, messageId);
    }

    private static LoggedMessage message(
            Instant receivedAt,
            String routingKey,
            String messageId,
            String appId,
            @Nullable String correlationId,
            Map<String, Object> headers,
            byte[] body) {
        return new LoggedMessage(
                receivedAt,
                "agoram_event_exchange",
                routingKey,
                messageId,
                "test",
                appId,
                correlationId,
                "reply.queue",
                receivedAt.minusMillis(5),
                headers,
                body);
    }
}
