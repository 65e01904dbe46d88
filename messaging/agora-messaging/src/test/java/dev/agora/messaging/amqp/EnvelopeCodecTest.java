package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EnvelopeError;
import dev.agora.messaging.ErrorType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EnvelopeCodecTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final EnvelopeCodec codec = new EnvelopeCodec(json, 4096);

    @Test
    void writesTheSeedsFieldNamesAndReadsThemBack() {
        var envelope = Envelope.create("order.created", "order", json.valueToTree(Map.of("orderId", "o1")))
                .withError(EnvelopeError.of(ErrorType.SOFTERROR, "billing", "softfail", "db down"));

        var body = new String(codec.encode(envelope), StandardCharsets.UTF_8);
        var read = codec.decode(body.getBytes(StandardCharsets.UTF_8));

        assertThat(body)
                .contains(
                        "\"event_name\":\"order.created\"",
                        "\"event_uuid\"",
                        "\"event_creation_time\"",
                        "\"event_sender_id\":\"order\"",
                        "\"errors_count\":1",
                        "\"error_type\":\"softerror\"",
                        "\"error_sender\":\"billing\"",
                        "\"error_code\":\"softfail\"",
                        "\"error_message\":\"db down\"");
        assertThat(read).isEqualTo(envelope);
    }

    @Test
    void anEventWrittenStraightFromItsDataReadsBackAsTheSameEnvelope() {
        record OrderCreated(String orderId, int quantity) {}
        var header = Envelope.create("order.created", "order", null);

        var read = codec.decode(codec.encode(header, new OrderCreated("o-1", 3)));

        assertThat(read.name()).isEqualTo("order.created");
        assertThat(read.uuid()).isEqualTo(header.uuid());
        assertThat(read.creationTime()).isEqualTo(header.creationTime());
        assertThat(read.senderId()).isEqualTo("order");
        assertThat(read.data()).isEqualTo(json.valueToTree(new OrderCreated("o-1", 3)));
        assertThat(read.errorsCount()).isZero();
    }

    @Test
    void decimalsInTheDataKeepTheirScaleAndPrecision() {
        record PriceChanged(BigDecimal unitPrice, BigDecimal precise) {}
        var sent = new PriceChanged(new BigDecimal("12.50"), new BigDecimal("1234567890.123456789012"));
        var header = Envelope.create("price.changed", "pricing", null);

        var read = codec.decode(codec.encode(header, sent));

        assertThat(codec.convert(read.data(), PriceChanged.class)).isEqualTo(sent);
    }

    @Test
    void readsAnEnvelopeOfAnotherProducerWithoutErrorHistory() {
        var body = """
                {"event_name":"demo.happened","event_uuid":"7f1b6c1e-3f6a-4f0e-9a59-0c7c1f0b2a11",
                 "event_creation_time":"2026-11-23T09:00:00Z","event_sender_id":"cli","data":{"x":1}}""";

        var envelope = json.readValue(body, Envelope.class);

        assertThat(envelope.errorsCount()).isZero();
        assertThat(envelope.errors()).isEmpty();
        assertThat(codec.decode(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(envelope);
    }

    @Test
    void refusesABodyLargerThanTheLimitBeforeParsingIt() {
        var body = ("{\"padding\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(body))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("exceeds the limit of 4096 bytes");
    }

    @Test
    void namesTheMissingFieldsOfAnInvalidEnvelope() {
        var body = "{\"event_name\":\"order.created\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(body))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("event_uuid")
                .hasMessageContaining("event_creation_time")
                .hasMessageContaining("event_sender_id");
    }

    @Test
    void refusesAnEventNameThatIsNotDottedWordsAndDataThatIsNotAnObject() {
        var body = """
                {"event_name":"Order Created","event_uuid":"7f1b6c1e-3f6a-4f0e-9a59-0c7c1f0b2a11",
                 "event_creation_time":"2026-11-23T09:00:00Z","event_sender_id":"order","data":[1,2]}""".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(body))
                .hasMessageContaining("event_name")
                .hasMessageContaining("data");
    }

    @Test
    void neverLetsABodyChooseTheClassItIsReadInto() {
        var body = """
                {"event_name":"order.created","event_uuid":"7f1b6c1e-3f6a-4f0e-9a59-0c7c1f0b2a11",
                 "event_creation_time":"2026-11-23T09:00:00Z","event_sender_id":"order",
                 "data":{"@class":"java.lang.ProcessBuilder","command":["touch","/tmp/pwned"]}}""".getBytes(StandardCharsets.UTF_8);

        var envelope = codec.decode(body);

        assertThat(codec.convert(envelope.data(), Object.class)).isInstanceOf(Map.class);
    }
}
