package dev.agora.messaging;

/**
 * The parked messages of any service on this broker, by service name: what an operator's console needs, since the
 * parking queues follow from the names alone. A service's own handlers use {@link ParkedMessages} instead.
 */
public interface ParkedMessagesOfServices {

    /**
     * @throws IllegalArgumentException if the name is not a valid service name
     */
    ParkedMessages of(String service);
}
