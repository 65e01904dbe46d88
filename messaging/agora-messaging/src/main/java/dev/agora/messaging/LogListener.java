package dev.agora.messaging;

import java.util.List;

/**
 * Subscribes a service to the log exchange: declaring a bean of this type makes the messaging layer bind
 * the queue {@code <service>_log_q} to {@code log} with {@code agora.messaging.log-listener.binding-key}
 * (default {@code #}: all traffic) and hand over messages in batches. A batch is acknowledged once this
 * method returns; if it throws, the whole batch is delivered again.
 */
public interface LogListener {
    void onMessages(List<LoggedMessage> messages);
}
