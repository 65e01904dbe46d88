package dev.agora.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Asks another service over its request exchange and waits for the reply without blocking a thread. The
 * future fails with {@link RequestTimeoutException} when no reply comes in time, with
 * {@link MessagingException} when no instance of that service can receive the request, and with
 * {@link RemoteFailureException} when the service answers with a hard failure.
 */
public interface RequestClient {

    <T> CompletableFuture<T> request(String service, String action, Object data, Class<T> replyType);

    <T> CompletableFuture<T> request(String service, String action, Object data, Class<T> replyType, Duration timeout);
}
