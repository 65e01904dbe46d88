package dev.agora.shop.query.readmodel;

import java.time.Instant;

/**
 * What a projection does with the events of one routing key.
 *
 * @param type the record the event's data is read into
 */
public record Subscription<T>(String routingKey, Class<T> type, Applier<T> applier) {

    public static <T> Subscription<T> on(String routingKey, Class<T> type, Applier<T> applier) {
        return new Subscription<>(routingKey, type, applier);
    }

    void apply(Object data, Instant createdAt) {
        applier.apply(type.cast(data), createdAt);
    }

    /** Applies one event; {@code createdAt} is the envelope's creation time. */
    @FunctionalInterface
    public interface Applier<T> {
        void apply(T data, Instant createdAt);
    }
}
