package dev.agora.messaging.amqp;

import dev.agora.messaging.IntegrationEvent;
import java.util.Locale;

/** The routing key of an event record: its {@link IntegrationEvent} name, or its class name in dotted words. */
final class EventNames {

    private EventNames() {}

    static String of(Class<?> eventType) {
        var annotation = eventType.getAnnotation(IntegrationEvent.class);
        if (annotation != null && !annotation.value().isBlank()) {
            return Topology.requireWords(annotation.value(), "event name");
        }
        return fromClassName(eventType.getSimpleName());
    }

    static String fromClassName(String simpleName) {
        var words = simpleName.replaceAll("([a-z0-9])([A-Z])", "$1.$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1.$2");
        return words.toLowerCase(Locale.ROOT);
    }
}
