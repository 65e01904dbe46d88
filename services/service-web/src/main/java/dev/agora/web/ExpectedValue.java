package dev.agora.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a value of a type must look like, as a problem tells a client whose value could not be read. */
final class ExpectedValue {

    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS =
            Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

    private ExpectedValue() {}

    static String of(@Nullable Class<?> type) {
        if (type == null) return "has a value of the wrong type or format";
        if (WHOLE_NUMBERS.contains(type)) return "must be a whole number in range";
        if (NUMBERS.contains(type)) return "must be a number";
        if (type == String.class) return "must be a string";
        if (type == boolean.class || type == Boolean.class) return "must be true or false";
        if (type == UUID.class) return "must be a UUID";
        if (type == Instant.class) return "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z";
        if (type.isEnum()) return "must be one of " + List.of(type.getEnumConstants());
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "must be an array";
        return "has a value of the wrong type or format";
    }
}
