package dev.agora.messaging.amqp;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A JSON Schema for a handler's or an event's data type, from its record components, for AsyncAPI. */
final class JsonSchemas {

    private JsonSchemas() {}

    static Map<String, Object> of(Type type) {
        return of(type, 0);
    }

    private static Map<String, Object> of(Type type, int depth) {
        if (type instanceof ParameterizedType parameterized) {
            var raw = (Class<?>) parameterized.getRawType();
            var arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw))
                return Map.of("type", "array", "items", of(arguments[0], depth + 1));
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", of(arguments[1], depth + 1));
            }
            return of(raw, depth);
        }
        if (!(type instanceof Class<?> cls)) return Map.of();
        if (cls == String.class || cls == char.class || cls == Character.class) return Map.of("type", "string");
        if (cls == boolean.class || cls == Boolean.class) return Map.of("type", "boolean");
        if (cls == int.class || cls == long.class || cls == Integer.class || cls == Long.class || cls == short.class) {
            return Map.of("type", "integer");
        }
        if (cls.isPrimitive() || Number.class.isAssignableFrom(cls)) return Map.of("type", "number");
        if (cls == UUID.class) return Map.of("type", "string", "format", "uuid");
        if (cls == Instant.class || cls == OffsetDateTime.class || cls == ZonedDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (cls == LocalDate.class) return Map.of("type", "string", "format", "date");
        if (cls.isEnum()) {
            return Map.of(
                    "type",
                    "string",
                    "enum",
                    java.util.Arrays.stream(cls.getEnumConstants())
                            .map(String::valueOf)
                            .toList());
        }
        if (cls.isArray()) return Map.of("type", "array", "items", of(cls.getComponentType(), depth + 1));
        if (cls.isRecord() && depth < 8) {
            var properties = new LinkedHashMap<String, Object>();
            for (var component : cls.getRecordComponents()) {
                properties.put(component.getName(), of(component.getGenericType(), depth + 1));
            }
            return Map.of("type", "object", "title", cls.getSimpleName(), "properties", properties);
        }
        return Map.of("type", "object", "title", cls.getSimpleName());
    }
}
