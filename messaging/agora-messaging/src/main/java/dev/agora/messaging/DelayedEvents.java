package dev.agora.messaging;

import java.time.Duration;

/**
 * Timers through the broker instead of a polling loop: an event scheduled here comes back to this
 * service's own {@link EventHandler}s after the delay, through its delayed-retry exchange and a storage
 * queue with that TTL. Inside a transaction it goes through the outbox, so it exists only if the
 * transaction commits ("expire this order in 15 minutes unless paid").
 */
public interface DelayedEvents {

    void schedule(Object event, Duration delay);
}
