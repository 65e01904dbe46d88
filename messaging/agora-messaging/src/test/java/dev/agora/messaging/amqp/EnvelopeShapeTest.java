package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written shape check never accepts what the envelope's JSON Schema rejects. */
class EnvelopeShapeTest {

    private static final String VALID = """
            {"event_name":"order.created","event_uuid":"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b",
             "event_creation_time":"2026-11-23T09:00:00.123Z","event_sender_id":"order","data":{"id":1},
             "errors_count":0,"errors":[]}""";

    private final JsonMapper json = JsonMapper.builder().build();
    private final com.networknt.schema.Schema schema = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12)
            .getSchema(new ByteArrayInputStream(EnvelopeCodec.schemaBytes()));

    @ParameterizedTest
    @ValueSource(
            strings = {
                VALID,
                "{\"event_name\":\"a\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"x\",\"data\":{}}",
                "{\"event_name\":\"Order.created\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"x\",\"data\":{}}",
                "{\"event_name\":\"order..created\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"x\",\"data\":{}}",
                "{\"event_name\":\"order.created\",\"event_uuid\":\"1-2-3-4-5\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"x\",\"data\":{}}",
                "{\"event_name\":\"order.created\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"yesterday\",\"event_sender_id\":\"x\",\"data\":{}}",
                "{\"event_name\":\"order.created\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00+02:00\",\"event_sender_id\":\"x\",\"data\":{}}",
                "{\"event_name\":\"order.created\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"\",\"data\":{}}",
                "{\"event_name\":\"order.created\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"x\",\"data\":[1]}",
                "{\"event_name\":\"order.created\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"x\",\"data\":{},\"errors_count\":-1}",
                "{\"event_name\":\"order.created\",\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"x\",\"data\":{},\"errors\":[{\"error_type\":\"oops\"}]}",
                "{\"event_uuid\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"event_creation_time\":\"2026-11-23T09:00:00Z\",\"event_sender_id\":\"x\",\"data\":{}}",
                "[1,2,3]"
            })
    void acceptsOnlyWhatTheSchemaAccepts(String body) {
        var tree = json.readTree(body);

        boolean shapeAccepts = EnvelopeShape.isPlainAgoraEnvelope(tree);
        boolean schemaAccepts = schema.validate(tree).isEmpty();

        assertThat(!shapeAccepts || schemaAccepts)
                .as("shape check %s, schema %s", shapeAccepts, schemaAccepts)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-23T09:00:00Z",
                "2026-11-23T09:00:00.1Z",
                "2026-11-23T09:00:00.123456789Z",
                "2024-02-29T23:59:59.999Z"
            })
    void readsAgorasTimestampsAsInstantParseDoes(String text) {
        assertThat(EnvelopeShape.utcInstant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-23T09:00:00+02:00",
                "2026-02-30T09:00:00Z",
                "2026-11-23 09:00:00Z",
                "2026-11-23T25:00:00Z",
                "2026-11-23T09:00:00.Z",
                "garbage-that-is-long-enough-Z"
            })
    void leavesEveryOtherFormToTheGeneralParser(String text) {
        assertThat(EnvelopeShape.utcInstant(text)).isNull();
    }

    @org.junit.jupiter.api.Test
    void recognisesTheEnvelopesAgoraWrites() {
        assertThat(EnvelopeShape.isPlainAgoraEnvelope(json.readTree(VALID))).isTrue();
    }
}
