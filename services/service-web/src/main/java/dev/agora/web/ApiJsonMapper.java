package dev.agora.web;

import java.util.stream.Stream;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON mapper of request and response bodies: the application's Jackson configuration, reading strictly. A
 * value must have the type its field declares: {@code "1"} is not a number, {@code 1.5} not an integer, {@code 1}
 * neither text nor a boolean, {@code null} no primitive, {@code 0} no enum constant, and a single value no
 * array. Numbers are short, and every string must be storable ({@link StorableText}).
 */
final class ApiJsonMapper {

    /** Digits enough for any amount or count an API takes; a longer number is a mistake or an attack. */
    static final int MAX_NUMBER_LENGTH = 100;

    private ApiJsonMapper() {}

    static JsonMapper of(Stream<JsonMapperBuilderCustomizer> applicationCustomizers) {
        var factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build();
        var builder = JsonMapper.builder(factory);
        applicationCustomizers.forEach(customizer -> customizer.customize(builder));
        return builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        bool -> bool.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .addModule(new SimpleModule("agora-storable-text")
                        .addDeserializer(String.class, new StorableTextDeserializer()))
                .build();
    }
}
