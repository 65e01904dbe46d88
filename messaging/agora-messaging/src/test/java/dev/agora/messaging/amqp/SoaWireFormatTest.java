package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EnvelopeError;
import dev.agora.messaging.ErrorType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class SoaWireFormatTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final EnvelopeCodec codec = new EnvelopeCodec(json, 4096);
    private final Topology topology = new Topology("billing", "agoram_event_exchange", "log");
    private final MessageFactory messages = new MessageFactory(topology, codec);

    @Test
    void withoutTheSwitchAMessageLeavesAsItWasBuilt() {
        var event = messages.event("invoice.created", Map.of("n", 1));

        assertThat(wire(Map.of()).outbound(event)).isSameAs(event);
    }

    @Test
    void underTheSwitchANewMessageCarriesASoftfailCountOfZeroAndItsVersion() {
        var event = messages.event("invoice.created", Map.of("n", 1));

        var sent = wire(gorg("1.0")).outbound(event);

        assertThat(sent.properties().getHeaders())
                .containsEntry(Headers.SOFTFAIL_COUNT, 0)
                .containsEntry(Headers.SOA_VERSION, "1.0");
        assertThat(sent.body()).isEqualTo(event.body());
    }

    @Test
    void inSoa2ANewEventLeavesAsItsDataAloneTypedEventWithoutTimestamp() {
        var event = messages.event("invoice.created", Map.of("n", 1));

        var sent = wire(gorg("2.0")).outbound(event);

        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
        assertThat(sent.properties().getType()).isEqualTo("event");
        assertThat(sent.properties().getTimestamp()).isNull();
        assertThat(sent.properties().getMessageId())
                .isEqualTo(event.properties().getMessageId());
        assertThat(sent.properties().getAppId()).isEqualTo("billing");
        assertThat(sent.properties().getHeaders()).containsEntry(Headers.SOA_VERSION, "2.0");
    }

    @Test
    void aRetryCarriesTheSoftFailuresBeforeTheAttemptItGoesOnTo() {
        var event = messages.event("invoice.created", Map.of("n", 1));
        var delivered = event.properties()
                .builder()
                .headers(Map.of(Headers.SOA_VERSION, "2.0", Headers.SOFTFAIL_COUNT, 0))
                .build();
        var retry = messages.retry(delivered, "invoice.created", Duration.ofSeconds(1), 3, event.body());

        var sent = wire(gorg("2.0")).outbound(retry);

        assertThat(sent.properties().getHeaders()).containsEntry(Headers.SOFTFAIL_COUNT, 2);
        assertThat(sent.body()).isEqualTo(event.body());
    }

    @Test
    void inSoa2AnErrorReplyCarriesTheGemsStatusAndItsReasonAsErrorMessage() {
        var failed = Envelope.create("reply.billing.refuse", "billing", JsonNodeFactory.instance.objectNode())
                .withError(EnvelopeError.of(ErrorType.HARDERROR, "billing", "hardfail", "refused"));
        var reply = messages.reply(failed, "gorgbot.reply", "reply.billing.refuse", "id-1", "error");

        var sent = wire(gorg("2.0")).outbound(reply);

        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error_message\":\"refused\"}");
        assertThat(sent.properties().getType()).isEqualTo("reply");
        assertThat(sent.properties().getHeaders())
                .containsEntry(Headers.STATUS_CODE, 500)
                .containsEntry(Headers.ERROR_TYPE, "hardfail");
    }

    @Test
    void aSoa2DeliveryIsReadAsAnEnvelopeMadeOfItsPropertiesAndData() {
        var id = UUID.randomUUID();
        var properties = soa2(id.toString(), "gorgbot", "event");

        var envelope = wire(gorg("1.0")).decode(properties, "{\"login\":\"jdoe\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(envelope.name()).isEqualTo("user.created");
        assertThat(envelope.uuid()).isEqualTo(id);
        assertThat(envelope.senderId()).isEqualTo("gorgbot");
        assertThat(envelope.data().get("login").asString()).isEqualTo("jdoe");
        assertThat(envelope.errors()).isEmpty();
    }

    @Test
    void aSoa2BodyOfNullIsNoData() {
        var properties = soa2(UUID.randomUUID().toString(), "gorgbot", "log");

        var envelope = wire(gorg("1.0")).decode(properties, "null".getBytes(StandardCharsets.UTF_8));

        assertThat(envelope.data().isEmpty()).isTrue();
    }

    @Test
    void aSoa2DeliveryWithoutWhatTheFormatRequiresIsInvalid() {
        var format = wire(gorg("1.0"));
        var body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.decode(soa2("not-a-uuid", "gorgbot", "event"), body))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("message_id");
        assertThatThrownBy(() -> format.decode(soa2(UUID.randomUUID().toString(), null, "event"), body))
                .hasMessageContaining("app_id");
        assertThatThrownBy(() -> format.decode(soa2(UUID.randomUUID().toString(), "gorgbot", "gossip"), body))
                .hasMessageContaining("type");
        assertThatThrownBy(() -> format.decode(
                        soa2(UUID.randomUUID().toString(), "gorgbot", "event"), "[1]".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void withoutTheSwitchASoa2LabelChangesNothing() {
        var properties = soa2(UUID.randomUUID().toString(), "gorgbot", "event");

        assertThatThrownBy(
                        () -> wire(Map.of()).decode(properties, "{\"login\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("envelope");
    }

    @Test
    void underTheSwitchTheGemsSoftfailCountGivesTheAttemptWhenOursIsAbsent() {
        var properties = new MessageProperties();
        properties.setHeader(Headers.SOFTFAIL_COUNT, 3);

        assertThat(wire(gorg("1.0")).read(properties, 10).attempt()).isEqualTo(4);
        assertThat(wire(Map.of()).read(properties, 10).attempt()).isEqualTo(1);
    }

    @Test
    void theGemsDeflateLabelOnPlainJsonIsAcceptedUnderTheSwitchOnly() {
        var properties = new MessageProperties();
        properties.setContentType("application/json");
        properties.setContentEncoding("deflate");
        assertThat(wire(gorg("1.0")).read(properties, 10).refusal()).isNull();
        assertThat(wire(Map.of()).read(properties, 10).refusal()).contains("deflate");
    }

    @Test
    void soa2IsWrittenOnlyUnderTheSwitchAndNoOtherVersionIs() {
        assertThatThrownBy(() -> wire(Map.of("agora.messaging.soa-version", "2.0")))
                .hasMessageContaining("needs agora.messaging.compatibility=gorg-service");
        assertThatThrownBy(() -> wire(gorg("3.0"))).hasMessageContaining("must be 1.0 or 2.0");
    }

    private static Map<String, String> gorg(String soaVersion) {
        return Map.of("agora.messaging.compatibility", "gorg-service", "agora.messaging.soa-version", soaVersion);
    }

    private SoaWireFormat wire(Map<String, String> settings) {
        var source = new HashMap<String, String>(settings);
        source.put("agora.messaging.service", "billing");
        var properties = new Binder(new MapConfigurationPropertySource(source))
                .bindOrCreate("agora.messaging", MessagingProperties.class);
        return new SoaWireFormat(codec, properties);
    }

    private static MessageProperties soa2(String messageId, String appId, String type) {
        var properties = new MessageProperties();
        properties.setHeader(Headers.SOA_VERSION, "2.0");
        properties.setHeader(Headers.SOFTFAIL_COUNT, 0);
        properties.setMessageId(messageId);
        properties.setAppId(appId);
        properties.setType(type);
        properties.setReceivedRoutingKey("user.created");
        return properties;
    }
}
