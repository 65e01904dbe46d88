package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.MessageContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The routing keys an {@link EventHandler} subscribes to. When its data parameter's type is an {@link
 * IntegrationEvent}, that type names the one key, as it does for the publisher: the annotation may leave it out,
 * and a key it gives that is not exactly the type's (a different name, or a topic pattern) fails at start-up.
 * Otherwise (the data as {@code JsonNode}, a type that is no {@code @IntegrationEvent}, or only the {@link Envelope}
 * or {@link MessageContext}) the annotation must give the keys, topic patterns allowed.
 */
final class EventHandlerKeys {

    private EventHandlerKeys() {}

    static List<String> of(String[] given, Method method, String description) {
        var type = integrationEventType(method);
        if (type == null) {
            if (given.length == 0) {
                throw new IllegalStateException(description + ": @EventHandler without a routing key takes it from"
                        + " its data parameter's @IntegrationEvent type, and it has none; name the keys");
            }
            return List.of(given);
        }
        var key = EventNames.of(type);
        for (var explicit : given) {
            if (!explicit.equals(key)) {
                throw new IllegalStateException(description + ": routing key '" + explicit + "' does not match its"
                        + " parameter type " + type.getSimpleName() + ", published as '" + key
                        + "'; @EventHandler without a value subscribes to '" + key + "'");
            }
        }
        return List.of(key);
    }

    private static @Nullable Class<?> integrationEventType(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .filter(type -> type != MessageContext.class && type != Envelope.class)
                .filter(type -> type.isAnnotationPresent(IntegrationEvent.class))
                .findFirst()
                .orElse(null);
    }
}
