package dev.agora.messaging.amqp;

import dev.agora.messaging.IntegrationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;

/**
 * Sends every {@link IntegrationEvent} published with Spring's {@code ApplicationEventPublisher}, the way
 * {@link EventSender} decides: in the publishing transaction through the outbox, else straight away.
 */
record IntegrationEventListener(MessageFactory messages, EventSender sender) {

    @EventListener
    void send(PayloadApplicationEvent<?> event) {
        var payload = event.getPayload();
        if (!payload.getClass().isAnnotationPresent(IntegrationEvent.class)) return;
        var name = EventNames.of(payload.getClass());
        sender.sendAndWait(messages.event(name, payload), "event " + name);
    }
}
